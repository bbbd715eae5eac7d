/**
 * Pine types as the checker sees them, parsing of the table's type text, and the implicit
 * conversions: int → float; na → any type; in v5 only, int/float → bool.
 * @see https://www.tradingview.com/pine-script-docs/language/type-system/
 */

export type PineType =
  /** Could not be inferred (library members, untyped parameters): compatible with anything. */
  | { readonly kind: 'unknown' }
  /** The literal `na` before a context gives it a type. */
  | { readonly kind: 'na' }
  | { readonly kind: 'void' }
  /** int float bool string color, drawing types, chart.point, plot, hline, opaque constant types. */
  | { readonly kind: 'named'; readonly name: string }
  | { readonly kind: 'array' | 'matrix'; readonly element: PineType }
  | { readonly kind: 'map'; readonly key: PineType; readonly value: PineType }
  | { readonly kind: 'udt' | 'enum'; readonly name: string }
  | { readonly kind: 'tuple'; readonly elements: readonly PineType[] }
  /** Type variable of a generic built-in (T, K, V). */
  | { readonly kind: 'var'; readonly name: string };

export const UNKNOWN: PineType = { kind: 'unknown' };
export const NA: PineType = { kind: 'na' };
export const VOID: PineType = { kind: 'void' };
const named = new Map<string, PineType>();
export function namedType(name: string): PineType {
  let t = named.get(name);
  if (!t) {
    t = { kind: 'named', name };
    named.set(name, t);
  }
  return t;
}
export const INT = namedType('int');
export const FLOAT = namedType('float');
export const BOOL = namedType('bool');
export const STRING = namedType('string');
export const COLOR = namedType('color');

export const isNamed = (t: PineType, name: string): boolean =>
  t.kind === 'named' && t.name === name;
export const isNumeric = (t: PineType): boolean => isNamed(t, 'int') || isNamed(t, 'float');
export const isLoose = (t: PineType): boolean => t.kind === 'unknown' || t.kind === 'na';

