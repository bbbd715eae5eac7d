/**
 * Column names of TradingView's "Export chart data" CSV for one output.
 *
 * The User Manual (Visuals / Plots, `title`): the plot title is used "as the column header when
 * exporting chart data to a CSV file"; the export holds every numeric plot result, including
 * plots shown only in the Data Window (Visuals / Overview, "External uses"), and a plotshape()
 * of a bool writes 1 for true and 0 for false (FAQ / Indicators). Public TradingView exports show
 * an untitled plot() as `Plot` and repeated titles unchanged (`Plot,Plot,ATR`), so no suffixes are
 * added. Colors (bgcolor, barcolor, fill) and hlines are not series and are not exported.
 *
 * Not confirmed by any document we could read, so kept in this one place: the fallback titles of
 * untitled plotshape/plotchar/plotarrow (`Shapes`, `Chars`, `Arrows`, as the Data Window names
 * them) and the four columns of plotcandle/plotbar (`open high low close`, prefixed by the title
 * when there is one).
 * @see https://www.tradingview.com/pine-script-docs/visuals/plots/
 */
import type { OutputKind } from './output-record.ts';

const UNTITLED: Partial<Record<OutputKind, string>> = {
  plot: 'Plot',
  plotshape: 'Shapes',
  plotchar: 'Chars',
  plotarrow: 'Arrows',
};

const OHLC = ['open', 'high', 'low', 'close'] as const;

/** Export column names of an output, or an empty list for outputs that are not exported. */
export function exportColumnNames(kind: OutputKind, title: string | null): string[] {
  if (kind === 'plotcandle' || kind === 'plotbar')
    return OHLC.map((part) => (title ? `${title} ${part}` : part));
  const fallback = UNTITLED[kind];
  if (fallback === undefined) return [];
  return [title || fallback];
}
