/**
 * Indents the compiler's generated JavaScript (one statement per line, no indentation) by brace
 * depth, so a converted script reads like hand-written code. String literals are skipped while
 * counting, so braces inside user text never shift the layout.
 */

/** Net brace depth change of a line, and how many braces close before anything else on it. */
function braceCounts(line: string): { leadingClosers: number; net: number } {
  let net = 0;
  let leadingClosers = 0;
  let leading = true;
  let quote = '';
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') {
      quote = ch;
      leading = false;
    } else if (ch === '{') {
      net++;
      leading = false;
    } else if (ch === '}') {
      net--;
      if (leading) leadingClosers++;
    } else if (ch !== ' ' && ch !== '\t') leading = false;
  }
  return { leadingClosers, net };
}

/** Each line re-indented by `unit` per open brace, starting at `depth` levels. */
export function indentGeneratedCode(code: string, unit = '  ', depth = 0): string {
  let level = depth;
  const out: string[] = [];
  for (const raw of code.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      out.push('');
      continue;
    }
    const { leadingClosers, net } = braceCounts(line);
    out.push(unit.repeat(Math.max(depth, level - leadingClosers)) + line);
    level = Math.max(depth, level + net);
  }
  return out.join('\n');
}
