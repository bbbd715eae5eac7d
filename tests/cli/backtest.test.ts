import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../packages/server/src/cli/main.ts';
import { FakeBinance } from '../../packages/server/src/test-support/fake-exchange/fake-binance.ts';
import { minuteSeries } from '../../packages/server/src/test-support/fake-exchange/fake-market-data.ts';
import { CliSandbox, HAS_REFERENCE, reference } from '../support/cli.ts';

// Two long trades of `Quantity` shares (TRADINGVIEW-SEMANTICS.md rule 1: an order placed at a
// bar's close fills at the next bar's open). On GOOG.csv (backtesting.py):
//   bar 0 entry → fills bar 1, 2004-08-20, open 101.01;  bar 1 close → fills bar 2, 08-23, open 110.75
//   bar 4 entry → fills bar 5, 2004-08-26, open 104.95;  bar 6 close → fills bar 7, 08-30, open 105.28
// With 2 shares: trade 1 = 2 × (110.75 − 101.01) = 19.48, value 2 × 101.01 = 202.02, 9.64 %;
// trade 2 = 2 × (105.28 − 104.95) = 0.66, value 209.90, 0.31 %; net profit 20.14 = 2.01 % of 1,000.
const TWO_TRADES = `//@version=6
strategy("Two trades")
qty = input.int(2, "Quantity")
if bar_index == 0 or bar_index == 4
    strategy.entry("Long", strategy.long, qty=qty)
if bar_index == 1 or bar_index == 6
    strategy.close("Long")
`;

let cli: CliSandbox;
beforeEach(() => {
  cli = new CliSandbox();
});
afterEach(() => cli.dispose());

function script(name: string, text: string): string {
  const file = cli.file(name);
  writeFileSync(file, text);
  return file;
}

/** The first `count` columns of the CSV rows after the header. */
const rows = (csv: string, count: number) =>
  csv
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',').slice(0, count).join(','));

// A stop one tick above bar 0's high (TradingView's built-in channel and Keltner strategies place
// theirs so). backtesting.py's EURUSD.csv quotes five decimals, so the tick is 0.00001 unless
// --syminfo says otherwise: bar 0 high 1.0722 → stop 1.07221; bar 1 (10:00) opens 1.07214 below
// it and reaches 1.07296, so the stop fills at 1.07221; the close on bar 2 fills at bar 3's open.
const TICK_STOP = `//@version=6
strategy("Tick stop")
if bar_index == 0
    strategy.entry("Long", strategy.long, stop = high + syminfo.mintick)
if bar_index == 2
    strategy.close("Long")
`;

describe.skipIf(!HAS_REFERENCE)('barwise backtest on EURUSD.csv', () => {
  const tradeRows = async (...syminfo: string[]) => {
    const trades = cli.file('trades.csv');
    const eurusd = reference('backtesting-py/EURUSD.csv');
    await cli.ok(
      'backtest',
      script('tick.pine', TICK_STOP),
      '--data',
      eurusd,
      ...syminfo,
      '--trades',
      trades,
    );
    return rows(readFileSync(trades, 'utf8'), 5);
  };

  it('takes the tick from the decimals of the prices when --syminfo does not give it', async () => {
    expect(await tradeRows()).toEqual([
      '1,Exit long,2017-04-19T12:00:00+00:00,Close entry(s) order Long,1.07195',
      '1,Entry long,2017-04-19T10:00:00+00:00,Long,1.07221',
    ]);
  });

  it('keeps the tick --syminfo gives: 0.0001 puts the stop at 1.0723', async () => {
    expect((await tradeRows('--syminfo', 'mintick=0.0001'))[1]).toBe(
      '1,Entry long,2017-04-19T10:00:00+00:00,Long,1.0723',
    );
  });
});

