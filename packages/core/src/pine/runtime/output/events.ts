/** Events a script emits while it runs: alert() calls, alertcondition() triggers and Pine Logs lines. */

/** `alert.freq_*` as the compiler passes it (the constant's last name part). */
export type AlertFrequency = 'freq_all' | 'freq_once_per_bar' | 'freq_once_per_bar_close';

export interface AlertEvent {
  readonly barIndex: number;
  /** Open time of the bar, ms UTC. */
  readonly time: number;
  readonly message: string;
  readonly freq: AlertFrequency;
}

export interface AlertConditionEvent {
  readonly barIndex: number;
  readonly time: number;
  /** The alertcondition() output that fired (its declaration index). */
  readonly id: number;
  readonly title: string | null;
  /** The message as written, placeholders unresolved (see alert-placeholders.ts). */
  readonly message: string;
  /** The bar's prices, for the `{{open}}` … `{{volume}}` placeholders. */
  readonly open: number;
  readonly high: number;
  readonly low: number;
  readonly close: number;
  readonly volume: number;
}

export type LogLevel = 'info' | 'warning' | 'error';

export interface LogEntry {
  readonly barIndex: number;
  readonly time: number;
  readonly level: LogLevel;
  readonly message: string;
}
