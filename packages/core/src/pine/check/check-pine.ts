/**
 * `checkPine(script)`: scopes, types, qualifiers, calls and v5/v6 rules over a parsed script.
 * Never throws; when unsure it does not report (real scripts must check without false errors).
 */
import type { Comment, Script } from '../syntax/ast.ts';
import { checkDiagnostic, type PineDiagnostic } from './codes.ts';
import { CheckContext } from './context.ts';
import type { CheckInfo } from './info.ts';
import { Scope } from './scope.ts';
import { checkStatements, reportUnused } from './statements.ts';

export interface CheckOptions {
  /** Language version; by default read from the `//@version=N` annotation (6 when absent). */
  readonly version?: 5 | 6;
}

export interface CheckResult {
  readonly diagnostics: PineDiagnostic[];
  readonly info: CheckInfo;
}

export function checkPine(script: Script, options: CheckOptions = {}): CheckResult {
  const early: PineDiagnostic[] = [];
  let version = options.version;
  if (version === undefined) {
    const annotated = annotatedVersion(script);
    if (annotated === null) version = 6;
    else if (annotated.value === 5 || annotated.value === 6) version = annotated.value;
    else {
      early.push(
        checkDiagnostic(
          'C7005',
          annotated.comment,
          `Pine v${annotated.value} is not supported; use //@version=5 or 6`,
        ),
      );
      version = 6;
    }
  }
  const info: CheckInfo = {
    version,
    symbols: new Map(),
    types: new Map(),
    calls: new Map(),
    declaration: null,
    inputs: [],
    functionTypes: new Map(),
    declarations: new Map(),
  };
  const ctx = new CheckContext(version, info);
  ctx.diagnostics.push(...early);
  try {
    collectDeclarations(ctx, script);
    const global = new Scope('global', null);
    checkStatements(ctx, script.body, global);
    reportUnused(ctx, global);
  } catch (error) {
    // A checker bug must not take the front end down: report it like the parser does.
    const message = error instanceof Error ? error.message : String(error);
    ctx.diagnostics.push(
      checkDiagnostic('C9999', { start: 0, end: 0 }, `internal checker error: ${message}`),
    );
  }
  ctx.diagnostics.sort((a, b) => a.start - b.start);
  return { diagnostics: ctx.diagnostics, info };
}

/** Functions, methods, types, enums and imports are visible in the whole script. */
function collectDeclarations(ctx: CheckContext, script: Script): void {
  for (const s of script.body) {
    switch (s.kind) {
      case 'FunctionDeclaration': {
        const map = s.method ? ctx.methods : ctx.functions;
        const list = map.get(s.name.name);
        if (list) list.push(s);
        else map.set(s.name.name, [s]);
        ctx.info.declarations.set(s.name, s);
        break;
      }
      case 'TypeDeclaration':
        if (ctx.types.has(s.name.name) || ctx.enums.has(s.name.name))
          ctx.report('C3003', s.name, `Type '${s.name.name}' is already defined`);
        ctx.types.set(s.name.name, s);
        ctx.info.declarations.set(s.name, s);
        break;
      case 'EnumDeclaration':
        if (ctx.types.has(s.name.name) || ctx.enums.has(s.name.name))
          ctx.report('C3003', s.name, `Type '${s.name.name}' is already defined`);
        ctx.enums.set(s.name.name, s);
        ctx.info.declarations.set(s.name, s);
        break;
      case 'ImportStatement':
        ctx.imports.set(s.alias?.name ?? s.library, s);
        break;
      default:
        break;
    }
  }
}

function annotatedVersion(script: Script): { value: number; comment: Comment } | null {
  const comments: Comment[] = [...script.trailingComments];
  for (const s of script.body) comments.push(...s.leadingComments);
  comments.sort((a, b) => a.start - b.start);
  for (const c of comments) {
    if (c.annotation?.name !== 'version') continue;
    const value = Number(c.annotation.value);
    return Number.isFinite(value) ? { value, comment: c } : null;
  }
  return null;
}
