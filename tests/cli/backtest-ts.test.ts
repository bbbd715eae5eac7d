import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../packages/server/src/cli/main.ts';
import { CliSandbox, HAS_REFERENCE, REPO_ROOT, reference } from '../support/cli.ts';

// Issue 6: `barwise backtest` runs TypeScript strategy modules on the engine's kernel, reads YAML
// run configs and writes HTML reports. References: backtesting.py's published statistics for
// SmaCross on GOOG (backtesting/test/_test.py test_compute_stats) and backtrader's published final
// value for its SMA(15) strategy (tests/test_strategy_unoptimized.py).
const SMACROSS = path.join(REPO_ROOT, 'examples/strategies/backtesting-py-smacross.ts');
const SMA15 = path.join(REPO_ROOT, 'examples/strategies/backtrader-sma15.ts');
const INJECTION = '</script><script>alert(1)</script>';

let cli: CliSandbox;
beforeEach(() => {
  cli = new CliSandbox();
});
afterEach(() => cli.dispose());

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));
const relativelyClose = (actual: number, expected: number) =>
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-6 * Math.abs(expected));

/** Runs in-process with extra environment variables (for `${VAR}` in run configs). */
async function runWith(env: Record<string, string>, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: { BARWISE_DATA_DIR: cli.dataDir, ...env },
    cwd: REPO_ROOT,
  });
  return { code, stdout, stderr };
}

