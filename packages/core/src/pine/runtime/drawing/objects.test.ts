import { describe, expect, it } from 'vitest';
import { NAMED_COLORS } from '../color/color.ts';
import { BarState } from '../series/bar-state.ts';
import { barsFrom } from '../test-support/reference.ts';
import { BoxNamespace } from './box.ts';
import { ChartPointNamespace } from './chart-point.ts';
import { Drawings } from './drawings.ts';
import { LabelNamespace } from './label.ts';
import { LineNamespace } from './line.ts';
import { LinefillNamespace } from './linefill.ts';
import { PolylineNamespace } from './polyline.ts';
import { cellKey, TableNamespace } from './table.ts';

const NA = Number.NaN;

describe('label setters and getters (reference, label.*)', () => {
  it('new with defaults, then set_xy / set_text / set_y; get_x returns x in the last xloc set', () => {
    const label = new LabelNamespace(new Drawings());
    const l = label.new(10, 101.5);
    expect([l.text, l.xloc, l.yloc, l.style, l.size, l.textAlign]).toEqual([
      '',
      'bar_index',
      'price',
      'style_label_down',
      'normal',
      'align_center',
    ]);
    label.set_xy(l, 12, 99);
    label.set_text(l, 'Hi');
    label.set_y(l, 98);
    expect([label.get_x(l), label.get_y(l), label.get_text(l)]).toEqual([12, 98, 'Hi']);
    label.set_xloc(l, 1_700_000_000_000, 'bar_time');
    expect([label.get_x(l), l.xloc]).toEqual([1_700_000_000_000, 'bar_time']);
  });

  it('the chart.point overload reads index (xloc.bar_index) or time (xloc.bar_time), and copies the point', () => {
    const label = new LabelNamespace(new Drawings());
    const p = { time: 1_000, index: 7, price: 50 };
    const byIndex = label.new(p, 'a');
    const byTime = label.new(p, 'b', 'bar_time');
    p.price = 60;
    expect([byIndex.x, byIndex.y, byIndex.text]).toEqual([7, 50, 'a']);
    expect([byTime.x, byTime.xloc]).toEqual([1_000, 'bar_time']);
    label.set_point(byIndex, { time: 2_000, index: 9, price: 55 });
    expect([label.get_x(byIndex), label.get_y(byIndex)]).toEqual([9, 55]);
  });

  it('setters on na or a deleted label do nothing; getters on them are na', () => {
    const label = new LabelNamespace(new Drawings());
    const l = label.new(1, 2, 'x');
    label.delete(l);
    label.set_text(l, 'changed');
    label.set_x(null, 5);
    expect([l.text, label.get_text(null), label.get_x(null), label.get_y(l)]).toEqual([
      'x',
      null,
      NA,
      NA,
    ]);
  });
});

describe('line (reference, line.*)', () => {
  // Reference example: l := line.new(0, high[5], bar_index, high) on bar 10. With high[5] = 100
  // and high = 120 the line rises 2 per bar: at x = 5 → 110, at x = 15 → 130 (extend.both).
  it('get_price follows the infinite line through both points', () => {
    const line = new LineNamespace(new Drawings());
    const l = line.new(0, 100, 10, 120);
    expect([line.get_price(l, 5), line.get_price(l, 10), line.get_price(l, 15)]).toEqual([
      110, 120, 130,
    ]);
    expect(line.get_price(line.new(3, 1, 3, 2), 3)).toBeNaN();
  });

  it('get_price on a line with xloc.bar_time is an error', () => {
    const line = new LineNamespace(new Drawings());
    const l = line.new(1_000, 1, 2_000, 2, 'bar_time');
    expect(() => line.get_price(l, 1)).toThrow(
      "can only be called for lines created using 'xloc.bar_index'",
    );
  });

  it('points, setters and the manual defaults (color.blue, solid, width 1)', () => {
    const line = new LineNamespace(new Drawings());
    const l = line.new({ time: NA, index: 3, price: 10 }, { time: NA, index: 8, price: 20 });
    expect([l.x1, l.y1, l.x2, l.y2, l.color, l.style, l.width, l.extend]).toEqual([
      3,
      10,
      8,
      20,
      NAMED_COLORS.blue,
      'style_solid',
      1,
      'none',
    ]);
    line.set_xy2(l, 9, 21);
    line.set_x1(l, 4);
    line.set_y1(l, 11);
    line.set_second_point(l, { time: NA, index: 12, price: 30 });
    expect([line.get_x1(l), line.get_y1(l), line.get_x2(l), line.get_y2(l)]).toEqual([
      4, 11, 12, 30,
    ]);
  });
});

