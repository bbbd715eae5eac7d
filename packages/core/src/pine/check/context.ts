/** State shared by the checker passes: version, diagnostics, side tables and the user's declarations. */
import type {
  EnumDeclaration,
  FunctionDeclaration,
  ImportStatement,
  TypeDeclaration,
} from '../syntax/ast.ts';
import type { Severity } from '../syntax/diagnostics.ts';
import { type CheckCode, checkDiagnostic, type PineDiagnostic } from './codes.ts';
import type { CheckInfo } from './info.ts';

export class CheckContext {
  readonly diagnostics: PineDiagnostic[] = [];
  readonly functions = new Map<string, FunctionDeclaration[]>();
  /** User methods by name; the first parameter's type says which objects they apply to. */
  readonly methods = new Map<string, FunctionDeclaration[]>();
  readonly types = new Map<string, TypeDeclaration>();
  readonly enums = new Map<string, EnumDeclaration>();
  readonly imports = new Map<string, ImportStatement>();
  /** Functions whose body is being checked (recursion is not allowed in Pine; avoid loops here). */
  readonly checking = new Set<FunctionDeclaration>();

  constructor(
    readonly version: 5 | 6,
    readonly info: CheckInfo,
  ) {}

  report(
    code: CheckCode,
    node: { readonly start: number; readonly end: number },
    message: string,
    hint?: string,
    severity: Severity = 'error',
  ): void {
    this.diagnostics.push(checkDiagnostic(code, node, message, { hint, severity }));
  }

  warn(
    code: CheckCode,
    node: { readonly start: number; readonly end: number },
    message: string,
    hint?: string,
  ): void {
    this.report(code, node, message, hint, 'warning');
  }
}
