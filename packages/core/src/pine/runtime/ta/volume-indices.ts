/** The volume-based ta.* variables: ta.accdist, ta.iii, ta.nvi, ta.pvi, ta.pvt, ta.obv, ta.wad, ta.wvad. */
import type { BarState } from '../series/bar-state.ts';
import { addToCum } from './cum.ts';

/*
 * Each is a series variable: the compiler creates one instance per script and calls `next()` once
 * per bar, before the script body reads it. `close[1]` and `volume[1]` are the chart's previous bar.
 */

/**
 * `ta.cum(math.sign(ta.change(close)) * volume)` (reference): na on the first bar, whose change is
 * na (ta.cum is na until its first value; see cum.ts).
 * @see https://www.tradingview.com/pine-script-reference/v6/#var_ta.obv
 */
export class Obv {
  private total = Number.NaN;
  constructor(private readonly bar: BarState) {}

  next(): number {
    const b = this.bar;
    const term = Math.sign(b.close - b.pastClose(1)) * b.volume;
    this.total = addToCum(this.total, term);
    return this.total;
  }
}

/**
 * Accumulation/distribution: ta.cum of the close location value times volume, 0 on a bar with no
 * range (TradingView's built-in "Accumulation/Distribution" script).
 * @see https://www.tradingview.com/pine-script-reference/v6/#var_ta.accdist
 */
export class AccDist {
  private total = 0;
  constructor(private readonly bar: BarState) {}

  next(): number {
    const b = this.bar;
    const term =
      (b.close === b.high && b.close === b.low) || b.high === b.low
        ? 0
        : ((2 * b.close - b.low - b.high) / (b.high - b.low)) * b.volume;
    if (!Number.isNaN(term)) this.total += term;
    return this.total;
  }
}

/**
 * Intraday intensity: the reference writes `(2 * close - high - low) / ((high - low) * volume)`,
 * but PineForge's bar-by-bar comparison with TradingView found the volume multiplying
 * (`… / (high - low) * volume`, magnitudes ~1e4, not ~1e-6); we follow the observed values.
 * @see https://www.tradingview.com/pine-script-reference/v6/#var_ta.iii
 */
export function iii(bar: BarState): number {
  return ((2 * bar.close - bar.high - bar.low) / (bar.high - bar.low)) * bar.volume;
}

/**
 * `(close - open) / (high - low) * volume` (reference).
 * @see https://www.tradingview.com/pine-script-reference/v6/#var_ta.wvad
 */
export function wvad(bar: BarState): number {
  return ((bar.close - bar.open) / (bar.high - bar.low)) * bar.volume;
}

/**
 * The reference's `f_nvi` / `f_pvi`: starts at 1; when the volume falls (nvi) or rises (pvi)
 * against the previous bar, moves by the close's relative change; a zero or na close keeps it.
 */
class VolumeIndex {
  private value = Number.NaN;
  constructor(
    private readonly bar: BarState,
    private readonly rising: boolean,
  ) {}

  next(): number {
    const b = this.bar;
    const prev = Number.isNaN(this.value) || this.value === 0 ? 1 : this.value;
    const close = b.close;
    const close1 = b.pastClose(1);
    if (Number.isNaN(close) || close === 0 || Number.isNaN(close1) || close1 === 0) {
      this.value = prev;
    } else {
      const volume1 = Number.isNaN(b.pastVolume(1)) ? 0 : b.pastVolume(1);
      const moved = this.rising ? b.volume > volume1 : b.volume < volume1;
      this.value = moved ? prev + ((close - close1) / close1) * prev : prev;
    }
    return this.value;
  }
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#var_ta.nvi */
export class Nvi extends VolumeIndex {
  constructor(bar: BarState) {
    super(bar, false);
  }
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#var_ta.pvi */
export class Pvi extends VolumeIndex {
  constructor(bar: BarState) {
    super(bar, true);
  }
}

/**
 * `ta.cum((ta.change(close) / close[1]) * volume)` (reference), na on the first bar, which has no
 * change: an EMA of it then starts a bar later, and TradingView's trades in the PineForge probe
 * ta-pvt-ema-cross-01 (EMA(21) crosses from the chart's first hours) need exactly that.
 * @see https://www.tradingview.com/pine-script-reference/v6/#var_ta.pvt
 */
export class Pvt {
  private total = Number.NaN;
  constructor(private readonly bar: BarState) {}

  next(): number {
    const b = this.bar;
    const close1 = b.pastClose(1);
    const term = ((b.close - close1) / close1) * b.volume;
    this.total = addToCum(this.total, term);
    return this.total;
  }
}

/**
 * The reference's `f_wad`: gain = close − min(low, close[1]) on an up close, close −
 * max(high, close[1]) on a down close, else 0; ta.cum(gain). On the first bar `mom` is na, so the
 * gain is 0.
 * @see https://www.tradingview.com/pine-script-reference/v6/#var_ta.wad
 */
export class Wad {
  private total = 0;
  constructor(private readonly bar: BarState) {}

  next(): number {
    const b = this.bar;
    const close1 = b.pastClose(1);
    const mom = b.close - close1;
    const gain =
      mom > 0
        ? b.close - Math.min(b.low, close1)
        : mom < 0
          ? b.close - Math.max(b.high, close1)
          : 0;
    if (!Number.isNaN(gain)) this.total += gain;
    return this.total;
  }
}
