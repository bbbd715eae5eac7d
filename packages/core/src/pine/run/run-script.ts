/**
 * Runs a compiled script over columnar bars, bar by bar, with TradingView's execution model on
 * historical bars: the script executes once per bar at its close. `createScriptRun` gives the
 * steps to a caller that interleaves them with a broker (strategies); `runScript` runs them all.
 * @see https://www.tradingview.com/pine-script-docs/language/execution-model/
 */
import type { BrokerEmulator } from '../../engine/broker/broker-emulator.ts';
import { type Bars, lowerBound } from '../../market/bars.ts';
import type { LiteralValue } from '../check/info.ts';
import type { CompiledScript } from '../compile/compile-pine.ts';
import { type InputValue, resolveInputs } from '../compile/inputs.ts';
import { CALL_SITES, SERIES_VARIABLES } from '../runtime/call-sites.ts';
import { Drawings } from '../runtime/drawing/drawings.ts';
import { ScriptOutputs } from '../runtime/output/script-outputs.ts';
import { PineRuntimeError } from '../runtime/pine-runtime-error.ts';
import { scriptSupport } from '../runtime/script-support.ts';
import { BarState } from '../runtime/series/bar-state.ts';
import { createStrategy } from '../runtime/strategy/create-strategy.ts';
import { NAMESPACES } from './namespaces.ts';
import type { RunContext } from './run-context.ts';
import { type BarsLoader, SecurityRequests } from './security.ts';

export interface RunOptions {
  /** Input overrides by title. */
  readonly inputs?: Readonly<Record<string, InputValue>>;
  /** Seed of `math.random` calls the script does not seed (runs repeat with the same seed). */
  readonly randomSeed?: number;
  /** Extra or replacement namespace objects for this run (tests, request.security data). */
  readonly namespaces?: Readonly<Record<string, (ctx: RunContext) => object>>;
  /** Overrides of `strategy(...)` arguments by Pine name (`initial_capital`, `commission_value` …). */
  readonly strategy?: Readonly<Record<string, LiteralValue>>;
  /** Strategies: orders placed on bars before this time (ms UTC) are dropped (warm-up). */
  readonly tradingStart?: number;
  /** Bars of other symbols for request.security (same-symbol timeframes are resampled from the chart). */
  readonly loadBars?: BarsLoader;
  /** The program of a script converted to TypeScript (`barwise convert`), used instead of `compiled.code`. */
  readonly factory?: ScriptFactory;
  /** Lower-timeframe bars for the bar magnifier. */
  readonly lowerBars?: Bars;
  /** `runScript` reports bars done at most PROGRESS_STEPS times a run, and once at the end. */
  readonly onProgress?: (barsDone: number, barsTotal: number) => void;
  /** Checked where progress is reported: once aborted, the run stops with a RunCancelledError. */
  readonly signal?: { readonly aborted: boolean };
}

/** How often per run `runScript` reports progress and checks for cancellation. */
export const PROGRESS_STEPS = 200;

/** A run stopped by its caller's cancellation signal. */
export class RunCancelledError extends Error {
  override name = 'RunCancelledError';
}

/** TradingView stops loops that run too long (500 ms); we stop a bar after this many iterations. */
export const LOOP_ITERATION_LIMIT = 100_000_000;

export interface ScriptRun {
  readonly context: RunContext;
  /** Loads bar `index` into the bar state and executes the script on it. */
  step(index: number): void;
  /** `step` on bars `from` … `to` − 1 in turn. */
  steps(from: number, to: number): void;
  /** After the last step: a broker driven by the run books its last bar and the end of data. */
  end(): void;
}

/** Declaration arguments as runtime values: constants such as `strategy.cash` become "cash". */
function plainArguments(
  args: Readonly<Record<string, LiteralValue>>,
): Record<string, string | number | boolean | null> {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(args)) {
    if (value !== null && typeof value === 'object' && 'ref' in value) {
      out[key] = value.ref.slice(value.ref.lastIndexOf('.') + 1);
    } else if (value === null || typeof value !== 'object') out[key] = value;
  }
  return out;
}

