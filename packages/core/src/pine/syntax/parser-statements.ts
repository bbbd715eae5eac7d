/**
 * Statements, declarations and the block structures (`if`, `switch`, `for`, `while`, function
 * bodies). A block is the run of lines indented deeper than its header; every statement ends at
 * a line break, and after an error the parser resumes at the next line whose indentation is at
 * most the current block's.
 * @see https://www.tradingview.com/pine-script-docs/language/conditional-structures/
 * @see https://www.tradingview.com/pine-script-docs/language/loops/
 * @see https://www.tradingview.com/pine-script-docs/language/user-defined-functions/
 */

import type {
  Assignment,
  AssignmentOperator,
  Block,
  Comment,
  Commented,
  EnumDeclaration,
  EnumMember,
  Expression,
  FieldDeclaration,
  ForExpression,
  ForInExpression,
  FunctionDeclaration,
  Identifier,
  IfExpression,
  ImportStatement,
  Parameter,
  Span,
  Statement,
  StringLiteral,
  SwitchCase,
  SwitchExpression,
  TupleDeclaration,
  TypeDeclaration,
  VariableDeclaration,
  WhileExpression,
} from './ast.ts';
import { parseExpression, parseIdentifier, stringLiteral } from './parser-expressions.ts';
import { describe, type ParserState } from './parser-state.ts';
import { tryParseType, tryParseTypedName } from './parser-types.ts';

const ASSIGNMENT_OPERATORS: ReadonlySet<string> = new Set([':=', '+=', '-=', '*=', '/=', '%=']);

// ---------------------------------------------------------------- lines and blocks

/**
 * Parses the lines indented exactly `indent` (deeper lines are reported and skipped) until a
 * shallower line or the end of input. The cursor must be at a line break.
 */
export function parseLines<T>(
  p: ParserState,
  indent: number,
  item: (p: ParserState, out: T[]) => void,
): T[] {
  const parentIndent = p.blockIndent;
  p.blockIndent = indent;
  const items: T[] = [];
  while (!p.atEof && p.tok.indent >= indent) {
    p.lineStartPos = p.pos;
    if (p.tok.indent > indent || p.tok.indent % 4 !== 0) {
      p.error(
        'P2004',
        p.tok,
        'unexpected indentation',
        'a block must follow a line that opens one (if, for, =>, …); wrapped lines need a non-multiple of 4 spaces',
      );
      p.syncTo(indent);
      continue;
    }
    const before = p.pos;
    item(p, items);
    if (p.pos === before) p.syncTo(indent);
  }
  p.blockIndent = parentIndent;
  return items;
}

/** Indented block after a header line; reports P2005 when there is none. */
function parseBlock(p: ParserState): Block {
  const headerComment = p.takeTrailingComment();
  const t = p.tok;
  if (p.atEof || !p.atLineBreak() || t.indent <= p.blockIndent) {
    p.error(
      'P2005',
      t,
      `expected an indented block but found ${describe(t)}`,
      'indent the block by 4 spaces or one tab more than its header',
    );
    return { kind: 'Block', start: t.start, end: t.start, body: [], inline: false, headerComment };
  }
  const body = parseLines(p, t.indent, parseStatementLine);
  const start = body[0]?.start ?? t.start;
  return {
    kind: 'Block',
    start,
    end: Math.max(start, p.prevEnd),
    body,
    inline: false,
    headerComment,
  };
}

/** Body after `=>`: an indented block, or statements on the same line separated by commas. */
function parseBody(p: ParserState): Block {
  if (p.atLineBreak()) return parseBlock(p);
  const body = [parseStatementBody(p)];
  while (p.eat(',')) body.push(parseStatementBody(p));
  const start = body[0]?.start ?? p.tok.start;
  return { kind: 'Block', start, end: p.prevEnd, body, inline: true, headerComment: null };
}

