/** ta.vwap: volume-weighted average price since the last anchor, with optional standard-deviation bands. */

import type { Session } from '../../../market/session.ts';
import { parseSession, tradingDayNumber } from '../../../market/session.ts';
import type { BarState } from '../series/bar-state.ts';

/**
 * Σ source · volume / Σ volume, restarted on every call where `anchor` is true; "calculations
 * only begin the first time the anchor condition becomes true. Until then, the function returns
 * na". Bands: vwap ± mult · √(Σ v · x² / Σ v − vwap²) (the volume-weighted standard deviation,
 * clamped at 0 against rounding). A call with na source or volume adds nothing.
 * `next` returns the VWAP and sets `vwap`, `upper`, `lower`.
 * The one-argument form `ta.vwap(source)` and the variable `ta.vwap` (source hlc3) anchor on each
 * new trading day of the symbol's session: use `nextDaily`.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.vwap
 */
export class Vwap {
  vwap = Number.NaN;
  upper = Number.NaN;
  lower = Number.NaN;
  private started = false;
  private sumPv = 0;
  private sumV = 0;
  private sumPv2 = 0;
  private session: Session | undefined;
  private day = Number.NaN;

  constructor(private readonly bar: BarState) {}

  next(source: number, anchor: boolean, stdevMult = Number.NaN): number {
    if (anchor) {
      this.started = true;
      this.sumPv = 0;
      this.sumV = 0;
      this.sumPv2 = 0;
    }
    if (!this.started) return Number.NaN;
    const v = this.bar.volume;
    if (!Number.isNaN(source) && !Number.isNaN(v)) {
      this.sumPv += source * v;
      this.sumV += v;
      this.sumPv2 += source * source * v;
    }
    const mean = this.sumPv / this.sumV;
    this.vwap = mean;
    if (!Number.isNaN(stdevMult)) {
      const variance = Math.max(0, this.sumPv2 / this.sumV - mean * mean);
      const offset = stdevMult * Math.sqrt(variance);
      this.upper = mean + offset;
      this.lower = mean - offset;
    }
    return mean;
  }

  /** `ta.vwap(source)`: anchored at each new trading day (the first call is a new day). */
  nextDaily(source: number, stdevMult = Number.NaN): number {
    const b = this.bar;
    this.session ??= parseSession(b.symbol.session);
    const day = tradingDayNumber(this.session, b.symbol.timezone, b.time);
    const anchor = day !== this.day;
    this.day = day;
    return this.next(source, anchor, stdevMult);
  }
}
