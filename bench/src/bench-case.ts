/** One benchmark: what it measures, its target, and how to set it up. */
export interface BenchCase {
  readonly name: string;
  readonly description: string;
  /** Items one operation handles (bars, rows); throughput is reported as `unit` per second. */
  readonly itemsPerOp: number;
  readonly unit: 'bars' | 'rows';
  /** The acceptance target, where an issue sets one. */
  readonly target?: { readonly maxMsPerOp?: number; readonly minItemsPerSecond?: number };
  /** Timed runs, without warm-up, for operations that take tens of seconds; default: ≥ 10 runs and ≥ 2 s after 3 warm-ups. */
  readonly iterations?: number;
  /** Prepares data and returns the operation to time, an optional clean-up and peer timing. */
  setup(): Promise<{
    run: () => unknown;
    teardown?: () => Promise<void> | void;
    peer?: PeerMeasurement;
    /** Peak RSS (MB) of the case's own runs in a process of their own (without the peer or the harness). */
    ownPeakRssMb?: number;
  }>;
}

/** A peer library timed on the same work in the same process, for a side-by-side ratio. */
export interface PeerMeasurement {
  readonly name: string;
  /** Items the peer handled (a prefix of ours when it is too slow for all of them). */
  readonly items: number;
  /** At the peer's median run, after its warm-up. */
  readonly itemsPerSecond: number;
  /** The acceptance target: our throughput (median run) at least this many times the peer's. */
  readonly minRatio?: number;
}

export interface BenchResult {
  readonly name: string;
  readonly description: string;
  readonly unit: string;
  readonly itemsPerSecond: number;
  readonly msPerOp: { readonly mean: number; readonly p50: number; readonly p99: number };
  readonly samples: number;
  readonly peakRssMb: number;
  /** Present when the case measured its own runs' peak RSS in a separate process (`peakRssMb` is this one's). */
  readonly ownPeakRssMb?: number;
  readonly target: string;
  readonly pass: boolean | null;
  /** Present when the case timed a peer: its figures and our median run's throughput divided by its. */
  readonly peer?: PeerMeasurement & { readonly ratio: number };
}