describe('linefill (User Manual, Fills: one linefill per pair of lines)', () => {
  it('a second linefill on the same pair replaces the first; deleting a line deletes it', () => {
    const drawings = new Drawings();
    const line = new LineNamespace(drawings);
    const linefill = new LinefillNamespace(drawings);
    const a = line.new(0, 1, 5, 1);
    const b = line.new(0, 2, 5, 2);
    const first = linefill.new(a, b, 1)!;
    const second = linefill.new(b, a, 2)!;
    expect([first.deleted, linefill.all]).toEqual([true, [second]]);
    expect([linefill.get_line1(second), linefill.get_line2(second)]).toEqual([b, a]);
    line.delete(a);
    expect([second.deleted, linefill.new(a, b, 3)]).toEqual([true, null]);
  });
});

describe('box (reference, box.*)', () => {
  it('corners from points, reference defaults (blue border and background, black text), setters', () => {
    const box = new BoxNamespace(new Drawings());
    const b = box.new({ time: NA, index: 2, price: 110 }, { time: NA, index: 6, price: 90 });
    expect([box.get_left(b), box.get_top(b), box.get_right(b), box.get_bottom(b)]).toEqual([
      2, 110, 6, 90,
    ]);
    expect([b.borderColor, b.bgcolor, b.textColor, b.borderWidth, b.textSize]).toEqual([
      NAMED_COLORS.blue,
      NAMED_COLORS.blue,
      NAMED_COLORS.black,
      1,
      'auto',
    ]);
    box.set_lefttop(b, 1, 120);
    box.set_rightbottom(b, 8, 80);
    expect([box.get_left(b), box.get_top(b), box.get_right(b), box.get_bottom(b)]).toEqual([
      1, 120, 8, 80,
    ]);
    box.delete(b);
    expect(box.get_top(b)).toBeNaN();
  });
});

describe('table (reference, table.cell and table.cell_set_*)', () => {
  it('table.cell replaces every property: a second call without text empties the cell (reference remark)', () => {
    const table = new TableNamespace(new Drawings());
    const t = table.new('top_right', 2, 2);
    table.cell(t, 0, 0, 'Test Text');
    table.cell(t, 0, 0, undefined, 0, 0, NAMED_COLORS.red);
    expect(t.cells.get(cellKey(0, 0))).toMatchObject({ text: '', textColor: NAMED_COLORS.red });
  });

  it('cell_set_* changes one property and keeps the rest', () => {
    const table = new TableNamespace(new Drawings());
    const t = table.new('top_right', 2, 2);
    table.cell(t, 1, 1, 'ATR', 0, 0, NAMED_COLORS.red);
    table.cell_set_text(t, 1, 1, '1.25');
    expect(t.cells.get(cellKey(1, 1))).toMatchObject({ text: '1.25', textColor: NAMED_COLORS.red });
  });

  it('indices are 0-based and checked; clear without end_* clears one cell', () => {
    const table = new TableNamespace(new Drawings());
    const t = table.new('bottom_left', 2, 1);
    table.cell(t, 0, 0, 'a');
    table.cell(t, 1, 0, 'b');
    expect(() => table.cell(t, 2, 0, 'c')).toThrow('outside the table (2 columns, 1 rows)');
    table.clear(t, 0, 0);
    expect([...t.cells.keys()]).toEqual(['1,0']);
  });

  it('merging an already merged cell is an error (reference remark)', () => {
    const table = new TableNamespace(new Drawings());
    const t = table.new('middle_center', 3, 3);
    table.merge_cells(t, 0, 0, 1, 0);
    expect(() => table.merge_cells(t, 1, 0, 2, 2)).toThrow('already merged');
    table.merge_cells(t, 0, 1, 2, 2);
    expect(t.merges.length).toBe(2);
  });
});

describe('polyline and chart.point', () => {
  it('polyline copies its points in array order; defaults line color.blue, no fill', () => {
    const polyline = new PolylineNamespace(new Drawings());
    const points = [
      { time: NA, index: 5, price: 1 },
      { time: NA, index: 2, price: 3 },
    ];
    const p = polyline.new(points, false, true);
    points[0]!.price = 99;
    expect(p.points.map((q) => [q.index, q.price])).toEqual([
      [5, 1],
      [2, 3],
    ]);
    expect([p.closed, p.lineColor, p.fillColor]).toEqual([true, NAMED_COLORS.blue, NA]);
  });

  it('chart.point.now takes the bar time and index and defaults price to close; from_index leaves time na', () => {
    const bar = new BarState(barsFrom({ close: [10, 11] }));
    bar.load(1);
    const point = new ChartPointNamespace(bar);
    expect(point.now()).toEqual({ time: Date.UTC(2020, 0, 2), index: 1, price: 11 });
    expect(point.now(5).price).toBe(5);
    expect(point.from_index(3, 2)).toEqual({ time: NA, index: 3, price: 2 });
    expect(point.from_time(1_000, 2)).toEqual({ time: 1_000, index: NA, price: 2 });
    expect(point.new(1_000, 3, 2)).toEqual({ time: 1_000, index: 3, price: 2 });
  });
});
