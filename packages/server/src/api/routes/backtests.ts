/**
 * Backtests over HTTP: submit (202 once the backtest and its job are stored), list, compare,
 * read the results a finished one stored (trades, TradingView's trade CSV, equity, plots, bars)
 * and delete (cancelling a job still running).
 */
import { z } from 'zod';
import type { Backtest, BacktestService } from '../../backtests/backtest-service.ts';
import { JOB_STATES } from '../../jobs/job.ts';
import type { ApiRoutes } from '../api-app.ts';
import { BarsSchema } from '../schemas/dataset.ts';
import { problemResponses } from '../schemas/problem.ts';

const IdSchema = z.string().min(1).max(100);
const InputsSchema = z
  .record(z.string().min(1).max(200), z.union([z.number(), z.string().max(10_000), z.boolean()]))
  .describe('Input overrides by title, as the Settings dialog names them');
const CommissionSchema = z
  .strictObject({
    type: z
      .enum(['percent', 'cash_per_contract', 'cash_per_order'])
      .describe('Percent of the traded value, cash per contract, or cash per order'),
    value: z.number().min(0).max(1e15),
  })
  .describe(
    "Overrides the script's strategy(commission_type, commission_value), as the Strategy Tester's Properties tab does; absent: the script's own",
  )
  .meta({ id: 'Commission' });
const SlippageSchema = z
  .number()
  .int()
  .min(0)
  .max(1_000_000)
  .describe(
    "Overrides the script's strategy(slippage): ticks added against the trader on market and stop fills; absent: the script's own",
  );
const FillModelSchema = z
  .literal('tradingview')
  .describe(
    "TradingView's broker emulator (TRADINGVIEW-SEMANTICS.md): the only fill model Pine strategies use",
  );

export const BacktestConfigSchema = z
  .object({
    strategyId: IdSchema,
    strategyVersion: z.number().int().min(1),
    datasetId: IdSchema,
    from: z.number().optional().describe('Trading starts here, ms UTC; earlier bars warm up'),
    to: z.number().optional().describe('Bars end here (exclusive), ms UTC'),
    initialCapital: z.number().positive().optional(),
    commission: CommissionSchema.optional(),
    slippageTicks: SlippageSchema.optional(),
    inputs: InputsSchema.optional(),
    fillModel: FillModelSchema.optional(),
  })
  .meta({ id: 'BacktestConfig' });

export const SummaryRowSchema = z
  .object({
    label: z.string(),
    all: z.number().nullable(),
    long: z.number().nullable(),
    short: z.number().nullable(),
    unit: z.enum(['currency', 'percent', 'count', 'ratio']).optional(),
  })
  .meta({ id: 'SummaryRow' });

export const BacktestSchema = z
  .object({
    id: z.string(),
    jobId: z.string(),
    status: z.enum(JOB_STATES),
    strategyName: z.string(),
    config: BacktestConfigSchema,
    createdAt: z.string().describe('ISO 8601'),
    finishedAt: z.string().nullable(),
    error: z.string().nullable(),
    summary: z.array(SummaryRowSchema).nullable().describe("TradingView's Performance Summary"),
    tradeCount: z.number().int().nullable().describe('Total closed trades'),
    netProfit: z.number().nullable(),
  })
  .meta({ id: 'Backtest' });

const CreateBacktestSchema = z.strictObject({
  strategyId: IdSchema,
  strategyVersion: z.number().int().min(1).optional().describe('Default: the latest version'),
  datasetId: IdSchema,
  from: z.number().optional(),
  to: z.number().optional(),
  initialCapital: z.number().positive().max(1e15).optional(),
  commission: CommissionSchema.optional(),
  slippageTicks: SlippageSchema.optional(),
  inputs: InputsSchema.optional(),
  fillModel: FillModelSchema.optional(),
});

const TradeSchema = z
  .object({
    number: z.number().int(),
    side: z.enum(['long', 'short']),
    entryTime: z.number(),
    entrySignal: z.string(),
    entryPrice: z.number(),
    exitTime: z.number().nullable().describe('null while the trade is open'),
    exitSignal: z.string().nullable(),
    exitPrice: z.number().nullable(),
    quantity: z.number(),
    profit: z.number(),
    profitPercent: z.number(),
    cumulativeProfit: z.number(),
    runUp: z.number(),
    drawdown: z.number(),
  })
  .meta({ id: 'Trade' });

