/** A finished backtest: price chart with trades and plots, equity and drawdown, statistics, trades. */
import { useMemo } from 'react';
import { api } from '../api/client.ts';
import type { Backtest } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { LineChart } from '../charts/line-chart.tsx';
import { PriceChart } from '../charts/price-chart.tsx';
import { line } from '../charts/series-data.ts';
import { ErrorMessage } from './error-message.tsx';
import { StatsTable } from './stats-table.tsx';
import { TradesTable } from './trades-table.tsx';

export function BacktestResult({ backtest }: { readonly backtest: Backtest }) {
  const { id } = backtest;
  const result = useApi(async () => {
    const [bars, trades, equity, plots] = await Promise.all([
      api.backtestBars(id),
      api.backtestTrades(id),
      api.backtestEquity(id),
      api.backtestPlots(id),
    ]);
    return { bars, trades: trades.items, equity, plots };
  }, [id]);
  const equityLines = useMemo(() => {
    const equity = result.data?.equity;
    if (equity === undefined) return null;
    return {
      equity: [{ title: 'Equity', data: line(equity.time, equity.equity), color: '#0072b2' }],
      drawdown: [
        {
          title: 'Drawdown',
          data: line(equity.time, equity.drawdown),
          color: '#cf222e',
          style: 'area' as const,
        },
      ],
    };
  }, [result.data]);

  if (result.error !== null) return <ErrorMessage error={result.error} />;
  if (result.data === null || equityLines === null)
    return <p className="muted">Loading results…</p>;
  const { bars, trades, plots } = result.data;
  return (
    <>
      <section className="card">
        <h2>Chart</h2>
        <PriceChart bars={bars} trades={trades} plots={plots} />
        <h3>Equity</h3>
        <LineChart lines={equityLines.equity} testId="equity-chart" height={200} />
        <h3>Drawdown</h3>
        <LineChart lines={equityLines.drawdown} testId="drawdown-chart" height={140} />
      </section>
      {backtest.summary !== null && (
        <section className="card">
          <StatsTable rows={backtest.summary} />
        </section>
      )}
      <section className="card">
        <TradesTable backtestId={id} trades={trades} />
      </section>
    </>
  );
}
