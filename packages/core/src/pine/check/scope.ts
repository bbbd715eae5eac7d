/**
 * Lexical scopes: the global scope, one per function body and one per local block. Inner
 * blocks see outer names; redeclaring in the same scope is an error, in an inner one a warning.
 * @see https://www.tradingview.com/pine-script-docs/language/variable-declarations/
 */
import type { Identifier } from '../syntax/ast.ts';
import type { PineQualifier } from './qualifiers.ts';
import type { PineType } from './types.ts';

export interface VariableSymbol {
  readonly name: string;
  readonly kind: 'local' | 'parameter';
  readonly declaration: Identifier;
  type: PineType;
  qualifier: PineQualifier;
  used: boolean;
  /** Declared in the global scope (functions may not reassign these). */
  readonly global: boolean;
}

export type ScopeKind = 'global' | 'function' | 'block' | 'loop';

export class Scope {
  readonly variables = new Map<string, VariableSymbol>();

  constructor(
    readonly kind: ScopeKind,
    readonly parent: Scope | null,
  ) {}

  lookup(name: string): VariableSymbol | undefined {
    for (let s: Scope | null = this; s; s = s.parent) {
      const v = s.variables.get(name);
      if (v) return v;
    }
    return undefined;
  }

  get inFunction(): boolean {
    for (let s: Scope | null = this; s; s = s.parent) if (s.kind === 'function') return true;
    return false;
  }

  get inLoop(): boolean {
    for (let s: Scope | null = this; s && s.kind !== 'function'; s = s.parent)
      if (s.kind === 'loop') return true;
    return false;
  }

  /** Every visible variable name, innermost first (for "did you mean"). */
  *names(): Iterable<string> {
    for (let s: Scope | null = this; s; s = s.parent) yield* s.variables.keys();
  }
}
