/** TradingView's Performance Summary: one row per statistic, All / Long / Short columns. */
import type { SummaryRow } from '../api/types.ts';
import { formatValue, signClass } from '../format/format.ts';

/** Rows whose sign is the news (a gain or a loss); losses and drawdowns are listed as magnitudes. */
const SIGNED_ROW = /net profit|p&l|avg trade|buy & hold/i;

export function StatsTable({ rows }: { readonly rows: readonly SummaryRow[] }) {
  const cell = (value: number | null, row: SummaryRow) => (
    <td className={`num ${SIGNED_ROW.test(row.label) ? signClass(value) : ''}`}>
      {formatValue(value, row.unit)}
    </td>
  );
  return (
    <table className="table stats" data-testid="stats-table">
      <caption>Performance Summary</caption>
      <thead>
        <tr>
          <th scope="col">Statistic</th>
          <th scope="col" className="num">
            All
          </th>
          <th scope="col" className="num">
            Long
          </th>
          <th scope="col" className="num">
            Short
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label}>
            <th scope="row">{row.label}</th>
            {cell(row.all, row)}
            {cell(row.long, row)}
            {cell(row.short, row)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