const EquitySchema = z
  .object({
    time: z.array(z.number()),
    equity: z.array(z.number()),
    drawdown: z.array(z.number()).describe('Equity less its running peak, ≤ 0'),
  })
  .meta({ id: 'Equity' });

const PlotsSchema = z
  .object({
    time: z.array(z.number()),
    plots: z.array(z.object({ title: z.string(), values: z.array(z.number().nullable()) })),
  })
  .meta({ id: 'Plots' });

const ParamsSchema = z.object({ id: IdSchema });
const ListSchema = z.object({ items: z.array(BacktestSchema) });
const TAGS = ['backtests'];

export function backtestRoutes(deps: { readonly backtests: BacktestService }): ApiRoutes {
  const { backtests } = deps;
  const results = (summary: string, response: z.ZodType) => ({
    tags: TAGS,
    summary,
    params: ParamsSchema,
    response: { 200: response, ...problemResponses(404, 409) },
  });

  return (app) => {
    app.post(
      '/backtests',
      {
        schema: {
          tags: TAGS,
          summary: 'Submit a backtest: answered once it and its job are stored',
          body: CreateBacktestSchema,
          response: { 202: BacktestSchema, ...problemResponses(400, 404) },
        },
      },
      async (request, reply) => reply.code(202).send(toJson(await backtests.create(request.body))),
    );

    app.get(
      '/backtests',
      {
        schema: {
          tags: TAGS,
          summary: 'List backtests, newest first',
          querystring: z.object({
            strategyId: IdSchema.optional(),
            datasetId: IdSchema.optional(),
            status: z.enum(JOB_STATES).optional(),
          }),
          response: { 200: ListSchema, ...problemResponses(400) },
        },
      },
      async (request) => ({ items: (await backtests.list(request.query)).map(toJson) }),
    );

    app.get(
      '/backtests/compare',
      {
        schema: {
          tags: TAGS,
          summary: 'Several backtests side by side, in the order asked',
          querystring: z.object({
            ids: z
              .string()
              .min(1)
              .max(4000)
              .describe('Comma-separated backtest ids')
              .transform((s) =>
                s
                  .split(',')
                  .map((id) => id.trim())
                  .filter((id) => id !== ''),
              )
              .pipe(z.array(IdSchema).min(1).max(50)),
          }),
          response: { 200: ListSchema, ...problemResponses(400, 404) },
        },
      },
      async (request) => ({ items: (await backtests.compare(request.query.ids)).map(toJson) }),
    );

    app.get(
      '/backtests/:id',
      {
        schema: {
          tags: TAGS,
          summary: 'One backtest',
          params: ParamsSchema,
          response: { 200: BacktestSchema, ...problemResponses(404) },
        },
      },
      async (request) => toJson(await backtests.get(request.params.id)),
    );

    app.get(
      '/backtests/:id/trades',
      { schema: results('List of Trades', z.object({ items: z.array(TradeSchema) })) },
      async (request) => ({ items: await backtests.trades(request.params.id) }),
    );

    app.get(
      '/backtests/:id/trades.csv',
      {
        schema: {
          ...results("List of Trades in TradingView's CSV export layout", z.string()),
          produces: ['text/csv'],
        },
      },
      async (request, reply) => {
        const csv = await backtests.tradesCsv(request.params.id);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="trades-${request.params.id}.csv"`)
          .send(csv);
      },
    );

    app.get(
      '/backtests/:id/equity',
      { schema: results('Equity and drawdown at each bar', EquitySchema) },
      async (request) => backtests.equity(request.params.id),
    );

    app.get(
      '/backtests/:id/plots',
      { schema: results("The strategy script's plot() outputs", PlotsSchema) },
      async (request) => backtests.plots(request.params.id),
    );

    app.get(
      '/backtests/:id/bars',
      { schema: results('Bars of the tested range', BarsSchema) },
      async (request) => backtests.bars(request.params.id),
    );

    app.delete(
      '/backtests/:id',
      {
        schema: {
          tags: TAGS,
          summary: 'Delete a backtest (cancelling its job if still running)',
          params: ParamsSchema,
          response: { 204: z.null(), ...problemResponses(404) },
        },
      },
      async (request, reply) => {
        await backtests.delete(request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
}

function toJson(backtest: Backtest): z.infer<typeof BacktestSchema> {
  return backtest;
}
