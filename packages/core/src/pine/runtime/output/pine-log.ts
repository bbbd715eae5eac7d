/** log.info / log.warning / log.error: lines of the Pine Logs pane, with bar index and time. */
import type { BarState } from '../series/bar-state.ts';
import type { LogLevel } from './events.ts';
import type { ScriptOutputs } from './script-outputs.ts';

/** `str.format`: formats `{0}`, `{1,number,#.##}` … placeholders (injected; str.* lives elsewhere). */
export type PineFormatter = (format: string, args: readonly unknown[]) => string;

/**
 * Per-run `log` namespace. With arguments after the message, the message is a str.format()
 * pattern; without, it is logged as is. Logs are written on historical and realtime bars alike.
 * An na message (null) logs an empty line.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_log.info
 * @see https://www.tradingview.com/pine-script-docs/writing/debugging/#pine-logs
 */
export class PineLog {
  private readonly outputs: ScriptOutputs;
  private readonly bar: BarState;
  private readonly format: PineFormatter;

  constructor(outputs: ScriptOutputs, bar: BarState, format: PineFormatter) {
    this.outputs = outputs;
    this.bar = bar;
    this.format = format;
  }

  info(message: string | null, ...args: unknown[]): void {
    this.write('info', message, args);
  }

  warning(message: string | null, ...args: unknown[]): void {
    this.write('warning', message, args);
  }

  error(message: string | null, ...args: unknown[]): void {
    this.write('error', message, args);
  }

  private write(level: LogLevel, message: string | null, args: unknown[]): void {
    const text = message ?? '';
    this.outputs.logs.push({
      barIndex: this.bar.barIndex,
      time: this.bar.time,
      level,
      message: args.length > 0 ? this.format(text, args) : text,
    });
  }
}
