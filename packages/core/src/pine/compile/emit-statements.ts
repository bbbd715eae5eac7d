/**
 * Statements and block expressions → JavaScript statements. `var` initialises once per instance
 * (script run, or call site of a user function); variables read with `[]` keep a history buffer
 * that gets a new slot when the declaration runs and follows every reassignment.
 * @see https://www.tradingview.com/pine-script-docs/language/variable-declarations/
 */
import type { PineType } from '../check/types.ts';
import type {
  Assignment,
  Block,
  BlockExpression,
  ForExpression,
  ForInExpression,
  Identifier,
  IfExpression,
  Statement,
  SwitchExpression,
  TupleDeclaration,
  VariableDeclaration,
} from '../syntax/ast.ts';
import { condition, emitExpression, historyName } from './emit-expressions.ts';
import { type Emitter, isNumericType, naFor } from './emitter.ts';
import { fieldName } from './names.ts';

/** Emits a block's statements; when `result` is given, the last expression's value is stored there. */
export function emitBlock(em: Emitter, block: Block, result?: string, type?: PineType): void {
  em.blockDepth++;
  try {
    emitStatements(em, block, result, type);
  } finally {
    em.blockDepth--;
  }
}

function emitStatements(em: Emitter, block: Block, result?: string, type?: PineType): void {
  const body = block.body;
  body.forEach((statement, i) => {
    const last = i === body.length - 1;
    if (last && result && statement.kind === 'ExpressionStatement') {
      em.emit(`$l = ${em.line(statement)};`);
      const value = statement.expression;
      if (isBlockExpression(value)) emitBlockExpression(em, value, result, type);
      else em.emit(`${result} = ${emitExpression(em, value, type)};`);
      return;
    }
    emitStatement(em, statement);
    if (last && result) em.emit(`${result} = ${naFor(type, em.version)};`);
  });
}

export function emitStatement(em: Emitter, s: Statement): void {
  switch (s.kind) {
    case 'VariableDeclaration':
      em.emit(`$l = ${em.line(s)};`);
      declaration(em, s);
      return;
    case 'TupleDeclaration':
      em.emit(`$l = ${em.line(s)};`);
      tupleDeclaration(em, s);
      return;
    case 'Assignment':
      em.emit(`$l = ${em.line(s)};`);
      assignment(em, s);
      return;
    case 'ExpressionStatement': {
      const e = s.expression;
      if (e.kind === 'CallExpression' && isDeclarationCall(em, e)) return;
      em.emit(`$l = ${em.line(s)};`);
      if (isBlockExpression(e)) {
        emitBlockExpression(em, e, undefined, undefined);
        return;
      }
      em.emit(`${emitExpression(em, e)};`);
      return;
    }
    case 'BreakStatement':
      em.emit('break;');
      return;
    case 'ContinueStatement':
      em.emit('continue;');
      return;
    case 'FunctionDeclaration':
    case 'TypeDeclaration':
    case 'EnumDeclaration':
      return; // emitted once at the top of the program
    case 'ImportStatement':
      throw em.error(s, 'libraries (`import`) are not supported yet');
  }
}

function isDeclarationCall(em: Emitter, e: { kind: 'CallExpression' } & object): boolean {
  const call = em.info.calls.get(e as never);
  if (call?.kind !== 'builtin') return false;
  const name = call.overload.name;
  return name === 'indicator' || name === 'strategy' || name === 'library' || name === 'study';
}

function isBlockExpression(e: { kind: string }): e is BlockExpression {
  return (
    e.kind === 'IfExpression' ||
    e.kind === 'SwitchExpression' ||
    e.kind === 'ForExpression' ||
    e.kind === 'ForInExpression' ||
    e.kind === 'WhileExpression'
  );
}

function declaredType(em: Emitter, s: VariableDeclaration): PineType | undefined {
  const reference = em.typeOf(s.init);
  if (s.type) {
    const name = s.type.name;
    if (s.type.typeArguments.length === 0 && !s.type.legacyArray) return { kind: 'named', name };
    return { kind: 'unknown' };
  }
  return reference;
}