const optional = <K extends string>(key: K, value: number | undefined) =>
  value === undefined ? {} : ({ [key]: value } as Record<K, number>);

/**
 * The script's program (a converted module's own function, else built from the generated text):
 * given a run's environment, returns the function that executes bars `from` … `to` − 1 in turn.
 */
export type ScriptFactory = (env: object) => (from: number, to: number) => void;

/**
 * One program per compiled script: every run (an optimizer's thousands of runs, the bench) then
 * creates its step from the same function, whose type feedback and optimized code V8 keeps,
 * instead of warming up a fresh copy each run.
 */
const programs = new WeakMap<CompiledScript, ScriptFactory>();

function instantiate(compiled: CompiledScript, factory: ScriptFactory | undefined): ScriptFactory {
  if (factory) return factory;
  let program = programs.get(compiled);
  if (!program) {
    // The code is generated by our compiler from its own templates, never from user text.
    program = new Function('$env', compiled.code) as ScriptFactory;
    programs.set(compiled, program);
  }
  return program;
}

/** Called before bar `index` (progress, cancellation); returns the index of the next bar to call it at. */
export type BarCheckpoint = (index: number) => number;

/** What the program's bar loop does besides running the script. */
export interface BarHooks {
  /** Called from within the bar loop (see `BarCheckpoint`). */
  readonly checkpoint?: BarCheckpoint;
  /** Strategies: the loop drives the broker around each bar (TRADINGVIEW-SEMANTICS.md, rule 1). */
  readonly driveBroker?: boolean;
}

