import { describe, expect, it } from 'vitest';
import { hex } from '../color/color.ts';
import { BgColor } from './bgcolor.ts';
import { Fill } from './fill.ts';
import { HLine } from './hline.ts';
import { Plot } from './plot.ts';
import { PlotArrow } from './plot-arrow.ts';
import { PlotBar } from './plot-bar.ts';
import { PlotCandle } from './plot-candle.ts';
import { PlotChar, PlotShape } from './plot-marker.ts';
import { scriptRun } from './test-support/script-run.ts';

const NA = Number.NaN;
const columnsOf = (s: ReturnType<typeof scriptRun>) =>
  s.outputs.columns().map((c) => [c.name, Array.from(c.values)]);

describe('export column naming (TradingView "Export chart data")', () => {
  it('the plot title is the column header (User Manual FAQ: plot(close * 0.5, "No chart display", display = display.data_window))', () => {
    const s = scriptRun([10, 20, 30]);
    const half = new Plot(s.outputs, s.bar);
    s.run(() =>
      half.next(
        s.bar.close * 0.5,
        'No chart display',
        undefined,
        1,
        'style_line',
        false,
        0,
        0,
        false,
        true,
        undefined,
        'data_window',
      ),
    );
    expect(columnsOf(s)).toEqual([['No chart display', [5, 10, 15]]]);
  });

  it('an untitled plot is "Plot" and repeated titles stay as they are (exports headed time,open,high,low,close,Plot,Plot,ATR)', () => {
    const s = scriptRun([1, 2]);
    const a = new Plot(s.outputs, s.bar);
    const b = new Plot(s.outputs, s.bar);
    const atr = new Plot(s.outputs, s.bar);
    s.run(() => {
      a.next(0);
      b.next(1);
      atr.next(0.001, 'ATR');
    });
    expect(s.outputs.columns().map((c) => c.name)).toEqual(['Plot', 'Plot', 'ATR']);
  });

  it('columns follow declaration (construction) order, not the order in which call sites first run', () => {
    const s = scriptRun([1, 2]);
    const first = new Plot(s.outputs, s.bar);
    const second = new Plot(s.outputs, s.bar);
    s.run((i) => {
      second.next(2, 'B');
      if (i === 1) first.next(1, 'A');
    });
    expect(columnsOf(s)).toEqual([
      ['A', [NA, 1]],
      ['B', [2, 2]],
    ]);
  });

  it('plotcandle and plotbar export four columns; plotshape/plotchar/plotarrow their series', () => {
    const s = scriptRun([5]);
    const candle = new PlotCandle(s.outputs, s.bar);
    const ohlc = new PlotBar(s.outputs, s.bar);
    const shape = new PlotShape(s.outputs, s.bar);
    const char = new PlotChar(s.outputs, s.bar);
    const arrow = new PlotArrow(s.outputs, s.bar);
    s.run(() => {
      candle.next(1, 4, 0.5, 3);
      ohlc.next(1, 4, 0.5, 3, 'HA');
      shape.next(true);
      char.next(false, 'Dip');
      arrow.next(-2);
    });
    expect(columnsOf(s)).toEqual([
      ['open', [1]],
      ['high', [4]],
      ['low', [0.5]],
      ['close', [3]],
      ['HA open', [1]],
      ['HA high', [4]],
      ['HA low', [0.5]],
      ['HA close', [3]],
      ['Shapes', [1]],
      ['Dip', [0]],
      ['Arrows', [-2]],
    ]);
  });

  it('a plotshape of a bool records 1 for true and 0 for false (User Manual FAQ); a v5 na bool is na', () => {
    const s = scriptRun([1, 2, 3]);
    const shape = new PlotShape(s.outputs, s.bar);
    const conditions = [true, false, null];
    s.run((i) => shape.next(conditions[i]));
    expect(columnsOf(s)).toEqual([['Shapes', [1, 0, NA]]]);
  });

  it('bgcolor, barcolor, fill and hline are recorded but not exported (they are not numeric series)', () => {
    const s = scriptRun([1]);
    const bg = new BgColor(s.outputs, s.bar);
    const level = new HLine(s.outputs, s.bar);
    s.run(() => {
      bg.next(hex('#FF0000'));
      level.next(70);
    });
    expect(s.outputs.columns()).toEqual([]);
    expect(s.outputs.records.map((r) => r.kind)).toEqual(['bgcolor', 'hline']);
  });
});

