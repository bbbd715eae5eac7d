import { describe, expect, it } from 'vitest';
import { PineRuntimeError } from '../pine-runtime-error.ts';
import { PineAlerts } from './alert.ts';
import { AlertCondition } from './alert-condition.ts';
import { resolveAlertPlaceholders } from './alert-placeholders.ts';
import { PineLog } from './pine-log.ts';
import { Plot } from './plot.ts';
import { runtime } from './runtime-error.ts';
import { scriptRun } from './test-support/script-run.ts';

const DAY = 86_400_000;
const T0 = Date.UTC(2020, 0, 1);

describe('alert() frequencies on historical bars (User Manual, Alerts: alert() function events)', () => {
  it('freq_all: every call fires', () => {
    const s = scriptRun([1, 2]);
    const alerts = new PineAlerts(s.outputs, s.bar);
    s.run(() => {
      alerts.alert('a', 'freq_all');
      alerts.alert('b', 'freq_all');
    });
    expect(s.outputs.alerts.map((a) => [a.barIndex, a.message])).toEqual([
      [0, 'a'],
      [0, 'b'],
      [1, 'a'],
      [1, 'b'],
    ]);
  });

  it('freq_once_per_bar (the default): only the first call per bar fires', () => {
    const s = scriptRun([1, 2]);
    const alerts = new PineAlerts(s.outputs, s.bar);
    s.run(() => {
      alerts.alert('first');
      alerts.alert('second', 'freq_once_per_bar');
    });
    expect(s.outputs.alerts.map((a) => [a.barIndex, a.message, a.freq])).toEqual([
      [0, 'first', 'freq_once_per_bar'],
      [1, 'first', 'freq_once_per_bar'],
    ]);
  });

  it('freq_once_per_bar_close: a historical execution is the bar close, so the call fires; events carry bar time', () => {
    const s = scriptRun([1, 2, 3]);
    const alerts = new PineAlerts(s.outputs, s.bar);
    s.run((i) => {
      if (i > 0) alerts.alert(`close ${s.bar.close}`, 'freq_once_per_bar_close');
    });
    expect(s.outputs.alerts).toEqual([
      { barIndex: 1, time: T0 + DAY, message: 'close 2', freq: 'freq_once_per_bar_close' },
      { barIndex: 2, time: T0 + 2 * DAY, message: 'close 3', freq: 'freq_once_per_bar_close' },
    ]);
  });
});

describe('alertcondition()', () => {
  it('records the bars where the condition is true, declared in order with plots', () => {
    const s = scriptRun([1, 3, 2, 4]);
    const up = new AlertCondition(s.outputs, s.bar);
    let previous = Number.NaN;
    s.run(() => {
      up.next(s.bar.close > previous, 'Long Alert', 'Go long');
      previous = s.bar.close;
    });
    expect(s.outputs.alertConditions.map((e) => [e.barIndex, e.title, e.message])).toEqual([
      [1, 'Long Alert', 'Go long'],
      [3, 'Long Alert', 'Go long'],
    ]);
    expect(s.outputs.records[0]!.kind).toBe('alertcondition');
  });

  it('a v5 na condition (null) does not fire', () => {
    const s = scriptRun([1]);
    const c = new AlertCondition(s.outputs, s.bar);
    s.run(() => c.next(null, 'x'));
    expect(s.outputs.alertConditions).toEqual([]);
  });

  it('placeholders resolve after the run: "Volume ({{plot_0}}) > average ({{plot_1}})" (User Manual example), plots declared after the condition included', () => {
    const s = scriptRun([10, 20]);
    const condition = new AlertCondition(s.outputs, s.bar);
    const volume = new Plot(s.outputs, s.bar);
    const average = new Plot(s.outputs, s.bar);
    s.run((i) => {
      condition.next(i === 1, 'Volume alert', 'Volume ({{plot_0}}) > average ({{plot_1}})');
      volume.next(500 + i);
      average.next(400);
    });
    const [event] = s.outputs.alertConditions;
    expect(resolveAlertPlaceholders(s.outputs, event!)).toBe('Volume (501) > average (400)');
  });

  it('bar values, time and plot("title") placeholders; unknown ones are left for the notifier', () => {
    const s = scriptRun([10, 20]);
    const condition = new AlertCondition(s.outputs, s.bar);
    const rsi = new Plot(s.outputs, s.bar);
    s.run((i) => {
      condition.next(i === 1, 't', '{{ticker}} close {{close}} at {{time}}, RSI {{plot("RSI")}}');
      rsi.next(55.5, 'RSI');
    });
    expect(resolveAlertPlaceholders(s.outputs, s.outputs.alertConditions[0]!)).toBe(
      '{{ticker}} close 20 at 2020-01-02T00:00:00Z, RSI 55.5',
    );
  });
});

describe('log.* (Pine Logs)', () => {
  const format = (f: string, args: readonly unknown[]) =>
    f.replace(/\{(\d+)\}/g, (_, n: string) => String(args[Number(n)]));

  it('records level, bar and time; arguments format the message through the injected str.format', () => {
    const s = scriptRun([1, 2]);
    const log = new PineLog(s.outputs, s.bar, format);
    s.run((i) => {
      if (i === 0) log.info('plain {0}');
      else {
        log.warning('close {0} on bar {1}', s.bar.close, i);
        log.error(null);
      }
    });
    expect(s.outputs.logs).toEqual([
      { barIndex: 0, time: T0, level: 'info', message: 'plain {0}' },
      { barIndex: 1, time: T0 + DAY, level: 'warning', message: 'close 2 on bar 1' },
      { barIndex: 1, time: T0 + DAY, level: 'error', message: '' },
    ]);
  });
});

describe('runtime.error', () => {
  it('throws a PineRuntimeError with the message', () => {
    expect(() => runtime.error('Stop here')).toThrow(PineRuntimeError);
    expect(() => runtime.error('Stop here')).toThrow('Stop here');
  });
});