describe.skipIf(!HAS_REFERENCE)('barwise backtest <strategy.ts>', () => {
  const goog = () => reference('backtesting-py/GOOG.csv');
  const idx = () => reference('backtrader/2006-day-001.txt');

  it('SmaCross on GOOG.csv: the module’s settings reproduce backtesting.py (66 trades, Return 414.2299 %)', async () => {
    const out = cli.file('out.json');
    const stdout = await cli.ok('backtest', SMACROSS, '--data', goog(), '--json', out);
    const report = json(out);
    expect(report.stats['# Trades']).toBe(66);
    relativelyClose(report.stats['Return [%]'], 414.2298999999996);
    relativelyClose(report.stats['Equity Final [$]'], 51422.98999999996);
    relativelyClose(report.stats['Sharpe Ratio'], 0.5806232244485349);
    expect(report.stats.Start).toBe('2004-08-19T00:00:00+00:00');
    expect(report.stats.Duration).toBe('3116 days 00:00:00');
    expect(report.trades).toHaveLength(66);
    expect(report.equity).toHaveLength(2148);
    relativelyClose(report.equity.at(-1).equity, 51422.98999999996);
    // The printed table: backtesting.py's names, values to six decimals.
    expect(stdout).toMatch(/^Return \[%\] +414\.2299$/m);
    expect(stdout).toMatch(/^# Trades +66$/m);
    expect(stdout).toMatch(/^Equity Final \[\$\] +51,422\.99$/m);
  });

  it('backtrader SMA(15) on 2006-day-001.txt: final value 10284.10', async () => {
    const out = cli.file('out.json');
    await cli.ok('backtest', SMA15, '--data', idx(), '--json', out);
    expect(json(out).stats['Equity Final [$]'].toFixed(2)).toBe('10284.10');
  });

  it('--capital and --input override the module’s settings and defaults', async () => {
    // backtrader's run buys one unit at a time, so its profit 284.10 does not depend on the cash.
    const out = cli.file('out.json');
    await cli.ok('backtest', SMA15, '--data', idx(), '--capital', '20000', '--json', out);
    expect(json(out).stats['Equity Final [$]'].toFixed(2)).toBe('20284.10');
    await cli.ok('backtest', SMACROSS, '--data', goog(), '--input', 'fast=5', '--json', out);
    expect(json(out).params).toEqual({ fast: 5, slow: 30 });
  });

  it('--fill-model on-close fills market orders at the close of the bar that placed them', async () => {
    // TRADINGVIEW-SEMANTICS.md rule 2 (process_orders_on_close): entry price = that bar's close.
    const out = cli.file('out.json');
    await cli.ok('backtest', SMA15, '--data', idx(), '--fill-model', 'on-close', '--json', out);
    const report = json(out);
    expect(report.fillModel).toBe('on-close');
    const closes = new Map(
      readFileSync(idx(), 'utf8')
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.split(','))
        .map((cells) => [`${cells[0]}T00:00:00+00:00`, Number(cells[4])]),
    );
    expect(report.trades.length).toBeGreaterThan(0);
    for (const t of report.trades) {
      expect(t.entryPrice).toBe(closes.get(t.entryTime));
      expect(t.exitPrice).toBe(closes.get(t.exitTime));
    }
  });

  it('--fill-model tradingview: market orders at the next open, as next-open; TradingView’s summary beside the statistics', async () => {
    // TRADINGVIEW-SEMANTICS.md rule 1: a market order placed at a bar's close fills at the next
    // open, so SmaCross (market orders only) gives backtesting.py's 66 trades under either model.
    const out = cli.file('out.json');
    await cli.ok(
      'backtest',
      SMACROSS,
      '--data',
      goog(),
      '--fill-model',
      'tradingview',
      '--json',
      out,
    );
    const report = json(out);
    expect(report.fillModel).toBe('tradingview');
    expect(report.fillModelOptions).toEqual({
      slippageTicks: 0,
      fillLimitsAssumption: 0,
      processOrdersOnClose: false,
    });
    expect(report.stats['# Trades']).toBe(66);
    relativelyClose(report.stats['Equity Final [$]'], 51422.98999999996);
    // Performance Summary: every trade closed (finalize_trades), net profit = final equity − 10,000.
    const summary = report.tradingView;
    expect(summary.all.totalClosedTrades).toBe(66);
    expect(summary.long.totalClosedTrades + summary.short.totalClosedTrades).toBe(66);
    relativelyClose(summary.all.netProfit, 51422.98999999996 - 10_000);
    expect(summary.openProfit).toBeCloseTo(0, 6);
    expect(summary.maxDrawdown).toBeGreaterThan(0);
  });

  it('--report writes a self-contained page with the bars, the 66 trades and the statistics', async () => {
    const html = cli.file('report.html');
    await cli.ok('backtest', SMACROSS, '--data', goog(), '--report', html);
    const page = readFileSync(html, 'utf8');
    const data = JSON.parse(
      /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(page)![1]!,
    );
    expect(data.bars.time).toHaveLength(2148);
    expect(data.bars.time[0]).toBe(Date.UTC(2004, 7, 19) / 1000);
    expect(data.trades).toHaveLength(66);
    expect(page).toContain('<tr><th>Return [%]</th><td>414.2299</td></tr>');
    expect(page).toContain('LightweightCharts');
  });

  it('errors: a module without a strategy, an unknown fill model or parameter', async () => {
    const fails = async (expected: RegExp, ...argv: string[]) => {
      const run = await cli.run('backtest', ...argv);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(expected);
    };
    const empty = cli.file('empty.ts');
    writeFileSync(empty, 'export const x = 1;\n');
    await fails(/empty\.ts: no strategy found; export a strategy/, empty, '--data', goog());
    await fails(
      /--fill-model: unknown fill model "best" \(known: next-open, on-close/,
      SMA15,
      '--data',
      idx(),
      '--fill-model',
      'best',
    );
    await fails(
      /unknown parameter "length" \(the strategy has "period"\)/,
      SMA15,
      '--data',
      idx(),
      '--input',
      'length=3',
    );
    await fails(/parameter "period" = 0 is below 1/, SMA15, '--data', idx(), '--input', 'period=0');
  });

  it("--trades writes TradingView's List of Trades: backtrader's 12 buys at their published prices, 284.10 in all", async () => {
    const csv = cli.file('trades.csv');
    await cli.ok('backtest', SMA15, '--data', idx(), '--trades', csv);
    const rows = readFileSync(csv, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(rows[0]).toMatch(/^Trade #,Type,Date and time,Signal,Price USD,/);
    const entries = rows.filter((r) => r.split(',')[1] === 'Entry long').reverse();
    expect(entries.map((r) => Number(r.split(',')[4]))).toEqual([
      3643.35, 3801.03, 3872.37, 3863.57, 3845.32, 3656.43, 3542.65, 3639.65, 3799.86, 3840.2,
      4047.63, 4052.55,
    ]);
    // Newest first: the last trade is still open (TradingView's "Open" signal), cumulative P&L
    // 284.10 = backtrader's final value 10284.10 − 10,000.
    expect(rows[1]).toMatch(/^12,Exit long,2006-12-29T00:00:00\+00:00,Open,/);
    expect(rows[1]!.split(',').at(-2)).toBe('284.1');
  });
});

describe.skipIf(!HAS_REFERENCE)('barwise backtest --config run.yaml', () => {
  const config = (text: string) => {
    const file = cli.file('run.yaml');
    writeFileSync(file, text);
    return file;
  };

  it('runs the config with environment variables and defaults substituted; flags override its fields', async () => {
    const file = config(`# backtrader's SMA(15), stock-like
strategy: \${EXAMPLES}/backtrader-sma15.ts
data: \${REFERENCE}/backtrader/2006-day-001.txt
capital: \${CASH:20000}
fillModel: next-open
json: out.json
`);
    const env = { EXAMPLES: path.join(REPO_ROOT, 'examples/strategies'), REFERENCE: reference('') };
    // 10,000 + 284.10 published; the one-unit trades make the profit independent of the cash.
    expect((await runWith(env, 'backtest', '--config', file)).code).toBe(0);
    expect(json(cli.file('out.json')).stats['Equity Final [$]'].toFixed(2)).toBe('20284.10');
    await runWith({ ...env, CASH: '15000' }, 'backtest', '--config', file);
    expect(json(cli.file('out.json')).stats['Equity Final [$]'].toFixed(2)).toBe('15284.10');
    await runWith(env, 'backtest', '--config', file, '--capital', '30000');
    expect(json(cli.file('out.json')).stats['Equity Final [$]'].toFixed(2)).toBe('30284.10');
  });

  it('the same config gives byte-identical JSON', async () => {
    const file = config(`strategy: ${SMACROSS}
data: ${reference('backtesting-py/GOOG.csv')}
json: out.json
`);
    await cli.ok('backtest', '--config', file);
    const first = readFileSync(cli.file('out.json'));
    await cli.ok('backtest', '--config', file);
    expect(readFileSync(cli.file('out.json')).equals(first)).toBe(true);
    expect(JSON.parse(first.toString()).stats['# Trades']).toBe(66);
  });

  it('an unset variable names itself and its line; a bad field names its path', async () => {
    const unset = await runWith(
      {},
      'backtest',
      '--config',
      config(`strategy: ${SMA15}\ndata: \${NO_SUCH_DATA}\n`),
    );
    expect(unset.code).toBe(1);
    expect(unset.stderr).toMatch(/run\.yaml:2: environment variable NO_SUCH_DATA is not set/);
    const bad = await runWith(
      {},
      'backtest',
      '--config',
      config(
        `strategy: ${SMA15}\ndata: x.csv\nfillModel:\n  name: realistic\n  participationRate: lots\n`,
      ),
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(
      /run\.yaml:5: fillModel\.participationRate: expected number, received string/,
    );
  });
});

describe.skipIf(!HAS_REFERENCE)('barwise backtest <strategy.pine> --report', () => {
  it('a signal name carrying </script><script>… stays inert text in the report', async () => {
    // Entry on bar 0 fills at bar 1's open 101.01, the close on bar 1 at bar 2's open 110.75
    // (TRADINGVIEW-SEMANTICS.md rule 1), as in backtest.test.ts.
    const script = cli.file('inject.pine');
    writeFileSync(
      script,
      `//@version=6
strategy("Inject")
if bar_index == 0
    strategy.entry("${INJECTION}", strategy.long)
if bar_index == 1
    strategy.close("${INJECTION}")
`,
    );
    const html = cli.file('report.html');
    await cli.ok(
      'backtest',
      script,
      '--data',
      reference('backtesting-py/GOOG.csv'),
      '--report',
      html,
    );
    const page = readFileSync(html, 'utf8');
    expect(page.match(/<script/g)).toHaveLength(3);
    expect(page).not.toContain(INJECTION);
    expect(page).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    const data = JSON.parse(
      /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(page)![1]!,
    );
    expect(data.trades).toHaveLength(1);
    expect(data.trades[0].entrySignal).toBe(INJECTION);
    expect(data.bars.time).toHaveLength(2148);
    expect(page).toContain('<tr><th>Total closed trades</th><td>1</td></tr>');
  });
});
