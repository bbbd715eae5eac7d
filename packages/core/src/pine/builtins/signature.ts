/**
 * Schema of the built-in signature table, and `defineFunctions`/`defineVariables`, which turn the
 * compact signature strings the namespace files are written in into plain, JSON-serialisable
 * records (the web editor reuses them for completion and hover).
 *
 * Signature syntax: `ns.name(p1: [qualifier] type, p2: type = default, p3?: type, ...rest: type):
 * [qualifier] type`. A parameter qualifier left out means `series` (anything is accepted); a
 * return qualifier left out means "the strongest qualifier among the arguments" (`auto`).
 * Types: int float bool string color label line box table linefill polyline chart.point void,
 * `array<T>`, `matrix<T>`, `map<K, V>`, tuples `[float, float]`, type variables T K V, and `any`.
 * @see https://www.tradingview.com/pine-script-reference/v6/
 */

export type BuiltinQualifier = 'const' | 'input' | 'simple' | 'series';
export type PineVersion = 5 | 6;

export interface BuiltinParam {
  readonly name: string;
  /** Type text as in the signature (`float`, `array<T>`, `any`). */
  readonly type: string;
  readonly qualifier: BuiltinQualifier;
  readonly optional: boolean;
  /** Default as Pine source text, when the reference gives one. */
  readonly default?: string;
  /** `...values`: takes any number of trailing arguments. */
  readonly variadic?: true;
  /** Last version that has this parameter (e.g. `when` ends with v5). */
  readonly until?: PineVersion;
}

export interface BuiltinFunction {
  readonly kind: 'function';
  readonly name: string;
  readonly params: readonly BuiltinParam[];
  readonly returns: string;
  readonly returnQualifier: BuiltinQualifier | 'auto';
  readonly description: string;
  readonly since: PineVersion;
  readonly see: string;
}

export interface BuiltinVariable {
  /** `constant`: fixed values such as `color.red`; `variable`: values of the bar or chart. */
  readonly kind: 'variable' | 'constant';
  readonly name: string;
  readonly type: string;
  readonly qualifier: BuiltinQualifier;
  readonly description: string;
  readonly since: PineVersion;
  readonly see: string;
}

export interface EntryOptions {
  readonly since?: PineVersion;
}

const REFERENCE = 'https://www.tradingview.com/pine-script-reference/v6/';
const QUALIFIERS: readonly string[] = ['const', 'input', 'simple', 'series'];

/** Splits at top-level commas (outside `<>`, `()`, `[]` and quotes). */
function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '<' || c === '(' || c === '[') depth++;
    else if (c === '>' || c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  const last = text.slice(from).trim();
  if (last) out.push(last);
  return out;
}

function splitQualified(text: string): { qualifier: string | null; type: string } {
  const space = text.indexOf(' ');
  const head = space < 0 ? '' : text.slice(0, space);
  return QUALIFIERS.includes(head)
    ? { qualifier: head, type: text.slice(space + 1).trim() }
    : { qualifier: null, type: text.trim() };
}

function parseParam(text: string): BuiltinParam {
  let rest = text;
  const variadic = rest.startsWith('...');
  if (variadic) rest = rest.slice(3);
  const colon = rest.indexOf(':');
  if (colon < 0) throw new Error(`bad parameter '${text}'`);
  let name = rest.slice(0, colon).trim();
  let typeText = rest.slice(colon + 1).trim();
  let optional = variadic;
  let defaultText: string | undefined;
  let until: PineVersion | undefined;
  if (name.endsWith('?')) {
    name = name.slice(0, -1);
    optional = true;
  }
  if (name.endsWith('!5')) {
    name = name.slice(0, -2);
    until = 5;
    optional = true;
  }
  const eq = typeText.indexOf(' = ');
  if (eq >= 0) {
    defaultText = typeText.slice(eq + 3).trim();
    typeText = typeText.slice(0, eq).trim();
    optional = true;
  }
  const { qualifier, type } = splitQualified(typeText);
  return {
    name,
    type,
    qualifier: (qualifier ?? 'series') as BuiltinQualifier,
    optional,
    ...(defaultText === undefined ? {} : { default: defaultText }),
    ...(variadic ? { variadic: true as const } : {}),
    ...(until === undefined ? {} : { until }),
  };
}

export function seeLink(kind: 'fun' | 'var' | 'const', name: string): string {
  return `${REFERENCE}#${kind}_${name}`;
}

/** Parses one signature string; throws on a malformed one (a bug in the table, caught by tests). */
export function parseSignature(
  signature: string,
  description: string,
  options: EntryOptions = {},
): BuiltinFunction {
  const open = signature.indexOf('(');
  const close = signature.lastIndexOf(')');
  if (open < 0 || close < open) throw new Error(`bad signature '${signature}'`);
  const name = signature.slice(0, open).trim();
  const after = signature.slice(close + 1).trim();
  if (!after.startsWith(':')) throw new Error(`no return type in '${signature}'`);
  const { qualifier, type } = splitQualified(after.slice(1).trim());
  return {
    kind: 'function',
    name,
    params: splitTopLevel(signature.slice(open + 1, close)).map(parseParam),
    returns: type,
    returnQualifier: (qualifier ?? 'auto') as BuiltinQualifier | 'auto',
    description,
    since: options.since ?? 5,
    see: seeLink('fun', name),
  };
}

export type FunctionRow = readonly [signature: string, description: string, options?: EntryOptions];

export function defineFunctions(rows: readonly FunctionRow[]): BuiltinFunction[] {
  return rows.map(([signature, description, options]) =>
    parseSignature(signature, description, options),
  );
}

/** `name: [qualifier] type` rows; `constant` rows default to `const`, others to `series`. */
export type VariableRow = readonly [
  declaration: string,
  description: string,
  options?: EntryOptions,
];

export function defineVariables(
  kind: 'variable' | 'constant',
  rows: readonly VariableRow[],
): BuiltinVariable[] {
  return rows.map(([declaration, description, options]) => {
    const colon = declaration.indexOf(':');
    const name = declaration.slice(0, colon).trim();
    const { qualifier, type } = splitQualified(declaration.slice(colon + 1).trim());
    const q = (qualifier ?? (kind === 'constant' ? 'const' : 'series')) as BuiltinQualifier;
    return {
      kind,
      name,
      type,
      qualifier: q,
      description,
      since: options?.since ?? 5,
      see: seeLink(kind === 'constant' ? 'const' : 'var', name),
    };
  });
}

/**
 * Constants that share one type and a namespace, e.g. `shape.*`: `['circle', 'a filled circle']`
 * rows become `shape.circle: const string`.
 */
export function defineConstants(
  namespace: string,
  type: string,
  rows: readonly (readonly [member: string, description: string])[],
): BuiltinVariable[] {
  return defineVariables(
    'constant',
    rows.map(([member, description]) => [`${namespace}.${member}: const ${type}`, description]),
  );
}
