/** Candlestick chart of bars with trade markers and the script's plots as line overlays. */
import {
  CandlestickSeries,
  createSeriesMarkers,
  type ISeriesApi,
  LineSeries,
  type SeriesType,
} from 'lightweight-charts';
import { useEffect } from 'react';
import type { Bars, Plots, Trade } from '../api/types.ts';
import { candles, plotLines, tradeMarkers } from './series-data.ts';
import { PALETTE, useChart } from './use-chart.ts';

const NO_TRADES: readonly Trade[] = [];
const VISIBLE_BARS = 250;

interface Props {
  readonly bars: Bars;
  readonly trades?: readonly Trade[];
  readonly plots?: Plots | null;
  readonly testId?: string;
  readonly height?: number;
}

export function PriceChart({
  bars,
  trades = NO_TRADES,
  plots = null,
  testId = 'price-chart',
  height = 420,
}: Props) {
  const { container, chart } = useChart();

  useEffect(() => {
    if (chart === null) return;
    const added: ISeriesApi<SeriesType>[] = [];
    const price = chart.addSeries(CandlestickSeries, {
      upColor: '#26a69a',
      downColor: '#ef5350',
      borderVisible: false,
      wickUpColor: '#26a69a',
      wickDownColor: '#ef5350',
    });
    price.setData(candles(bars));
    added.push(price);
    const markers = createSeriesMarkers(price, tradeMarkers(trades));
    if (plots !== null) {
      plotLines(plots).forEach((plot, i) => {
        const series = chart.addSeries(LineSeries, {
          color: PALETTE[i % PALETTE.length] ?? '#0072b2',
          lineWidth: 2,
          title: plot.title,
          priceLineVisible: false,
          lastValueVisible: false,
        });
        series.setData(plot.data);
        added.push(series);
      });
    }
    // Like TradingView, open on the latest bars so markers are readable; scroll or zoom for more.
    const count = bars.time.length;
    if (count > VISIBLE_BARS) {
      chart.timeScale().setVisibleLogicalRange({ from: count - VISIBLE_BARS, to: count + 2 });
    } else {
      chart.timeScale().fitContent();
    }
    return () => {
      markers.detach();
      for (const series of added) chart.removeSeries(series);
    };
  }, [chart, bars, trades, plots]);

  return <div className="chart" style={{ height }} ref={container} data-testid={testId} />;
}
