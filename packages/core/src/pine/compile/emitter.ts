/**
 * State of one code generation: the output buffers, the frames that own per-call-site state
 * (the script, and each user function's factory), names of declarations, and helpers shared by
 * the expression and statement emitters.
 */
import type { CheckInfo } from '../check/info.ts';
import type { PineType } from '../check/types.ts';
import type { FunctionDeclaration, Identifier, Node } from '../syntax/ast.ts';
import { createLineIndex, type LineIndex } from '../syntax/source-text.ts';
import { CompileError } from './compile-error.ts';
import type { HistoryNeeds } from './history.ts';
import { functionFactoryName, variableName } from './names.ts';

/** Code that runs once per instance (the script run, or one call site of a user function). */
export interface Frame {
  readonly state: string[];
}

export class Emitter {
  /** request.security call sites so far (each gets its index, shared by every instance of the script). */
  securitySites = 0;
  /** Nesting of local blocks in the current frame: 0 at a script's or function's top level. */
  blockDepth = 0;
  /** Statements of the block being generated; block expressions hoist into it. */
  private buffers: string[][] = [[]];
  private frames: Frame[] = [];
  private readonly names = new Map<Identifier, string>();
  private counter = 0;
  private readonly lines: LineIndex;
  /** Namespaces of per-run objects the script uses (`strategy`, `syminfo`, '' for global time functions). */
  readonly namespacesUsed = new Set<string>();
  /** Built-in variables updated once per bar before the script body (`ta.obv`). */
  readonly seriesVariables = new Map<string, string>();
  /** Built-in variables read with `[]` (`bar_index[1]`): Pine name → history buffer name. */
  readonly builtinHistories = new Map<string, string>();

  /** Factory names of user functions, emitted at the top of the program. */
  private readonly factories = new Map<FunctionDeclaration, string>();

  constructor(
    readonly info: CheckInfo,
    readonly history: HistoryNeeds,
    /** Globals that functions read (captured-globals.ts): declared in the program scope. */
    readonly capturedGlobals: ReadonlySet<Identifier>,
    readonly source: string,
    readonly fileName: string,
    /** Whether the runtime implements a built-in (checked at compile time, so runs never fail on it). */
    private readonly implemented: (kind: 'function' | 'variable', name: string) => boolean,
  ) {
    this.lines = createLineIndex(source);
  }

  /** The factory that creates one instance (call site) of a user function. */
  functionFactory(fn: FunctionDeclaration): string {
    let name = this.factories.get(fn);
    if (!name) {
      name = functionFactoryName(fn.name.name, ++this.counter);
      this.factories.set(fn, name);
    }
    return name;
  }

  /** Stops the compile with a clear message when the runtime lacks a built-in. */
  requireBuiltin(node: Node, name: string, kind: 'function' | 'variable' = 'function'): void {
    if (this.implemented(kind, name)) return;
    throw this.error(node, `${kind === 'function' ? `${name}()` : name} is not supported yet`);
  }

  get version(): 5 | 6 {
    return this.info.version;
  }

  /** A fresh JavaScript name (`$t12`). */
  temp(prefix = 't'): string {
    return `$${prefix}${++this.counter}`;
  }

  /** The JavaScript name of a declaration (variable, parameter, loop counter). */
  nameOf(declaration: Identifier): string {
    let name = this.names.get(declaration);
    if (!name) {
      name = variableName(declaration.name, ++this.counter);
      this.names.set(declaration, name);
    }
    return name;
  }

  line(node: Node): number {
    return this.lines.position(node.start).line;
  }

  error(node: Node, message: string): CompileError {
    const { line, column } = this.lines.position(node.start);
    return new CompileError(`${this.fileName}:${line}:${column}: ${message}`);
  }

  typeOf(node: Node): PineType | undefined {
    return this.info.types.get(node as never)?.type;
  }

  // ---------------------------------------------------------------- output

  emit(code: string): void {
    (this.buffers[this.buffers.length - 1] as string[]).push(code);
  }

  /** Runs `body` with a fresh statement buffer and returns what it emitted. */
  capture(body: () => void): string[] {
    this.buffers.push([]);
    try {
      body();
      return this.buffers[this.buffers.length - 1] as string[];
    } finally {
      this.buffers.pop();
    }
  }

  // ---------------------------------------------------------------- frames

  get frame(): Frame {
    const frame = this.frames[this.frames.length - 1];
    if (!frame) throw new Error('no frame');
    return frame;
  }

  withFrame<T>(body: (frame: Frame) => T): T {
    const frame: Frame = { state: [] };
    this.frames.push(frame);
    const depth = this.blockDepth;
    this.blockDepth = 0;
    try {
      return body(frame);
    } finally {
      this.frames.pop();
      this.blockDepth = depth;
    }
  }

  /**
   * True at the script's top level: its variables are globals, which user functions may read, so
   * those they read (`capturedGlobals`) are declared where the functions can see them (the
   * program scope), not inside the step.
   */
  get atGlobalScope(): boolean {
    return this.frames.length === 1 && this.blockDepth === 0;
  }

  /** Declares per-instance state (`const $c3 = new …`) and returns its name. */
  state(prefix: string, init: string): string {
    const name = this.temp(prefix);
    this.frame.state.push(`const ${name} = ${init};`);
    return name;
  }

  /** Declares a per-instance mutable variable. */
  stateVariable(name: string, init: string): void {
    this.frame.state.push(`let ${name} = ${init};`);
  }
}

/** The value `na` takes in a context of type `type`. */
export function naFor(type: PineType | undefined, version: 5 | 6): string {
  if (!type) return 'NaN';
  if (type.kind === 'named') {
    if (type.name === 'int' || type.name === 'float' || type.name === 'color') return 'NaN';
    if (type.name === 'bool') return version === 6 ? 'false' : 'null';
    return 'null';
  }
  if (type.kind === 'unknown' || type.kind === 'na' || type.kind === 'var') return 'NaN';
  return 'null';
}

/** True for types kept in a Float64Array history (`Series`); others use `AnySeries`. */
export function isNumericType(type: PineType | undefined): boolean {
  return (
    type?.kind === 'named' &&
    (type.name === 'int' || type.name === 'float' || type.name === 'color')
  );
}