/** Rejects anything after a block header on its line, then skips it. */
function endHeader(p: ParserState): void {
  if (p.atLineBreak()) return;
  p.error(
    'P2003',
    p.tok,
    `unexpected ${describe(p.tok)} after the header`,
    'the block starts on the next line',
  );
  p.skipLine();
}

/** Ends a statement: anything left on the line is an error; resume at the next line of this block. */
function endStatement(p: ParserState, errorsBefore: number): void {
  if (p.atLineBreak()) return;
  if (p.diagnostics.length === errorsBefore) {
    p.error('P2003', p.tok, `unexpected ${describe(p.tok)}`, 'write one statement per line');
  }
  p.syncTo(p.blockIndent);
}

/**
 * One line of items (Pine allows `a = 1, b = 2`): comments before and inside the line go to the
 * first item, the comment ending the line to the last; then the end-of-line check.
 */
function commentedLine<T extends Commented & Span>(
  p: ParserState,
  out: T[],
  parse: (p: ParserState) => T | null,
  commaSeparated: boolean,
): void {
  const leading: Comment[] = p.takeCommentsBefore(p.tok.start);
  const errorsBefore = p.diagnostics.length;
  const first = parse(p);
  if (first === null) {
    endStatement(p, errorsBefore);
    return;
  }
  const nodes = [first];
  while (commaSeparated && p.eat(',')) {
    const node = parse(p);
    if (node === null) break;
    nodes.push(node);
  }
  leading.push(...p.takeCommentsBefore(p.prevEnd));
  first.leadingComments.push(...leading);
  nodes[nodes.length - 1]!.trailingComment = p.takeTrailingComment();
  out.push(...nodes);
  endStatement(p, errorsBefore);
}

/** A line of statements, for `parseLines`. */
export function parseStatementLine(p: ParserState, out: Statement[]): void {
  commentedLine(p, out, parseStatementBody, true);
}

// ---------------------------------------------------------------- statements

const noComments = () => ({ leadingComments: [] as Comment[], trailingComment: null });

function parseStatementBody(p: ParserState): Statement {
  const t = p.tok;
  if (t.kind === 'keyword') {
    if (t.text === 'var' || t.text === 'varip') return parseVarDeclaration(p);
    if (t.text === 'break' || t.text === 'continue') {
      p.next();
      const kind = t.text === 'break' ? 'BreakStatement' : 'ContinueStatement';
      return { kind, start: t.start, end: t.end, ...noComments() };
    }
  }
  if (t.kind === 'identifier') {
    const next = p.peek();
    const sameLine = !next.lineStart && next.kind !== 'eof';
    const nextIsName = sameLine && next.kind === 'identifier';
    const thenLineEnds = p.peek(2).lineStart;
    if (t.text === 'import' && sameLine && (next.kind === 'identifier' || next.kind === 'number'))
      return parseImport(p);
    if (t.text === 'export' && nextIsName) return parseExport(p);
    if (t.text === 'type' && nextIsName && thenLineEnds)
      return parseTypeDeclaration(p, false, t.start);
    if (t.text === 'enum' && nextIsName && thenLineEnds)
      return parseEnumDeclaration(p, false, t.start);
    if (t.text === 'method' && nextIsName && p.peek(2).text === '(')
      return parseFunction(p, false, true, t.start);
    if (isFunctionHeader(p)) return parseFunction(p, false, false, t.start);
  }
  if (t.kind === 'punctuation' && t.text === '[') {
    const tuple = tryTupleDeclaration(p);
    if (tuple !== null) return tuple;
  }
  const typed = tryParseTypedName(p, (q) => q.is('='));
  if (typed !== null) {
    p.next(); // =
    const init = parseValue(p);
    const name = identifierOf(typed.nameToken);
    return {
      kind: 'VariableDeclaration',
      start: t.start,
      end: init.end,
      mode: null,
      qualifier: typed.qualifier,
      type: typed.type,
      name,
      init,
      ...noComments(),
    };
  }
  const expr = parseValue(p);
  if (p.is('=')) {
    const eq = p.next();
    const init = parseValue(p);
    if (expr.kind === 'Identifier') {
      return {
        kind: 'VariableDeclaration',
        start: t.start,
        end: init.end,
        mode: null,
        qualifier: null,
        type: null,
        name: expr,
        init,
        ...noComments(),
      };
    }
    p.error(
      'P2006',
      eq,
      "'=' declares a variable and needs a plain name on its left",
      expr.kind === 'MemberExpression' ? "use ':=' to assign to a field" : undefined,
    );
    return {
      kind: 'ExpressionStatement',
      start: t.start,
      end: init.end,
      expression: expr,
      ...noComments(),
    };
  }
  const op = p.tok;
  if (op.kind === 'operator' && ASSIGNMENT_OPERATORS.has(op.text) && !p.atLineBreak()) {
    p.next();
    const value = parseValue(p);
    if (expr.kind !== 'Identifier' && expr.kind !== 'MemberExpression') {
      p.error(
        'P2006',
        expr,
        `cannot assign to this expression with '${op.text}'`,
        'assign to a variable or a field',
      );
      return {
        kind: 'ExpressionStatement',
        start: t.start,
        end: value.end,
        expression: expr,
        ...noComments(),
      };
    }
    const node: Assignment = {
      kind: 'Assignment',
      start: t.start,
      end: value.end,
      operator: op.text as AssignmentOperator,
      target: expr,
      value,
      ...noComments(),
    };
    return node;
  }
  return {
    kind: 'ExpressionStatement',
    start: t.start,
    end: expr.end,
    expression: expr,
    ...noComments(),
  };
}

