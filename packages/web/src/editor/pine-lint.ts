/** Diagnostics for the editor: core's parser, then (on a clean parse) its checker, run in the browser. */

import { checkPine, type PineDiagnostic, parsePine } from '@barwise/core/pine';
import type { Diagnostic } from '@codemirror/lint';

/** Same order as the server and `barwise check`: syntax errors hide checker findings. */
export function diagnosePine(text: string): readonly PineDiagnostic[] {
  const parsed = parsePine(text);
  if (parsed.diagnostics.length > 0) return parsed.diagnostics;
  return checkPine(parsed.ast, parsed.version === null ? {} : { version: parsed.version })
    .diagnostics;
}

/** Core's offset ranges as CodeMirror lint diagnostics, clamped to the text, hint appended. */
export function pineLintDiagnostics(text: string): Diagnostic[] {
  return diagnosePine(text).map((d) => {
    const from = Math.max(0, Math.min(d.start, text.length));
    const to = Math.max(from, Math.min(d.end, text.length));
    const message = `${d.code}: ${d.message}${d.hint === undefined ? '' : ` (${d.hint})`}`;
    return { from, to, severity: d.severity, message, source: 'pine' };
  });
}