/** `let`/`var` declaration, with its history buffer when the variable is read with `[]`. */
function declaration(em: Emitter, s: VariableDeclaration): void {
  const name = em.nameOf(s.name);
  const type = declaredType(em, s);
  const historySize = em.history.declarations.get(s.name);
  if (historySize !== undefined) declareHistory(em, s.name, historySize, type);
  if (s.mode === null) {
    declareLocal(em, s.name, name);
    assignValue(em, name, s.init, type);
  } else {
    // var/varip: one value per instance, initialised the first time the declaration runs.
    // varip differs only on realtime bars, which Barwise does not run (documented in ADR 0006).
    em.stateVariable(name, naFor(type, em.version));
    const started = `${name}$i`;
    em.stateVariable(started, 'false');
    const init = em.capture(() => assignValue(em, name, s.init, type));
    em.emit(`if (!${started}) { ${started} = true; ${init.join(' ')} }`);
  }
  if (historySize !== undefined) em.emit(`${historyName(em, s.name)}.push(${name});`);
}

/** `let` in the current block, or in the program scope for globals that functions read (see `atGlobalScope`). */
function declareLocal(em: Emitter, id: Identifier, name: string): void {
  if (em.atGlobalScope && em.capturedGlobals.has(id)) em.stateVariable(name, 'undefined');
  else em.emit(`let ${name};`);
}

function assignValue(
  em: Emitter,
  target: string,
  init: VariableDeclaration['init'],
  type?: PineType,
): void {
  if (isBlockExpression(init)) emitBlockExpression(em, init, target, type);
  else em.emit(`${target} = ${emitExpression(em, init, type)};`);
}

function declareHistory(
  em: Emitter,
  id: Identifier,
  size: number,
  type: PineType | undefined,
): void {
  const buffer = historyName(em, id);
  const kind = isNumericType(type) ? 'newSeries' : 'newAnySeries';
  em.frame.state.push(`const ${buffer} = $rt.${kind}(${size});`);
}

function tupleDeclaration(em: Emitter, s: TupleDeclaration): void {
  const tuple = em.temp('tp');
  em.emit(`const ${tuple} = ${emitExpression(em, s.init)};`);
  s.names.forEach((id, i) => {
    if (id.name === '_') return;
    const name = em.nameOf(id);
    declareLocal(em, id, name);
    em.emit(`${name} = ${tuple}[${i}];`);
    const size = em.history.declarations.get(id);
    if (size !== undefined) {
      declareHistory(em, id, size, elementType(em.typeOf(s.init), i));
      em.emit(`${historyName(em, id)}.push(${name});`);
    }
  });
}

function elementType(type: PineType | undefined, i: number): PineType | undefined {
  return type?.kind === 'tuple' ? type.elements[i] : undefined;
}

const COMPOUND: Readonly<Record<string, string>> = {
  '+=': '+',
  '-=': '-',
  '*=': '*',
  '/=': '/',
  '%=': '%',
};

function assignment(em: Emitter, s: Assignment): void {
  const target = s.target;
  const type = em.typeOf(target);
  const value = emitExpression(em, s.value, type);
  if (target.kind === 'Identifier') {
    const symbol = em.info.symbols.get(target);
    if (symbol?.kind !== 'local' && symbol?.kind !== 'parameter') {
      throw em.error(target, `cannot assign to "${target.name}"`);
    }
    const name = em.nameOf(symbol.declaration);
    const op = COMPOUND[s.operator];
    em.emit(op ? `${name} = ${name} ${op} ${value};` : `${name} = ${value};`);
    if (em.history.declarations.has(symbol.declaration)) {
      em.emit(`${historyName(em, symbol.declaration)}.set(${name});`);
    }
    return;
  }
  // Field of an object: `obj.field := v`.
  const object = em.temp('o');
  em.emit(`const ${object} = $rt.object(${emitExpression(em, target.object)});`);
  const field = `${object}.${fieldName(target.property.name)}`;
  const op = COMPOUND[s.operator];
  em.emit(op ? `${field} = ${field} ${op} ${value};` : `${field} = ${value};`);
}

// ---------------------------------------------------------------- block expressions

export function emitBlockExpression(
  em: Emitter,
  e: BlockExpression,
  result: string | undefined,
  type: PineType | undefined,
): void {
  switch (e.kind) {
    case 'IfExpression':
      ifExpression(em, e, result, type);
      return;
    case 'SwitchExpression':
      switchExpression(em, e, result, type);
      return;
    case 'ForExpression':
      forExpression(em, e, result, type);
      return;
    case 'ForInExpression':
      forInExpression(em, e, result, type);
      return;
    case 'WhileExpression': {
      if (result) em.emit(`${result} = ${naFor(type, em.version)};`);
      const test = em.capture(() => em.emit(`if (!${condition(em, e.test)}) break;`));
      const body = em.capture(() => emitBlock(em, e.body, result, type));
      em.emit(`for (;;) { $run.loop(); ${test.join(' ')} ${body.join('\n')} }`);
      return;
    }
  }
}

