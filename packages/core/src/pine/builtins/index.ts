/**
 * The built-in signature table of Pine v5/v6, as plain data (names, parameters, types,
 * qualifiers, defaults, return types, short descriptions of our own, `since` and `@see` links).
 *
 * Source: TradingView's Pine Script v6 reference manual
 * (https://www.tradingview.com/pine-script-reference/v6/), as of 2026-11. Names, parameter
 * lists, types and qualifiers were transcribed by hand (no text or code copied from any other
 * project) and cross-checked against every built-in the PineForge, mihakralj and github-pine
 * corpora use (builtins.test.ts) and against those corpora checking without errors; they have
 * not yet been diffed entry by entry against the live reference. Where the reference lists a
 * union ("series int/float") the table uses the widest type (`float`; int converts implicitly).
 */
import { ARRAY_FUNCTIONS } from './array.ts';
import { BARSTATE_VARIABLES } from './barstate.ts';
import { COLOR_CONSTANTS, COLOR_FUNCTIONS } from './color.ts';
import { MISC_CONSTANTS } from './constants.ts';
import { DRAWING_CONSTANTS, DRAWING_FUNCTIONS, DRAWING_VARIABLES } from './drawing.ts';
import { INPUT_FUNCTIONS } from './input.ts';
import { MAP_FUNCTIONS } from './map.ts';
import { MATH_CONSTANTS, MATH_FUNCTIONS } from './math.ts';
import { MATRIX_FUNCTIONS } from './matrix.ts';
import { MISC_FUNCTIONS } from './misc.ts';
import { PLOT_CONSTANTS, PLOT_FUNCTIONS } from './plot.ts';
import { REQUEST_FUNCTIONS } from './request.ts';
import { SESSION_CONSTANTS, SESSION_VARIABLES } from './session.ts';
import type { BuiltinFunction, BuiltinVariable } from './signature.ts';
import { STR_FUNCTIONS } from './str.ts';
import { STRATEGY_CONSTANTS, STRATEGY_FUNCTIONS, STRATEGY_VARIABLES } from './strategy.ts';
import { SYMINFO_FUNCTIONS, SYMINFO_VARIABLES } from './syminfo.ts';
import { TA_FUNCTIONS, TA_VARIABLES } from './ta.ts';
import { TIME_FUNCTIONS, TIME_VARIABLES } from './time.ts';
import { TIMEFRAME_FUNCTIONS, TIMEFRAME_VARIABLES } from './timeframe.ts';
import { BAR_VARIABLES } from './variables.ts';

export type {
  BuiltinFunction,
  BuiltinParam,
  BuiltinQualifier,
  BuiltinVariable,
  PineVersion,
} from './signature.ts';

export const BUILTIN_FUNCTIONS: readonly BuiltinFunction[] = [
  ...TA_FUNCTIONS,
  ...MATH_FUNCTIONS,
  ...STR_FUNCTIONS,
  ...ARRAY_FUNCTIONS,
  ...MAP_FUNCTIONS,
  ...MATRIX_FUNCTIONS,
  ...COLOR_FUNCTIONS,
  ...REQUEST_FUNCTIONS,
  ...STRATEGY_FUNCTIONS,
  ...INPUT_FUNCTIONS,
  ...PLOT_FUNCTIONS,
  ...DRAWING_FUNCTIONS,
  ...TIMEFRAME_FUNCTIONS,
  ...SYMINFO_FUNCTIONS,
  ...TIME_FUNCTIONS,
  ...MISC_FUNCTIONS,
];

export const BUILTIN_VARIABLES: readonly BuiltinVariable[] = [
  ...BAR_VARIABLES,
  ...TIME_VARIABLES,
  ...TA_VARIABLES,
  ...STRATEGY_VARIABLES,
  ...DRAWING_VARIABLES,
  ...TIMEFRAME_VARIABLES,
  ...SYMINFO_VARIABLES,
  ...BARSTATE_VARIABLES,
  ...SESSION_VARIABLES,
  ...MATH_CONSTANTS,
  ...COLOR_CONSTANTS,
  ...STRATEGY_CONSTANTS,
  ...PLOT_CONSTANTS,
  ...DRAWING_CONSTANTS,
  ...SESSION_CONSTANTS,
  ...MISC_CONSTANTS,
];

/** Overloads by full name, in table order (the checker tries them in this order). */
export const FUNCTIONS_BY_NAME: ReadonlyMap<string, readonly BuiltinFunction[]> = (() => {
  const map = new Map<string, BuiltinFunction[]>();
  for (const f of BUILTIN_FUNCTIONS) {
    const list = map.get(f.name);
    if (list) list.push(f);
    else map.set(f.name, [f]);
  }
  return map;
})();

export const VARIABLES_BY_NAME: ReadonlyMap<string, BuiltinVariable> = new Map(
  BUILTIN_VARIABLES.map((v) => [v.name, v]),
);

/** Every dotted prefix of a built-in name (`ta`, `strategy`, `strategy.closedtrades`, `chart.point`). */
export const BUILTIN_NAMESPACES: ReadonlySet<string> = (() => {
  const set = new Set<string>();
  for (const name of [...FUNCTIONS_BY_NAME.keys(), ...VARIABLES_BY_NAME.keys()]) {
    const parts = name.split('.');
    for (let i = 1; i < parts.length; i++) set.add(parts.slice(0, i).join('.'));
  }
  return set;
})();

export { BUILTIN_TYPE_NAMES, CASTABLE_TYPE_NAMES, VALUE_TYPE_NAMES } from './type-names.ts';