describe.skipIf(!HAS_REFERENCE)('barwise backtest on GOOG.csv', () => {
  const goog = () => reference('backtesting-py/GOOG.csv');

  it('lists the hand-worked trades newest first, in the symbol time zone, with cumulative P&L', async () => {
    const trades = cli.file('trades.csv');
    await cli.ok(
      'backtest',
      script('two.pine', TWO_TRADES),
      '--data',
      goog(),
      '--syminfo',
      'timezone=America/New_York',
      '--capital',
      '1000',
      '--trades',
      trades,
    );
    const csv = readFileSync(trades, 'utf8');
    // TradingView's export layout: a BOM, then the header with the currencies.
    expect(csv.startsWith('\uFEFFTrade #,Type,Date and time,Signal,Price USD,Size (qty)')).toBe(
      true,
    );
    // Naive CSV dates are New York midnights: EDT in August, UTC−4. Columns: trade, type, time,
    // signal, price, qty, value, net P&L, net P&L % (then excursions), cumulative P&L and %.
    const cumulative = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split(',').slice(-2).join(','));
    expect(rows(csv, 9)).toEqual([
      '2,Exit long,2004-08-30T00:00:00-04:00,Close entry(s) order Long,105.28,2,209.9,0.66,0.31',
      '2,Entry long,2004-08-26T00:00:00-04:00,Long,104.95,2,209.9,0.66,0.31',
      '1,Exit long,2004-08-23T00:00:00-04:00,Close entry(s) order Long,110.75,2,202.02,19.48,9.64',
      '1,Entry long,2004-08-20T00:00:00-04:00,Long,101.01,2,202.02,19.48,9.64',
    ]);
    expect(cumulative).toEqual(['20.14,2.01', '20.14,2.01', '19.48,1.95', '19.48,1.95']);
  });

  it('prints the performance summary: net profit, trades, percent profitable', async () => {
    const out = await cli.ok(
      'backtest',
      script('two.pine', TWO_TRADES),
      '--data',
      goog(),
      '--capital',
      '1000',
    );
    expect(out).toContain('Two trades on GOOG 1D, 2004-08-19 … 2013-03-01');
    const row = (metric: string) =>
      out
        .split('\n')
        .find((line) => line.startsWith(metric))
        ?.slice(metric.length)
        .trim()
        .split(/\s{2,}/);
    // All, Long, Short columns.
    expect(row('Net profit')).toEqual([
      '20.14 USD (2.01%)',
      '20.14 USD (2.01%)',
      '0.00 USD (0.00%)',
    ]);
    expect(row('Gross profit')?.[0]).toBe('20.14 USD (2.01%)');
    expect(row('Total closed trades')).toEqual(['2', '2', '0']);
    expect(row('Percent profitable')).toEqual(['100.00%', '100.00%', 'n/a']);
    // Average trade (19.48 + 0.66) / 2 = 10.07; largest win 19.48 at 9.64 % of its value.
    expect(row('Avg trade')?.[0]).toBe('10.07 USD (4.98%)');
    expect(row('Largest winning trade')?.[0]).toBe('19.48 USD (9.64%)');
    // Bars counted inclusively: bars 1…2 and 5…7 → (2 + 3) / 2 = 2.5, shown rounded.
    expect(row('Avg # bars in trades')?.[0]).toBe('3');
    expect(row('Margin calls')).toEqual(['0']);
  });

  it('--json holds the summary, the trades, the equity at every bar and the order log', async () => {
    const json = cli.file('report.json');
    await cli.ok(
      'backtest',
      script('two.pine', TWO_TRADES),
      '--data',
      goog(),
      '--capital',
      '1000',
      '--input',
      'Quantity=3',
      '--json',
      json,
    );
    const report = JSON.parse(readFileSync(json, 'utf8'));
    // 3 shares: 3 × 9.74 + 3 × 0.33 = 30.21.
    expect(report.summary.all.netProfit).toBeCloseTo(30.21, 9);
    expect(report.summary.all.profitFactor).toBeNull(); // no losing trade: undefined, not NaN
    expect(report.trades.map((t: { profit: number }) => t.profit)).toEqual([
      expect.closeTo(29.22, 9),
      expect.closeTo(0.99, 9),
    ]);
    expect(report.trades[0].entry).toEqual({
      time: '2004-08-20T00:00:00+00:00',
      price: 101.01,
      signal: 'Long',
    });
    expect(report.equity).toHaveLength(2148);
    // Bar 1 closes at 108.31 with 3 shares bought at its open 101.01: 1000 + 3 × 7.30 = 1021.90.
    expect(report.equity[1].time).toBe('2004-08-20T00:00:00+00:00');
    expect(report.equity[1].equity).toBeCloseTo(1021.9, 9);
    expect(report.equity.at(-1).equity).toBeCloseTo(1030.21, 9);
    const fills = report.orders.filter((o: { event: string }) => o.event === 'filled');
    expect(fills.map((o: { bar: number; price: number }) => [o.bar, o.price])).toEqual([
      [1, 101.01],
      [2, 110.75],
      [5, 104.95],
      [7, 105.28],
    ]);
    expect(fills.every((o: { reason: string }) => o.reason.length > 0)).toBe(true);
  });

  it('--commission and --slippage replace the script’s strategy() costs (the Properties tab)', async () => {
    // 0.1 % of each fill's value (2 shares): 202.02, 221.50 (trade 1), 209.90, 210.56 (trade 2);
    // 0.20202 + 0.2215 + 0.2099 + 0.21056 = 0.84398: net 20.14 − 0.84398 = 19.29602.
    const json = cli.file('report.json');
    const two = script('two.pine', TWO_TRADES);
    await cli.ok('backtest', two, '--data', goog(), '--commission', '0.1%', '--json', json);
    const charged = JSON.parse(readFileSync(json, 'utf8'));
    expect(charged.summary.all.commissionPaid).toBeCloseTo(0.84398, 9);
    expect(charged.summary.all.netProfit).toBeCloseTo(19.29602, 9);
    // 2 ticks of 0.01 against the trader: buys at open + 0.02, sells at open − 0.02.
    // 2 × (110.73 − 101.03) + 2 × (105.26 − 104.97) = 19.40 + 0.58 = 19.98.
    await cli.ok('backtest', two, '--data', goog(), '--slippage', '2', '--json', json);
    const slipped = JSON.parse(readFileSync(json, 'utf8'));
    const fills = slipped.orders.filter((o: { event: string }) => o.event === 'filled');
    expect(fills.map((o: { price: number }) => o.price)).toEqual([
      expect.closeTo(101.03, 9),
      expect.closeTo(110.73, 9),
      expect.closeTo(104.97, 9),
      expect.closeTo(105.26, 9),
    ]);
    expect(slipped.summary.all.netProfit).toBeCloseTo(19.98, 9);
  });

  it('--from starts trading there: earlier orders are dropped, the script still ran', async () => {
    // Bar 0's entry (2004-08-19) comes before the start; bar 4 (2004-08-25) places trade 2.
    const json = cli.file('report.json');
    await cli.ok(
      'backtest',
      script('two.pine', TWO_TRADES),
      '--data',
      goog(),
      '--from',
      '2004-08-25',
      '--json',
      json,
    );
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.trades).toHaveLength(1);
    expect(report.trades[0].entry.price).toBe(104.95);
    expect(report.range.from).toBe('2004-08-25T00:00:00+00:00');
  });

  it('--to ends the bars: a trade still open is listed at the last close as `Open`', async () => {
    // Bars up to 2004-08-26 (bar 5): trade 2 filled at its open 104.95, marked at its close
    // 107.91: 2 × 2.96 = 5.92.
    const trades = cli.file('trades.csv');
    await cli.ok(
      'backtest',
      script('two.pine', TWO_TRADES),
      '--data',
      goog(),
      '--to',
      '2004-08-27',
      '--trades',
      trades,
    );
    expect(rows(readFileSync(trades, 'utf8'), 8)[0]).toBe(
      '2,Exit long,2004-08-26T00:00:00+00:00,Open,107.91,2,209.9,5.92',
    );
  });

  describe('errors are one line and exit code 1', () => {
    const fails = async (expected: RegExp, ...argv: string[]) => {
      const run = await cli.run('backtest', ...argv);
      expect(run.code).toBe(1);
      expect(run.stderr.split('\n').filter((l) => l.startsWith('barwise:'))).toHaveLength(1);
      expect(run.stderr).toMatch(expected);
      expect(run.stderr.endsWith('\n')).toBe(true);
      expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^barwise: /);
    };

    it('a compile error names file:line:col', async () => {
      const file = script('bad.pine', '//@version=6\nstrategy("Bad")\nx = nosuchname + 1\n');
      await fails(/barwise: \S*bad\.pine:3:5: error \w+: .*nosuchname/, file, '--data', goog());
    });

    it('a runtime error names the line and the bar', async () => {
      const file = script(
        'boom.pine',
        '//@version=6\nstrategy("Boom")\na = array.new_float(0)\nif bar_index == 3\n    x = array.get(a, 5)\n',
      );
      await fails(
        /barwise: \S*boom\.pine:5: runtime error on bar 3 \(2004-08-24/,
        file,
        '--data',
        goog(),
      );
    });

    it('an indicator is not a strategy', async () => {
      const file = script('ind.pine', '//@version=6\nindicator("Ind")\nplot(close)\n');
      await fails(/not a strategy/, file, '--data', goog());
    });

    it('an unknown input names the script’s inputs', async () => {
      const file = script('two.pine', TWO_TRADES);
      await fails(/unknown input "Qty" .*"Quantity"/, file, '--data', goog(), '--input', 'Qty=3');
    });

    it('an input value of the wrong type', async () => {
      const file = script('two.pine', TWO_TRADES);
      await fails(
        /input "Quantity": "two" is not a number/,
        file,
        '--data',
        goog(),
        '--input',
        'Quantity=two',
      );
    });

    it('a missing data file, a file that is no OHLCV CSV, an unknown dataset', async () => {
      const file = script('two.pine', TWO_TRADES);
      await fails(/no such file: nope\.csv/, file, '--data', 'nope.csv');
      await fails(/no time column/, file, '--data', file);
      await fails(/no dataset GOOG 1D/, file, '--data', 'GOOG:D');
      await fails(/not a dataset name/, file, '--data', 'GOOG');
    });

    it('a missing script', async () => {
      await fails(/no such file: missing\.pine/, 'missing.pine', '--data', goog());
    });

    it('a Pine strategy has one commission type; slippage is whole ticks', async () => {
      const file = script('two.pine', TWO_TRADES);
      const data = ['--data', goog()];
      await fails(
        /sums several schedules; a Pine strategy has one commission_type/,
        file,
        ...data,
        '--commission',
        '1/order+0.1%',
      );
      await fails(
        /--slippage: "1\.5" is not a whole number of ticks/,
        file,
        ...data,
        '--slippage',
        '1.5',
      );
    });

    it('--syminfo with an unknown key', async () => {
      const file = script('two.pine', TWO_TRADES);
      await fails(/syminfo: unknown key "tick"/, file, '--data', goog(), '--syminfo', 'tick=1');
    });
  });
});

