/**
 * Typed AST of a Pine v5/v6 script. Every node carries `start`/`end` UTF-16 offsets (acorn
 * style); lines and columns are computed only for messages. Parentheses leave no node: the
 * printer re-inserts them from operator precedence.
 * @see https://www.tradingview.com/pine-script-docs/language/
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

// ---------------------------------------------------------------- comments

/** `//@name value` or `//@name=value` compiler annotation. */
export interface Annotation {
  readonly name: string;
  readonly value: string;
}

export interface Comment extends Span {
  readonly kind: 'Comment';
  /** Text after `//`, as written (leading space kept). */
  readonly text: string;
  readonly annotation: Annotation | null;
}

/** Comments on the lines before a statement (and inside it), and one at the end of its line. */
export interface Commented {
  readonly leadingComments: Comment[];
  trailingComment: Comment | null;
}

// ---------------------------------------------------------------- types

export type Qualifier = 'const' | 'simple' | 'series' | 'input';

/**
 * A type as written: `float`, `chart.point`, `lib.Point`, `array<float>`, `map<string, int>`,
 * and the legacy array form `float[]` (`legacyArray: true`).
 */
export interface TypeNode extends Span {
  readonly kind: 'Type';
  /** Dotted name: `float`, `chart.point`, `mylib.Point`. */
  readonly name: string;
  readonly typeArguments: TypeNode[];
  readonly legacyArray: boolean;
}

// ---------------------------------------------------------------- expressions

export interface Identifier extends Span {
  readonly kind: 'Identifier';
  readonly name: string;
}

export interface NumberLiteral extends Span {
  readonly kind: 'NumberLiteral';
  readonly value: number;
  /** As written; `isFloat` is true when it has a fraction or exponent (Pine's float literal). */
  readonly raw: string;
  readonly isFloat: boolean;
}

export interface StringLiteral extends Span {
  readonly kind: 'StringLiteral';
  /** Value after escapes. */
  readonly value: string;
  /** As written, quotes included. */
  readonly raw: string;
}

export interface BoolLiteral extends Span {
  readonly kind: 'BoolLiteral';
  readonly value: boolean;
}

/** `#RRGGBB` or `#RRGGBBAA`; `raw` as written. */
export interface ColorLiteral extends Span {
  readonly kind: 'ColorLiteral';
  readonly raw: string;
}

export type BinaryOperator =
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '<'
  | '>'
  | '<='
  | '>='
  | '=='
  | '!='
  | 'and'
  | 'or';

export interface BinaryExpression extends Span {
  readonly kind: 'BinaryExpression';
  readonly operator: BinaryOperator;
  readonly left: Expression;
  readonly right: Expression;
}

export interface UnaryExpression extends Span {
  readonly kind: 'UnaryExpression';
  readonly operator: '-' | '+' | 'not';
  readonly argument: Expression;
}

export interface ConditionalExpression extends Span {
  readonly kind: 'ConditionalExpression';
  readonly test: Expression;
  readonly consequent: Expression;
  readonly alternate: Expression;
}

/** History reference `x[n]`. */
export interface HistoryExpression extends Span {
  readonly kind: 'HistoryExpression';
  readonly object: Expression;
  readonly offset: Expression;
}

export interface MemberExpression extends Span {
  readonly kind: 'MemberExpression';
  readonly object: Expression;
  readonly property: Identifier;
}

export interface Argument extends Span {
  readonly kind: 'Argument';
  /** Named argument `title = "x"`; null when positional. */
  readonly name: Identifier | null;
  readonly value: Expression;
}

export interface CallExpression extends Span {
  readonly kind: 'CallExpression';
  readonly callee: Expression;
  /** `array.new<float>(…)` → `[float]`; empty when not generic. */
  readonly typeArguments: TypeNode[];
  readonly arguments: Argument[];
}

/** `[a, b]`: a tuple (function results, `request.security` expressions). */
export interface TupleExpression extends Span {
  readonly kind: 'TupleExpression';
  readonly elements: Expression[];
}

export interface IfExpression extends Span {
  readonly kind: 'IfExpression';
  readonly test: Expression;
  readonly consequent: Block;
  /** `else if` chains nest an IfExpression here. */
  readonly alternate: Block | IfExpression | null;
}

export interface SwitchCase extends Span, Commented {
  readonly kind: 'SwitchCase';
  /** Null for the default arm `=> …`. */
  readonly test: Expression | null;
  readonly body: Block;
}

export interface SwitchExpression extends Span {
  readonly kind: 'SwitchExpression';
  /** Null for the subject-less form whose arms are conditions. */
  readonly discriminant: Expression | null;
  readonly cases: SwitchCase[];
  /** Comment at the end of the `switch` line. */
  readonly headerComment: Comment | null;
}

/** `for i = a to b [by s]`. */
export interface ForExpression extends Span {
  readonly kind: 'ForExpression';
  readonly counter: Identifier;
  readonly from: Expression;
  readonly to: Expression;
  readonly step: Expression | null;
  readonly body: Block;
}

/** `for x in coll` (`index` null) or `for [i, x] in coll`. */
export interface ForInExpression extends Span {
  readonly kind: 'ForInExpression';
  readonly index: Identifier | null;
  readonly item: Identifier;
  readonly iterable: Expression;
  readonly body: Block;
}

export interface WhileExpression extends Span {
  readonly kind: 'WhileExpression';
  readonly test: Expression;
  readonly body: Block;
}

/** Placeholder where the parser reported a missing expression, so the tree stays complete. */
export interface ErrorExpression extends Span {
  readonly kind: 'ErrorExpression';
}

/** Structures whose value is their block's last expression (they may be assigned). */
export type BlockExpression =
  | IfExpression
  | SwitchExpression
  | ForExpression
  | ForInExpression
  | WhileExpression;

