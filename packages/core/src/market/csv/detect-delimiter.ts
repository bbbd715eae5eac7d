/** Guesses the field separator of a CSV text (comma, semicolon or tab) from its first line. */

export const COMMA = 44;
export const SEMICOLON = 59;
export const TAB = 9;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Counts separators outside quotes on the first non-blank line. Ties go tab, then semicolon,
 * then comma: a semicolon file may hold decimal commas (`1,5;2,5`), never the reverse.
 */
export function detectDelimiter(text: string, start = 0): number {
  let p = start;
  while (p < text.length && isLineBlank(text, p)) {
    const lf = text.indexOf('\n', p);
    p = lf < 0 ? text.length : lf + 1;
  }
  let commas = 0;
  let semicolons = 0;
  let tabs = 0;
  let quoted = false;
  for (; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === LF || c === CR) break;
    else if (c === COMMA) commas++;
    else if (c === SEMICOLON) semicolons++;
    else if (c === TAB) tabs++;
  }
  if (tabs > 0 && tabs >= semicolons && tabs >= commas) return TAB;
  if (semicolons > 0 && semicolons >= commas) return SEMICOLON;
  return COMMA;
}

/** True when the line starting at `p` holds only spaces, tabs and a line end. */
export function isLineBlank(text: string, p: number): boolean {
  for (let i = p; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || c === CR) return true;
    if (c !== 32 && c !== TAB) return false;
  }
  return true;
}
