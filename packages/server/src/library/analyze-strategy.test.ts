import { describe, expect, it } from 'vitest';
import { analyzeStrategy } from './analyze-strategy.ts';

describe('analyzeStrategy', () => {
  it('reads input.* calls as parameters (TradingView input.int/input.string/input(close) signatures)', () => {
    const source = [
      '//@version=6',
      'strategy("Cross", overlay=true)',
      'len = input.int(14, "Length", minval=1, maxval=200, step=1, tooltip="bars", group="Main")',
      'src = input(close, "Source")',
      'mode = input.string("A", "Mode", options=["A", "B"])',
      'plot(mode == "A" ? ta.sma(src, len) : src)',
    ].join('\n');
    expect(analyzeStrategy(source, 'pine')).toEqual({
      kind: 'strategy',
      parameters: [
        {
          title: 'Length',
          type: 'int',
          defval: 14,
          minval: 1,
          maxval: 200,
          step: 1,
          tooltip: 'bars',
          group: 'Main',
        },
        // A generic input() whose default is a price series is a source input.
        { title: 'Source', type: 'source', defval: 'close' },
        { title: 'Mode', type: 'string', defval: 'A', options: ['A', 'B'] },
      ],
      diagnostics: [],
    });
  });

  it('gives checker errors with 1-based positions', () => {
    // Line 3 is `plot(foo)`: `foo` starts at column 6 and ends before column 9.
    const analysis = analyzeStrategy('//@version=6\nindicator("x")\nplot(foo)\n', 'pine');
    expect(analysis.kind).toBe('indicator');
    expect(analysis.diagnostics).toEqual([
      {
        severity: 'error',
        message: "Undeclared identifier 'foo'",
        line: 3,
        column: 6,
        endLine: 3,
        endColumn: 9,
      },
    ]);
  });

  it('gives syntax errors without a kind', () => {
    const analysis = analyzeStrategy('//@version=6\nindicator("x"\n', 'pine');
    expect(analysis.kind).toBeNull();
    expect(analysis.diagnostics[0]).toMatchObject({ severity: 'error', line: expect.any(Number) });
  });

  it('reports a built-in the runtime lacks where it is called (compiler check)', () => {
    // request.financial() on line 3, column 5; Barwise has no financial data source.
    const source =
      '//@version=6\nindicator("x")\nx = request.financial("NASDAQ:AAPL", "EBITDA", "FQ")\nplot(x)\n';
    expect(analyzeStrategy(source, 'pine').diagnostics).toEqual([
      {
        severity: 'error',
        message: 'request.financial() is not supported yet',
        line: 3,
        column: 5,
      },
    ]);
  });

  it('does not analyse TypeScript yet', () => {
    expect(analyzeStrategy('export default {}', 'ts')).toEqual({
      kind: 'strategy',
      parameters: [],
      diagnostics: [],
    });
  });
});
