/**
 * The broker books idle bars late (broker-emulator.ts, `settle`): a held trade's excursions, the
 * close equity and its max drawdown/run-up must come out as if booked bar by bar, whether read
 * during the run or after it, and whether the bars went through the run loop's quiet path.
 * One long from 100 (qty 1, point value 1) over hand-made bars, every figure worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { compileScript } from '../../pine/run/compile-script.ts';
import { runScript } from '../../pine/run/run-script.ts';
import { brokerConfig } from './broker-config.ts';
import { BrokerEmulator } from './broker-emulator.ts';
import { OrderLog } from './order-log.ts';
import { minuteBars, type OhlcRow } from './test-support/minute-bars.ts';

const ROWS: OhlcRow[] = [
  [100, 101, 99, 100], // bar 0: the long is placed
  [100, 104, 98, 103], // bar 1: filled at the open, 100
  [103, 106, 102, 105],
  [105, 105, 95, 96],
  [96, 97, 94, 95],
];
const bars = minuteBars(ROWS);
const CAPITAL = 1_000_000;

describe('late booking of idle bars', () => {
  it('gives the excursions and equity of bar-by-bar booking, read during and after the run', () => {
    const b = new BrokerEmulator(brokerConfig({ initialCapital: CAPITAL }), bars);
    const seen: number[][] = [];
    for (let i = 0; i < bars.length; i++) {
      b.beforeScript(i);
      if (i === 0) b.entry('L', 'long');
      // As the script on bar i sees them: the trade's excursions include bar i's range, the
      // drawdown the closes before it.
      const t = b.openTradeRecord(0);
      seen.push([
        t?.maxRunup ?? Number.NaN,
        t?.maxDrawdown ?? Number.NaN,
        b.equityCurve().maxDrawdown,
      ]);
      b.afterScript(i);
    }
    b.finish();
    expect(seen).toEqual([
      [Number.NaN, Number.NaN, 0],
      [4, -2, 0], // high 104, low 98
      [6, -2, 0], // high 106
      [6, -5, 0], // low 95; closes so far 103, 105
      [6, -6, 9], // low 94; close 96 is 9 below the peak close 105
    ]);
    // Close equity: 100 (flat), then 103, 105, 96, 95 above the entry at 100.
    expect(Array.from(b.equityCurve().byBar)).toEqual([0, 3, 5, -4, -5].map((p) => CAPITAL + p));
    const curve = b.equityCurve();
    expect([curve.maxDrawdown, curve.maxRunup]).toEqual([10, 5]);
  });

  it('gives the same figures through the run loop, whose bars after the fill are quiet', () => {
    const script = compileScript(
      [
        '//@version=6',
        'strategy("hold", initial_capital = 1000000)',
        'if bar_index == 0',
        '    strategy.entry("L", strategy.long)',
        'plot(strategy.opentrades.max_runup(0), "runup")',
        'plot(strategy.opentrades.max_drawdown(0), "drawdown")',
        'plot(strategy.max_drawdown, "max drawdown")',
      ].join('\n'),
    );
    const run = runScript(script, bars);
    const plots = Object.fromEntries(
      run.context.outputs.columns().map((c) => [c.name, Array.from(c.values)]),
    );
    expect(plots.runup).toEqual([Number.NaN, 4, 6, 6, 6]);
    expect(plots.drawdown).toEqual([Number.NaN, 2, 2, 5, 6]);
    expect(plots['max drawdown']).toEqual([0, 0, 0, 0, 9]);
    const broker = run.context.strategy!.broker;
    expect(Array.from(broker.equityCurve().byBar)).toEqual(
      [0, 3, 5, -4, -5].map((p) => CAPITAL + p),
    );
  });
});

describe('OrderLog', () => {
  it('keeps each line as pushed and counts lines by id and event', () => {
    // A line's time is its bar's open time: bar k opens at k minutes.
    const log = new OrderLog(Float64Array.from({ length: 1001 }, (_, k) => k * 60_000));
    for (let k = 0; k < 1000; k++)
      log.push(k, k % 10 === 0 ? 'Margin call' : 'L', 'filled', 'filled', 1, 100 + k);
    log.push(1000, 'S', 'ignored', 'quantity is zero', Number.NaN, Number.NaN);
    expect(log.length).toBe(1001);
    expect(log.at(42)).toEqual({
      bar: 42,
      time: 2_520_000,
      id: 'L',
      event: 'filled',
      reason: 'filled',
      qty: 1,
      price: 142,
    });
    expect(log.at(1000)).toMatchObject({ bar: 1000, time: 60_000_000, id: 'S' });
    expect(log.at(1000)?.reason).toBe('quantity is zero');
    expect(log.at(1000)?.event).toBe('ignored');
    expect(log.at(1001)).toBeUndefined();
    expect(log.count('Margin call', 'filled')).toBe(100);
    expect(log.count('Margin call', 'cancelled')).toBe(0);
    expect(log.count('never logged', 'filled')).toBe(0);
    expect(log.toArray().map((e) => e.price)[999]).toBe(1099);
  });
});
