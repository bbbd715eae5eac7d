/**
 * A script's `input.*` declarations as typed, documented parameters, and the values of one run:
 * defaults from the script, overridden by title (TradingView's Settings dialog names inputs by
 * their titles). Overrides are checked against the input's type, `minval`/`maxval` and `options`.
 * @see https://www.tradingview.com/pine-script-docs/concepts/inputs/
 */
import type { InputInfo, LiteralValue } from '../check/info.ts';
import { formatType } from '../check/types.ts';
import { hex } from '../runtime/color/color.ts';
import { CompileError } from './compile-error.ts';

export type InputValue = number | string | boolean;

export interface ScriptInput {
  /** Position among the script's inputs (the compiled script reads values by it). */
  readonly index: number;
  readonly title: string;
  /** `int`, `float`, `bool`, `string`, `color`, `source`, `symbol`, `timeframe`, `session`, `time`, `price`, `text_area`, `enum`. */
  readonly kind: string;
  readonly type: string;
  /** The script's default; undefined when it is an expression the script computes. */
  readonly defval: InputValue | undefined;
  readonly minval?: number;
  readonly maxval?: number;
  readonly step?: number;
  readonly options?: readonly InputValue[];
  readonly tooltip?: string;
  readonly group?: string;
}

const SOURCES = new Set([
  'open',
  'high',
  'low',
  'close',
  'volume',
  'hl2',
  'hlc3',
  'ohlc4',
  'hlcc4',
]);

function plain(value: LiteralValue | undefined): InputValue | undefined {
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  if (value && typeof value === 'object' && 'color' in value) return hex(value.color);
  if (value && typeof value === 'object' && 'ref' in value) {
    // Sources (`close`) and enum members (`Side.long`) are named; other references are computed.
    const ref = value.ref;
    if (SOURCES.has(ref)) return ref;
    return /^[A-Za-z_]\w*\.[A-Za-z_]\w*$/.test(ref) ? ref.slice(ref.indexOf('.') + 1) : undefined;
  }
  return undefined;
}

export function describeInputs(inputs: readonly InputInfo[]): ScriptInput[] {
  return inputs.map((input, index) => {
    const args = input.arguments;
    const kind = input.kind === 'input' ? formatType(input.type) : input.kind;
    const optional = <K extends string, V>(key: K, value: V | undefined) =>
      value === undefined ? {} : ({ [key]: value } as Record<K, V>);
    const num = (v: LiteralValue | undefined) => (typeof v === 'number' ? v : undefined);
    const str = (v: LiteralValue | undefined) => (typeof v === 'string' ? v : undefined);
    const options = Array.isArray(args.options)
      ? (args.options as LiteralValue[]).map(plain).filter((v): v is InputValue => v !== undefined)
      : undefined;
    return {
      index,
      title: typeof input.title === 'string' ? input.title : `Input ${index + 1}`,
      kind,
      type: formatType(input.type),
      defval: plain(input.defval),
      ...optional('minval', num(args.minval)),
      ...optional('maxval', num(args.maxval)),
      ...optional('step', num(args.step)),
      ...optional('options', options),
      ...optional('tooltip', str(args.tooltip)),
      ...optional('group', str(args.group)),
    };
  });
}

/** Values of one run: defaults, then overrides by title (strings from a command line are parsed). */
export function resolveInputs(
  inputs: readonly ScriptInput[],
  overrides: Readonly<Record<string, InputValue>> = {},
): (InputValue | undefined)[] {
  const byTitle = new Map(inputs.map((i) => [i.title, i]));
  for (const title of Object.keys(overrides)) {
    if (!byTitle.has(title)) {
      const known = inputs.map((i) => JSON.stringify(i.title)).join(', ') || 'none';
      throw new CompileError(`unknown input "${title}" (the script's inputs: ${known})`);
    }
  }
  return inputs.map((input) => {
    const given = overrides[input.title];
    if (given === undefined) return input.defval;
    return checkValue(input, parseValue(input, given));
  });
}

function parseValue(input: ScriptInput, given: InputValue): InputValue {
  const fail = (what: string) =>
    new CompileError(`input "${input.title}": ${JSON.stringify(given)} is not ${what}`);
  switch (input.kind) {
    case 'int':
    case 'float':
    case 'price':
    case 'time': {
      const n = typeof given === 'number' ? given : Number(given);
      if (typeof given === 'boolean' || !Number.isFinite(n)) throw fail('a number');
      if (input.kind === 'int' && !Number.isInteger(n)) throw fail('a whole number');
      return n;
    }
    case 'bool':
      if (given === true || given === 'true') return true;
      if (given === false || given === 'false') return false;
      throw fail('true or false');
    case 'color': {
      const c = typeof given === 'number' ? given : hex(String(given));
      if (Number.isNaN(c)) throw fail('a color (#RRGGBB or #RRGGBBAA)');
      return c;
    }
    case 'source':
      if (!SOURCES.has(String(given))) throw fail(`a source (${[...SOURCES].join(', ')})`);
      return String(given);
    default:
      return String(given);
  }
}

function checkValue(input: ScriptInput, value: InputValue): InputValue {
  if (typeof value === 'number') {
    if (input.minval !== undefined && value < input.minval) {
      throw new CompileError(
        `input "${input.title}": ${value} is below its minval ${input.minval}`,
      );
    }
    if (input.maxval !== undefined && value > input.maxval) {
      throw new CompileError(
        `input "${input.title}": ${value} is above its maxval ${input.maxval}`,
      );
    }
  }
  if (input.options && !input.options.includes(value)) {
    const list = input.options.map((o) => JSON.stringify(o)).join(', ');
    throw new CompileError(
      `input "${input.title}": ${JSON.stringify(value)} is not one of ${list}`,
    );
  }
  return value;
}
