/**
 * The runtime objects behind Pine's namespaces for one run, keyed by namespace: functions under
 * the namespace's name (`'' ` for global functions such as `timestamp()`), variables under `@` and
 * the name (`'@'` for `year`, `'@syminfo'` for `syminfo.mintick`) — Pine uses the same names for
 * functions and variables (`time`, `syminfo.prefix`). The compiler asks `isImplemented` so a
 * script using a built-in we lack fails at compile time, not in the middle of a run.
 */
import { createBars } from '../../market/bars.ts';
import { symbolInfo } from '../../market/symbol-info.ts';
import { parseTimeframe, timeframeMs } from '../../market/timeframe.ts';
import { array } from '../runtime/array/index.ts';
import { PineArray } from '../runtime/array/pine-array.ts';
import * as color from '../runtime/color/color.ts';
import type { Drawings } from '../runtime/drawing/drawings.ts';
import { Drawings as DrawingStore } from '../runtime/drawing/drawings.ts';
import * as drawing from '../runtime/drawing/index.ts';
import { map } from '../runtime/map/index.ts';
import * as math from '../runtime/math/math.ts';
import { matrix } from '../runtime/matrix/index.ts';
import * as output from '../runtime/output/index.ts';
import { PineRuntimeError } from '../runtime/pine-runtime-error.ts';
import { BarState } from '../runtime/series/bar-state.ts';
import { formatMessage, Str } from '../runtime/str/index.ts';
import { createStrategy } from '../runtime/strategy/create-strategy.ts';
import type { PineStrategy } from '../runtime/strategy/strategy-namespace.ts';
import { SessionVariables, SyminfoVariables, syminfoFunctions } from '../runtime/symbol/index.ts';
import { PineTimeframe, TimeFunctions, TimeVariables } from '../runtime/time/index.ts';
import type { RunContext } from './run-context.ts';

export type NamespaceFactory = (ctx: RunContext) => object;

const MATH = {
  abs: math.abs,
  acos: math.acos,
  asin: math.asin,
  atan: math.atan,
  avg: math.avg,
  ceil: math.ceil,
  cos: math.cos,
  exp: math.exp,
  floor: math.floor,
  log: math.log,
  log10: math.log10,
  max: math.max,
  min: math.min,
  pow: math.pow,
  round: math.round,
  sign: math.sign,
  sin: math.sin,
  sqrt: math.sqrt,
  tan: math.tan,
  todegrees: math.todegrees,
  toradians: math.toradians,
};

const COLOR = {
  new: color.newColor,
  rgb: color.rgb,
  r: color.r,
  g: color.g,
  b: color.b,
  t: color.t,
  from_gradient: color.fromGradient,
};

/** A drawing namespace whose `all` (a plain list in the drawing runtime) reads as a Pine array. */
function drawingNamespace<T extends object>(make: new (drawings: Drawings) => T): NamespaceFactory {
  const all = Object.getOwnPropertyDescriptor(make.prototype, 'all')?.get;
  return (ctx) => {
    const ns = new make(ctx.drawings);
    if (all) {
      Object.defineProperty(ns, 'all', {
        get: () => PineArray.of([...(all.call(ns) as unknown[])]),
      });
    }
    return ns;
  };
}

/** `timenow` is the close of the last bar, so runs over the same data repeat exactly. */
function lastBarClose(ctx: RunContext): () => number {
  const last = ctx.bars.time[ctx.bars.length - 1] ?? 0;
  const close = last + timeframeMs(ctx.bars.timeframe);
  return () => close;
}

