/** Offset → line/column for messages; built lazily because nodes carry offsets only. */

export interface LineColumn {
  /** 1-based line. */
  readonly line: number;
  /** 1-based column in UTF-16 code units. */
  readonly column: number;
}

export interface LineIndex {
  position(offset: number): LineColumn;
  /** Text of a 1-based line without its line break. */
  lineText(line: number): string;
  readonly lineCount: number;
}

/** Line starts after `\n`, `\r\n` and a lone `\r`, as editors count them. */
export function createLineIndex(text: string): LineIndex {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  return {
    lineCount: starts.length,
    position(offset) {
      const clamped = Math.max(0, Math.min(offset, text.length));
      const line = lineOf(clamped);
      return { line: line + 1, column: clamped - (starts[line] ?? 0) + 1 };
    },
    lineText(line) {
      const from = starts[line - 1] ?? text.length;
      let to = starts[line] ?? text.length;
      while (to > from && (text.charCodeAt(to - 1) === 10 || text.charCodeAt(to - 1) === 13)) to--;
      return text.slice(from, to);
    },
  };
}
