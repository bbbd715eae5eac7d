/** Line or area chart of one or more series sharing a time axis (equity, drawdown, comparisons). */
import {
  AreaSeries,
  type ISeriesApi,
  type LineData,
  LineSeries,
  type SeriesType,
  type Time,
  type WhitespaceData,
} from 'lightweight-charts';
import { useEffect } from 'react';
import { PALETTE, useChart } from './use-chart.ts';

export interface ChartLine {
  readonly title: string;
  readonly data: (LineData<Time> | WhitespaceData<Time>)[];
  readonly color?: string;
  /** An area fills down to the axis (drawdown); a line does not. */
  readonly style?: 'line' | 'area';
}

interface Props {
  readonly lines: readonly ChartLine[];
  readonly testId: string;
  readonly height?: number;
}

export function LineChart({ lines, testId, height = 220 }: Props) {
  const { container, chart } = useChart();

  useEffect(() => {
    if (chart === null) return;
    const added: ISeriesApi<SeriesType>[] = lines.map((l, i) => {
      const color = l.color ?? PALETTE[i % PALETTE.length] ?? '#0072b2';
      const common = { title: l.title, priceLineVisible: false, lineWidth: 2 } as const;
      const series =
        l.style === 'area'
          ? chart.addSeries(AreaSeries, {
              ...common,
              lineColor: color,
              topColor: `${color}10`,
              bottomColor: `${color}66`,
              invertFilledArea: true,
            })
          : chart.addSeries(LineSeries, { ...common, color });
      series.setData(l.data);
      return series;
    });
    chart.timeScale().fitContent();
    return () => {
      for (const series of added) chart.removeSeries(series);
    };
  }, [chart, lines]);

  return <div className="chart" style={{ height }} ref={container} data-testid={testId} />;
}
