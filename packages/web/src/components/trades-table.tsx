/** The list of trades, sortable by clicking a column header, with a CSV download link. */
import { useMemo, useState } from 'react';
import { buildUrl } from '../api/http.ts';
import type { Trade } from '../api/types.ts';
import { formatPrice, formatTime, formatValue, signClass } from '../format/format.ts';
import { DEFAULT_TRADE_SORT, nextSort, sortTrades, type TradeColumn } from './trade-sort.ts';

interface Column {
  readonly key: TradeColumn;
  readonly label: string;
  readonly numeric: boolean;
  readonly render: (t: Trade) => string;
}

const COLUMNS: readonly Column[] = [
  { key: 'number', label: '#', numeric: true, render: (t) => String(t.number) },
  {
    key: 'side',
    label: 'Side',
    numeric: false,
    render: (t) => (t.side === 'long' ? 'Long' : 'Short'),
  },
  { key: 'entryTime', label: 'Entry time', numeric: false, render: (t) => formatTime(t.entryTime) },
  { key: 'entrySignal', label: 'Entry signal', numeric: false, render: (t) => t.entrySignal },
  {
    key: 'entryPrice',
    label: 'Entry price',
    numeric: true,
    render: (t) => formatPrice(t.entryPrice),
  },
  { key: 'exitTime', label: 'Exit time', numeric: false, render: (t) => formatTime(t.exitTime) },
  {
    key: 'exitSignal',
    label: 'Exit signal',
    numeric: false,
    render: (t) => t.exitSignal ?? 'Open',
  },
  { key: 'exitPrice', label: 'Exit price', numeric: true, render: (t) => formatPrice(t.exitPrice) },
  { key: 'quantity', label: 'Qty', numeric: true, render: (t) => formatPrice(t.quantity) },
  {
    key: 'profit',
    label: 'Profit',
    numeric: true,
    render: (t) => formatValue(t.profit, 'currency'),
  },
  {
    key: 'profitPercent',
    label: 'Profit %',
    numeric: true,
    render: (t) => formatValue(t.profitPercent, 'percent'),
  },
  {
    key: 'cumulativeProfit',
    label: 'Cum. profit',
    numeric: true,
    render: (t) => formatValue(t.cumulativeProfit, 'currency'),
  },
  { key: 'runUp', label: 'Run-up', numeric: true, render: (t) => formatValue(t.runUp, 'currency') },
  {
    key: 'drawdown',
    label: 'Drawdown',
    numeric: true,
    render: (t) => formatValue(t.drawdown, 'currency'),
  },
];

const SIGNED: ReadonlySet<TradeColumn> = new Set(['profit', 'profitPercent', 'cumulativeProfit']);

interface Props {
  readonly backtestId: string;
  readonly trades: readonly Trade[];
}

export function TradesTable({ backtestId, trades }: Props) {
  const [sort, setSort] = useState(DEFAULT_TRADE_SORT);
  const sorted = useMemo(() => sortTrades(trades, sort), [trades, sort]);
  const csv = buildUrl(`/backtests/${encodeURIComponent(backtestId)}/trades.csv`);
  return (
    <section>
      <div className="section-head">
        <h2>List of trades</h2>
        <a className="button secondary" href={csv} download data-testid="trades-csv">
          Download CSV
        </a>
      </div>
      <div className="table-scroll">
        <table className="table trades" data-testid="trades-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.key}
                  scope="col"
                  className={c.numeric ? 'num' : undefined}
                  aria-sort={
                    sort.column === c.key
                      ? sort.direction === 'asc'
                        ? 'ascending'
                        : 'descending'
                      : 'none'
                  }
                >
                  <button
                    type="button"
                    className="sort"
                    onClick={() => setSort(nextSort(sort, c.key))}
                  >
                    {c.label}
                    {sort.column === c.key ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((t) => (
              <tr key={t.number}>
                {COLUMNS.map((c) => (
                  <td
                    key={c.key}
                    className={`${c.numeric ? 'num' : ''} ${SIGNED.has(c.key) ? signClass(t[c.key] as number) : ''}`}
                  >
                    {c.render(t)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {trades.length === 0 && <p className="muted">No trades.</p>}
    </section>
  );
}
