/**
 * AST → canonical Pine text: 4-space indents, one statement per line, spaces around binary
 * operators and named-argument `=`, parentheses only where precedence needs them, comments kept
 * (leading ones on their own lines, trailing ones at the end of their line). Parsing the output
 * gives back the same tree, ranges aside.
 * @see https://www.tradingview.com/pine-script-docs/writing/style-guide/
 */

import type {
  Block,
  Comment,
  Commented,
  Expression,
  IfExpression,
  Parameter,
  Script,
  Statement,
  SwitchExpression,
  TypeNode,
} from './ast.ts';
import {
  BINARY_PRECEDENCE,
  POSTFIX_PRECEDENCE,
  TERNARY_PRECEDENCE,
  UNARY_PRECEDENCE,
} from './parser-expressions.ts';

const INDENT = '    ';

export function printPine(ast: Script): string {
  const printer = new Printer();
  for (const statement of ast.body) printer.statement(statement, 0);
  printer.comments(ast.trailingComments, 0);
  return printer.lines.length === 0 ? '' : `${printer.lines.join('\n')}\n`;
}

class Printer {
  readonly lines: string[] = [];

  comments(comments: readonly Comment[], depth: number): void {
    for (const c of comments) this.lines.push(`${INDENT.repeat(depth)}//${c.text}`);
  }

  private trailing(comment: Comment | null): void {
    if (comment === null || this.lines.length === 0) return;
    this.lines[this.lines.length - 1] += ` //${comment.text}`;
  }

  private commented(node: Commented, depth: number, print: () => void): void {
    this.comments(node.leadingComments, depth);
    print();
    this.trailing(node.trailingComment);
  }

  statement(s: Statement, depth: number): void {
    this.commented(s, depth, () => this.statementBody(s, INDENT.repeat(depth), depth));
  }

  /** Prints `s` after `prefix` on the current new line; blocks continue below at `depth + 1`. */
  private statementBody(s: Statement, prefix: string, depth: number): void {
    switch (s.kind) {
      case 'VariableDeclaration': {
        const parts = [s.mode, s.qualifier, s.type === null ? null : type(s.type), s.name.name];
        const head = parts.filter((x) => x !== null).join(' ');
        this.value(`${prefix}${head} = `, s.init, depth);
        return;
      }
      case 'TupleDeclaration':
        this.value(`${prefix}[${s.names.map((n) => n.name).join(', ')}] = `, s.init, depth);
        return;
      case 'Assignment':
        this.value(`${prefix}${expression(s.target)} ${s.operator} `, s.value, depth);
        return;
      case 'ExpressionStatement':
        this.value(prefix, s.expression, depth);
        return;
      case 'FunctionDeclaration': {
        const head = [s.exported ? 'export ' : '', s.method ? 'method ' : '', s.name.name].join('');
        this.body(`${prefix}${head}(${s.params.map(parameter).join(', ')}) =>`, s.body, depth);
        return;
      }
      case 'TypeDeclaration':
        this.lines.push(`${prefix}${s.exported ? 'export ' : ''}type ${s.name.name}`);
        this.trailing(s.headerComment);
        for (const f of s.fields) {
          this.commented(f, depth + 1, () => {
            const head = `${INDENT.repeat(depth + 1)}${f.varip ? 'varip ' : ''}${type(f.type)} ${f.name.name}`;
            this.lines.push(
              f.defaultValue === null ? head : `${head} = ${expression(f.defaultValue)}`,
            );
          });
        }
        return;
      case 'EnumDeclaration':
        this.lines.push(`${prefix}${s.exported ? 'export ' : ''}enum ${s.name.name}`);
        this.trailing(s.headerComment);
        for (const m of s.members) {
          this.commented(m, depth + 1, () => {
            const head = `${INDENT.repeat(depth + 1)}${m.name.name}`;
            this.lines.push(m.title === null ? head : `${head} = ${m.title.raw}`);
          });
        }
        return;
      case 'ImportStatement': {
        const alias = s.alias === null ? '' : ` as ${s.alias.name}`;
        this.lines.push(`${prefix}import ${s.publisher}/${s.library}/${s.version}${alias}`);
        return;
      }
      case 'BreakStatement':
        this.lines.push(`${prefix}break`);
        return;
      case 'ContinueStatement':
        this.lines.push(`${prefix}continue`);
        return;
    }
  }

  /** `head` then an inline body on the same line or an indented block below. */
  private body(head: string, block: Block, depth: number): void {
    if (!block.inline) {
      this.lines.push(head);
      this.block(block, depth + 1);
      return;
    }
    const last = block.body.length - 1;
    let prefix = `${head} `;
    block.body.forEach((s, i) => {
      if (i < last) prefix += `${inlineStatement(s)}, `;
      else this.statementBody(s, prefix, depth);
    });
    if (last < 0) this.lines.push(head);
  }

  private block(block: Block, depth: number): void {
    this.trailing(block.headerComment);
    for (const s of block.body) this.statement(s, depth);
  }

