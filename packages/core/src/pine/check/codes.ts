/**
 * Checker diagnostics: stable codes C3xxx (names), C4xxx (types), C5xxx (qualifiers), C6xxx
 * (calls and arguments), C7xxx (v5/v6 rules). They share the shape and printer of the syntax
 * diagnostics (P1xxx/P2xxx).
 */
import { type Diagnostic, formatDiagnostic, type Severity } from '../syntax/diagnostics.ts';

export const CHECK_CODES = {
  C3001: 'undeclared identifier',
  C3002: 'unknown built-in',
  C3003: 'name already declared in this scope',
  C3004: 'cannot modify a global variable in a function',
  C3006: 'unknown field',
  C3007: 'unknown enum member',
  C3008: 'unknown type',
  C3009: 'library cannot be resolved',
  C3010: 'break or continue outside a loop',
  C3101: 'unused variable',
  C3102: 'shadows a built-in',
  C3103: 'shadows a variable of an enclosing scope',
  C4001: 'argument type mismatch',
  C4002: 'assignment type mismatch',
  C4003: 'condition is not bool',
  C4004: 'operator type mismatch',
  C4005: 'declared type mismatch',
  C4006: 'tuple mismatch',
  C4009: 'branches of different types',
  C4010: 'void value used',
  C4011: 'na needs a declared type',
  C5001: 'series value where a simple one is required',
  C5002: 'value is not const',
  C5003: 'value is not an input',
  C5004: 'declared qualifier violated',
  C6001: 'too many arguments',
  C6002: 'missing argument',
  C6003: 'unknown argument name',
  C6004: 'argument given twice',
  C6005: 'not a function',
  C6006: 'unknown method',
  C7001: 'no implicit conversion to bool in v6',
  C7002: 'built-in not available in this version',
  C7003: 'parameter removed in v6',
  C7004: 'bool cannot be na in v6',
  C7005: 'unsupported version',
  C9999: 'internal checker error',
} as const;

export type CheckCode = keyof typeof CHECK_CODES;

/** A syntax or checker diagnostic. */
export type PineDiagnostic = Omit<Diagnostic, 'code'> & {
  readonly code: Diagnostic['code'] | CheckCode;
};

export function checkDiagnostic(
  code: CheckCode,
  node: { readonly start: number; readonly end: number },
  message: string,
  options: { hint?: string | undefined; severity?: Severity } = {},
): PineDiagnostic {
  const base = {
    code,
    severity: options.severity ?? ('error' as const),
    message,
    start: node.start,
    end: node.end,
  };
  return options.hint === undefined ? base : { ...base, hint: options.hint };
}

/** `file:line:col: severity CODE: message` + source line + caret, via the syntax printer. */
export function formatPineDiagnostic(
  d: PineDiagnostic,
  sourceText: string,
  fileName?: string,
): string {
  // The printer only reads the code as text; the cast widens its key type to checker codes.
  return formatDiagnostic(d as Diagnostic, sourceText, fileName);
}
