/** One benchmark: what it measures, its target, and how to set it up. */
export interface BenchCase {
  readonly name: string;
  readonly description: string;
  /** Items one operation handles (bars, rows); throughput is reported as `unit` per second. */
  readonly itemsPerOp: number;
  readonly unit: 'bars' | 'rows';
  /** The acceptance target, where an issue sets one. */
  readonly target?: { readonly maxMsPerOp?: number; readonly minItemsPerSecond?: number };
  /** Prepares data and returns the operation to time, and an optional clean-up. */
  setup(): Promise<{ run: () => unknown; teardown?: () => Promise<void> | void }>;
}

export interface BenchResult {
  readonly name: string;
  readonly description: string;
  readonly unit: string;
  readonly itemsPerSecond: number;
  readonly msPerOp: { readonly mean: number; readonly p50: number; readonly p99: number };
  readonly samples: number;
  readonly peakRssMb: number;
  readonly target: string;
  readonly pass: boolean | null;
}
