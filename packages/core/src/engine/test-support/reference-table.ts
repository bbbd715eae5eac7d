/** Locates shared reference files and reads the numeric columns of small reference tables (LEAN indicator files). */

/** URL of a file under the shared reference folder (`../shared/reference/` from the repo root). */
export function referenceUrl(relative: string): URL {
  return new URL(`../../../../../../shared/reference/${relative}`, import.meta.url);
}

/**
 * Columns by header name; empty cells become NaN, the first (date) column is kept as text.
 * Only for the reference tables' plain layout (no quoting); bars go through market's CSV reader.
 */
export function parseReferenceTable(text: string): {
  dates: string[];
  columns: Record<string, number[]>;
} {
  const lines = text.trim().split(/\r?\n/);
  const header = (lines[0] ?? '').split(',');
  const columns: Record<string, number[]> = {};
  for (const name of header.slice(1)) columns[name] = [];
  const dates: string[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    dates.push(cells[0] ?? '');
    header.slice(1).forEach((name, i) => {
      const cell = cells[i + 1] ?? '';
      columns[name]!.push(cell === '' ? Number.NaN : Number(cell));
    });
  }
  return { dates, columns };
}