  /** An expression after `prefix`; structures (`if`, `switch`, loops) open blocks below. */
  private value(prefix: string, e: Expression, depth: number): void {
    switch (e.kind) {
      case 'IfExpression':
        this.ifChain(prefix, e, depth);
        return;
      case 'SwitchExpression':
        this.switchExpression(prefix, e, depth);
        return;
      case 'ForExpression': {
        const step = e.step === null ? '' : ` by ${expression(e.step)}`;
        this.lines.push(
          `${prefix}for ${e.counter.name} = ${expression(e.from)} to ${expression(e.to)}${step}`,
        );
        this.block(e.body, depth + 1);
        return;
      }
      case 'ForInExpression': {
        const target = e.index === null ? e.item.name : `[${e.index.name}, ${e.item.name}]`;
        this.lines.push(`${prefix}for ${target} in ${expression(e.iterable)}`);
        this.block(e.body, depth + 1);
        return;
      }
      case 'WhileExpression':
        this.lines.push(`${prefix}while ${expression(e.test)}`);
        this.block(e.body, depth + 1);
        return;
      default:
        this.lines.push(`${prefix}${expression(e)}`);
    }
  }

  private ifChain(prefix: string, e: IfExpression, depth: number): void {
    const ind = INDENT.repeat(depth);
    this.lines.push(`${prefix}if ${expression(e.test)}`);
    this.block(e.consequent, depth + 1);
    let alternate = e.alternate;
    while (alternate !== null) {
      if (alternate.kind === 'IfExpression') {
        this.lines.push(`${ind}else if ${expression(alternate.test)}`);
        this.block(alternate.consequent, depth + 1);
        alternate = alternate.alternate;
      } else {
        this.lines.push(`${ind}else`);
        this.block(alternate, depth + 1);
        alternate = null;
      }
    }
  }

  private switchExpression(prefix: string, e: SwitchExpression, depth: number): void {
    this.lines.push(
      e.discriminant === null ? `${prefix}switch` : `${prefix}switch ${expression(e.discriminant)}`,
    );
    this.trailing(e.headerComment);
    const armIndent = INDENT.repeat(depth + 1);
    for (const c of e.cases) {
      this.commented(c, depth + 1, () => {
        const head = c.test === null ? `${armIndent}=>` : `${armIndent}${expression(c.test)} =>`;
        this.body(head, c.body, depth + 1);
      });
    }
  }
}

function inlineStatement(s: Statement): string {
  const printer = new Printer();
  printer.statement({ ...s, leadingComments: [], trailingComment: null }, 0);
  return printer.lines.join(' ');
}

function parameter(p: Parameter): string {
  const parts = [p.qualifier, p.type === null ? null : type(p.type), p.name.name].filter(
    (x) => x !== null,
  );
  const head = parts.join(' ');
  return p.defaultValue === null ? head : `${head} = ${expression(p.defaultValue)}`;
}

export function type(t: TypeNode): string {
  const args = t.typeArguments.length === 0 ? '' : `<${t.typeArguments.map(type).join(', ')}>`;
  return `${t.name}${args}${t.legacyArray ? '[]' : ''}`;
}

function precedenceOf(e: Expression): number {
  switch (e.kind) {
    case 'BinaryExpression':
      return BINARY_PRECEDENCE[e.operator];
    case 'UnaryExpression':
      return UNARY_PRECEDENCE;
    case 'ConditionalExpression':
      return TERNARY_PRECEDENCE;
    default:
      return POSTFIX_PRECEDENCE + 1;
  }
}

/** Expression text; wrapped in parentheses when its precedence is below `min`. */
export function expression(e: Expression, min = 0): string {
  const text = expressionText(e);
  return precedenceOf(e) < min ? `(${text})` : text;
}

function expressionText(e: Expression): string {
  switch (e.kind) {
    case 'Identifier':
      return e.name;
    case 'NumberLiteral':
    case 'StringLiteral':
    case 'ColorLiteral':
      return e.raw;
    case 'BoolLiteral':
      return e.value ? 'true' : 'false';
    case 'BinaryExpression': {
      const p = BINARY_PRECEDENCE[e.operator];
      return `${expression(e.left, p)} ${e.operator} ${expression(e.right, p + 1)}`;
    }
    case 'UnaryExpression': {
      // A nested unary gets parentheses so `- -x` never prints as `--x`.
      const min = e.argument.kind === 'UnaryExpression' ? UNARY_PRECEDENCE + 1 : UNARY_PRECEDENCE;
      const argument = expression(e.argument, min);
      return e.operator === 'not' ? `not ${argument}` : `${e.operator}${argument}`;
    }
    case 'ConditionalExpression':
      return `${expression(e.test, TERNARY_PRECEDENCE + 1)} ? ${expression(e.consequent)} : ${expression(e.alternate)}`;
    case 'HistoryExpression':
      return `${expression(e.object, POSTFIX_PRECEDENCE)}[${expression(e.offset)}]`;
    case 'MemberExpression':
      return `${expression(e.object, POSTFIX_PRECEDENCE)}.${e.property.name}`;
    case 'CallExpression': {
      const typeArgs =
        e.typeArguments.length === 0 ? '' : `<${e.typeArguments.map(type).join(', ')}>`;
      const args = e.arguments.map((a) =>
        a.name === null ? expression(a.value) : `${a.name.name} = ${expression(a.value)}`,
      );
      return `${expression(e.callee, POSTFIX_PRECEDENCE)}${typeArgs}(${args.join(', ')})`;
    }
    case 'TupleExpression':
      return `[${e.elements.map((x) => expression(x)).join(', ')}]`;
    case 'ErrorExpression':
      return 'na';
    default:
      // Structures cannot sit inside an expression (the parser reports P2007); keep them visible.
      return `(${e.kind})`;
  }
}