function identifierOf(t: { text: string; start: number; end: number }): Identifier {
  return { kind: 'Identifier', start: t.start, end: t.end, name: t.text };
}

/** `var`/`varip` [qualifier] [type] name = value. */
function parseVarDeclaration(p: ParserState): VariableDeclaration {
  const keyword = p.next();
  const mode = keyword.text as 'var' | 'varip';
  const typed = tryParseTypedName(p, (q) => q.is('='));
  const name =
    typed !== null ? identifierOf(typed.nameToken) : parseIdentifier(p, 'a variable name');
  const init = p.expect('=')
    ? parseValue(p)
    : ({ kind: 'ErrorExpression', start: p.tok.start, end: p.tok.start } as const);
  return {
    kind: 'VariableDeclaration',
    start: keyword.start,
    end: Math.max(init.end, name.end),
    mode,
    qualifier: typed?.qualifier ?? null,
    type: typed?.type ?? null,
    name,
    init,
    ...noComments(),
  };
}

/** `[a, b, _] = value`: only when the bracket holds plain names and `=` follows. */
function tryTupleDeclaration(p: ParserState): TupleDeclaration | null {
  const tokens = p.tokens;
  let i = p.pos + 1;
  const names: Identifier[] = [];
  for (;;) {
    const t = tokens[i];
    if (t === undefined || t.kind !== 'identifier') return null;
    names.push(identifierOf(t));
    const sep = tokens[i + 1];
    if (sep?.text === ',' && sep.kind === 'punctuation') i += 2;
    else if (sep?.text === ']' && sep.kind === 'punctuation') break;
    else return null;
  }
  const eq = tokens[i + 2];
  if (eq === undefined || eq.kind !== 'operator' || eq.text !== '=' || eq.lineStart) return null;
  const start = p.tok.start;
  p.pos = i + 3;
  const init = parseValue(p);
  return { kind: 'TupleDeclaration', start, end: init.end, names, init, ...noComments() };
}

