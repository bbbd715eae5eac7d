/** alert(): records the alert event a call would fire, with its frequency applied. */
import type { BarState } from '../series/bar-state.ts';
import type { AlertFrequency } from './events.ts';
import type { ScriptOutputs } from './script-outputs.ts';

/**
 * Per-run object holding the top-level `alert` function (the compiler calls `alerts.alert(…)`).
 *
 * TradingView sends alert() events only from realtime bars; a historical run records, for each
 * bar, what the closing execution of that bar would fire if the bar were realtime. On such an
 * execution every frequency allows the call: `freq_once_per_bar_close` because it is the bar's
 * close; `freq_all` fires every call; `freq_once_per_bar` fires "only the first call per realtime
 * bar" (User Manual, Alerts), so later once-per-bar calls on the same bar record nothing.
 * A message that is na (null) is recorded as an empty string.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_alert
 * @see https://www.tradingview.com/pine-script-docs/concepts/alerts/#alert-function-events
 */
export class PineAlerts {
  private readonly outputs: ScriptOutputs;
  private readonly bar: BarState;
  private oncePerBarFiredOn = -1;

  constructor(outputs: ScriptOutputs, bar: BarState) {
    this.outputs = outputs;
    this.bar = bar;
  }

  alert(message: string | null, freq: AlertFrequency = 'freq_once_per_bar'): void {
    const barIndex = this.bar.barIndex;
    if (freq === 'freq_once_per_bar') {
      if (this.oncePerBarFiredOn === barIndex) return;
      this.oncePerBarFiredOn = barIndex;
    }
    this.outputs.alerts.push({ barIndex, time: this.bar.time, message: message ?? '', freq });
  }
}
