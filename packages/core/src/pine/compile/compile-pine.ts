/**
 * `compilePine(source)`: parse, check, and generate the JavaScript of a script — a factory that,
 * given a run's environment, returns the function executing bars `from` … `to` − 1. The generated text is built
 * only from our own templates; user names appear mangled (names.ts) and user strings as
 * `JSON.stringify` literals, so no user text is ever evaluated as code.
 * @see https://www.tradingview.com/pine-script-docs/language/execution-model/
 */
import { checkPine } from '../check/check-pine.ts';
import { formatPineDiagnostic } from '../check/codes.ts';
import type { CheckInfo, DeclarationInfo } from '../check/info.ts';
import type { PineType } from '../check/types.ts';
import type {
  EnumDeclaration,
  FunctionDeclaration,
  Script,
  TypeDeclaration,
} from '../syntax/ast.ts';
import { parsePine } from '../syntax/parser.ts';
import { findCapturedGlobals } from './captured-globals.ts';
import { CompileError } from './compile-error.ts';
import { builtinHistoryRecorders, emitExpression, historyName } from './emit-expressions.ts';
import { emitBlock, emitStatement } from './emit-statements.ts';
import { Emitter, naFor } from './emitter.ts';
import { findHistoryNeeds } from './history.ts';
import { describeInputs, type ScriptInput } from './inputs.ts';
import { enumObjectName, fieldName, typeClassName } from './names.ts';

export interface CompileOptions {
  readonly fileName?: string;
  /** Whether the runtime implements a built-in; scripts using one it lacks fail at compile time. */
  readonly implemented?: (kind: 'function' | 'variable', name: string) => boolean;
}

export interface CompiledScript {
  readonly fileName: string;
  readonly kind: DeclarationInfo['kind'];
  readonly title: string;
  readonly version: 5 | 6;
  /** Arguments of `indicator(...)`/`strategy(...)`, by parameter name. */
  readonly declaration: DeclarationInfo['arguments'];
  readonly inputs: readonly ScriptInput[];
  /** Per-run namespace objects the script reads (`strategy`, `syminfo`, '' for global functions). */
  readonly namespaces: ReadonlySet<string>;
  /** The generated JavaScript (the body of the factory). */
  readonly code: string;
  readonly info: CheckInfo;
}

export function compilePine(source: string, options: CompileOptions = {}): CompiledScript {
  const fileName = options.fileName ?? 'script.pine';
  const parsed = parsePine(source, { fileName });
  const checked = checkPine(parsed.ast);
  const errors = [...parsed.diagnostics, ...checked.diagnostics].filter(
    (d) => d.severity === 'error',
  );
  if (errors.length > 0) {
    throw new CompileError(
      errors.map((d) => formatPineDiagnostic(d as never, source, fileName)).join('\n'),
    );
  }
  const info = checked.info;
  const declaration = info.declaration;
  if (!declaration)
    throw new CompileError(`${fileName}: no indicator(), strategy() or library() declaration`);
  if (declaration.kind === 'library')
    throw new CompileError(`${fileName}: a library cannot run on its own`);
  const em = new Emitter(
    info,
    findHistoryNeeds(parsed.ast, info),
    findCapturedGlobals(parsed.ast, info),
    source,
    fileName,
    options.implemented ?? (() => true),
  );
  const code = generate(em, parsed.ast, declaration.kind === 'strategy');
  const title = declaration.arguments.title;
  return {
    fileName,
    kind: declaration.kind,
    title: typeof title === 'string' ? title : fileName,
    version: info.version,
    declaration: declaration.arguments,
    inputs: describeInputs(info.inputs),
    namespaces: em.namespacesUsed,
    code,
    info,
  };
}

