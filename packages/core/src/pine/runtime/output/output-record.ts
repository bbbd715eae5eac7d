/** What one plot-family call site outputs: its kind, title and options (from its first call), and its per-bar columns. */
import { SeriesColumn } from './series-column.ts';

export type OutputKind =
  | 'plot'
  | 'plotshape'
  | 'plotchar'
  | 'plotarrow'
  | 'plotcandle'
  | 'plotbar'
  | 'bgcolor'
  | 'barcolor'
  | 'fill'
  | 'hline'
  | 'alertcondition';

/** The id `plot()` and `hline()` return, which `fill()` takes: the output's declaration index. */
export type OutputHandle = number;

export class OutputRecord {
  /** The title as the script gave it; null when omitted (export names fall back to TradingView's defaults). */
  title: string | null = null;
  /** The first call's remaining arguments by Pine parameter name (const/input in Pine, so fixed). */
  options: Readonly<Record<string, unknown>> = {};
  /** Bars the output is shifted right by (`offset` argument; negative shifts left). */
  offset = 0;
  /**
   * Set by the first call. Call sites test `declared === false`, a compare with one value, rather
   * than `!declared`, which V8 compiles to a full truthiness test on every bar.
   */
  declared = false;
  /** Per-bar values: one column for plot/plotshape/plotchar/plotarrow/bgcolor/barcolor, four (o, h, l, c) for plotcandle/plotbar, none for hline. */
  readonly values: readonly SeriesColumn[];
  /** Other per-bar arguments by Pine parameter name (`color`, `wickcolor`, gradient bounds …), allocated when first given. */
  readonly series = new Map<string, SeriesColumn>();
  private readonly capacity: number;

  constructor(
    readonly id: OutputHandle,
    readonly kind: OutputKind,
    valueColumns: number,
    capacity: number,
  ) {
    this.capacity = capacity;
    this.values = Array.from({ length: valueColumns }, () => new SeriesColumn(capacity));
  }

  declare(title: string | null | undefined, options: Record<string, unknown>): void {
    this.title = title ?? null;
    this.options = options;
    const offset = options.offset;
    if (typeof offset === 'number' && Number.isFinite(offset)) this.offset = Math.trunc(offset);
    this.declared = true;
  }

  /** Writes value column `column` for this bar. */
  setValue(column: number, barIndex: number, value: number): void {
    (this.values[column] as SeriesColumn).set(barIndex, value);
  }

  /** Records a per-bar argument (a color, a bound) for this bar; an omitted one (undefined) records nothing. */
  setSeries(name: string, barIndex: number, value: number | undefined): void {
    if (value === undefined) return;
    let column = this.series.get(name);
    if (!column) {
      column = new SeriesColumn(this.capacity);
      this.series.set(name, column);
    }
    column.set(barIndex, value);
  }
}
