/**
 * Naive wall-clock ms → UTC ms in one zone, for a column of times: `fromLocalMs` (../timezone.ts)
 * memoised per 15-minute block of wall time. A block's offset is cached only when both ends of
 * the block agree, so a block holding a DST transition is converted time by time. Transitions
 * fall on quarter hours of wall time, so a block is either inside a DST gap or not at all.
 */
import { fromLocalMs, toLocalMs } from '../timezone.ts';

const BLOCK = 15 * 60_000;
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'UTC+0', 'GMT+0']);

export class LocalToUtc {
  private readonly identity: boolean;
  private block = Number.NaN;
  /** Offset of the cached block, or NaN when the block straddles a transition. */
  private offset = Number.NaN;
  private blockSkipped = false;
  /** True when the last time converted does not exist on the wall clock (a DST gap). */
  skipped = false;

  constructor(private readonly timezone: string) {
    this.identity = UTC_ZONES.has(timezone);
  }

  convert(localMs: number): number {
    if (this.identity) return localMs; // skipped stays false
    const block = Math.floor(localMs / BLOCK);
    if (block !== this.block) {
      this.block = block;
      const start = block * BLOCK;
      const end = start + BLOCK - 1;
      const before = start - fromLocalMs(this.timezone, start);
      const after = end - fromLocalMs(this.timezone, end);
      this.offset = before === after ? before : Number.NaN;
      this.blockSkipped = toLocalMs(this.timezone, start - before) !== start;
    }
    if (!Number.isNaN(this.offset)) {
      this.skipped = this.blockSkipped;
      return localMs - this.offset;
    }
    const utc = fromLocalMs(this.timezone, localMs);
    this.skipped = toLocalMs(this.timezone, utc) !== localMs;
    return utc;
  }
}