function generate(em: Emitter, script: Script, drivesBroker: boolean): string {
  const top: string[] = [];
  for (const s of script.body) {
    if (s.kind === 'TypeDeclaration') top.push(typeClass(em, s));
    else if (s.kind === 'EnumDeclaration') top.push(enumObject(s));
  }
  const functions = script.body.filter(
    (s): s is FunctionDeclaration => s.kind === 'FunctionDeclaration',
  );
  const { state, body } = em.withFrame((frame) => {
    const body = em.capture(() => {
      for (const s of script.body) emitStatement(em, s);
    });
    return { state: frame.state, body };
  });
  // Functions after the body: the body decides which factories exist (one per call site).
  for (const fn of functions) top.push(functionFactory(em, fn));
  const perBar: string[] = [];
  for (const [name, value] of em.seriesVariables) {
    state.push(
      `const ${value}$s = $seriesVariables[${JSON.stringify(name)}]($bar);`,
      `let ${value} = NaN;`,
    );
    perBar.push(`${value} = ${value}$s.next();`);
  }
  for (const [buffer, read] of builtinHistoryRecorders(em)) {
    state.push(`const ${buffer} = $rt.newAnySeries(5000);`);
    perBar.push(`${buffer}.push(${read});`);
  }
  return [
    '"use strict";',
    'const { $rt, $bar, $cols, $sites, $siteContext, $seriesVariables, $ns, $in, $lastBarIndex, $run } = $env;',
    ...top,
    ...state,
    // The bar loop is part of the program, so V8 optimizes the script body as one function. The
    // bars between two checkpoints (progress, cancellation) run in an inner loop free of them.
    'return function $steps($from, $to) {',
    // The Pine line being executed, for runtime errors: a local, which V8 keeps in a register.
    'let $l = 0;',
    'for (let $i = $from; $i < $to; ) {',
    'const $stop = Math.min($to, $run.checkpoint($i));',
    'for (; $i < $stop; $i++) {',
    '$bar.load($i);',
    ...(drivesBroker ? ['$run.brokerBar($i);'] : []),
    'try {',
    ...perBar,
    ...body,
    '} catch (e) { throw $rt.fail(e, $l); }',
    '}',
    '}',
    '};',
  ].join('\n');
}

function functionFactory(em: Emitter, fn: FunctionDeclaration): string {
  const name = em.functionFactory(fn);
  return em.withFrame((frame) => {
    const params = fn.params.map((p) => {
      const js = em.nameOf(p.name);
      return p.defaultValue ? `${js} = ${emitExpression(em, p.defaultValue)}` : js;
    });
    const result = em.temp('r');
    const type = em.info.functionTypes.get(fn);
    const body = em.capture(() => {
      for (const p of fn.params) {
        const size = em.history.declarations.get(p.name);
        if (size === undefined) continue;
        const kind =
          p.type && ['int', 'float', 'color'].includes(p.type.name) ? 'newSeries' : 'newAnySeries';
        frame.state.push(`const ${historyName(em, p.name)} = $rt.${kind}(${size});`);
        em.emit(`${historyName(em, p.name)}.push(${em.nameOf(p.name)});`);
      }
      em.emit(`let ${result};`);
      emitBlock(em, fn.body, result, type);
    });
    return [
      `function ${name}() {`,
      ...frame.state,
      `return function (${params.join(', ')}) {`,
      // An error inside the function names its own line (the caller's catch keeps the first line).
      'let $l = 0;',
      'try {',
      ...body,
      `return ${result};`,
      '} catch (e) { throw $rt.fail(e, $l); }',
      '};',
      '}',
    ].join('\n');
  });
}

function typeClass(em: Emitter, t: TypeDeclaration): string {
  const params = t.fields.map((f) => {
    // Fields without a default start as the na of their type (null for collections and objects).
    const fieldType: PineType =
      f.type.typeArguments.length === 0 && !f.type.legacyArray
        ? { kind: 'named', name: f.type.name }
        : { kind: 'array', element: { kind: 'unknown' } };
    const value = f.defaultValue
      ? emitExpression(em, f.defaultValue, fieldType)
      : naFor(fieldType, em.version);
    return `${fieldName(f.name.name)} = ${value}`;
  });
  const assigns = t.fields.map(
    (f) => `this.${fieldName(f.name.name)} = ${fieldName(f.name.name)};`,
  );
  return `class ${typeClassName(t.name.name)} { constructor(${params.join(', ')}) { ${assigns.join(' ')} } }`;
}

function enumObject(e: EnumDeclaration): string {
  const members = e.members.map(
    (m) =>
      `${fieldName(m.name.name)}: $rt.enumMember(${JSON.stringify(e.name.name)}, ${JSON.stringify(m.name.name)}, ${JSON.stringify(m.title?.value ?? m.name.name)})`,
  );
  return `const ${enumObjectName(e.name.name)} = Object.freeze({ ${members.join(', ')} });`;
}
