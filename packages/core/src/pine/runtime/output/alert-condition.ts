/** alertcondition(): declares an alert the user can create, and records the bars on which its condition is true. */
import type { BarState } from '../series/bar-state.ts';
import { OutputCallSite } from './output-call-site.ts';
import type { ScriptOutputs } from './script-outputs.ts';

/**
 * Registered in declaration order like a plot, so the alert dialog's list can be rebuilt. An
 * event is recorded on each bar where the call runs with a true condition (a v5 na bool, null,
 * is false); the message keeps its `{{…}}` placeholders, resolved after the run by
 * `resolveAlertPlaceholders`, since plots later in the script may not have run yet.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_alertcondition
 */
export class AlertCondition extends OutputCallSite {
  private readonly outputs: ScriptOutputs;

  constructor(outputs: ScriptOutputs, bar: BarState) {
    super(outputs, bar, 'alertcondition');
    this.outputs = outputs;
  }

  next(condition: boolean | null, title?: string | null, message?: string | null): void {
    const r = this.record;
    if (r.declared === false) r.declare(title, { message: message ?? null });
    if (condition !== true) return;
    const b = this.bar;
    this.outputs.alertConditions.push({
      barIndex: b.barIndex,
      time: b.time,
      id: r.id,
      title: r.title,
      message: message ?? '',
      open: b.open,
      high: b.high,
      low: b.low,
      close: b.close,
      volume: b.volume,
    });
  }
}