// Issue 8 acceptance: `barwise data fetch` then `barwise backtest` on the stored dataset, against
// a local imitation of Binance's REST API (reached through BARWISE_EXCHANGE_URL_BINANCE).
describe('barwise data fetch, then barwise backtest SYMBOL:TF', () => {
  const T0 = Date.UTC(2024, 0, 1);
  const minutes = minuteSeries({ start: T0, count: 300, seed: 5 });
  let fake: FakeBinance;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'barwise-backtest-cli-'));
    fake = await new FakeBinance({
      markets: [
        {
          id: 'BTCUSDT',
          base: 'BTC',
          quote: 'USDT',
          kind: 'spot',
          tickSize: '0.01',
          stepSize: '0.00001',
          minutes,
        },
      ],
    }).start();
  });
  afterAll(async () => {
    await fake.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function ok(...argv: string[]): Promise<string> {
    let stdout = '';
    let stderr = '';
    const code = await main(argv, {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      env: { BARWISE_DATA_DIR: dataDir, BARWISE_EXCHANGE_URL_BINANCE: fake.url },
      cwd: dataDir,
    });
    if (code !== 0) throw new Error(`barwise ${argv.join(' ')} exited ${code}: ${stderr}`);
    return stdout;
  }

  it('backtests the fetched minutes: fills at the next bars’ opens the exchange served', async () => {
    await ok('data', 'fetch', 'binance:BTC/USDT', '1', '--from', '2024-01-01');
    writeFileSync(
      path.join(dataDir, 'minute.pine'),
      `//@version=6
strategy("Minute trade")
if bar_index == 10
    strategy.entry("L", strategy.long, qty=2)
if bar_index == 20
    strategy.close("L")
`,
    );
    const out = await ok(
      'backtest',
      'minute.pine',
      '--data',
      'binance:BTCUSDT:1',
      '--json',
      'report.json',
    );
    expect(out).toContain('Minute trade on BINANCE:BTCUSDT 1');
    const report = JSON.parse(readFileSync(path.join(dataDir, 'report.json'), 'utf8'));
    // Entry placed on bar 10 fills at bar 11's open, the close on bar 20 at bar 21's open; the
    // exchange's data is `minutes`, so profit = 2 × (open[21] − open[11]).
    const [trade] = report.trades;
    expect(trade.entry).toMatchObject({
      price: minutes.open[11],
      time: '2024-01-01T00:11:00+00:00',
    });
    expect(trade.exit).toMatchObject({
      price: minutes.open[21],
      time: '2024-01-01T00:21:00+00:00',
    });
    expect(trade.profit).toBeCloseTo(2 * (minutes.open[21]! - minutes.open[11]!), 8);
    expect(report.currency).toBe('USDT');
    expect(report.equity).toHaveLength(300);
  });
});
