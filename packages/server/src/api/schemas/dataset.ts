/** Request and response shapes of the dataset routes (contract: Dataset, columnar bars). */
import { z } from 'zod';

export const DatasetSchema = z
  .object({
    id: z.string(),
    ticker: z.string(),
    source: z.string(),
    timeframe: z.string().describe('TradingView notation: 1, 60, 1D, 1W, 1M'),
    barCount: z.number().int(),
    firstTime: z.number().nullable().describe('Open time of the first bar, ms UTC'),
    lastTime: z.number().nullable().describe('Open time of the last bar, ms UTC'),
    timezone: z.string(),
    mintick: z.number(),
    createdAt: z.string().describe('ISO 8601'),
  })
  .meta({ id: 'Dataset' });

export const DatasetListSchema = z.object({ items: z.array(DatasetSchema) });

/** Bars as columns; shared with the backtest routes' `/bars`. */
export const BarsSchema = z
  .object({
    datasetId: z.string(),
    time: z.array(z.number()).describe('Bar open times, ms UTC'),
    open: z.array(z.number()),
    high: z.array(z.number()),
    low: z.array(z.number()),
    close: z.array(z.number()),
    volume: z.array(z.number().nullable()).describe('null where the source has no volume'),
  })
  .meta({ id: 'Bars' });

export const DatasetParamsSchema = z.object({ id: z.string().min(1).max(100) });

export const MAX_BARS = 100_000;

export const BarsQuerySchema = z.object({
  from: z.coerce.number().optional().describe('Inclusive lower bound on bar open time, ms UTC'),
  to: z.coerce.number().optional().describe('Exclusive upper bound on bar open time, ms UTC'),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_BARS)
    .default(5000)
    .describe('The last `limit` bars of the range are returned'),
});

export const TickerSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9._:!&+-]+$/, 'letters, digits and . _ : ! & + - only');

/** The multipart form of `POST /datasets` (documentation; parts are read by hand). */
export const DatasetUploadFormSchema = z.object({
  file: z.string().meta({ format: 'binary', description: 'An OHLCV CSV file' }),
  ticker: TickerSchema.optional().describe('Default: the file name without its extension'),
  timeframe: z.string().optional().describe('Default: inferred from the spacing of the bars'),
  timezone: z.string().optional().describe('Zone of times without offset; default UTC'),
});
