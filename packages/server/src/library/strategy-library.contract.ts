/** The behaviour the strategy library must show on every database; run by strategy-library.test.ts. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../store/database.ts';
import type { TestDatabase } from '../test-support/databases.ts';
import { StrategyLibrary } from './strategy-library.ts';

const SMA = '//@version=6\nstrategy("SMA cross")\n';
const SMA_V2 = '//@version=6\nstrategy("SMA cross", overlay=true)\n';

export function strategyLibraryContract(target: TestDatabase): void {
  describe(`strategy library on ${target.name}`, () => {
    let database: Database;
    let library: StrategyLibrary;

    beforeEach(async () => {
      database = await target.open();
      library = new StrategyLibrary(database);
    });
    afterEach(async () => database.close());

    it('creates a strategy as version 1 with trimmed, unique, sorted tags', async () => {
      const created = await library.create({
        name: 'SMA cross',
        source: SMA,
        language: 'pine',
        tags: [' trend', 'ma', 'trend', ''],
      });
      expect(created).toMatchObject({
        name: 'SMA cross',
        language: 'pine',
        description: '',
        tags: ['ma', 'trend'],
        version: 1,
        latestVersion: 1,
        source: SMA,
        deleted: false,
      });
      expect(created.id).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(await library.get(created.id)).toEqual(created);
    });

    it('makes a new version only when the source changes', async () => {
      const { id } = await library.create({ name: 'A', source: SMA, language: 'pine' });
      // Same source, new name: still version 1.
      expect(await library.update(id, { name: 'B', source: SMA })).toMatchObject({
        name: 'B',
        version: 1,
      });
      expect(await library.update(id, { source: SMA_V2 })).toMatchObject({
        version: 2,
        source: SMA_V2,
      });
      expect((await library.versions(id))?.map((v) => v.version)).toEqual([1, 2]);
      expect(await library.get(id, { version: 1 })).toMatchObject({
        version: 1,
        latestVersion: 2,
        source: SMA,
      });
      expect(await library.get(id, { version: 3 })).toBeUndefined();
    });

    it('replaces tags and description on update', async () => {
      const { id } = await library.create({
        name: 'A',
        source: SMA,
        language: 'pine',
        tags: ['x'],
      });
      const updated = await library.update(id, { tags: ['z', 'y'], description: 'Two lines' });
      expect(updated).toMatchObject({ tags: ['y', 'z'], description: 'Two lines', version: 1 });
    });

    it('filters by a case-insensitive substring of name or description, and by tag', async () => {
      await library.create({ name: 'RSI Reversal', source: SMA, language: 'pine', tags: ['mr'] });
      await library.create({
        name: 'Breakout',
        description: 'Donchian channel, 20% filter',
        source: SMA,
        language: 'pine',
        tags: ['trend'],
      });
      await library.create({ name: 'Grid', source: SMA, language: 'ts', tags: ['mr', 'trend'] });
      const names = async (filter: { q?: string; tag?: string }) =>
        (await library.list(filter)).map((s) => s.name).sort();
      expect(await names({})).toEqual(['Breakout', 'Grid', 'RSI Reversal']);
      expect(await names({ q: 'rsi' })).toEqual(['RSI Reversal']);
      expect(await names({ q: 'DONCHIAN' })).toEqual(['Breakout']);
      // `%` is a literal character, not a LIKE wildcard: only the description with "20%" matches.
      expect(await names({ q: '0%' })).toEqual(['Breakout']);
      expect(await names({ q: '_' })).toEqual([]);
      expect(await names({ tag: 'mr' })).toEqual(['Grid', 'RSI Reversal']);
      expect(await names({ tag: 'trend', q: 'grid' })).toEqual(['Grid']);
    });

    it('soft-deletes: hidden from get, list and versions, source kept for re-runs', async () => {
      const { id } = await library.create({ name: 'Gone', source: SMA, language: 'pine' });
      expect(await library.delete(id)).toBe(true);
      expect(await library.delete(id)).toBe(false);
      expect(await library.get(id)).toBeUndefined();
      expect(await library.versions(id)).toBeUndefined();
      expect(await library.update(id, { name: 'Back' })).toBeUndefined();
      expect(await library.list()).toEqual([]);
      expect(await library.get(id, { includeDeleted: true })).toMatchObject({
        source: SMA,
        deleted: true,
      });
    });

    it('answers undefined for an unknown id', async () => {
      expect(await library.get('nope')).toBeUndefined();
      expect(await library.versions('nope')).toBeUndefined();
      expect(await library.update('nope', { name: 'x' })).toBeUndefined();
      expect(await library.delete('nope')).toBe(false);
    });
  });
}
