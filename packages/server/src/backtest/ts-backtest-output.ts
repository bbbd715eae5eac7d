/**
 * A TypeScript strategy's backtest written out: backtesting.py's statistics under its names —
 * times ISO-8601 in the symbol's zone, durations as pandas prints a Timedelta
 * (`3116 days 00:00:00`) — as table rows and as a JSON document with the trades and the equity
 * curve. JSON has no NaN: an undefined statistic is null. Equal runs give byte-equal JSON.
 * @see https://kernc.github.io/backtesting.py/doc/backtesting/backtesting.html#backtesting.backtesting.Backtest.run
 */
import { formatIsoLocal, formatTimeframe, STAT_NAMES, type Stats, tickerId } from '@barwise/core';
import type { TsBacktestReport } from './ts-strategy-backtest.ts';

type StatKey = keyof Stats;

const TIMES = new Set<StatKey>(['Start', 'End']);
const DURATIONS = new Set<StatKey>([
  'Duration',
  'Max. Drawdown Duration',
  'Avg. Drawdown Duration',
  'Max. Trade Duration',
  'Avg. Trade Duration',
]);
const DAY = 86_400_000;

/** backtesting.py's order: `Commissions [$]` follows `Equity Peak [$]` when commissions were paid. */
export function statNames(stats: Stats): StatKey[] {
  const names: StatKey[] = [...STAT_NAMES];
  if (stats['Commissions [$]'] !== undefined)
    names.splice(names.indexOf('Equity Peak [$]') + 1, 0, 'Commissions [$]');
  return names;
}

/** Statistic values for JSON: numbers, time and duration text, null for undefined ones. */
export function statValues(report: TsBacktestReport): Record<string, number | string | null> {
  const { stats } = report.result;
  const tz = report.bars.symbol.timezone;
  const out: Record<string, number | string | null> = {};
  for (const name of statNames(stats)) {
    const value = stats[name]!;
    if (Number.isNaN(value)) out[name] = null;
    else if (TIMES.has(name)) out[name] = formatIsoLocal(value, tz);
    else if (DURATIONS.has(name)) out[name] = pandasTimedelta(value);
    else out[name] = value;
  }
  return out;
}

/** `[name, value]` rows; numbers with up to six decimals, `n/a` for undefined ones. */
export function statRows(report: TsBacktestReport): [string, string][] {
  return Object.entries(statValues(report)).map(([name, value]) => [
    name,
    value === null
      ? 'n/a'
      : typeof value === 'string'
        ? value
        : value.toLocaleString('en-US', { maximumFractionDigits: 6 }),
  ]);
}

export function tsBacktestJson(report: TsBacktestReport): string {
  const { bars, result } = report;
  const tz = bars.symbol.timezone;
  const time = (t: number) => formatIsoLocal(t, tz);
  const document = {
    strategy: report.title,
    symbol: tickerId(bars.symbol),
    timeframe: formatTimeframe(bars.timeframe),
    range: { from: time(report.rangeStart), to: time(report.rangeEnd) },
    params: result.params,
    initialCash: result.initialCash,
    fillModel: result.fillModel,
    fillModelOptions: result.fillModelOptions,
    costModel: result.costModel,
    stats: statValues(report),
    tradingView: report.tradingView?.summary ?? null,
    trades: result.trades.map((t) => ({
      ...t,
      entryTime: time(t.entryTime),
      exitTime: time(t.exitTime),
    })),
    openPositions: result.openPositions,
    equity: Array.from(result.equity, (equity, i) => ({
      time: time(result.time[i]!),
      equity,
      drawdown: result.drawdown[i]!,
    })),
  };
  return `${JSON.stringify(document, (_key, value) => (Number.isNaN(value) ? null : value), 2)}\n`;
}

/** pandas' `str(Timedelta)` of a duration ≥ 0: `3116 days 00:00:00`, microseconds only when non-zero. */
export function pandasTimedelta(ms: number): string {
  const days = Math.floor(ms / DAY);
  const rest = ms - days * DAY;
  const two = (n: number) => String(Math.floor(n)).padStart(2, '0');
  const clock = `${two(rest / 3_600_000)}:${two((rest % 3_600_000) / 60_000)}:${two((rest % 60_000) / 1000)}`;
  const micros = Math.round((rest % 1000) * 1000);
  return `${days} days ${clock}${micros === 0 ? '' : `.${String(micros).padStart(6, '0')}`}`;
}
