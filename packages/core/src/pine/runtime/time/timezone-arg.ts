/**
 * Pine's `timezone` arguments: UTC/GMT offsets ("UTC-5", "GMT+0530", "UTC+05:30", "UTC0") or IANA
 * names ("America/New_York", "Etc/UTC"), turned into a zone name market/timezone accepts.
 * @see https://www.tradingview.com/pine-script-docs/concepts/time/#time-zone-strings
 */
import { assertTimezone } from '../../../market/timezone.ts';
import { PineRuntimeError } from '../pine-runtime-error.ts';

const UNSIGNED_OFFSET = /^(UTC|GMT)(\d)/i;
const checked = new Map<string, string>();

/** The zone name for a Pine timezone string; a runtime error names an unknown zone. */
export function resolveTimezone(timezone: string): string {
  let zone = checked.get(timezone);
  if (zone === undefined) {
    // "UTC0" is the manual's spelling of UTC+0; market/timezone wants the sign and upper case.
    const trimmed = timezone.trim();
    zone = /^(utc|gmt)/i.test(trimmed)
      ? trimmed.toUpperCase().replace(UNSIGNED_OFFSET, '$1+$2')
      : trimmed;
    try {
      assertTimezone(zone);
    } catch {
      throw new PineRuntimeError(`Invalid timezone: "${timezone}"`);
    }
    if (checked.size >= 256) checked.clear();
    checked.set(timezone, zone);
  }
  return zone;
}
