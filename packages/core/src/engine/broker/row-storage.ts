/** Growth of the Float64Array rows that the broker's column stores (closed trades, order log) keep. */

/** `rows`, or a copy twice its size, with room for `stride` more numbers after the first `used`. */
export function withRoomForRow(
  rows: Float64Array<ArrayBuffer>,
  used: number,
  stride: number,
): Float64Array<ArrayBuffer> {
  if (used + stride <= rows.length) return rows;
  const grown = new Float64Array(Math.max(rows.length * 2, used + stride));
  grown.set(rows);
  return grown;
}