/** An identifier, `(`, balanced brackets, then `=>` — a function header, not a call. */
function isFunctionHeader(p: ParserState): boolean {
  const tokens = p.tokens;
  const open = tokens[p.pos + 1];
  if (open === undefined || open.text !== '(' || open.kind !== 'punctuation' || open.lineStart)
    return false;
  let depth = 0;
  for (let i = p.pos + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punctuation') {
      if (t.text === '(' || t.text === '[') depth++;
      else if (t.text === ')' || t.text === ']') {
        depth--;
        if (depth === 0) {
          const arrow = tokens[i + 1];
          return arrow !== undefined && arrow.kind === 'operator' && arrow.text === '=>';
        }
      }
    } else if (
      t.kind === 'eof' ||
      (t.lineStart && t.indent === 0 && depth > 0 && t.kind === 'keyword')
    ) {
      return false;
    }
  }
  return false;
}

function parseFunction(
  p: ParserState,
  exported: boolean,
  method: boolean,
  start: number,
): FunctionDeclaration {
  if (method) p.next();
  const name = parseIdentifier(p, 'a function name');
  const params: Parameter[] = [];
  p.expect('(');
  const saved = p.bracketDepth;
  p.bracketDepth++;
  while (!p.is(')') && !p.atEof) {
    const first = p.tok;
    const typed = tryParseTypedName(p, (q) => q.is(',') || q.is(')') || q.is('='));
    const paramName =
      typed !== null ? identifierOf(typed.nameToken) : parseIdentifier(p, 'a parameter name');
    if (paramName.name === '') break;
    const defaultValue = p.eat('=') ? parseExpression(p) : null;
    params.push({
      kind: 'Parameter',
      start: first.start,
      end: defaultValue?.end ?? paramName.end,
      qualifier: typed?.qualifier ?? null,
      type: typed?.type ?? null,
      name: paramName,
      defaultValue,
    });
    if (!p.eat(',')) break;
  }
  p.expect(')');
  p.bracketDepth = saved;
  const body = p.expect('=>') ? parseBody(p) : emptyBlock(p);
  return {
    kind: 'FunctionDeclaration',
    start,
    end: Math.max(body.end, p.prevEnd),
    exported,
    method,
    name,
    params,
    body,
    ...noComments(),
  };
}

function emptyBlock(p: ParserState): Block {
  return {
    kind: 'Block',
    start: p.tok.start,
    end: p.tok.start,
    body: [],
    inline: false,
    headerComment: null,
  };
}

function parseExport(p: ParserState): Statement {
  const keyword = p.next();
  const t = p.tok;
  const nextIsName = p.peek().kind === 'identifier' && !p.peek().lineStart;
  if (t.text === 'method' && nextIsName) return parseFunction(p, true, true, keyword.start);
  if (t.text === 'type' && nextIsName) return parseTypeDeclaration(p, true, keyword.start);
  if (t.text === 'enum' && nextIsName) return parseEnumDeclaration(p, true, keyword.start);
  if (isFunctionHeader(p)) return parseFunction(p, true, false, keyword.start);
  p.error('P2010', keyword, "'export' must precede a function, method, type or enum declaration");
  return parseStatementBody(p);
}

/** `type Name` then fields `[varip] Type name [= default]`. */
function parseTypeDeclaration(p: ParserState, exported: boolean, start: number): TypeDeclaration {
  p.next();
  const name = parseIdentifier(p, 'a type name');
  endHeader(p);
  const headerComment = p.takeTrailingComment();
  let fields: FieldDeclaration[] = [];
  if (!p.atEof && p.tok.indent > p.blockIndent)
    fields = parseLines(p, p.tok.indent, (q, out) => commentedLine(q, out, parseField, false));
  else
    p.error(
      'P2005',
      p.tok,
      `expected the indented fields of type '${name.name}'`,
      'declare one field per line: float price = na',
    );
  return {
    kind: 'TypeDeclaration',
    start,
    end: p.prevEnd,
    exported,
    name,
    fields,
    headerComment,
    ...noComments(),
  };
}

