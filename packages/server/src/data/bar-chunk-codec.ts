/**
 * Binary form of a run of bars in the candle store: the six columns one after another as
 * little-endian Float64 (time[n], open[n], …, volume[n]), so decoding is a memory copy.
 */
import { BAR_FIELDS, type BarColumns } from '@barwise/core';

const FIELD_COUNT = BAR_FIELDS.length;

if (new Uint8Array(new Float64Array([1]).buffer)[7] !== 0x3f) {
  throw new Error('the candle store needs a little-endian machine');
}

export function encodeChunk(columns: BarColumns, start: number, end: number): Uint8Array {
  const count = end - start;
  const out = new Float64Array(count * FIELD_COUNT);
  BAR_FIELDS.forEach((field, k) => {
    out.set(columns[field].subarray(start, end), k * count);
  });
  return new Uint8Array(out.buffer);
}

/** Copies a chunk of `count` bars into `target` starting at bar index `at`. */
export function decodeChunkInto(
  data: Uint8Array,
  count: number,
  target: BarColumns,
  at: number,
): void {
  if (data.byteLength !== count * FIELD_COUNT * 8) {
    throw new Error(`corrupt bar chunk: ${data.byteLength} bytes for ${count} bars`);
  }
  const values = float64View(data);
  BAR_FIELDS.forEach((field, k) => {
    target[field].set(values.subarray(k * count, (k + 1) * count), at);
  });
}

/** A Float64Array over the bytes; copies only when the bytes are not 8-byte aligned. */
function float64View(data: Uint8Array): Float64Array {
  if (data.byteOffset % 8 === 0)
    return new Float64Array(data.buffer, data.byteOffset, data.byteLength / 8);
  return new Float64Array(data.slice().buffer);
}
