/**
 * What an HTML backtest report shows, independent of the engine that ran it: the bars, the
 * trades (entry and exit fills with their signals), equity and drawdown per bar, and the
 * statistics as text rows. Times are ms UTC.
 */

export interface ReportTrade {
  readonly direction: 'long' | 'short';
  /** Units, positive. */
  readonly qty: number;
  readonly entryTime: number;
  readonly entryPrice: number;
  readonly entrySignal: string;
  /** For a trade still open: the mark (last bar's time and close). */
  readonly exitTime: number;
  readonly exitPrice: number;
  readonly exitSignal: string;
  readonly open: boolean;
  /** Net profit in the account currency and as a percent of the entry value. */
  readonly profit: number;
  readonly profitPercent: number;
}

export interface ReportData {
  readonly title: string;
  /** One line under the title: symbol, range, capital, settings. */
  readonly subtitle: string;
  readonly bars: {
    readonly time: ArrayLike<number>;
    readonly open: ArrayLike<number>;
    readonly high: ArrayLike<number>;
    readonly low: ArrayLike<number>;
    readonly close: ArrayLike<number>;
  };
  readonly trades: readonly ReportTrade[];
  /** Equity after each bar, and its drawdown from the running peak as a fraction (≤ 0). */
  readonly equity: ArrayLike<number>;
  readonly drawdown: ArrayLike<number>;
  /** Heading of the statistics table and its `[metric, value]` rows. */
  readonly statsTitle: string;
  readonly stats: readonly (readonly [string, string])[];
}

/** Equity / running peak − 1 per bar. */
export function drawdownOf(equity: ArrayLike<number>): Float64Array {
  const out = new Float64Array(equity.length);
  let peak = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < equity.length; i++) {
    peak = Math.max(peak, equity[i]!);
    out[i] = equity[i]! / peak - 1;
  }
  return out;
}