export const NAMESPACES: Readonly<Record<string, NamespaceFactory>> = {
  math: (ctx) => ({
    ...MATH,
    round_to_mintick: (x: number) => math.roundToMintick(x, ctx.bars.symbol.mintick),
  }),
  '@math': () => ({ e: Math.E, pi: Math.PI, phi: 1.618033988749895, rphi: 0.6180339887498948 }),
  color: () => COLOR,
  array: () => array,
  map: () => map,
  matrix: () => matrix,
  str: (ctx) => new Str(ctx.bars.symbol),
  runtime: () => output.runtime,
  log: (ctx) =>
    new output.PineLog(ctx.outputs, ctx.bar, (format, args) => formatMessage(format, args)),
  label: drawingNamespace(drawing.LabelNamespace),
  '@label': drawingNamespace(drawing.LabelNamespace),
  line: drawingNamespace(drawing.LineNamespace),
  '@line': drawingNamespace(drawing.LineNamespace),
  box: drawingNamespace(drawing.BoxNamespace),
  '@box': drawingNamespace(drawing.BoxNamespace),
  table: drawingNamespace(drawing.TableNamespace),
  '@table': drawingNamespace(drawing.TableNamespace),
  linefill: drawingNamespace(drawing.LinefillNamespace),
  '@linefill': drawingNamespace(drawing.LinefillNamespace),
  polyline: drawingNamespace(drawing.PolylineNamespace),
  '@polyline': drawingNamespace(drawing.PolylineNamespace),
  chart: (ctx) => ({ point: new drawing.ChartPointNamespace(ctx.bar) }),
  '': (ctx) => {
    const alerts = new output.PineAlerts(ctx.outputs, ctx.bar);
    const time = new TimeFunctions(ctx.bar, ctx.bars);
    return Object.assign(time, {
      alert: (message: string, freq?: string) => alerts.alert(message, freq as never),
    });
  },
  '@': (ctx) => new TimeVariables(ctx.bar, ctx.bars, lastBarClose(ctx)),
  timeframe: (ctx) => new PineTimeframe(ctx.bars.timeframe),
  '@timeframe': (ctx) => new PineTimeframe(ctx.bars.timeframe),
  syminfo: () => syminfoFunctions,
  '@syminfo': (ctx) => new SyminfoVariables(ctx.bars.symbol),
  '@session': (ctx) => new SessionVariables(ctx.bar, ctx.bars),
  // Replaced in every run by a SecurityRequests over the run's own script (run-script.ts).
  request: () => ({ security: () => Number.NaN }),
  strategy: (ctx) => requireStrategy(ctx),
  '@strategy': (ctx) => strategyVariables(requireStrategy(ctx)),
};

function requireStrategy(ctx: RunContext): PineStrategy {
  if (!ctx.strategy)
    throw new PineRuntimeError('strategy.* is only available in a strategy() script');
  return ctx.strategy;
}

/**
 * `strategy.*` variables: the namespace's getters, except that `strategy.closedtrades` and
 * `strategy.opentrades` are counts here while their functions live in sub-objects.
 */
function strategyVariables(strategy: PineStrategy): object {
  const variables = Object.create(strategy) as Record<string, unknown>;
  Object.defineProperty(variables, 'closedtrades', { get: () => strategy.closedtrades.count });
  Object.defineProperty(variables, 'opentrades', { get: () => strategy.opentrades.count });
  return variables;
}

let sample: RunContext | null = null;
const samples = new Map<string, object>();

/** A context over no bars, to list what each namespace object offers. */
function sampleContext(): RunContext {
  if (sample) return sample;
  const tf = parseTimeframe('1D');
  const empty = new Float64Array(0);
  const bars = createBars(symbolInfo('SAMPLE'), tf, {
    time: empty,
    open: empty,
    high: empty,
    low: empty,
    close: empty,
    volume: empty,
  });
  const bar = new BarState(bars);
  sample = {
    bars,
    bar,
    outputs: new output.ScriptOutputs(bar, 0),
    drawings: new DrawingStore(),
    strategy: createStrategy({}, bars),
  };
  return sample;
}

/** True when the runtime has the built-in function or variable `name` (`ta.sma`, `syminfo.mintick`). */
export function isImplemented(kind: 'function' | 'variable', name: string): boolean {
  const parts = name.split('.');
  const head = parts.length === 1 ? '' : (parts[0] as string);
  const namespace = kind === 'variable' ? `@${head}` : head;
  const path = parts.length === 1 ? parts : parts.slice(1);
  const factory = NAMESPACES[namespace];
  if (!factory) return false;
  let target = samples.get(namespace);
  if (!target) {
    target = factory(sampleContext());
    samples.set(namespace, target);
  }
  let value: unknown = target;
  for (const p of path) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
    if (!(p in (value as object))) return false;
    value = kind === 'variable' ? undefined : (value as Record<string, unknown>)[p];
    if (kind === 'variable') return true;
  }
  return true;
}