function parseField(p: ParserState): FieldDeclaration | null {
  const first = p.tok;
  const varip = first.kind === 'keyword' && first.text === 'varip';
  if (varip) p.next();
  const type = tryParseType(p);
  if (type === null) {
    p.error(
      'P2008',
      p.tok,
      `expected a field type but found ${describe(p.tok)}`,
      'fields read: float price = na',
    );
    return null;
  }
  const name = parseIdentifier(p, 'a field name');
  const defaultValue = p.eat('=') ? parseExpression(p) : null;
  return {
    kind: 'FieldDeclaration',
    start: first.start,
    end: p.prevEnd,
    varip,
    type,
    name,
    defaultValue,
    ...noComments(),
  };
}

/** `enum Name` then members `name [= "Title"]` (Pine v6). */
function parseEnumDeclaration(p: ParserState, exported: boolean, start: number): EnumDeclaration {
  p.next();
  const name = parseIdentifier(p, 'an enum name');
  endHeader(p);
  const headerComment = p.takeTrailingComment();
  let members: EnumMember[] = [];
  if (!p.atEof && p.tok.indent > p.blockIndent)
    members = parseLines(p, p.tok.indent, (q, out) =>
      commentedLine(q, out, parseEnumMember, false),
    );
  else p.error('P2005', p.tok, `expected the indented members of enum '${name.name}'`);
  return {
    kind: 'EnumDeclaration',
    start,
    end: p.prevEnd,
    exported,
    name,
    members,
    headerComment,
    ...noComments(),
  };
}

function parseEnumMember(p: ParserState): EnumMember | null {
  const name = parseIdentifier(p, 'an enum member name');
  if (name.name === '') return null;
  let title: StringLiteral | null = null;
  if (p.eat('=')) {
    if (p.tok.kind === 'string' && !p.atLineBreak()) title = stringLiteral(p.next());
    else p.error('P2002', p.tok, `expected a string title but found ${describe(p.tok)}`);
  }
  return { kind: 'EnumMember', start: name.start, end: p.prevEnd, name, title, ...noComments() };
}

/** `import publisher/library/version [as alias]`. */
function parseImport(p: ParserState): ImportStatement {
  const keyword = p.next();
  const publisher = readPathPart(p);
  p.expect('/');
  const library = readPathPart(p);
  p.expect('/');
  let version = Number.NaN;
  if (p.tok.kind === 'number' && !p.atLineBreak()) version = Number(p.next().text);
  else p.error('P2002', p.tok, `expected a library version number but found ${describe(p.tok)}`);
  let alias: Identifier | null = null;
  if (p.isWord('as')) {
    p.next();
    alias = parseIdentifier(p, 'an alias');
  }
  return {
    kind: 'ImportStatement',
    start: keyword.start,
    end: p.prevEnd,
    publisher,
    library,
    version,
    alias,
    ...noComments(),
  };
}

/** Adjacent name pieces, e.g. a user name that starts with digits. */
function readPathPart(p: ParserState): string {
  let text = '';
  let end = -1;
  while (
    !p.atLineBreak() &&
    (p.tok.kind === 'identifier' || p.tok.kind === 'number') &&
    (end < 0 || p.tok.start === end)
  ) {
    const t = p.next();
    text += t.text;
    end = t.end;
  }
  if (text === '')
    p.error('P2009', p.tok, `expected a name in the import path but found ${describe(p.tok)}`);
  return text;
}

// ---------------------------------------------------------------- block expressions

/** An expression, or a structure whose value is assigned (`x = if …`, `y := switch …`). */
export function parseValue(p: ParserState): Expression {
  const t = p.tok;
  if (t.kind === 'keyword' && !p.atLineBreak()) {
    if (t.text === 'if') return parseIf(p);
    if (t.text === 'switch') return parseSwitch(p);
    if (t.text === 'for') return parseFor(p);
    if (t.text === 'while') return parseWhile(p);
  }
  return parseExpression(p);
}

