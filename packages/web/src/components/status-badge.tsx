/** A backtest or job status as a coloured badge. */
import type { BacktestStatus } from '../api/types.ts';

export function StatusBadge({ status }: { readonly status: BacktestStatus | 'connecting' }) {
  return <span className={`badge badge-${status}`}>{status}</span>;
}
