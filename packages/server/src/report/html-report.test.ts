import { describe, expect, it } from 'vitest';
import { htmlReport } from './html-report.ts';
import type { ReportData } from './report-data.ts';

const INJECTION = '</script><script>alert(1)</script>';
const DAY = 86_400_000;
const T0 = Date.UTC(2024, 0, 1);

// Three daily bars, one long trade from bar 0's open 10 to bar 2's open 12 (1 unit): profit 2,
// 20 % of the entry value 10.
const DATA: ReportData = {
  title: `Test ${INJECTION}`,
  subtitle: 'subtitle',
  bars: {
    time: [T0, T0 + DAY, T0 + 2 * DAY],
    open: [10, 11, 12],
    high: [11, 12, 13],
    low: [9, 10, 11],
    close: [10.5, 11.5, 12.5],
  },
  trades: [
    {
      direction: 'long',
      qty: 1,
      entryTime: T0,
      entryPrice: 10,
      entrySignal: INJECTION,
      exitTime: T0 + 2 * DAY,
      exitPrice: 12,
      exitSignal: 'exit',
      open: false,
      profit: 2,
      profitPercent: 20,
    },
  ],
  equity: [100, 101, 102],
  drawdown: [0, 0, 0],
  statsTitle: 'Stats',
  stats: [[`Signal ${INJECTION}`, '1']],
};

/** The JSON inside `<script type="application/json" id="report-data">`. */
function embedded(html: string): unknown {
  const match = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(html);
  return JSON.parse(match![1]!);
}

describe('htmlReport', () => {
  const html = htmlReport(DATA);

  it('embeds the chart data: bar times in Unix seconds, the trade, equity and drawdown in percent', () => {
    expect(embedded(html)).toMatchObject({
      intraday: false,
      bars: { time: [1704067200, 1704153600, 1704240000], close: [10.5, 11.5, 12.5] },
      trades: [{ direction: 'long', entryTime: 1704067200, exitTime: 1704240000 }],
      equity: [100, 101, 102],
      drawdownPercent: [0, 0, 0],
    });
  });

  it('a name carrying </script><script>… stays inert text: three script elements, escaped data', () => {
    // Library, data, page script — and no fourth element opened by the injected text.
    expect(html.match(/<script/g)).toHaveLength(3);
    expect(html).not.toContain(INJECTION);
    expect(html).toContain('<th>Signal &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</th>');
    expect((embedded(html) as { trades: { entrySignal: string }[] }).trades[0]!.entrySignal).toBe(
      INJECTION,
    );
  });

  it('works offline: lightweight-charts is inlined and nothing is loaded from elsewhere', () => {
    expect(html).toContain('LightweightCharts');
    expect(html).not.toMatch(/<script[^>]*\ssrc=|<link[^>]*\shref=/);
  });
});