function parseIf(p: ParserState): IfExpression {
  const keyword = p.next();
  const test = parseExpression(p);
  endHeader(p);
  const consequent = parseBlock(p);
  let alternate: Block | IfExpression | null = null;
  const t = p.tok;
  if (
    t.kind === 'keyword' &&
    t.text === 'else' &&
    t.lineStart &&
    t.indent === p.blockIndent &&
    p.bracketDepth === 0
  ) {
    p.next();
    if (p.isKeyword('if')) alternate = parseIf(p);
    else {
      endHeader(p);
      alternate = parseBlock(p);
    }
  }
  return {
    kind: 'IfExpression',
    start: keyword.start,
    end: p.prevEnd,
    test,
    consequent,
    alternate,
  };
}

function parseSwitch(p: ParserState): SwitchExpression {
  const keyword = p.next();
  const discriminant = p.atLineBreak() ? null : parseExpression(p);
  endHeader(p);
  const headerComment = p.takeTrailingComment();
  let cases: SwitchCase[] = [];
  if (!p.atEof && p.tok.indent > p.blockIndent)
    cases = parseLines(p, p.tok.indent, (q, out) => commentedLine(q, out, parseSwitchCase, false));
  else
    p.error(
      'P2005',
      p.tok,
      'expected the indented arms of the switch',
      "arms read: value => result, and '=> result' for the default",
    );
  return {
    kind: 'SwitchExpression',
    start: keyword.start,
    end: p.prevEnd,
    discriminant,
    cases,
    headerComment,
  };
}

function parseSwitchCase(p: ParserState): SwitchCase | null {
  const start = p.tok.start;
  const isDefault = p.tok.kind === 'operator' && p.tok.text === '=>';
  const test = isDefault ? null : parseExpression(p);
  if (!p.expect('=>', 'each arm reads: condition => result')) return null;
  const body = parseBody(p);
  return {
    kind: 'SwitchCase',
    start,
    end: Math.max(body.end, p.prevEnd),
    test,
    body,
    ...noComments(),
  };
}

function parseFor(p: ParserState): ForExpression | ForInExpression {
  const keyword = p.next();
  if (p.is('[')) {
    p.next();
    const saved = p.bracketDepth;
    p.bracketDepth++;
    const index = parseIdentifier(p, 'an index variable');
    p.expect(',');
    const item = parseIdentifier(p, 'an item variable');
    p.expect(']');
    p.bracketDepth = saved;
    return finishForIn(p, keyword.start, index, item);
  }
  const counter = parseIdentifier(p, 'a loop variable');
  if (p.isWord('in')) return finishForIn(p, keyword.start, null, counter);
  const from = p.expect('=', "write 'for i = from to to' or 'for x in collection'")
    ? parseExpression(p)
    : errorHere(p);
  const to = expectWord(p, 'to') ? parseExpression(p) : errorHere(p);
  let step: Expression | null = null;
  if (p.isWord('by')) {
    p.next();
    step = parseExpression(p);
  }
  endHeader(p);
  const body = parseBlock(p);
  return {
    kind: 'ForExpression',
    start: keyword.start,
    end: p.prevEnd,
    counter,
    from,
    to,
    step,
    body,
  };
}

function finishForIn(
  p: ParserState,
  start: number,
  index: Identifier | null,
  item: Identifier,
): ForInExpression {
  const iterable = expectWord(p, 'in') ? parseExpression(p) : errorHere(p);
  endHeader(p);
  const body = parseBlock(p);
  return { kind: 'ForInExpression', start, end: p.prevEnd, index, item, iterable, body };
}

function parseWhile(p: ParserState): WhileExpression {
  const keyword = p.next();
  const test = parseExpression(p);
  endHeader(p);
  const body = parseBlock(p);
  return { kind: 'WhileExpression', start: keyword.start, end: p.prevEnd, test, body };
}

function expectWord(p: ParserState, word: string): boolean {
  if (p.isWord(word)) {
    p.next();
    return true;
  }
  p.error('P2002', p.tok, `expected '${word}' but found ${describe(p.tok)}`);
  return false;
}

function errorHere(p: ParserState): Expression {
  return { kind: 'ErrorExpression', start: p.tok.start, end: p.tok.start };
}
