/** Option-value parsers for the CLI; each failure is an InputError naming the option. */
import { fromLocalMs, InputError, parseTimeframe, type Timeframe, TimeReader } from '@barwise/core';

export function timeframeOption(text: string): Timeframe {
  return parseTimeframe(text);
}

export function positiveIntOption(name: string) {
  return (text: string): number => {
    const n = Number(text.replace(/_/g, ''));
    if (!Number.isSafeInteger(n) || n <= 0)
      throw new InputError(`${name}: "${text}" is not a positive whole number`);
    return n;
  };
}

export function positiveNumberOption(name: string) {
  return (text: string): number => {
    const n = Number(text);
    if (!(n > 0) || !Number.isFinite(n))
      throw new InputError(`${name}: "${text}" is not a positive number`);
    return n;
  };
}

/** `[SOURCE:]TICKER` → its parts. */
export function datasetName(text: string): { source?: string; ticker: string } {
  const colon = text.indexOf(':');
  if (colon < 0) return { ticker: text };
  const source = text.slice(0, colon);
  const ticker = text.slice(colon + 1);
  if (!source || !ticker)
    throw new InputError(`"${text}" is not a dataset name: use TICKER or SOURCE:TICKER`);
  return { source, ticker };
}

/** A time argument: a date, ISO date-time (naive ones in `timezone`) or epoch s/ms; ms UTC. */
export function timeOption(name: string, text: string, timezone: string): number {
  const reader = new TimeReader();
  const value = reader.read(text, 0, text.length);
  if (Number.isNaN(value)) {
    throw new InputError(
      `${name}: "${text}" is not a time (use YYYY-MM-DD, an ISO date-time or epoch seconds)`,
    );
  }
  return reader.absolute ? value : fromLocalMs(timezone, value);
}

/** Commander collector for repeatable `--input Title=value` (values stay text; the compiler parses them by type). */
export function inputOption(
  text: string,
  inputs: Record<string, string> = {},
): Record<string, string> {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new InputError(`--input "${text}": expected title=value`);
  return { ...inputs, [text.slice(0, eq)]: text.slice(eq + 1) };
}
