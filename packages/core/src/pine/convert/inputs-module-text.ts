/**
 * The inputs part of a converted script: a `ScriptInputs` interface (the value type of each input,
 * keyed by title, as `run` takes overrides) and an `inputs` object describing each input as the
 * script declares it (TradingView's Settings/Inputs tab). Titles and values appear only as JSON
 * literals, never as raw text.
 * @see https://www.tradingview.com/pine-script-docs/concepts/inputs/
 */
import type { InputValue, ScriptInput } from '../compile/inputs.ts';

const NUMERIC_KINDS = new Set(['int', 'float', 'price', 'time']);

function literal(value: InputValue): string {
  if (typeof value === 'number' && !Number.isFinite(value))
    return `Number(${JSON.stringify(String(value))})`;
  return JSON.stringify(value);
}

/** The TypeScript type of an input's value: its options as a union, else by kind. */
function valueType(input: ScriptInput): string {
  if (input.options && input.options.length > 0) return input.options.map(literal).join(' | ');
  if (NUMERIC_KINDS.has(input.kind)) return 'number';
  if (input.kind === 'bool') return 'boolean';
  if (input.kind === 'color') return 'string | number';
  return 'string';
}

function description(input: ScriptInput): string {
  const fields = [`title: ${JSON.stringify(input.title)}`, `type: ${JSON.stringify(input.kind)}`];
  if (input.defval !== undefined) fields.push(`default: ${literal(input.defval)}`);
  if (input.minval !== undefined) fields.push(`min: ${literal(input.minval)}`);
  if (input.maxval !== undefined) fields.push(`max: ${literal(input.maxval)}`);
  if (input.step !== undefined) fields.push(`step: ${literal(input.step)}`);
  if (input.options) fields.push(`options: [${input.options.map(literal).join(', ')}]`);
  return `{ ${fields.join(', ')} }`;
}

/** Interface and description object; a repeated title keeps its first input (overrides are by title). */
export function inputsModuleText(inputs: readonly ScriptInput[]): string {
  const seen = new Set<string>();
  const unique = inputs.filter((i) => !seen.has(i.title) && seen.add(i.title));
  const key = (i: ScriptInput) => JSON.stringify(i.title);
  return [
    '/** One input as the script declares it. */',
    'export interface InputDescription {',
    '  readonly title: string;',
    '  readonly type: string;',
    '  readonly default?: number | string | boolean;',
    '  readonly min?: number;',
    '  readonly max?: number;',
    '  readonly step?: number;',
    '  readonly options?: readonly (number | string | boolean)[];',
    '}',
    '',
    "/** The script's input values by title; `run` takes any of them as overrides. */",
    'export interface ScriptInputs {',
    ...unique.map((i) => `  readonly ${key(i)}: ${valueType(i)};`),
    '}',
    '',
    "/** Each input's type, default, bounds and options. */",
    'export const inputs: { readonly [title in keyof ScriptInputs]: InputDescription } = {',
    ...unique.map((i) => `  ${key(i)}: ${description(i)},`),
    '};',
  ].join('\n');
}
