/**
 * The execution rules of Pine the compiler must reproduce, one test each, with the value the
 * TradingView manual documents (or derives) for a small bar series worked by hand.
 * @see https://www.tradingview.com/pine-script-docs/language/execution-model/
 */
import { describe, expect, it } from 'vitest';
import { barsFromCloses, barsFromOhlcv } from '../test-support/bars.ts';
import { firstValues, runProbe } from '../test-support/run-probe.ts';
import { compilePine } from './compile-pine.ts';

const closes = [10, 20, 30, 40, 50, 60];
const bars = barsFromCloses(closes);
const v6 = (body: string) => `//@version=6\nindicator("probe")\n${body}`;
const v5 = (body: string) => `//@version=5\nindicator("probe")\n${body}`;
const values = (body: string, version = v6) => firstValues(runProbe(version(body), bars));

describe('Pine execution semantics', () => {
  it('a ta.* call inside `if` sees only the bars on which it ran (manual: "Execution model")', () => {
    // Called on bars 0, 2, 4 (closes 10, 30, 50): sma over the last two calls = 20 on bar 2, 40 on bar 4.
    const got = values('if bar_index % 2 == 0\n    log.info("", ta.sma(close, 2))');
    expect(got).toEqual([Number.NaN, 20, 40]);
  });

  it('var initialises once and keeps its value across bars ("var" keyword)', () => {
    expect(
      values('var float first = close\nvar int n = 0\nn += 1\nlog.info("", first + n)'),
    ).toEqual([11, 12, 13, 14, 15, 16]);
  });

  it('history before the first bar is na, x[1] is the value at the previous close', () => {
    expect(values('x = close * 2\nlog.info("", x[1])')).toEqual([Number.NaN, 20, 40, 60, 80, 100]);
    expect(values('var s = 0.0\ns := s + close\nlog.info("", s[2])')).toEqual([
      Number.NaN,
      Number.NaN,
      10,
      30,
      60,
      100,
    ]);
  });

  it('a local series inside `if` only advances when the block runs', () => {
    // y is computed on bars 1, 3, 5 (closes 20, 40, 60): y[1] is the previous execution's value.
    expect(values('if bar_index % 2 == 1\n    y = close\n    log.info("", y[1])')).toEqual([
      Number.NaN,
      20,
      40,
    ]);
  });

  it('a user function reads the current value of a global declared before the call', () => {
    // len is captured by f (kept where f can see it); x is not (a local of the bar loop): both
    // are recomputed every bar, f(close) = close * 3 and x + 1 = close * 3 + 1.
    expect(values('len = 3\nf(src) => src * len\nx = f(close)\nlog.info("", x + 1)')).toEqual([
      31, 61, 91, 121, 151, 181,
    ]);
  });

  it('each call of a user function has its own state', () => {
    // f is called twice per bar; each call site keeps its own sma (length 2) and its own history.
    const got = runProbe(
      v6('f(src) => ta.sma(src, 2)\nlog.info("", f(close), f(close * 10))'),
      bars,
    );
    expect(got.map((l) => l.values)).toEqual([
      [Number.NaN, Number.NaN],
      [15, 150],
      [25, 250],
      [35, 350],
      [45, 450],
      [55, 550],
    ]);
  });

  it('arithmetic with na is na, comparisons with na are false, nz and fixnan replace it', () => {
    const got = runProbe(
      v6(
        'x = bar_index < 2 ? na : close\nlog.info("", x + 1, x > 0, nz(x), na(x), fixnan(bar_index == 3 ? na : x))',
      ),
      bars,
    );
    expect(got[0]?.values).toEqual([Number.NaN, false, 0, true, Number.NaN]);
    expect(got[2]?.values).toEqual([31, true, 30, false, 30]);
    // bar 3: x = 40 but fixnan's argument is na → the last non-na value (30).
    expect(got[3]?.values).toEqual([41, true, 40, false, 30]);
  });

  it('`!=` with an na operand is false, like every comparison with na (int and float)', () => {
    // On bar 0 `close[1]` is na: the guard `d != 0` fails, so the ratio falls back to 0.
    const got = runProbe(
      v6(
        'd = close - close[1]\nint n = bar_index == 0 ? na : bar_index\nlog.info("", d != 0, n != 0, d != 0 ? 10 / d : 0)',
      ),
      bars,
    );
    expect(got[0]?.values).toEqual([false, false, 0]);
    expect(got[1]?.values).toEqual([true, true, 1]);
  });

  it('float comparisons are tolerant to 1e-10 (TRADINGVIEW-SEMANTICS.md "Numbers")', () => {
    // In IEEE doubles 0.1 + 0.2 = 0.30000000000000004 ≠ 0.3; within 1e-10 Pine treats them as equal.
    const row = runProbe(
      v6(
        'a = 0.1 + 0.2\nlog.info("", a == 0.3, a > 0.3, a <= 0.3, a != 0.3, close + 1e-9 > close)',
      ),
      bars,
    )[0]!.values;
    expect(row).toEqual([true, false, true, false, true]);
  });

  it('int division: v6 keeps the fraction, v5 truncates ints (migration guide "Integer division")', () => {
    expect(values('a = 5\nb = 2\nlog.info("", a / b)')[0]).toBe(2.5);
    expect(values('a = 5\nb = 2\nlog.info("", a / b)', v5)[0]).toBe(2);
    expect(values('log.info("", int(-7.5))')[0]).toBe(-7);
  });

  it('v6 `and`/`or` are lazy: the right side does not run when the left decides', () => {
    // The right side's ta.cum counts the bars on which it ran: lazily only bars 4 and 5 (values 1, 2),
    // so c is true on bar 4 alone; evaluated eagerly it would be 5 and 6 there and c never true.
    expect(
      values('c = bar_index > 3 and ta.cum(1) == 1\nlog.info("", ta.cum(c ? 1 : 0))').at(-1),
    ).toBe(1);
    expect(
      values('c = bar_index > 3 and ta.cum(1) == 1\nlog.info("", ta.cum(c ? 1 : 0))', v5).at(-1),
    ).toBe(0);
  });

  it('tuples from user functions and ta.* are destructured', () => {
    const got = runProbe(
      v6(
        'f() => [close, close * 2]\n[a, b] = f()\n[m, u, l] = ta.bb(close, 2, 1)\nlog.info("", a, b, m, u - m)',
      ),
      bars,
    );
    // bb(2, 1) on bar 1: mean 15, population stdev 5 → upper - middle = 5.
    expect(got[1]?.values).toEqual([20, 40, 15, 5]);
  });

  it('if/switch/for as expressions give their last value, na without a matching branch', () => {
    const got = runProbe(
      v6(
        [
          'a = if close > 30',
          '    1',
          'else if close > 10',
          '    2',
          'b = switch',
          '    close > 40 => "big"',
          '    => "small"',
          'c = for i = 1 to 3',
          '    i * close',
          'd = 0',
          'while d < 3',
          '    d += 1',
          'log.info("", a, b, c, d)',
        ].join('\n'),
      ),
      bars,
    );
    expect(got[0]?.values).toEqual([Number.NaN, 'small', 30, 3]);
    expect(got[1]?.values).toEqual([2, 'small', 60, 3]);
    expect(got[4]?.values).toEqual([1, 'big', 150, 3]);
  });

  it('for counts down when from > to, and `by` sets the step size', () => {
    expect(
      values(
        's = ""\nfor i = 3 to 1\n    s += str.tostring(i)\nlog.info("", s)'.replace(
          /str\.tostring\(i\)/,
          '"x"',
        ),
      )[0],
    ).toBe('xxx');
    expect(values('n = 0\nfor i = 0 to 10 by 5\n    n += i\nlog.info("", n)')[0]).toBe(15);
  });

  it('user-defined types: defaults, fields, copy is independent, methods', () => {
    const got = runProbe(
      v6(
        [
          'type P',
          '    float x = 1.5',
          '    int n',
          'method twice(P p) => p.x * 2',
          'p = P.new()',
          'q = p.copy()',
          'q.x := 7',
          'log.info("", p.x, na(p.n), q.x, p.twice(), q.twice())',
        ].join('\n'),
      ),
      bars,
    );
    expect(got[0]?.values).toEqual([1.5, true, 7, 3, 14]);
  });

  it('enums compare by member', () => {
    const got = values(
      'enum Side\n    long = "Long"\n    short = "Short"\ns = close > 30 ? Side.long : Side.short\nlog.info("", s == Side.long)',
    );
    expect(got).toEqual([false, false, false, true, true, true]);
  });

  it('inputs take their defaults, can be overridden by title, and bad values are refused', () => {
    const src = v6('len = input.int(2, "Length", minval = 1)\nlog.info("", ta.sma(close, len))');
    expect(firstValues(runProbe(src, bars))[1]).toBe(15);
    expect(firstValues(runProbe(src, bars, { Length: 3 }))[2]).toBe(20);
    expect(() => runProbe(src, bars, { Length: 0 })).toThrow(
      'input "Length": 0 is below its minval 1',
    );
    expect(() => runProbe(src, bars, { Lenght: 3 })).toThrow('unknown input "Lenght"');
  });

  it('the generic input with a series default is a source setting, as input.source (Keltner Channels Strategy)', () => {
    // `src = input(close, "Source")` reads the close series; the setting picks another source by name.
    const ohlc = barsFromOhlcv([
      [1, 4, 0, 2, 1],
      [3, 8, 2, 6, 1],
    ]);
    const src = v6('src = input(close, title = "Source")\nlog.info("", src + hl2)');
    expect(firstValues(runProbe(src, ohlc))).toEqual([4, 11]);
    expect(firstValues(runProbe(src, ohlc, { Source: 'high' }))).toEqual([6, 13]);
  });

  it('max_bars_back: history beyond the buffer is a runtime error naming the line and bar', () => {
    const src = v6('x = close\nmax_bars_back(x, 2)\nlog.info("", x[3])');
    expect(() => runProbe(src, bars)).toThrow(
      /probe\.pine:5: runtime error on bar 0 .*historical offset \(3\)/,
    );
    expect(values('x = close\nmax_bars_back(x, 3)\nlog.info("", x[3])').at(-1)).toBe(30);
  });

  it('a runtime error inside a user function names the line in the function, not the call', () => {
    const src = v6('f(a) =>\n    array.get(a, 5)\nx = f(array.new_float(2))\nlog.info("", x)');
    expect(() => runProbe(src, bars)).toThrow(/probe\.pine:4: runtime error on bar 0 /);
  });

  it('a loop that never ends stops the run with a runtime error naming the line it was on', () => {
    // TradingView: "Loop takes too long to execute" (User Manual, Loops); ours counts iterations.
    const src = v6('n = 0\nwhile true\n    n += 1\nlog.info("", n)');
    expect(() => runProbe(src, bars)).toThrow(
      /probe\.pine:5: runtime error on bar 0 .*Loop takes too long/,
    );
  });

  it('request.security: a higher timeframe without lookahead never shows a bar before it closed', () => {
    // 48 hourly bars over two days, close = bar index. The daily close of day 1 (23) appears on the
    // day's last hourly bar and stays until day 2's last bar shows 47 (manual: "Other timeframes
    // and data", historical bars with lookahead off). lookahead_on shows the whole day's final
    // value from its first bar: the documented future leak. gaps_on leaves na between new values.
    const hourly = barsFromCloses(
      Array.from({ length: 48 }, (_, i) => i),
      '60',
    );
    const run = (args: string) =>
      firstValues(
        runProbe(v6(`log.info("", request.security(syminfo.tickerid, "D", close${args}))`), hourly),
      );
    const off = run('');
    expect(off.slice(0, 23).every(Number.isNaN)).toBe(true);
    expect(off.slice(23, 47)).toEqual(Array(24).fill(23));
    expect(off[47]).toBe(47);
    const on = run(', lookahead = barmerge.lookahead_on');
    expect(on.slice(0, 24)).toEqual(Array(24).fill(23));
    expect(on.slice(24)).toEqual(Array(24).fill(47));
    const gaps = run(', gaps = barmerge.gaps_on');
    expect(gaps.map((v, i) => (Number.isNaN(v) ? null : i))).toEqual(
      gaps.map((_, i) => (i === 23 || i === 47 ? i : null)),
    );
  });

  it("request.security evaluates its expression on the requested timeframe's bars", () => {
    // ta.sma(close, 2) over daily closes 23 and 47 = 35, visible from day 2's last bar.
    const hourly = barsFromCloses(
      Array.from({ length: 48 }, (_, i) => i),
      '60',
    );
    const got = firstValues(
      runProbe(
        v6('log.info("", request.security(syminfo.tickerid, "D", ta.sma(close, 2)))'),
        hourly,
      ),
    );
    expect(got[46]).toBeNaN();
    expect(got[47]).toBe(35);
  });

  it('user strings stay strings: generated code carries them only as JSON literals', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the attack text must contain a template.
    const attack = '"); globalThis.pwned = 1; ("`${1}`\\n';
    const src = v6(`s = ${JSON.stringify(attack)}\nlog.info("", s)`);
    const compiled = compilePine(src);
    expect(compiled.code).not.toContain('globalThis.pwned = 1; ("');
    expect(firstValues(runProbe(src, bars))[0]).toBe(JSON.parse(JSON.stringify(attack)));
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });
});
