/**
 * Stable sort order of a time column: a natural merge sort over typed arrays (runs found first,
 * strictly descending runs reversed), so sorted, newest-first and nearly sorted files cost one
 * pass, and no comparator function is called per comparison.
 */

/** Row indices in ascending time; equal times keep their original order. */
export function stableOrder(time: Float64Array, length: number): Uint32Array {
  let from = new Uint32Array(length);
  for (let i = 0; i < length; i++) from[i] = i;
  const bounds: number[] = [0];
  let i = 0;
  while (i < length) {
    let j = i + 1;
    if (j < length && time[j]! < time[i]!) {
      while (j + 1 < length && time[j + 1]! < time[j]!) j++;
      from.subarray(i, j + 1).reverse(); // strictly descending, so reversing keeps stability
      j++;
    } else {
      while (j < length && time[j]! >= time[j - 1]!) j++;
    }
    bounds.push(j);
    i = j;
  }
  let to = new Uint32Array(length);
  let runs = bounds;
  while (runs.length > 2) {
    const next: number[] = [0];
    for (let r = 0; r + 1 < runs.length; r += 2) {
      const lo = runs[r]!;
      const mid = runs[r + 1]!;
      const hi = r + 2 < runs.length ? runs[r + 2]! : mid;
      merge(time, from, to, lo, mid, hi);
      next.push(hi);
    }
    runs = next;
    [from, to] = [to, from];
  }
  return from;
}

/** Merges from[lo, mid) and from[mid, hi) into to[lo, hi), left first on ties. */
function merge(
  time: Float64Array,
  from: Uint32Array,
  to: Uint32Array,
  lo: number,
  mid: number,
  hi: number,
) {
  let a = lo;
  let b = mid;
  let k = lo;
  while (a < mid && b < hi) {
    if (time[from[b]!]! < time[from[a]!]!) to[k++] = from[b++]!;
    else to[k++] = from[a++]!;
  }
  while (a < mid) to[k++] = from[a++]!;
  while (b < hi) to[k++] = from[b++]!;
}
