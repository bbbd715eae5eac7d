/** Resolves the `{{…}}` placeholders of an alertcondition() message against the run's outputs. */
import type { AlertConditionEvent } from './events.ts';
import type { ScriptOutputs } from './script-outputs.ts';

const PLACEHOLDER = /\{\{\s*(open|high|low|close|volume|time|plot_(\d+)|plot\("([^"]*)"\))\s*\}\}/g;

/**
 * Supported: `{{open}}` `{{high}}` `{{low}}` `{{close}}` `{{volume}}` (the bar's values),
 * `{{time}}` (bar open time, UTC, `yyyy-MM-ddTHH:mm:ssZ`), `{{plot_N}}` (the N-th exported column,
 * counted in declaration order from 0) and `{{plot("title")}}` (the first column with that name).
 * Numbers print with JS `String` (na prints `NaN`). Others (`{{ticker}}`, `{{interval}}`, …) are
 * left as written for the notifier, which knows the symbol.
 * @see https://www.tradingview.com/pine-script-docs/concepts/alerts/#placeholders
 */
export function resolveAlertPlaceholders(
  outputs: ScriptOutputs,
  event: AlertConditionEvent,
): string {
  const columns = outputs.columns();
  return event.message.replace(
    PLACEHOLDER,
    (text, name: string, index?: string, title?: string) => {
      if (index !== undefined) {
        const column = columns[Number(index)];
        return column ? String(column.values[event.barIndex]) : text;
      }
      if (title !== undefined) {
        const column = columns.find((c) => c.name === title);
        return column ? String(column.values[event.barIndex]) : text;
      }
      if (name === 'time') return new Date(event.time).toISOString().replace(/\.\d{3}Z$/, 'Z');
      return String(event[name as 'open' | 'high' | 'low' | 'close' | 'volume']);
    },
  );
}
