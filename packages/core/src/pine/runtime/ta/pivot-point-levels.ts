/** ta.pivot_point_levels: floor-trader pivot levels of the period between `anchor` resets. */
import { PineArray } from '../array/pine-array.ts';
import { PineRuntimeError } from '../pine-runtime-error.ts';
import type { BarState } from '../series/bar-state.ts';

/** Level order of the returned array (TradingView's): P, R1, S1, R2, S2 … R5, S5. */
const LEVEL_COUNT = 11;
const TYPES = ['Traditional', 'Fibonacci', 'Woodie', 'Classic', 'DM', 'Camarilla'] as const;
type PivotType = (typeof TYPES)[number];

/**
 * A period starts on bar 0 and at every bar where `anchor` is true. With `developing` false the
 * levels are those of the last completed period, set when an anchor closes it (na until the
 * first anchor after bar 0); with `developing` true they are recomputed every bar from the period
 * so far. Woodie uses the open of the bar that starts the new period, hence cannot develop.
 * Levels a type does not define are na (DM: P, R1, S1; Fibonacci: up to R3/S3; Woodie, Classic,
 * Camarilla: up to R4/S4 — Camarilla adds R5/S5).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_ta.pivot_point_levels
 * @see https://www.tradingview.com/support/solutions/43000521824/ (Pivot Points Standard formulas)
 */
export class PivotPointLevels {
  private readonly completed = new Float64Array(LEVEL_COUNT).fill(Number.NaN);
  private periodOpen = Number.NaN;
  private periodHigh = Number.NaN;
  private periodLow = Number.NaN;
  private periodClose = Number.NaN;

  constructor(private readonly bar: BarState) {}

  next(type: string, anchor: boolean, developing = false): PineArray<number> {
    const kind = pivotType(type);
    if (developing && kind === 'Woodie')
      throw new PineRuntimeError(
        'ta.pivot_point_levels: the "Woodie" type cannot be developing (it needs the next period\'s open)',
      );
    const b = this.bar;
    if (anchor && !Number.isNaN(this.periodClose)) {
      pivotLevels(
        kind,
        this.periodOpen,
        this.periodHigh,
        this.periodLow,
        this.periodClose,
        b.open,
        this.completed,
      );
    }
    if (anchor || Number.isNaN(this.periodClose)) {
      this.periodOpen = b.open;
      this.periodHigh = b.high;
      this.periodLow = b.low;
    } else {
      if (b.high > this.periodHigh) this.periodHigh = b.high;
      if (b.low < this.periodLow) this.periodLow = b.low;
    }
    this.periodClose = b.close;
    if (!developing) return PineArray.of(Array.from(this.completed));
    const levels = new Float64Array(LEVEL_COUNT);
    pivotLevels(
      kind,
      this.periodOpen,
      this.periodHigh,
      this.periodLow,
      this.periodClose,
      Number.NaN,
      levels,
    );
    return PineArray.of(Array.from(levels));
  }
}

function pivotType(type: string): PivotType {
  const kind = TYPES.find((t) => t === type);
  if (kind === undefined)
    throw new PineRuntimeError(
      `ta.pivot_point_levels: unknown type "${type}" (use ${TYPES.map((t) => `"${t}"`).join(', ')})`,
    );
  return kind;
}

/**
 * Fills `out` with the period's levels. `o, h, l, c` are the period's open, high, low and close;
 * `nextOpen` is the open of the bar that starts the following period (Woodie only).
 */
export function pivotLevels(
  type: PivotType,
  o: number,
  h: number,
  l: number,
  c: number,
  nextOpen: number,
  out: Float64Array,
): void {
  out.fill(Number.NaN);
  const range = h - l;
  const set = (index: number, r: number, s: number) => {
    out[index] = r;
    out[index + 1] = s;
  };
  const pp = (h + l + c) / 3;
  switch (type) {
    case 'Traditional':
      out[0] = pp;
      set(1, pp * 2 - l, pp * 2 - h);
      set(3, pp + range, pp - range);
      set(5, pp * 2 + (h - 2 * l), pp * 2 - (2 * h - l));
      set(7, pp * 3 + (h - 3 * l), pp * 3 - (3 * h - l));
      set(9, pp * 4 + (h - 4 * l), pp * 4 - (4 * h - l));
      return;
    case 'Fibonacci':
      out[0] = pp;
      set(1, pp + 0.382 * range, pp - 0.382 * range);
      set(3, pp + 0.618 * range, pp - 0.618 * range);
      set(5, pp + range, pp - range);
      return;
    case 'Woodie': {
      const wp = (h + l + 2 * nextOpen) / 4;
      out[0] = wp;
      set(1, wp * 2 - l, wp * 2 - h);
      set(3, wp + range, wp - range);
      const r3 = h + 2 * (wp - l);
      const s3 = l - 2 * (h - wp);
      set(5, r3, s3);
      set(7, r3 + range, s3 - range);
      return;
    }
    case 'Classic':
      out[0] = pp;
      set(1, pp * 2 - l, pp * 2 - h);
      set(3, pp + range, pp - range);
      set(5, pp + 2 * range, pp - 2 * range);
      set(7, pp + 3 * range, pp - 3 * range);
      return;
    case 'DM': {
      const x = c === o ? h + l + 2 * c : c > o ? 2 * h + l + c : h + 2 * l + c;
      out[0] = x / 4;
      set(1, x / 2 - l, x / 2 - h);
      return;
    }
    case 'Camarilla': {
      out[0] = pp;
      for (const [index, divisor] of [
        [1, 12],
        [3, 6],
        [5, 4],
        [7, 2],
      ] as const)
        set(index, c + (range * 1.1) / divisor, c - (range * 1.1) / divisor);
      const r5 = (h / l) * c;
      set(9, r5, c - (r5 - c));
      return;
    }
  }
}
