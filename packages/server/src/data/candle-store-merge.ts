/**
 * The chunk work of CandleStore.merge: bars anywhere in time (before, inside or after the stored
 * coverage) join a dataset, the stored bar winning where both have a time. Chunks from the first
 * one the new bars touch to the end are rewritten, re-cut at CHUNK_BARS, so every chunk but the
 * last stays full and `seq` stays dense. Runs inside the caller's transaction.
 */
import { allocateColumns, BAR_FIELDS, type BarColumns, type Bars } from '@barwise/core';
import type { Transaction } from 'kysely';
import type { Schema } from '../store/schema.ts';
import { decodeChunkInto, encodeChunk } from './bar-chunk-codec.ts';

export async function mergeIntoChunks(
  trx: Transaction<Schema>,
  datasetId: string,
  chunkBars: number,
  bars: Bars,
): Promise<{ added: number; skipped: number }> {
  if (bars.length === 0) return { added: 0, skipped: 0 };
  // The chunk holding the first new bar is the last one starting at or before it (or chunk 0).
  const first =
    (await trx
      .selectFrom('bar_chunks')
      .select('seq')
      .where('dataset_id', '=', datasetId)
      .where('first_time', '<=', bars.time[0]!)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst()) ??
    (await trx
      .selectFrom('bar_chunks')
      .select('seq')
      .where('dataset_id', '=', datasetId)
      .orderBy('seq')
      .limit(1)
      .executeTakeFirst());
  const startSeq = first?.seq ?? 0;
  const chunks = await trx
    .selectFrom('bar_chunks')
    .select(['bar_count', 'data'])
    .where('dataset_id', '=', datasetId)
    .where('seq', '>=', startSeq)
    .orderBy('seq')
    .execute();
  const storedCount = chunks.reduce((sum, c) => sum + c.bar_count, 0);
  const stored = allocateColumns(storedCount);
  let at = 0;
  for (const chunk of chunks) {
    decodeChunkInto(chunk.data, chunk.bar_count, stored, at);
    at += chunk.bar_count;
  }
  const merged = mergeColumns(stored, bars);
  const added = merged.time.length - storedCount;
  if (added === 0) return { added: 0, skipped: bars.length };
  await trx
    .deleteFrom('bar_chunks')
    .where('dataset_id', '=', datasetId)
    .where('seq', '>=', startSeq)
    .execute();
  const end = merged.time.length;
  for (let i = 0, seq = startSeq; i < end; i += chunkBars, seq++) {
    const stop = Math.min(i + chunkBars, end);
    await trx
      .insertInto('bar_chunks')
      .values({
        dataset_id: datasetId,
        seq,
        first_time: merged.time[i]!,
        last_time: merged.time[stop - 1]!,
        bar_count: stop - i,
        data: encodeChunk(merged, i, stop),
      })
      .execute();
  }
  return { added, skipped: bars.length - added };
}

/** Two increasing series into one; on equal times the stored bar is kept. */
function mergeColumns(stored: BarColumns, bars: BarColumns): BarColumns {
  const a = stored.time;
  const b = bars.time;
  const order: number[] = []; // ≥ 0: index into stored; < 0: -1 - index into bars
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && a[i]! <= b[j]!)) {
      if (j < b.length && a[i] === b[j]) j++;
      order.push(i++);
    } else order.push(-1 - j++);
  }
  const out = allocateColumns(order.length);
  for (const field of BAR_FIELDS) {
    const target = out[field];
    const from = stored[field];
    const other = bars[field];
    for (let k = 0; k < order.length; k++) {
      const o = order[k]!;
      target[k] = o >= 0 ? from[o]! : other[-1 - o]!;
    }
  }
  return out;
}
