// The first thing a user does, in a real browser (Debian's Chromium driven by playwright-core):
// start Barwise on an empty data folder, upload backtesting.py's GOOG.csv, write a Pine strategy,
// run it, watch the progress reach 100 %, and read the chart, the statistics and the trade count.
// The trade count must equal what the backtest service gives for the same script and file.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backtest } from '../../packages/server/src/index.ts';
import { HAS_REFERENCE, REPO_ROOT, reference } from '../support/cli.ts';

const CHROMIUM = '/usr/bin/chromium';
const WEB_DIST = path.join(REPO_ROOT, 'packages/web/dist/index.html');
const SCREENSHOTS = path.join(REPO_ROOT, 'tests/e2e/screenshots');
const RUNNABLE = existsSync(CHROMIUM) && existsSync(WEB_DIST) && HAS_REFERENCE;
if (!RUNNABLE && process.env.CI === 'true')
  throw new Error(`browser e2e needs ${CHROMIUM}, a built web app (${WEB_DIST}) and ../shared`);

// Long when the close crosses above its 20-bar average, flat when it crosses below.
const STRATEGY = `//@version=6
strategy("E2E SMA cross", overlay = true, initial_capital = 10000)
length = input.int(20, "Length", minval = 1)
average = ta.sma(close, length)
if ta.crossover(close, average)
    strategy.entry("Long", strategy.long, qty = 10)
if ta.crossunder(close, average)
    strategy.close("Long")
plot(average, "SMA")
`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, log: () => string): Promise<void> {
  for (let attempt = 0; attempt < 300; attempt++) {
    if (server.exitCode !== null) throw new Error(`server exited ${server.exitCode}: ${log()}`);
    try {
      if ((await fetch(`${url}/api/v1/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not become healthy: ${log()}`);
}

describe.skipIf(!RUNNABLE)('Barwise in the browser', () => {
  let dataDir: string;
  let server: ChildProcess;
  let browser: Browser;
  let page: Page;
  let url: string;
  let serverLog = '';

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'barwise-e2e-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    server = spawn(
      process.execPath,
      [path.join(REPO_ROOT, 'packages/server/bin/barwise.js'), 'serve', '--port', String(port)],
      { env: { ...process.env, BARWISE_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    server.stdout?.on('data', (d) => (serverLog += d));
    server.stderr?.on('data', (d) => (serverLog += d));
    await waitForHealth(url, server, () => serverLog);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('uploads GOOG.csv, runs a Pine strategy and shows its result', async () => {
    const goog = reference('backtesting-py/GOOG.csv');

    await page.goto(`${url}/datasets`);
    await page.getByTestId('dataset-file').setInputFiles(goog);
    await page.getByTestId('dataset-upload').click();
    await expect.poll(() => page.getByTestId('dataset-row').count(), { timeout: 30_000 }).toBe(1);

    await page.goto(`${url}/strategies/new`);
    await page.getByTestId('strategy-name').fill('E2E SMA cross');
    await page.locator('.cm-content').fill(STRATEGY);
    await page.getByTestId('strategy-save').click();
    await page.waitForURL(/\/strategies\/(?!new$)[^/]+$/, { timeout: 30_000 });

    await expect
      .poll(() => page.getByTestId('run-dataset').locator('option').count())
      .toBeGreaterThan(0);
    await page.getByTestId('run-submit').click();
    await page.waitForURL(/\/backtests\/[^/]+$/, { timeout: 30_000 });

    // The progress bar fills to 100 % and the result replaces it.
    const progress = page.getByTestId('job-progress');
    await expect
      .poll(() => progress.getAttribute('aria-valuenow'), { timeout: 60_000 })
      .toBe('100');
    await page.getByTestId('stats-table').waitFor({ timeout: 60_000 });
    await expect
      .poll(() => page.getByTestId('price-chart').locator('canvas').count())
      .toBeGreaterThan(0);

    const reference_ = await backtest(
      {
        script: { source: STRATEGY, fileName: 'e2e.pine' },
        data: { kind: 'csv', text: readFileSync(goog, 'utf8'), name: 'GOOG.csv' },
      },
      null,
    );
    // The count is of closed trades, as the Strategy Tester's "Total trades"; the list also shows the open one.
    const closed = reference_.trades.filter((t) => !t.open).length;
    expect(closed).toBeGreaterThan(10);
    expect(await page.getByTestId('trade-count').textContent()).toBe(String(closed));
    expect(await page.getByTestId('trades-table').locator('tbody tr').count()).toBeGreaterThan(0);

    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'backtest-result.png'), fullPage: true });
  }, 180_000);
});
