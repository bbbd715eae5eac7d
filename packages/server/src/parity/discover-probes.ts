/**
 * Finds the probes of a corpus laid out as PineForge's: `validation/<probe>/strategy.pine` with
 * TradingView's export `tv_trades.csv` and optional `inputs.json`, and OHLCV files in `data/`.
 * Each probe's bar file follows PineForge's rule: the file `inputs.json` names, else the 15-minute
 * feed; either one's twin with six months of warm-up (`…_warmup6m.csv`, the same bars with more
 * in front) when present. The plain 15-minute feed starts 2025-04-20, after the first trades of
 * TradingView's exports (e.g. vwap-bands-mean-reversion-2sigma-01 trades from 2025-04-02). Probes that walk
 * 1-minute bars (bar magnifier, `request.security_lower_tf`) need the 1-minute companion file; when
 * it is missing they are skipped with the reason.
 * @see corpora/pineforge-corpus/README.md "Reference OHLCV"
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { type ProbeSettings, probeSettings } from './probe-settings.ts';

export interface ParityProbe {
  /** Folder name, e.g. `ta-rsi14-cross-50-01`. */
  readonly name: string;
  readonly dir: string;
  readonly settings: ProbeSettings;
  /** The OHLCV file to run on, absolute. */
  readonly dataFile: string;
  /** The 1-minute feed, absolute, for probes that walk 1-minute bars; null for the others. */
  readonly minuteDataFile: string | null;
  /** Set when the probe cannot run here. */
  readonly skipReason: string | null;
  /** Set when the probe's files are broken (e.g. `inputs.json` is not JSON). */
  readonly error: string | null;
}

const PRIMARY_FEED = 'ohlcv_ETH-USDT-USDT_15m.csv';
const MINUTE_FEEDS = ['ohlcv_ETH-USDT-USDT_1m_warmup6m.csv', 'ohlcv_ETH-USDT-USDT_1m.csv'];

/** Probes in name order; folders without `strategy.pine` are not probes. */
export async function discoverProbes(corpusDir: string): Promise<ParityProbe[]> {
  const validation = path.join(corpusDir, 'validation');
  const dataDir = path.join(corpusDir, 'data');
  const defaultFeed = withWarmup(path.join(dataDir, PRIMARY_FEED));
  const minuteFeed = MINUTE_FEEDS.map((f) => path.join(dataDir, f)).find((f) => existsSync(f));
  const probes: ParityProbe[] = [];
  const entries = await readdir(validation, { withFileTypes: true });
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const dir = path.join(validation, entry.name);
    if (!entry.isDirectory() || !existsSync(path.join(dir, 'strategy.pine'))) continue;
    let json: Record<string, unknown> = {};
    let error: string | null = null;
    try {
      json = await readJson(path.join(dir, 'inputs.json'));
    } catch (e) {
      error = `inputs.json: ${(e as Error).message}`;
    }
    const settings = probeSettings(json);
    const source = await readFile(path.join(dir, 'strategy.pine'), 'utf8');
    const dataFile = settings.ohlcvFile
      ? withWarmup(path.resolve(dir, settings.ohlcvFile))
      : defaultFeed;
    const needsMinutes = minuteBarsNeed(settings, source);
    probes.push({
      name: entry.name,
      dir,
      settings,
      dataFile,
      minuteDataFile: needsMinutes ? (minuteFeed ?? null) : null,
      skipReason: skipReason(dir, settings, dataFile, needsMinutes, minuteFeed),
      error,
    });
  }
  return probes;
}

/** The feed's warm-up twin (`x.csv` → `x_warmup6m.csv`) when it exists, else the feed. */
function withWarmup(feed: string): string {
  if (feed.endsWith('_warmup6m.csv')) return feed;
  const twin = feed.replace(/\.csv$/, '_warmup6m.csv');
  return existsSync(twin) ? twin : feed;
}

function skipReason(
  dir: string,
  settings: ProbeSettings,
  dataFile: string,
  needsMinutes: string | null,
  minuteFeed: string | undefined,
): string | null {
  if (!existsSync(path.join(dir, settings.tvTradesFile)))
    return `no TradingView trade list (${settings.tvTradesFile})`;
  if (!existsSync(dataFile)) return `data file ${path.basename(dataFile)} is missing`;
  if (needsMinutes && !minuteFeed)
    return `${needsMinutes} needs the 1-minute feed (data/ohlcv_…_1m.csv is missing)`;
  return null;
}

/** What makes a probe walk 1-minute bars, or null when nothing does. */
function minuteBarsNeed(settings: ProbeSettings, source: string): string | null {
  const override = settings.runtimeOverrides.bar_magnifier;
  const magnifier =
    typeof override === 'boolean' ? override : /\buse_bar_magnifier\s*=\s*true\b/.test(source);
  if (magnifier) return 'bar magnifier';
  if (/\brequest\.security_lower_tf\s*\(/.test(source)) return 'request.security_lower_tf';
  return null;
}

async function readJson(file: string): Promise<Record<string, unknown>> {
  if (!existsSync(file)) return {};
  const value: unknown = JSON.parse(await readFile(file, 'utf8'));
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}
