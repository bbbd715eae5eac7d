/** Returns between calendar periods of an equity curve (pandas `resample(freq).last().dropna().pct_change()`). */

const DAY_MS = 86_400_000;

/**
 * `day` buckets by UTC date, `week` by weeks ending Sunday (pandas `W`), `month` and `year` by
 * calendar month and year. The last equity of each non-empty bucket is kept; the result is the
 * relative change between consecutive buckets.
 */
export type PeriodBucket = 'day' | 'week' | 'month' | 'year';

export function periodReturns(
  time: ArrayLike<number>,
  equity: ArrayLike<number>,
  bucket: PeriodBucket,
): number[] {
  const lasts: number[] = [];
  let current = Number.NaN;
  // Times increase, so a bucket's key is worked out once, at the first bar past its end.
  let end = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < time.length; i++) {
    const t = time[i]!;
    if (bucket === 'day' && t < end) {
      lasts[lasts.length - 1] = equity[i]!;
      continue;
    }
    const key = bucketOf(t, bucket);
    if (bucket === 'day') end = (key + 1) * DAY_MS;
    if (key !== current) {
      lasts.push(equity[i]!);
      current = key;
    } else {
      lasts[lasts.length - 1] = equity[i]!;
    }
  }
  const returns: number[] = [];
  for (let k = 1; k < lasts.length; k++) returns.push(lasts[k]! / lasts[k - 1]! - 1);
  return returns;
}

function bucketOf(t: number, bucket: PeriodBucket): number {
  const day = Math.floor(t / DAY_MS);
  switch (bucket) {
    case 'day':
      return day;
    case 'week':
      // 1970-01-01 was a Thursday; weeks end on Sunday.
      return Math.floor((day + 3) / 7);
    case 'month': {
      const d = new Date(t);
      return d.getUTCFullYear() * 12 + d.getUTCMonth();
    }
    case 'year':
      return new Date(t).getUTCFullYear();
  }
}
