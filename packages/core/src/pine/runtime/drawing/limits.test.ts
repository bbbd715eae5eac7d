import { describe, expect, it } from 'vitest';
import { drawingLimits } from './drawing-limits.ts';
import { Drawings } from './drawings.ts';
import { LabelNamespace } from './label.ts';
import { LineNamespace } from './line.ts';
import { LinefillNamespace } from './linefill.ts';
import { PolylineNamespace } from './polyline.ts';

const NA = Number.NaN;

describe('drawing limits (User Manual, Limitations: default 50, at most 500 labels/lines/boxes, 100 polylines)', () => {
  it('defaults and clamping', () => {
    expect(drawingLimits()).toEqual({
      maxLabels: 50,
      maxLines: 50,
      maxBoxes: 50,
      maxPolylines: 50,
    });
    expect(
      drawingLimits({ maxLabels: 600, maxLines: 0, maxBoxes: 100, maxPolylines: 150 }),
    ).toEqual({ maxLabels: 500, maxLines: 1, maxBoxes: 100, maxPolylines: 100 });
  });
});

describe('garbage collection deletes the oldest objects beyond the limit', () => {
  it('label.new(bar_index, high) on 60 bars keeps the last 50 (bars 10 … 59), label.all oldest first', () => {
    const label = new LabelNamespace(new Drawings());
    for (let bar = 0; bar < 60; bar++) label.new(bar, 100 + bar);
    const all = label.all;
    expect(all.length).toBe(50);
    expect([label.get_x(all[0]!), label.get_x(all[49]!)]).toEqual([10, 59]);
  });

  it('max_labels_count = 3: the first two of five labels are deleted, in creation order', () => {
    const label = new LabelNamespace(new Drawings({ maxLabels: 3 }));
    const made = [0, 1, 2, 3, 4].map((i) => label.new(i, i, `L${i}`));
    expect(label.all.map((l) => l.text)).toEqual(['L2', 'L3', 'L4']);
    expect(made.map((l) => l.deleted)).toEqual([true, true, false, false, false]);
    expect([label.get_text(made[0]!), label.get_x(made[0]!), label.get_y(made[0]!)]).toEqual([
      null,
      NA,
      NA,
    ]);
  });

  it('labels with na x still count (User Manual "labels with na": max 10, Buy on odd bars, Sell on even bars)', () => {
    const label = new LabelNamespace(new Drawings({ maxLabels: 10 }));
    for (let bar = 0; bar < 20; bar++) {
      label.new(bar % 2 === 1 ? bar : NA, 0, 'Buy');
      label.new(bar % 2 === 0 ? bar : NA, 0, 'Sell');
    }
    const shown = label.all.filter((l) => !Number.isNaN(l.x));
    expect(label.all.length).toBe(10);
    expect(shown.map((l) => l.x)).toEqual([15, 16, 17, 18, 19]); // 5 visible, not 10
  });

  it('a copy is the newest object: with max 2, copying the first label deletes nothing until a third exists', () => {
    const label = new LabelNamespace(new Drawings({ maxLabels: 2 }));
    const first = label.new(0, 1, 'a');
    const copy = label.copy(first)!;
    label.set_text(copy, 'b');
    expect([label.get_text(first), label.get_text(copy)]).toEqual(['a', 'b']);
    label.new(2, 3, 'c');
    expect(label.all.map((l) => l.text)).toEqual(['b', 'c']);
    expect(label.copy(first)).toBeNull();
  });

  it('an explicit delete frees a slot; deleting twice does nothing (reference, label.delete)', () => {
    const label = new LabelNamespace(new Drawings({ maxLabels: 2 }));
    const a = label.new(0, 0);
    const b = label.new(1, 0);
    label.delete(a);
    label.delete(a);
    label.delete(null);
    const c = label.new(2, 0);
    expect(label.all).toEqual([b, c]);
  });

  it('polylines are collected at max_polylines_count (100 at most)', () => {
    const polyline = new PolylineNamespace(new Drawings({ maxPolylines: 500 }));
    for (let i = 0; i < 120; i++) polyline.new([{ time: NA, index: i, price: 1 }]);
    expect(polyline.all.length).toBe(100);
    expect(polyline.all[0]!.points[0]!.index).toBe(20);
  });

  it('a line removed by garbage collection takes its linefill with it (reference, linefill.new)', () => {
    const drawings = new Drawings({ maxLines: 2 });
    const line = new LineNamespace(drawings);
    const linefill = new LinefillNamespace(drawings);
    const a = line.new(0, 1, 5, 1);
    const b = line.new(0, 2, 5, 2);
    const fill = linefill.new(a, b, 0)!;
    line.new(0, 3, 5, 3);
    expect([a.deleted, fill.deleted, linefill.all]).toEqual([true, true, []]);
    expect(linefill.get_line1(fill)).toBeNull();
  });
});
