/**
 * What a new user finds in an empty Barwise (`npm start`, `barwise serve --demo`): the classic
 * example strategies from examples/strategies/pine, a synthetic hourly DEMO dataset, and one
 * backtest already queued, so the first screen has a result to open. Seeds nothing into a
 * library or candle store that already holds something.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseTimeframe } from '@barwise/core';
import type { BacktestService } from '../backtests/backtest-service.ts';
import type { CandleStore } from '../data/candle-store.ts';
import { synthesizeDataset } from '../data/synthesize-dataset.ts';
import type { StrategyLibrary } from '../library/strategy-library.ts';

/** The Pine examples shipped in this checkout. */
export const CLASSIC_STRATEGIES_DIR = fileURLToPath(
  new URL('../../../../examples/strategies/pine', import.meta.url),
);

/** The strategy of the first backtest: the baseline every other strategy is measured against. */
const FIRST_BACKTEST_FILE = 'moving-average-cross.pine';

/** Two years of hourly bars from seed 42: enough for every classic strategy to trade often. */
const DEMO_DATASET = {
  ticker: 'DEMO',
  timeframe: '60',
  bars: 2 * 365 * 24,
  seed: 42,
  start: Date.UTC(2024, 0, 1),
} as const;

export interface DemoSeedResult {
  readonly strategies: number;
  readonly datasets: number;
  readonly backtestId: string | null;
}

export async function seedDemo(
  library: StrategyLibrary,
  candles: CandleStore,
  backtests: BacktestService,
  strategiesDir = CLASSIC_STRATEGIES_DIR,
): Promise<DemoSeedResult> {
  const hasStrategies = (await library.list()).length > 0;
  const hasDatasets = (await candles.list()).length > 0;
  let seededStrategies = 0;
  let firstStrategyId: string | undefined;
  if (!hasStrategies) {
    const files = (await readdir(strategiesDir)).filter((f) => f.endsWith('.pine')).sort();
    for (const file of files) {
      const source = await readFile(path.join(strategiesDir, file), 'utf8');
      const stored = await library.create({
        name: titleOf(source) ?? path.basename(file, '.pine'),
        source,
        language: 'pine',
        description: descriptionOf(source),
        tags: ['example', 'classic'],
      });
      if (file === FIRST_BACKTEST_FILE || firstStrategyId === undefined)
        firstStrategyId = stored.id;
      seededStrategies++;
    }
  }
  let datasetId: string | null = null;
  if (!hasDatasets) {
    const { dataset } = await synthesizeDataset(candles, {
      ...DEMO_DATASET,
      timeframe: parseTimeframe(DEMO_DATASET.timeframe),
    });
    datasetId = dataset.id;
  }
  let backtestId: string | null = null;
  if (firstStrategyId !== undefined && datasetId !== null) {
    backtestId = (await backtests.create({ strategyId: firstStrategyId, datasetId })).id;
  }
  return {
    strategies: seededStrategies,
    datasets: datasetId === null ? 0 : 1,
    backtestId,
  };
}

/** The title given to `strategy("…")`. */
function titleOf(source: string): string | undefined {
  return /strategy\(\s*"([^"]+)"/.exec(source)?.[1];
}

/** The script's leading comment block after `//@version`, as one paragraph. */
function descriptionOf(source: string): string {
  const lines: string[] = [];
  for (const line of source.split('\n').slice(1)) {
    if (!line.startsWith('//')) break;
    lines.push(line.replace(/^\/\/\s?/, ''));
  }
  return lines.join(' ').trim();
}
