/**
 * What the checker hands to the compiler: side tables keyed by AST node (the tree itself is
 * never mutated): resolved symbols, expression types and qualifiers, chosen built-in overloads,
 * the script declaration and its inputs.
 */
import type { BuiltinFunction, BuiltinVariable } from '../builtins/signature.ts';
import type {
  CallExpression,
  EnumDeclaration,
  EnumMember,
  Expression,
  FieldDeclaration,
  FunctionDeclaration,
  Identifier,
  ImportStatement,
  MemberExpression,
  Node,
  ScriptKind,
  TypeDeclaration,
} from '../syntax/ast.ts';
import type { PineQualifier } from './qualifiers.ts';
import type { PineType } from './types.ts';

export type ResolvedSymbol =
  | {
      readonly kind: 'local' | 'parameter';
      readonly name: string;
      /** The identifier that declares it (variable name, tuple element, loop counter, parameter). */
      readonly declaration: Identifier;
    }
  | { readonly kind: 'function'; readonly name: string; readonly declaration: FunctionDeclaration }
  | { readonly kind: 'builtin-variable'; readonly variable: BuiltinVariable }
  | { readonly kind: 'builtin-function'; readonly name: string }
  | { readonly kind: 'type'; readonly name: string; readonly declaration: TypeDeclaration }
  | { readonly kind: 'field'; readonly typeName: string; readonly declaration: FieldDeclaration }
  | { readonly kind: 'enum'; readonly name: string; readonly declaration: EnumDeclaration }
  | { readonly kind: 'enum-member'; readonly enumName: string; readonly declaration: EnumMember }
  | { readonly kind: 'library'; readonly alias: string; readonly declaration: ImportStatement };

export interface ExpressionType {
  readonly type: PineType;
  readonly qualifier: PineQualifier;
}

export type ResolvedCall =
  | { readonly kind: 'builtin'; readonly overload: BuiltinFunction; readonly method: boolean }
  | { readonly kind: 'user'; readonly declaration: FunctionDeclaration; readonly method: boolean }
  | { readonly kind: 'constructor' | 'copy'; readonly type: TypeDeclaration }
  | { readonly kind: 'library'; readonly alias: string };

/** A literal argument value: numbers, strings, bools, `#RRGGBB`, dotted constants as `{ ref }`, tuples as arrays. */
export type LiteralValue =
  | number
  | string
  | boolean
  | null
  | { readonly ref: string }
  | { readonly color: string }
  | readonly LiteralValue[];

export interface DeclarationInfo {
  readonly kind: ScriptKind;
  readonly call: CallExpression;
  /** Arguments by parameter name (positional ones mapped through the signature). */
  readonly arguments: Readonly<Record<string, LiteralValue>>;
}

export interface InputInfo {
  readonly call: CallExpression;
  /** `int`, `float`, `bool`, `string`, `color`, `source`, `symbol`, `timeframe`, `session`, `time`, `price`, `text_area`, `enum`, or `input` (generic form). */
  readonly kind: string;
  readonly type: PineType;
  readonly title: LiteralValue;
  readonly defval: LiteralValue;
  /** Every argument by parameter name: minval, maxval, step, options, group, tooltip, inline, confirm, display … */
  readonly arguments: Readonly<Record<string, LiteralValue>>;
}

export interface CheckInfo {
  readonly version: 5 | 6;
  readonly symbols: Map<Identifier | MemberExpression, ResolvedSymbol>;
  readonly types: Map<Expression, ExpressionType>;
  readonly calls: Map<CallExpression, ResolvedCall>;
  declaration: DeclarationInfo | null;
  readonly inputs: InputInfo[];
  /** Return type of each user function as inferred from its body with declared parameter types. */
  readonly functionTypes: Map<FunctionDeclaration, PineType>;
  /** The declaring node of each name the checker saw declared (for tools such as go-to-definition). */
  readonly declarations: Map<Identifier, Node>;
}