describe('per-bar values', () => {
  it('a call site that does not run on a bar leaves na there', () => {
    const s = scriptRun([1, 2, 3, 4, 5]);
    const even = new Plot(s.outputs, s.bar);
    s.run((i) => {
      if (i % 2 === 0) even.next(s.bar.close * 10);
    });
    expect(columnsOf(s)).toEqual([['Plot', [10, NA, 30, NA, 50]]]);
  });

  it('offset shifts the exported series: offset 2 shows bar 0 on bar 2, later values fall off the end', () => {
    const s = scriptRun([1, 2, 3, 4]);
    const ahead = new Plot(s.outputs, s.bar);
    const behind = new Plot(s.outputs, s.bar);
    s.run(() => {
      ahead.next(s.bar.close, 'ahead', undefined, 1, 'style_line', false, 0, 2);
      behind.next(s.bar.close, 'behind', undefined, 1, 'style_line', false, 0, -1);
    });
    expect(columnsOf(s)).toEqual([
      ['ahead', [NA, NA, 1, 2]],
      ['behind', [2, 3, 4, NA]],
    ]);
  });

  it('grows past the initial capacity (64) by doubling and keeps na in the gaps', () => {
    const closes = Array.from({ length: 300 }, (_, i) => i);
    const s = scriptRun(closes);
    const plot = new Plot(s.outputs, s.bar);
    s.run((i) => {
      if (i >= 100) plot.next(i);
    });
    const values = s.outputs.columns()[0]!.values;
    expect(values.length).toBe(300);
    expect([values[99], values[100], values[299]]).toEqual([NA, 100, 299]);
  });

  it('per-bar colors are kept by parameter name; an omitted color records nothing', () => {
    const s = scriptRun([1, 2]);
    const plot = new Plot(s.outputs, s.bar);
    const plain = new Plot(s.outputs, s.bar);
    const red = hex('#FF0000');
    s.run((i) => {
      plot.next(1, 'c', i === 0 ? red : NA);
      plain.next(1);
    });
    const record = s.outputs.records[0]!;
    expect(record.series.get('color')!.toArray(2)).toEqual(Float64Array.from([red, NA]));
    expect(s.outputs.records[1]!.series.size).toBe(0);
  });
});

describe('hline and fill records', () => {
  it('hline keeps one record: the level and the reference defaults (color #787B86, solid, width 1)', () => {
    const s = scriptRun([1, 2, 3]);
    const level = new HLine(s.outputs, s.bar);
    const handles: number[] = [];
    s.run(() => handles.push(level.next(70, 'Overbought')));
    const r = s.outputs.records[0]!;
    expect(handles).toEqual([0, 0, 0]);
    expect(r.title).toBe('Overbought');
    expect(r.options).toMatchObject({
      price: 70,
      color: hex('#787B86'),
      linestyle: 'style_solid',
      linewidth: 1,
    });
  });

  it('fill between two plots records the pair and the color of each bar', () => {
    const s = scriptRun([1, 2]);
    const upper = new Plot(s.outputs, s.bar);
    const lower = new Plot(s.outputs, s.bar);
    const band = new Fill(s.outputs, s.bar);
    const green = hex('#00FF00');
    s.run(() => band.next(upper.next(2), lower.next(1), green, 'Band'));
    const r = s.outputs.records[2]!;
    expect([r.kind, r.title, r.options.overload, r.options.between]).toEqual([
      'fill',
      'Band',
      'plots',
      [0, 1],
    ]);
    expect(r.series.get('color')!.toArray(2)).toEqual(Float64Array.from([green, green]));
  });

  it('fill between two hlines takes the hline overload (color, title, editable, fillgaps, display)', () => {
    const s = scriptRun([1]);
    const hi = new HLine(s.outputs, s.bar);
    const lo = new HLine(s.outputs, s.bar);
    const zone = new Fill(s.outputs, s.bar);
    s.run(() => zone.next(hi.next(70), lo.next(30), hex('#0000FF'), 'Zone', false, true));
    expect(s.outputs.records[2]!.options).toMatchObject({
      overload: 'hlines',
      between: [0, 1],
      editable: false,
      fillgaps: true,
    });
  });

  it('a number fourth argument selects the gradient overload (top_value, bottom_value, top_color, bottom_color)', () => {
    const s = scriptRun([1]);
    const a = new Plot(s.outputs, s.bar);
    const b = new Plot(s.outputs, s.bar);
    const gradient = new Fill(s.outputs, s.bar);
    s.run(() =>
      gradient.next(a.next(80), b.next(20), 80, 20, hex('#FF0000'), hex('#00FF00'), 'Grad'),
    );
    const r = s.outputs.records[2]!;
    expect([r.title, r.options.overload]).toEqual(['Grad', 'gradient']);
    expect(['top_value', 'bottom_value'].map((k) => r.series.get(k)!.get(0))).toEqual([80, 20]);
  });

  it('fill of a plot with an hline is refused', () => {
    const s = scriptRun([1]);
    const p = new Plot(s.outputs, s.bar);
    const h = new HLine(s.outputs, s.bar);
    const f = new Fill(s.outputs, s.bar);
    expect(() => s.run(() => f.next(p.next(1), h.next(1)))).toThrow(
      'fill() needs two plots or two hlines',
    );
  });
});