function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '<' || c === '[') depth++;
    else if (c === '>' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(text.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(text.slice(from).trim());
  return out;
}

const parsed = new Map<string, PineType>();

/** Type text of the signature table → PineType (cached; the texts are few). */
export function parseTypeText(text: string): PineType {
  const cached = parsed.get(text);
  if (cached) return cached;
  let t: PineType;
  if (text === 'any') t = UNKNOWN;
  else if (text === 'void') t = VOID;
  else if (text === 'na') t = NA;
  else if (/^[TKV]$/.test(text)) t = { kind: 'var', name: text };
  else if (text.startsWith('['))
    t = { kind: 'tuple', elements: splitArgs(text.slice(1, -1)).map(parseTypeText) };
  else {
    const lt = text.indexOf('<');
    if (lt < 0) t = namedType(text);
    else {
      const head = text.slice(0, lt);
      const args = splitArgs(text.slice(lt + 1, -1)).map(parseTypeText);
      if (head === 'map') t = { kind: 'map', key: args[0] ?? UNKNOWN, value: args[1] ?? UNKNOWN };
      else t = { kind: head === 'matrix' ? 'matrix' : 'array', element: args[0] ?? UNKNOWN };
    }
  }
  parsed.set(text, t);
  return t;
}

export function formatType(t: PineType): string {
  switch (t.kind) {
    case 'unknown':
      return 'unknown';
    case 'na':
      return 'na';
    case 'void':
      return 'void';
    case 'named':
    case 'udt':
    case 'enum':
    case 'var':
      return t.name;
    case 'array':
    case 'matrix':
      return `${t.kind}<${formatType(t.element)}>`;
    case 'map':
      return `map<${formatType(t.key)}, ${formatType(t.value)}>`;
    case 'tuple':
      return `[${t.elements.map(formatType).join(', ')}]`;
  }
}

/** `ok`; `bool-cast` (int/float → bool: fine in v5, an error in v6); `no`. */
export type Assignability = 'ok' | 'bool-cast' | 'no';

export function assignable(from: PineType, to: PineType): Assignability {
  if (isLoose(from) || to.kind === 'unknown' || to.kind === 'var') return 'ok';
  if (from.kind === 'void') return 'no';
  switch (to.kind) {
    case 'na':
      return 'ok';
    case 'void':
      return 'no';
    case 'named':
      if (from.kind !== 'named') return 'no';
      if (from.name === to.name) return 'ok';
      if (to.name === 'float' && from.name === 'int') return 'ok';
      if (to.name === 'bool' && isNumeric(from)) return 'bool-cast';
      return 'no';
    case 'array':
    case 'matrix':
      return from.kind === to.kind && assignable(from.element, to.element) !== 'no' ? 'ok' : 'no';
    case 'map':
      return from.kind === 'map' &&
        assignable(from.key, to.key) !== 'no' &&
        assignable(from.value, to.value) !== 'no'
        ? 'ok'
        : 'no';
    case 'udt':
    case 'enum':
      return from.kind === to.kind && from.name === to.name ? 'ok' : 'no';
    case 'tuple':
      return from.kind === 'tuple' &&
        from.elements.length === to.elements.length &&
        from.elements.every((e, i) => assignable(e, to.elements[i]!) !== 'no')
        ? 'ok'
        : 'no';
  }
}

/**
 * Common type of two branches (`?:`, if/else, switch arms): na takes the other side, int and
 * float give float, unknown absorbs; null when they cannot be joined.
 */
export function joinTypes(a: PineType, b: PineType): PineType | null {
  if (a.kind === 'na') return b;
  if (b.kind === 'na') return a;
  if (a.kind === 'unknown' || b.kind === 'unknown') return UNKNOWN;
  if (a.kind === 'void' || b.kind === 'void') return VOID;
  if (isNumeric(a) && isNumeric(b)) return isNamed(a, 'int') && isNamed(b, 'int') ? INT : FLOAT;
  if (assignable(a, b) === 'ok') return b;
  if (assignable(b, a) === 'ok') return a;
  return null;
}

/** Binds type variables of a parameter type against an argument type (first binding wins, int widens to float). */
export function bindTypeVars(
  param: PineType,
  arg: PineType,
  bindings: Map<string, PineType>,
): void {
  switch (param.kind) {
    case 'var': {
      const prev = bindings.get(param.name);
      if (!prev || prev.kind === 'na' || prev.kind === 'unknown') bindings.set(param.name, arg);
      else if (isNamed(prev, 'int') && isNamed(arg, 'float')) bindings.set(param.name, FLOAT);
      return;
    }
    case 'array':
    case 'matrix':
      if (arg.kind === param.kind) bindTypeVars(param.element, arg.element, bindings);
      return;
    case 'map':
      if (arg.kind === 'map') {
        bindTypeVars(param.key, arg.key, bindings);
        bindTypeVars(param.value, arg.value, bindings);
      }
      return;
    default:
      return;
  }
}

export function substitute(t: PineType, bindings: ReadonlyMap<string, PineType>): PineType {
  switch (t.kind) {
    case 'var':
      return bindings.get(t.name) ?? UNKNOWN;
    case 'array':
    case 'matrix': {
      const element = substitute(t.element, bindings);
      // Arrays of tuples do not exist: request.security_lower_tf with a tuple gives a tuple of arrays.
      if (element.kind === 'tuple')
        return {
          kind: 'tuple',
          elements: element.elements.map((e) => ({ kind: t.kind, element: e })),
        };
      return element === t.element ? t : { kind: t.kind, element };
    }
    case 'map':
      return {
        kind: 'map',
        key: substitute(t.key, bindings),
        value: substitute(t.value, bindings),
      };
    case 'tuple':
      return { kind: 'tuple', elements: t.elements.map((e) => substitute(e, bindings)) };
    default:
      return t;
  }
}
