/**
 * JavaScript for Pine's built-in variables and constants. Bar values read the run's `BarState`
 * (`$bar`) directly; everything else is a getter of the per-run namespace object that owns it
 * (`$ns.strategy.position_size`). Constants become literals: colors packed, ints as documented,
 * strings as their last name part (the runtime convention, see runtime/index.ts).
 * @see https://www.tradingview.com/pine-script-reference/v6/#var_close
 */
import type { BuiltinVariable } from '../builtins/signature.ts';
import { hex, NAMED_COLORS } from '../runtime/color/color.ts';

const BAR_FIELDS: Readonly<Record<string, string>> = {
  open: 'open',
  high: 'high',
  low: 'low',
  close: 'close',
  volume: 'volume',
  hl2: 'hl2',
  hlc3: 'hlc3',
  ohlc4: 'ohlc4',
  hlcc4: 'hlcc4',
  bar_index: 'barIndex',
  time: 'time',
  'barstate.isfirst': 'isFirst',
  'barstate.islast': 'isLast',
  'barstate.isnew': 'isNew',
  'barstate.isconfirmed': 'isConfirmed',
  'barstate.ishistory': 'isHistory',
  'barstate.isrealtime': 'isRealtime',
  'barstate.islastconfirmedhistory': 'isLastConfirmedHistory',
};

/** Columns of `Bars` that `x[n]` reads without a history buffer. */
export const BAR_COLUMNS: ReadonlySet<string> = new Set([
  'open',
  'high',
  'low',
  'close',
  'volume',
  'time',
]);

/** Documented values of int constants. @see https://www.tradingview.com/pine-script-reference/v6/#const_dayofweek.sunday */
const INT_CONSTANTS: Readonly<Record<string, number>> = {
  'dayofweek.sunday': 1,
  'dayofweek.monday': 2,
  'dayofweek.tuesday': 3,
  'dayofweek.wednesday': 4,
  'dayofweek.thursday': 5,
  'dayofweek.friday': 6,
  'dayofweek.saturday': 7,
  'order.ascending': 1,
  'order.descending': 0,
};

const FLOAT_CONSTANTS: Readonly<Record<string, number>> = {
  'math.e': Math.E,
  'math.pi': Math.PI,
  'math.phi': 1.618033988749895,
  'math.rphi': 0.6180339887498948,
};

/** Literal JavaScript for a constant, or null when it is not a constant. */
export function constantValue(variable: BuiltinVariable): string | null {
  if (variable.kind !== 'constant') return null;
  const name = variable.name;
  const last = name.slice(name.lastIndexOf('.') + 1);
  if (variable.type === 'color') {
    const color = (NAMED_COLORS as Readonly<Record<string, number>>)[last];
    return String(color ?? hex('#000000'));
  }
  if (variable.type === 'int') return String(INT_CONSTANTS[name] ?? Number.NaN);
  if (variable.type === 'float') return String(FLOAT_CONSTANTS[name] ?? Number.NaN);
  return JSON.stringify(last);
}

/** Field of the BarState for a bar variable, or null. */
export function barField(name: string): string | null {
  return BAR_FIELDS[name] ?? null;
}

/** The namespace object and property path of a variable owned by a per-run namespace. */
export function namespacedVariable(name: string): { namespace: string; path: string[] } {
  const parts = name.split('.');
  if (parts.length === 1) return { namespace: '', path: parts };
  return { namespace: parts[0] as string, path: parts.slice(1) };
}
