/**
 * A backtest report as one self-contained HTML page: lightweight-charts' standalone build and the
 * data are inlined, so the file opens offline from file://. The statistics and trade tables are
 * HTML-escaped text; the chart data is JSON escaped for a `<script>` element (script-json.ts), so
 * names from a strategy (signals, titles) stay inert text.
 * @see https://tradingview.github.io/lightweight-charts/
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { ReportData, ReportTrade } from './report-data.ts';
import { REPORT_PAGE_SCRIPT } from './report-page-script.ts';
import { escapeHtml, scriptJson } from './script-json.ts';

const DAY_SECONDS = 86_400;

let library: string | undefined;

/** lightweight-charts' standalone build (defines `window.LightweightCharts`), read once. */
function chartLibrary(): string {
  if (library === undefined) {
    const manifest = createRequire(import.meta.url).resolve('lightweight-charts/package.json');
    const file = path.join(
      path.dirname(manifest),
      'dist/lightweight-charts.standalone.production.js',
    );
    // A literal `</script` inside the code would end the element early; `<\/` means the same in JS.
    library = readFileSync(file, 'utf8').replace(/<\/(script)/gi, '<\\/$1');
  }
  return library;
}

export function htmlReport(data: ReportData): string {
  const seconds = (ms: number) => Math.floor(ms / 1000);
  const time = Array.from(data.bars.time, seconds);
  const chartData = {
    intraday: time.some((t) => t % DAY_SECONDS !== 0),
    bars: {
      time,
      open: Array.from(data.bars.open),
      high: Array.from(data.bars.high),
      low: Array.from(data.bars.low),
      close: Array.from(data.bars.close),
    },
    trades: data.trades.map((t) => ({
      direction: t.direction,
      open: t.open,
      entryTime: seconds(t.entryTime),
      entrySignal: t.entrySignal,
      exitTime: seconds(t.exitTime),
      exitSignal: t.exitSignal,
    })),
    equity: Array.from(data.equity),
    drawdownPercent: Array.from(data.drawdown, (d) => d * 100),
  };
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(data.title)}</h1>
<p class="subtitle">${escapeHtml(data.subtitle)}</p>
<div id="chart"></div>
<h2>${escapeHtml(data.statsTitle)}</h2>
<table class="stats"><tbody>
${data.stats.map(([name, value]) => `<tr><th>${escapeHtml(name)}</th><td>${escapeHtml(value)}</td></tr>`).join('\n')}
</tbody></table>
<h2>Trades (${data.trades.length})</h2>
${tradeTable(data.trades)}
<script>${chartLibrary()}</script>
<script type="application/json" id="report-data">${scriptJson(chartData)}</script>
<script>${REPORT_PAGE_SCRIPT}</script>
</body>
</html>
`;
}

function tradeTable(trades: readonly ReportTrade[]): string {
  const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');
  const number = (n: number, digits: number) =>
    Number.isNaN(n)
      ? 'n/a'
      : n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const rows = trades.map((t, i) => {
    const cells = [
      String(i + 1),
      t.direction,
      String(t.qty),
      iso(t.entryTime),
      String(t.entryPrice),
      t.entrySignal,
      t.open ? 'open' : iso(t.exitTime),
      String(t.exitPrice),
      t.exitSignal,
      number(t.profit, 2),
      `${number(t.profitPercent, 2)}%`,
    ];
    const cls = t.profit >= 0 ? 'win' : 'loss';
    return `<tr class="${cls}">${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`;
  });
  return `<table class="trades"><thead><tr>${TRADE_COLUMNS.map((c) => `<th>${c}</th>`).join('')}</tr></thead><tbody>
${rows.join('\n')}
</tbody></table>`;
}

const TRADE_COLUMNS = [
  '#',
  'Side',
  'Qty',
  'Entry time (UTC)',
  'Entry price',
  'Entry signal',
  'Exit time (UTC)',
  'Exit price',
  'Exit signal',
  'Net P&amp;L',
  'Return',
];

const STYLE = `
body { font: 14px/1.4 system-ui, sans-serif; margin: 24px; color: #1f2328; }
h1 { font-size: 20px; margin: 0; } h2 { font-size: 16px; margin: 24px 0 8px; }
.subtitle { color: #59636e; margin: 4px 0 16px; }
#chart { height: 640px; border: 1px solid #d0d7de; }
table { border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { padding: 3px 10px; border-bottom: 1px solid #eaeef2; text-align: right; }
.stats th { text-align: left; font-weight: normal; color: #59636e; }
.trades th { background: #f6f8fa; position: sticky; top: 0; }
tr.win td:nth-last-child(-n+2) { color: #1a7f37; } tr.loss td:nth-last-child(-n+2) { color: #cf222e; }
`;
