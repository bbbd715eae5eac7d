/**
 * Runs every probe of a corpus through an injected strategy runner and compares its trades with
 * TradingView's export. Per probe: exact, differs (with the first difference), skipped (with the
 * reason) or error (with the message); plus totals. The runner gets the bars from the probe's chart
 * start (chart-start.ts) on and trades from the first of them, as TradingView's Strategy Tester
 * does: no warm-up and no later trading start (a stop order placed before TradingView's first
 * entry may be what opens it, as in order-dual-stop-open-low-first-path-01).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type Bars,
  type ClosedTradeRecord,
  compareTradeLists,
  type ListedTrade,
  listTrades,
  type OpenTradeRecord,
  readTradeListCsv,
  type TradeListComparison,
} from '@barwise/core';
import { chartStartResolver, type ProbeExport } from './chart-start.ts';
import { discoverProbes, type ParityProbe } from './discover-probes.ts';
import { barsFrom, loadProbeBars } from './load-probe-bars.ts';

export interface ParityRunContext {
  readonly probe: ParityProbe;
  /** 1-minute bars for probes that use the bar magnifier or lower-timeframe requests. */
  readonly minuteBars: Bars | null;
}

export interface ParityRunResult {
  readonly closedTrades: readonly ClosedTradeRecord[];
  readonly openTrades: readonly OpenTradeRecord[];
}

/** The integrator's `runStrategy(source, bars, inputs)`, with the probe's context as a fourth argument. */
export type ParityRunStrategy = (
  source: string,
  bars: Bars,
  inputs: Readonly<Record<string, unknown>>,
  context: ParityRunContext,
) => ParityRunResult | Promise<ParityRunResult>;

export type ProbeResult = {
  readonly name: string;
  readonly expectMatch: boolean;
  readonly note: string;
} & (
  | { readonly status: 'exact' | 'differs'; readonly comparison: TradeListComparison }
  | { readonly status: 'skipped'; readonly reason: string }
  | { readonly status: 'error'; readonly message: string }
);

export interface ParityReport {
  readonly probes: readonly ProbeResult[];
  readonly totals: Readonly<Record<ProbeResult['status'], number>> & { readonly probes: number };
}

export async function runParity(
  corpusDir: string,
  runStrategy: ParityRunStrategy,
  onProbe?: (result: ProbeResult) => void,
  only?: string,
): Promise<ParityReport> {
  const feeds = new Map<string, Promise<Bars>>();
  const load = (file: string, probe: ParityProbe) => {
    const key = `${file}\n${JSON.stringify(probe.settings.syminfoOverrides)}`;
    let bars = feeds.get(key);
    if (!bars) feeds.set(key, (bars = loadProbeBars(file, probe.settings.syminfoOverrides)));
    return bars;
  };
  const results: ProbeResult[] = [];
  const probes = await discoverProbes(corpusDir);
  const exports = new Map<ParityProbe, ProbeExport>();
  for (const probe of probes) {
    const trades = await readExpectedTrades(probe).catch(() => null);
    if (trades) exports.set(probe, { declared: probe.settings.ohlcvStart, trades });
  }
  const chartStart = chartStartResolver([...exports.values()]);
  for (const probe of probes) {
    if (only !== undefined && !probe.name.includes(only)) continue;
    const result = await runProbe(probe, runStrategy, load, exports.get(probe), chartStart);
    results.push(result);
    onProbe?.(result);
  }
  const totals = { probes: results.length, exact: 0, differs: 0, skipped: 0, error: 0 };
  for (const r of results) totals[r.status]++;
  return { probes: results, totals };
}

async function runProbe(
  probe: ParityProbe,
  runStrategy: ParityRunStrategy,
  load: (file: string, probe: ParityProbe) => Promise<Bars>,
  tvExport: ProbeExport | undefined,
  chartStart: (probe: ProbeExport) => number | null,
): Promise<ProbeResult> {
  const { settings } = probe;
  const head = { name: probe.name, expectMatch: settings.expectMatch, note: settings.note };
  if (probe.error) return { ...head, status: 'error', message: probe.error };
  if (probe.skipReason) return { ...head, status: 'skipped', reason: probe.skipReason };
  try {
    const tv = tvExport ?? {
      declared: settings.ohlcvStart,
      trades: await readExpectedTrades(probe),
    };
    const expected = tv.trades;
    const all = await load(probe.dataFile, probe);
    const start = chartStart(tv);
    const bars = start === null ? all : barsFrom(all, start);
    if (bars.length === 0) throw new Error(`no bars in ${path.basename(probe.dataFile)}`);
    const context: ParityRunContext = {
      probe,
      minuteBars: probe.minuteDataFile ? await load(probe.minuteDataFile, probe) : null,
    };
    const source = await readFile(path.join(probe.dir, 'strategy.pine'), 'utf8');
    const run = await runStrategy(source, bars, settings.inputs, context);
    const last = bars.length - 1;
    const actual = listTrades(run.closedTrades, run.openTrades, {
      lastBar: { time: bars.time[last]!, close: bars.close[last]! },
      pointValue: bars.symbol.pointValue,
    });
    const comparison = compareTradeLists(expected, actual, { mintick: bars.symbol.mintick });
    return { ...head, status: comparison.exact ? 'exact' : 'differs', comparison };
  } catch (error) {
    return {
      ...head,
      status: 'error',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}

/** TradingView's export of the probe's trades. */
async function readExpectedTrades(probe: ParityProbe): Promise<ListedTrade[]> {
  const { tvTradesFile, tvTimezone } = probe.settings;
  return readTradeListCsv(await readFile(path.join(probe.dir, tvTradesFile), 'utf8'), {
    timezone: tvTimezone,
    source: `${probe.name}/${tvTradesFile}`,
  });
}
