/** React hook: one lightweight-charts chart in a container element, removed on unmount. */
import {
  type ChartOptions,
  createChart,
  type DeepPartial,
  type IChartApi,
} from 'lightweight-charts';
import { type RefObject, useEffect, useRef, useState } from 'react';

export const CHART_OPTIONS: DeepPartial<ChartOptions> = {
  autoSize: true,
  layout: { background: { color: '#ffffff' }, textColor: '#1f2328', fontSize: 12 },
  grid: { vertLines: { color: '#f0f2f4' }, horzLines: { color: '#f0f2f4' } },
  rightPriceScale: { borderColor: '#d0d7de' },
  timeScale: { borderColor: '#d0d7de', timeVisible: true, secondsVisible: false },
  crosshair: { mode: 0 },
};

/** The chart exists while the component is mounted; series are added by the caller's effects. */
export function useChart(): {
  container: RefObject<HTMLDivElement | null>;
  chart: IChartApi | null;
} {
  const container = useRef<HTMLDivElement | null>(null);
  const [chart, setChart] = useState<IChartApi | null>(null);
  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const created = createChart(element, CHART_OPTIONS);
    setChart(created);
    return () => {
      setChart(null);
      created.remove();
    };
  }, []);
  return { container, chart };
}

/** Distinct, colour-blind friendly line colours (Okabe–Ito order). */
export const PALETTE = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#cc79a7',
  '#56b4e9',
  '#d55e00',
  '#000000',
];
