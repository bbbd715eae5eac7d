/**
 * What a script is and what is wrong with it, for the library and the editor: its declaration kind,
 * its `input.*` parameters and its diagnostics (1-based line/column). Pine goes through core's
 * parser, checker and compiler (the compiler adds "not supported yet" for built-ins the runtime
 * lacks); nothing is run. TypeScript strategies are not analysed yet: kind `strategy`, no
 * parameters and no diagnostics.
 */
import {
  type CheckResult,
  CompileError,
  checkPine,
  compileScript,
  createLineIndex,
  describeInputs,
  type PineDiagnostic,
  parsePine,
  type ScriptInput,
} from '@barwise/core';
import type { StrategyLanguage } from './strategy.ts';

export type ScriptKind = 'strategy' | 'indicator' | 'library';

export const PARAMETER_TYPES = [
  'int',
  'float',
  'bool',
  'string',
  'source',
  'timeframe',
  'symbol',
  'session',
  'color',
  'time',
  'price',
  'enum',
  'text_area',
] as const;

export type ParameterType = (typeof PARAMETER_TYPES)[number];

export type ParameterValue = number | string | boolean;

export interface Parameter {
  readonly title: string;
  readonly type: ParameterType;
  /** The script's default; null when the script computes it. */
  readonly defval: ParameterValue | null;
  readonly minval?: number;
  readonly maxval?: number;
  readonly step?: number;
  readonly options?: ParameterValue[];
  readonly tooltip?: string;
  readonly group?: string;
}

export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export interface StrategyAnalysis {
  /** null when the script has no declaration or does not parse. */
  readonly kind: ScriptKind | null;
  readonly parameters: Parameter[];
  readonly diagnostics: Diagnostic[];
}

/** The file name compile errors are prefixed with, so their position can be read back. */
const FILE_NAME = 'script.pine';
const SOURCES = new Set([
  'open',
  'high',
  'low',
  'close',
  'volume',
  'hl2',
  'hlc3',
  'ohlc4',
  'hlcc4',
]);

export function analyzeStrategy(source: string, language: StrategyLanguage): StrategyAnalysis {
  if (language === 'ts') return { kind: 'strategy', parameters: [], diagnostics: [] };
  const lines = createLineIndex(source);
  const parsed = parsePine(source, { fileName: FILE_NAME });
  if (parsed.diagnostics.length > 0) {
    return {
      kind: null,
      parameters: [],
      diagnostics: parsed.diagnostics.map((d) => toDiagnostic(d, lines)),
    };
  }
  const checked: CheckResult = checkPine(
    parsed.ast,
    parsed.version === null ? {} : { version: parsed.version },
  );
  const diagnostics = checked.diagnostics.map((d) => toDiagnostic(d, lines));
  const kind = checked.info.declaration?.kind ?? null;
  const parameters = describeInputs(checked.info.inputs).map(toParameter);
  if (kind !== null && kind !== 'library' && !diagnostics.some((d) => d.severity === 'error')) {
    const failure = compileFailure(source);
    if (failure) diagnostics.push(failure);
  }
  return { kind, parameters, diagnostics };
}

function toDiagnostic(d: PineDiagnostic, lines: ReturnType<typeof createLineIndex>): Diagnostic {
  const start = lines.position(d.start);
  const end = lines.position(d.end);
  return {
    severity: d.severity,
    message: d.hint ? `${d.message} (${d.hint})` : d.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

/** The compiler's complaint (`script.pine:4:1: log.warning() is not supported yet`), if any. */
function compileFailure(source: string): Diagnostic | undefined {
  try {
    compileScript(source, { fileName: FILE_NAME });
    return undefined;
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    const at = /^script\.pine:(\d+):(\d+): ([\s\S]*)$/.exec(error.message);
    return at
      ? { severity: 'error', message: at[3]!, line: Number(at[1]), column: Number(at[2]) }
      : { severity: 'error', message: error.message, line: 1, column: 1 };
  }
}

/** Generic `input(close)` is a source input in TradingView; other kinds are named by the call. */
function toParameter(input: ScriptInput): Parameter {
  const source = typeof input.defval === 'string' && SOURCES.has(input.defval);
  const type: ParameterType =
    (input.kind === 'float' || input.kind === 'int') && source
      ? 'source'
      : (PARAMETER_TYPES as readonly string[]).includes(input.kind)
        ? (input.kind as ParameterType)
        : 'string';
  return {
    title: input.title,
    type,
    defval: input.defval ?? null,
    ...(input.minval === undefined ? {} : { minval: input.minval }),
    ...(input.maxval === undefined ? {} : { maxval: input.maxval }),
    ...(input.step === undefined ? {} : { step: input.step }),
    ...(input.options === undefined ? {} : { options: [...input.options] }),
    ...(input.tooltip === undefined ? {} : { tooltip: input.tooltip }),
    ...(input.group === undefined ? {} : { group: input.group }),
  };
}
