/**
 * The fields of a YAML run config (`barwise backtest --config run.yaml`), validated with Zod.
 * Unknown fields are errors, so a misspelt one is caught. Paths are relative to the config file.
 */
import { z } from 'zod';

const scalar = z.union([z.string(), z.number(), z.boolean()]);
/** YAML reads `from: 2020-01-01` as text but `from: 1700000000` as a number: both are times. */
const time = z.union([z.string(), z.number()]).transform(String);

export const runConfigSchema = z
  .object({
    /** A Pine strategy (.pine) or a TypeScript strategy module (.ts). */
    strategy: z.string().min(1),
    /** An OHLCV CSV file or a stored dataset `[SOURCE:]TICKER:TIMEFRAME`. */
    data: z.string().min(1),
    timeframe: z.string().min(1).optional(),
    /** Symbol properties, as `--syminfo` takes them: `mintick=0.01,timezone=UTC`. */
    syminfo: z.string().min(1).optional(),
    from: time.optional(),
    to: time.optional(),
    capital: z.number().positive().optional(),
    /** Pine inputs by title, or TypeScript strategy parameters by name (`params` is the same). */
    inputs: z.record(z.string(), scalar).optional(),
    params: z.record(z.string(), scalar).optional(),
    /**
     * A name (`next-open`), or the name with the model's options (the realistic model's
     * `participationRate`, `latencyBars`, `slippage: { kind, … }`; the tradingview model's
     * `slippageTicks`, `fillLimitsAssumption`, `processOrdersOnClose`); the fill model checks
     * their ranges and any other option.
     */
    fillModel: z
      .preprocess(
        (v) => (typeof v === 'string' ? { name: v } : v),
        z.looseObject({
          name: z.string().min(1),
          participationRate: z.number().optional(),
          latencyBars: z.number().optional(),
          slippage: z.looseObject({ kind: z.string() }).optional(),
          slippageTicks: z.number().optional(),
          fillLimitsAssumption: z.number().optional(),
          processOrdersOnClose: z.boolean().optional(),
        }),
      )
      .optional(),
    /**
     * `none`, `0.1%`, `2/unit`, `1/order` or a sum (`1/order+0.1%`); or the engine's cost-model
     * spec (`{ name: commission, percent: 0.1, minimum: 1 }`, `maker-taker`, `india-equity`),
     * which the engine checks.
     */
    commission: z
      .union([z.string().min(1), z.looseObject({ name: z.string() })], {
        error: 'expected text like 0.1% or a cost-model object with a name',
      })
      .optional(),
    json: z.string().min(1).optional(),
    report: z.string().min(1).optional(),
    trades: z.string().min(1).optional(),
  })
  .strict();

export type RunConfig = z.infer<typeof runConfigSchema>;