export function createScriptRun(
  compiled: CompiledScript,
  bars: Bars,
  options: RunOptions = {},
  hooks: BarHooks = {},
): ScriptRun {
  const { checkpoint } = hooks;
  const bar = new BarState(bars);
  const limit = (name: string) => {
    const value = compiled.declaration[name];
    return typeof value === 'number' ? value : undefined;
  };
  const drawings = new Drawings({
    ...optional('maxLabels', limit('max_labels_count')),
    ...optional('maxLines', limit('max_lines_count')),
    ...optional('maxBoxes', limit('max_boxes_count')),
    ...optional('maxPolylines', limit('max_polylines_count')),
  });
  const strategy =
    compiled.kind === 'strategy'
      ? createStrategy(
          plainArguments({ ...compiled.declaration, ...options.strategy }),
          bars,
          options.lowerBars,
        )
      : null;
  const context: RunContext = {
    bars,
    bar,
    outputs: new ScriptOutputs(bar, bars.length),
    drawings,
    strategy,
  };
  const namespaces: Record<string, object> = {};
  const security = (ctx: RunContext) =>
    new SecurityRequests(
      ctx.bar,
      bars,
      (other, recorder) => {
        // A second instance of the script over the requested bars; its request.security calls
        // record, and its other outputs (plots, logs, orders) stay in its own, discarded context.
        const { namespaces: _chartOnly, ...shared } = options;
        const secondary = createScriptRun(compiled, other, {
          ...shared,
          namespaces: { request: () => recorder.namespace },
        });
        for (let j = 0; j < other.length; j++) {
          recorder.barIndex = j;
          secondary.step(j);
        }
      },
      options.loadBars,
    );
  for (const name of compiled.namespaces) {
    const create = options.namespaces?.[name] ?? (name === 'request' ? security : NAMESPACES[name]);
    if (!create) throw new PineRuntimeError(`the runtime has no "${name || 'global'}" namespace`);
    namespaces[name] = create(context);
  }
  const broker = hooks.driveBroker && strategy !== null ? strategy.broker : null;
  // Bars before tradingStart only warm the script up: their orders are dropped.
  const firstTradingBar =
    options.tradingStart === undefined ? 0 : lowerBound(bars.time, options.tradingStart);
  /** The bar whose script ran and whose on-close fills and equity the broker has yet to book. */
  let openBrokerBar = -1;
  const closeBrokerBar = (broker: BrokerEmulator): void => {
    if (openBrokerBar < 0) return;
    if (openBrokerBar < firstTradingBar) broker.cancelAll();
    broker.afterScript(openBrokerBar);
    openBrokerBar = -1;
  };
  let iterations = 0;
  /** The bar whose loop iterations `iterations` counts: the count restarts on each bar. */
  let iterationsBar = -1;
  const past = (column: Float64Array, offset: number): number => {
    const j = bar.barIndex - offset;
    return j >= 0 && j <= bar.barIndex ? (column[j] as number) : Number.NaN;
  };
  const loop = (): void => {
    if (bar.barIndex !== iterationsBar) {
      iterationsBar = bar.barIndex;
      iterations = 0;
    }
    if (++iterations > LOOP_ITERATION_LIMIT) {
      throw new PineRuntimeError('Loop takes too long to execute (iteration limit reached)');
    }
  };
  const program = instantiate(
    compiled,
    options.factory,
  )({
    $rt: scriptSupport,
    $bar: bar,
    $cols: {
      open: bars.open,
      high: bars.high,
      low: bars.low,
      close: bars.close,
      volume: bars.volume,
      time: bars.time,
    },
    $sites: CALL_SITES,
    $siteContext: {
      bar,
      bars,
      outputs: context.outputs,
      randomSeed: options.randomSeed ?? 0x2545f491,
    },
    $seriesVariables: SERIES_VARIABLES,
    $ns: namespaces,
    $in: resolveInputs(compiled.inputs, options.inputs),
    $lastBarIndex: bars.length - 1,
    $past: past,
    $loop: loop,
    // Called before bar i when i reaches the index the previous call returned (> i).
    $checkpoint: checkpoint ?? (() => bars.length),
    // Strategies: called by the program at the start of each bar. A driven broker books the
    // previous bar here rather than in a call after the script: V8, short of inlining budget,
    // inlines the later call sites of the loop first, and those should be the script's own.
    $brokerBar: (i: number) => {
      if (broker === null) return;
      closeBrokerBar(broker);
      broker.beforeScript(i);
      openBrokerBar = i;
    },
  });
  const steps = (from: number, to: number): void => {
    try {
      program(from, to);
    } catch (error) {
      if (error instanceof PineRuntimeError) {
        error.barIndex = bar.barIndex;
        error.message = `${compiled.fileName}:${error.line ?? '?'}: runtime error on bar ${bar.barIndex} (${new Date(bar.time).toISOString()}): ${error.message}`;
      }
      throw error;
    }
  };
  const end = (): void => {
    if (broker === null) return;
    closeBrokerBar(broker);
    broker.finish();
  };
  return { context, step: (index) => steps(index, index + 1), steps, end };
}

/**
 * Runs the script over every bar as one call of the program, whose bar loop calls the
 * progress/cancellation checkpoint and drives a strategy's broker, so that V8 optimizes the program
 * on its own rather than inlined into a loop here (where the script's ta.* calls would exceed its
 * inlining budget, and each of their results would be allocated as a heap number).
 */
export function runScript(
  compiled: CompiledScript,
  bars: Bars,
  options: RunOptions = {},
): ScriptRun {
  const every = Math.max(1, Math.ceil(bars.length / PROGRESS_STEPS));
  // Before bar i: reports i bars done and stops a cancelled run; the next checkpoint is `every` bars on.
  const checkpoint = (i: number): number => {
    if (options.signal?.aborted)
      throw new RunCancelledError(`run cancelled after ${i} of ${bars.length} bars`);
    options.onProgress?.(i, bars.length);
    return i + every;
  };
  const run = createScriptRun(compiled, bars, options, { checkpoint, driveBroker: true });
  run.steps(0, bars.length);
  run.end();
  options.onProgress?.(bars.length, bars.length);
  return run;
}
