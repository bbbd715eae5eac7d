/**
 * A probe's `inputs.json` in the PineForge corpus holds two kinds of keys: values for the
 * strategy's `input.*()` calls, keyed by input title (`"Source": "high"`), and settings of the
 * harness (which data file, where TradingView's export starts, its time zone, overrides). The
 * harness keys are the ones PineForge's runner sets apart (scripts/run_strategy.py,
 * `_VALIDATION_META_KEYS`) plus its documentation keys; everything else is a Pine input.
 * @see corpora/pineforge-corpus/README.md
 */

const HARNESS_KEYS = new Set([
  'tv_trades_csv',
  'tv_trades_csv_tz',
  'runtime_overrides',
  'strategy_overrides',
  'validation_overrides',
  'syminfo_overrides',
  'ohlcv_csv',
  'ohlcv_start_ms',
  'script_tf',
  'input_tf',
  'chart_timezone',
  'engine_chart_timezone',
  'expected_tier',
  'notes',
]);

/**
 * The zone of TradingView's exported times. The corpus's exports were made on a chart set to
 * Asia/Taipei (UTC+8) unless `tv_trades_csv_tz` says otherwise; the corpus checks this: trade 1
 * of ta-rsi14-cross-50-01 is listed at 13:15 at 1811.96, the open of the 05:15 UTC bar.
 */
export const CORPUS_EXPORT_TIMEZONE = 'UTC+8';
const ZONE_ALIASES: Record<string, string> = {
  utc: 'UTC',
  utc_plus_8: 'UTC+8',
  asia_taipei: 'UTC+8',
};

export interface ProbeSettings {
  /** Values for the script's inputs, by input title. */
  readonly inputs: Readonly<Record<string, unknown>>;
  /** TradingView's export, relative to the probe folder. */
  readonly tvTradesFile: string;
  readonly tvTimezone: string;
  /** OHLCV file relative to the probe folder, when the probe names one. */
  readonly ohlcvFile: string | null;
  /** Bars before this time (ms UTC) are dropped: the probe's chart history began there. */
  readonly ohlcvStart: number | null;
  /** Runtime overrides (`bar_magnifier`, …) for the integrator's runner. */
  readonly runtimeOverrides: Readonly<Record<string, unknown>>;
  readonly syminfoOverrides: Readonly<Record<string, unknown>>;
  /** False when the probe documents that TradingView cannot be matched (an anomaly). */
  readonly expectMatch: boolean;
  readonly note: string;
}

export function probeSettings(json: Readonly<Record<string, unknown>>): ProbeSettings {
  const inputs: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(json)) {
    if (!HARNESS_KEYS.has(key) && !key.startsWith('_')) inputs[key] = value;
  }
  const text = (key: string) => (typeof json[key] === 'string' ? (json[key] as string) : '');
  const record = (key: string) =>
    typeof json[key] === 'object' && json[key] !== null
      ? (json[key] as Record<string, unknown>)
      : {};
  const zone = text('tv_trades_csv_tz').trim();
  const validation = record('validation_overrides');
  return {
    inputs,
    tvTradesFile: text('tv_trades_csv') || 'tv_trades.csv',
    tvTimezone: zone ? (ZONE_ALIASES[zone.toLowerCase()] ?? zone) : CORPUS_EXPORT_TIMEZONE,
    ohlcvFile: text('ohlcv_csv') || null,
    ohlcvStart: typeof json.ohlcv_start_ms === 'number' ? json.ohlcv_start_ms : null,
    runtimeOverrides: record('runtime_overrides'),
    syminfoOverrides: record('syminfo_overrides'),
    expectMatch: json.expected_tier !== 'anomaly' && validation.expect_tv_match !== false,
    note:
      text('notes') ||
      (typeof validation.expect_tv_match_reason === 'string'
        ? validation.expect_tv_match_reason
        : ''),
  };
}
