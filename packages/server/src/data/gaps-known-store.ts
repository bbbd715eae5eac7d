/** Gaps the exchange itself has (a re-request returned nothing): kept so repair stops asking. */
import type { Gap } from '@barwise/core';
import type { Database } from '../store/database.ts';
import type { Dataset } from './dataset.ts';

export class KnownGapStore {
  constructor(private readonly database: Database) {}

  async list(dataset: Dataset): Promise<Gap[]> {
    const rows = await this.database.db
      .selectFrom('known_gaps')
      .selectAll()
      .where('dataset_id', '=', dataset.id)
      .orderBy('from_time')
      .execute();
    return rows.map((r) => ({
      from: Number(r.from_time),
      to: Number(r.to_time),
      missingBars: Number(r.missing_bars),
    }));
  }

  async record(dataset: Dataset, gaps: readonly Gap[]): Promise<void> {
    if (gaps.length === 0) return;
    const recordedAt = new Date().toISOString();
    await this.database.db
      .insertInto('known_gaps')
      .values(
        gaps.map((g) => ({
          dataset_id: dataset.id,
          from_time: g.from,
          to_time: g.to,
          missing_bars: g.missingBars,
          recorded_at: recordedAt,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['dataset_id', 'from_time']).doUpdateSet((eb) => ({
          to_time: eb.ref('excluded.to_time'),
          missing_bars: eb.ref('excluded.missing_bars'),
        })),
      )
      .execute();
  }
}

/** Whether a gap lies inside one of the known ones. */
export function isKnownGap(gap: Gap, known: readonly Gap[]): boolean {
  return known.some((k) => k.from <= gap.from && gap.to <= k.to);
}
