/** Pine checker: scopes, types, qualifiers, built-in overloads, v5/v6 rules → diagnostics + side tables. */

export { type CheckOptions, type CheckResult, checkPine } from './check-pine.ts';
export { CHECK_CODES, type CheckCode, formatPineDiagnostic, type PineDiagnostic } from './codes.ts';
export type {
  CheckInfo,
  DeclarationInfo,
  ExpressionType,
  InputInfo,
  LiteralValue,
  ResolvedCall,
  ResolvedSymbol,
} from './info.ts';
export type { PineQualifier } from './qualifiers.ts';
export { formatType, type PineType } from './types.ts';