export type Expression =
  | Identifier
  | NumberLiteral
  | StringLiteral
  | BoolLiteral
  | ColorLiteral
  | BinaryExpression
  | UnaryExpression
  | ConditionalExpression
  | HistoryExpression
  | MemberExpression
  | CallExpression
  | TupleExpression
  | BlockExpression
  | ErrorExpression;

// ---------------------------------------------------------------- statements

/**
 * Statements of a local block. `inline` blocks come from one-line bodies
 * (`f(x) => x + 1`, `case => value`) and print on the header's line.
 */
export interface Block extends Span {
  readonly kind: 'Block';
  readonly body: Statement[];
  readonly inline: boolean;
  /** Comment at the end of the header line that opens the block (`if c // why`). */
  readonly headerComment: Comment | null;
}

export type DeclarationMode = 'var' | 'varip' | null;

/** `[var|varip] [qualifier] [type] name = value`. */
export interface VariableDeclaration extends Span, Commented {
  readonly kind: 'VariableDeclaration';
  readonly mode: DeclarationMode;
  readonly qualifier: Qualifier | null;
  readonly type: TypeNode | null;
  readonly name: Identifier;
  readonly init: Expression;
}

/** `[a, b] = f()`; `_` placeholders stay identifiers named `_`. */
export interface TupleDeclaration extends Span, Commented {
  readonly kind: 'TupleDeclaration';
  readonly names: Identifier[];
  readonly init: Expression;
}

export type AssignmentOperator = ':=' | '+=' | '-=' | '*=' | '/=' | '%=';

/** `x := v`, `obj.field += v`. */
export interface Assignment extends Span, Commented {
  readonly kind: 'Assignment';
  readonly operator: AssignmentOperator;
  readonly target: Identifier | MemberExpression;
  readonly value: Expression;
}

export interface ExpressionStatement extends Span, Commented {
  readonly kind: 'ExpressionStatement';
  readonly expression: Expression;
}

export interface Parameter extends Span {
  readonly kind: 'Parameter';
  readonly qualifier: Qualifier | null;
  readonly type: TypeNode | null;
  readonly name: Identifier;
  readonly defaultValue: Expression | null;
}

/** `[export] [method] name(params) =>` with an inline or indented body. */
export interface FunctionDeclaration extends Span, Commented {
  readonly kind: 'FunctionDeclaration';
  readonly exported: boolean;
  readonly method: boolean;
  readonly name: Identifier;
  readonly params: Parameter[];
  readonly body: Block;
}

export interface FieldDeclaration extends Span, Commented {
  readonly kind: 'FieldDeclaration';
  readonly varip: boolean;
  readonly type: TypeNode;
  readonly name: Identifier;
  readonly defaultValue: Expression | null;
}

/** User-defined type `[export] type Name` with indented fields. */
export interface TypeDeclaration extends Span, Commented {
  readonly kind: 'TypeDeclaration';
  readonly exported: boolean;
  readonly name: Identifier;
  readonly fields: FieldDeclaration[];
  readonly headerComment: Comment | null;
}

export interface EnumMember extends Span, Commented {
  readonly kind: 'EnumMember';
  readonly name: Identifier;
  readonly title: StringLiteral | null;
}

/** `[export] enum Name` (Pine v6) with members and optional titles. */
export interface EnumDeclaration extends Span, Commented {
  readonly kind: 'EnumDeclaration';
  readonly exported: boolean;
  readonly name: Identifier;
  readonly members: EnumMember[];
  readonly headerComment: Comment | null;
}

/** `import user/lib/1 [as alias]`. */
export interface ImportStatement extends Span, Commented {
  readonly kind: 'ImportStatement';
  readonly publisher: string;
  readonly library: string;
  readonly version: number;
  readonly alias: Identifier | null;
}

export interface BreakStatement extends Span, Commented {
  readonly kind: 'BreakStatement';
}

export interface ContinueStatement extends Span, Commented {
  readonly kind: 'ContinueStatement';
}

export type Statement =
  | VariableDeclaration
  | TupleDeclaration
  | Assignment
  | ExpressionStatement
  | FunctionDeclaration
  | TypeDeclaration
  | EnumDeclaration
  | ImportStatement
  | BreakStatement
  | ContinueStatement;

export interface Script extends Span {
  readonly kind: 'Script';
  readonly body: Statement[];
  /** Comments after the last statement. */
  readonly trailingComments: Comment[];
}

export type Node =
  | Script
  | Statement
  | Expression
  | Block
  | TypeNode
  | Argument
  | Parameter
  | SwitchCase
  | FieldDeclaration
  | EnumMember
  | Comment;

// ---------------------------------------------------------------- helpers

export type ScriptKind = 'indicator' | 'strategy' | 'library';

/**
 * The declaration statement (`indicator(…)`, `strategy(…)`, `library(…)`): an ordinary call at
 * the top level, found here so later phases need not search for it. Also accepts v4's `study`.
 * @see https://www.tradingview.com/pine-script-docs/language/script-structure/#declaration-statement
 */
export function findDeclarationStatement(
  script: Script,
): { kind: ScriptKind; call: CallExpression; statement: ExpressionStatement } | null {
  for (const statement of script.body) {
    if (statement.kind !== 'ExpressionStatement') continue;
    const call = statement.expression;
    if (call.kind !== 'CallExpression' || call.callee.kind !== 'Identifier') continue;
    const name = call.callee.name;
    if (name === 'indicator' || name === 'study') return { kind: 'indicator', call, statement };
    if (name === 'strategy' || name === 'library') return { kind: name, call, statement };
  }
  return null;
}
