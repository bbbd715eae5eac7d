/**
 * Decides which progress reports a job stores: one per 1 % of progress, or a changed message
 * after 250 ms, so a million-bar run writes about a hundred rows, not a million.
 */

export const PROGRESS_STEP = 0.01;
export const PROGRESS_INTERVAL_MS = 250;

export class ProgressThrottle {
  private fraction = 0;
  private message: string | null = null;
  private at = Number.NEGATIVE_INFINITY;

  /** True when a report of `fraction` and `message` at `now` (ms) should be stored. */
  accept(fraction: number, message: string | null, now: number): boolean {
    const advanced = fraction - this.fraction >= PROGRESS_STEP;
    const changed = fraction !== this.fraction || message !== this.message;
    if (!advanced && !(changed && now - this.at >= PROGRESS_INTERVAL_MS)) return false;
    this.fraction = fraction;
    this.message = message;
    this.at = now;
    return true;
  }
}