function ifExpression(
  em: Emitter,
  e: IfExpression,
  result: string | undefined,
  type: PineType | undefined,
): void {
  const test = condition(em, e.test);
  const consequent = em.capture(() => emitBlock(em, e.consequent, result, type));
  let alternate: string[] = [];
  if (e.alternate?.kind === 'IfExpression') {
    const nested = e.alternate;
    alternate = em.capture(() => ifExpression(em, nested, result, type));
  } else if (e.alternate) {
    const block = e.alternate;
    alternate = em.capture(() => emitBlock(em, block, result, type));
  } else if (result) {
    alternate = [`${result} = ${naFor(type, em.version)};`];
  }
  em.emit(
    `if (${test}) {\n${consequent.join('\n')}\n}${alternate.length ? ` else {\n${alternate.join('\n')}\n}` : ''}`,
  );
}

function switchExpression(
  em: Emitter,
  e: SwitchExpression,
  result: string | undefined,
  type: PineType | undefined,
): void {
  let subject: string | null = null;
  if (e.discriminant) {
    subject = em.temp('sw');
    em.emit(`const ${subject} = ${emitExpression(em, e.discriminant)};`);
  }
  let code = '';
  let hasDefault = false;
  for (const arm of e.cases) {
    const body = em.capture(() => emitBlock(em, arm.body, result, type)).join('\n');
    if (arm.test === null) {
      hasDefault = true;
      code += `${code ? ' else ' : ''}{\n${body}\n}`;
      break;
    }
    let test = '';
    const hoisted = em.capture(() => {
      test =
        subject === null
          ? condition(em, arm.test as never)
          : `${subject} === ${emitExpression(em, arm.test as never)}`;
    });
    if (hoisted.length)
      throw em.error(arm.test, 'block expressions in a switch case test are not supported');
    code += `${code ? ' else ' : ''}if (${test}) {\n${body}\n}`;
  }
  if (!hasDefault && result) {
    code += `${code ? ' else ' : ''}{ ${result} = ${naFor(type, em.version)}; }`;
  }
  if (code) em.emit(code);
}

function forExpression(
  em: Emitter,
  e: ForExpression,
  result: string | undefined,
  type: PineType | undefined,
): void {
  const counter = em.nameOf(e.counter);
  const from = em.temp('from');
  const to = em.temp('to');
  const step = em.temp('step');
  em.emit(`const ${from} = ${emitExpression(em, e.from)};`);
  const toCode = emitExpression(em, e.to);
  em.emit(`let ${to} = ${toCode};`);
  // Without `by`, the loop counts up or down towards `to`; `by` gives the step's size.
  const size = e.step ? `Math.abs(${emitExpression(em, e.step)})` : '1';
  em.emit(`const ${step} = ${from} <= ${to} ? ${size} : -${size};`);
  if (result) em.emit(`${result} = ${naFor(type, em.version)};`);
  const body = em.capture(() => emitBlock(em, e.body, result, type));
  em.emit(
    `for (let ${counter} = ${from}; ${step} > 0 ? ${counter} <= ${to} : ${counter} >= ${to}; ${counter} += ${step}) {\n$run.loop();\n${body.join('\n')}\n}`,
  );
}

function forInExpression(
  em: Emitter,
  e: ForInExpression,
  result: string | undefined,
  type: PineType | undefined,
): void {
  const collection = emitExpression(em, e.iterable);
  const item = em.nameOf(e.item);
  if (result) em.emit(`${result} = ${naFor(type, em.version)};`);
  const body = em.capture(() => emitBlock(em, e.body, result, type));
  if (e.index) {
    const index = em.nameOf(e.index);
    em.emit(
      `for (const [${index}, ${item}] of $rt.entries(${collection})) {\n$run.loop();\n${body.join('\n')}\n}`,
    );
  } else {
    em.emit(
      `for (const ${item} of $rt.values(${collection})) {\n$run.loop();\n${body.join('\n')}\n}`,
    );
  }
}
