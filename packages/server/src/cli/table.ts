/** Plain-text tables for terminal output. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  options: { rightAligned?: readonly number[] } = {},
): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) =>
        options.rightAligned?.includes(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!),
      )
      .join('  ')
      .trimEnd();
  return `${[line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')}\n`;
}
