/** The store of everything a script run outputs: plot-family columns, alerts, alertcondition triggers and logs. */
import type { BarState } from '../series/bar-state.ts';
import type { AlertConditionEvent, AlertEvent, LogEntry } from './events.ts';
import { exportColumnNames } from './export-names.ts';
import { type OutputHandle, type OutputKind, OutputRecord } from './output-record.ts';

/** One column of the "Export chart data" layout; na is NaN. */
export interface ExportColumn {
  readonly name: string;
  readonly values: Float64Array;
}

const VALUE_COLUMNS: Record<OutputKind, number> = {
  plot: 1,
  plotshape: 1,
  plotchar: 1,
  plotarrow: 1,
  plotcandle: 4,
  plotbar: 4,
  bgcolor: 1,
  barcolor: 1,
  fill: 0,
  hline: 0,
  alertcondition: 0,
};

/**
 * Created once per run. Call sites register in the order the compiler constructs them (source
 * order), which is TradingView's declaration order for exports and `{{plot_N}}`. Columns are
 * Float64Arrays sized by `barCount` when the caller knows it, else grown by doubling, so a
 * 1,000,000-bar run costs 8 MB per numeric column and no per-bar allocation.
 */
export class ScriptOutputs {
  readonly records: OutputRecord[] = [];
  readonly alerts: AlertEvent[] = [];
  readonly alertConditions: AlertConditionEvent[] = [];
  readonly logs: LogEntry[] = [];
  private readonly bar: BarState;
  private readonly capacity: number;

  constructor(bar: BarState, barCount?: number) {
    this.bar = bar;
    this.capacity = barCount ?? 64;
  }

  /** Reserves the next output slot for a call site. */
  register(kind: OutputKind): OutputRecord {
    const record = new OutputRecord(this.records.length, kind, VALUE_COLUMNS[kind], this.capacity);
    this.records.push(record);
    return record;
  }

  /** The output behind a handle from plot() or hline(); undefined for an unknown handle. */
  record(handle: OutputHandle): OutputRecord | undefined {
    return this.records[handle];
  }

  /** Bars the run has executed so far. */
  get barCount(): number {
    return this.bar.barIndex + 1;
  }

  /** The export layout: exported outputs in declaration order, each shifted by its offset. */
  columns(): ExportColumn[] {
    const length = this.barCount;
    const out: ExportColumn[] = [];
    for (const record of this.records) {
      exportColumnNames(record.kind, record.title).forEach((name, i) => {
        const column = record.values[i];
        if (column) out.push({ name, values: column.toArray(length, record.offset) });
      });
    }
    return out;
  }
}
