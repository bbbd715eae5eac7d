/**
 * The report page's own script (runs in the browser after lightweight-charts' standalone build):
 * candlesticks with entry and exit markers, then equity and drawdown panes, from the JSON in
 * `#report-data`. Plain ES2017, no imports; text reaches the chart only through its API.
 * @see https://tradingview.github.io/lightweight-charts/docs/panes
 */
export const REPORT_PAGE_SCRIPT = `(() => {
  const data = JSON.parse(document.getElementById('report-data').textContent);
  const LC = window.LightweightCharts;
  const container = document.getElementById('chart');
  const chart = LC.createChart(container, {
    autoSize: true,
    layout: { background: { color: '#ffffff' }, textColor: '#1f2328', panes: { separatorColor: '#d0d7de' } },
    grid: { vertLines: { color: '#f0f2f4' }, horzLines: { color: '#f0f2f4' } },
    timeScale: { timeVisible: data.intraday, secondsVisible: false },
  });
  const t = data.bars.time;
  const candles = chart.addSeries(LC.CandlestickSeries, {
    upColor: '#26a69a', downColor: '#ef5350', borderVisible: false,
    wickUpColor: '#26a69a', wickDownColor: '#ef5350',
  }, 0);
  candles.setData(t.map((time, i) => ({
    time, open: data.bars.open[i], high: data.bars.high[i], low: data.bars.low[i], close: data.bars.close[i],
  })));
  const markers = [];
  for (const trade of data.trades) {
    const long = trade.direction === 'long';
    markers.push({
      time: trade.entryTime, position: long ? 'belowBar' : 'aboveBar',
      shape: long ? 'arrowUp' : 'arrowDown', color: long ? '#2962ff' : '#e91e63',
      text: trade.entrySignal,
    });
    if (!trade.open) markers.push({
      time: trade.exitTime, position: long ? 'aboveBar' : 'belowBar',
      shape: long ? 'arrowDown' : 'arrowUp', color: '#787b86', text: trade.exitSignal,
    });
  }
  markers.sort((a, b) => a.time - b.time);
  LC.createSeriesMarkers(candles, markers);
  const line = (values, color, pane) => {
    const series = chart.addSeries(LC.LineSeries, { color, lineWidth: 1, priceLineVisible: false }, pane);
    series.setData(t.map((time, i) => ({ time, value: values[i] })).filter((p) => p.value !== null));
    return series;
  };
  line(data.equity, '#2962ff', 1);
  const drawdown = chart.addSeries(LC.AreaSeries, {
    lineColor: '#ef5350', topColor: 'rgba(239,83,80,0.05)', bottomColor: 'rgba(239,83,80,0.4)',
    lineWidth: 1, priceLineVisible: false, invertFilledArea: true,
    priceFormat: { type: 'custom', formatter: (v) => v.toFixed(2) + '%' },
  }, 2);
  drawdown.setData(t.map((time, i) => ({ time, value: data.drawdownPercent[i] })).filter((p) => p.value !== null));
  const panes = chart.panes();
  panes[0].setStretchFactor(3);
  panes[1].setStretchFactor(1.2);
  panes[2].setStretchFactor(0.8);
  chart.timeScale().fitContent();
})();
`;
