/** Datasets over HTTP: CSV upload into the candle store, list, read, columnar bars, delete. */
import path from 'node:path';
import {
  assertTimezone,
  formatTimeframe,
  InputError,
  parseTimeframe,
  type Timeframe,
} from '@barwise/core';
import { z } from 'zod';
import { type CandleStore, DatasetExistsError } from '../../data/candle-store.ts';
import type { Dataset } from '../../data/dataset.ts';
import { importCsvText } from '../../data/import-csv-file.ts';
import type { ApiRoutes } from '../api-app.ts';
import { ConflictError, FieldError, NotFoundError } from '../http-errors.ts';
import { readMultipartForm } from '../multipart-form.ts';
import {
  BarsQuerySchema,
  BarsSchema,
  DatasetListSchema,
  DatasetParamsSchema,
  DatasetSchema,
  DatasetUploadFormSchema,
  TickerSchema,
} from '../schemas/dataset.ts';
import { problemResponses } from '../schemas/problem.ts';
import { docsOnlyBody } from '../validate-docs-only-body.ts';

/** Uploaded files are stored under this dataset source. */
const UPLOAD_SOURCE = 'csv';

const UploadFieldsSchema = z.strictObject({
  ticker: TickerSchema.optional(),
  timeframe: z.string().max(16).optional(),
  timezone: z.string().max(64).optional(),
});

const TAGS = ['datasets'];

export function datasetRoutes(candles: CandleStore): ApiRoutes {
  const found = async (id: string) => {
    const dataset = await candles.get(id);
    if (!dataset) throw new NotFoundError('dataset', id);
    return dataset;
  };

  return (app) => {
    app.get(
      '/datasets',
      {
        schema: {
          tags: TAGS,
          summary: 'List datasets',
          response: { 200: DatasetListSchema },
        },
      },
      async () => ({ items: (await candles.list()).map(toDatasetJson) }),
    );

    app.post(
      '/datasets',
      {
        schema: {
          tags: TAGS,
          summary: 'Import an OHLCV CSV file as a new dataset',
          consumes: ['multipart/form-data'],
          body: DatasetUploadFormSchema,
          response: { 201: DatasetSchema, ...problemResponses(400, 409, 413) },
        },
        validatorCompiler: docsOnlyBody,
      },
      async (request, reply) => {
        const { file, fields } = await readMultipartForm(request);
        const form = UploadFieldsSchema.parse(fields);
        const ticker = form.ticker ?? tickerFromFileName(file.filename);
        const timeframe = form.timeframe === undefined ? undefined : timeframeField(form.timeframe);
        const timezone = form.timezone ?? 'UTC';
        try {
          assertTimezone(timezone);
        } catch (error) {
          throw new FieldError('timezone', (error as Error).message);
        }
        const text = file.data.toString('utf8');
        const { dataset } = await importCsvText(candles, text, file.filename, {
          ticker,
          timeframe,
          timezone,
          source: UPLOAD_SOURCE,
          createOnly: true,
        }).catch((error: unknown) => {
          if (error instanceof DatasetExistsError)
            throw new ConflictError(
              `${error.message} (id ${error.dataset.id}): delete it first or give another ticker`,
            );
          // The timeframe could not be inferred: that is the `timeframe` field's business.
          if (error instanceof InputError && !timeframe && /timeframe/.test(error.message))
            throw new FieldError('timeframe', error.message.replace(/: give --timeframe$/, ''));
          throw error;
        });
        return reply.code(201).send(toDatasetJson(dataset));
      },
    );

    app.get(
      '/datasets/:id',
      {
        schema: {
          tags: TAGS,
          summary: 'One dataset',
          params: DatasetParamsSchema,
          response: { 200: DatasetSchema, ...problemResponses(404) },
        },
      },
      async (request) => toDatasetJson(await found(request.params.id)),
    );

    app.get(
      '/datasets/:id/bars',
      {
        schema: {
          tags: TAGS,
          summary: 'Bars of a dataset as columns: the last `limit` bars of [from, to)',
          params: DatasetParamsSchema,
          querystring: BarsQuerySchema,
          response: { 200: BarsSchema, ...problemResponses(400, 404) },
        },
      },
      async (request) => {
        const dataset = await found(request.params.id);
        const { from, to, limit } = request.query;
        const bars = await candles.load(dataset, { from, to });
        const start = Math.max(0, bars.length - limit);
        const column = (c: Float64Array) => Array.from(c.subarray(start));
        return {
          datasetId: dataset.id,
          time: column(bars.time),
          open: column(bars.open),
          high: column(bars.high),
          low: column(bars.low),
          close: column(bars.close),
          volume: Array.from(bars.volume.subarray(start), (v) => (Number.isNaN(v) ? null : v)),
        };
      },
    );

    app.delete(
      '/datasets/:id',
      {
        schema: {
          tags: TAGS,
          summary: 'Delete a dataset and its bars',
          params: DatasetParamsSchema,
          response: { 204: z.null(), ...problemResponses(404) },
        },
      },
      async (request, reply) => {
        await candles.delete(await found(request.params.id));
        return reply.code(204).send(null);
      },
    );
  };
}

export function toDatasetJson(dataset: Dataset): z.infer<typeof DatasetSchema> {
  return {
    id: dataset.id,
    ticker: dataset.ticker,
    source: dataset.source,
    timeframe: formatTimeframe(dataset.timeframe),
    barCount: dataset.barCount,
    firstTime: dataset.firstTime,
    lastTime: dataset.lastTime,
    timezone: dataset.symbol.timezone,
    mintick: dataset.symbol.mintick,
    createdAt: dataset.createdAt,
  };
}

/** `GOOG.csv` → `GOOG`; characters a ticker cannot hold become `_`. */
function tickerFromFileName(filename: string): string {
  const stem = path.basename(filename, path.extname(filename));
  const ticker = stem.replace(/[^A-Za-z0-9._:!&+-]/g, '_').slice(0, 64);
  if (!ticker) throw new FieldError('ticker', 'give a ticker (the file name is empty)');
  return ticker;
}

function timeframeField(text: string): Timeframe {
  try {
    return parseTimeframe(text);
  } catch (error) {
    throw new FieldError('timeframe', (error as Error).message);
  }
}
