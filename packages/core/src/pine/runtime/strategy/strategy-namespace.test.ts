/** `strategy.*` account values a script reads, worked by hand on a few bars. */
import { describe, expect, it } from 'vitest';
import { barsFromCloses } from '../../test-support/bars.ts';
import { runProbe } from '../../test-support/run-probe.ts';

describe('strategy account values', () => {
  it('count an open entry commission from its fill: netprofit, grossloss, equity', () => {
    // Closes (= opens) 10, 20, 30. Buy 2 on bar 0 fills at bar 1's open 20, 1 % fee 0.40.
    // Bar 1: net profit −0.40 (TradingView books the entry fee at once; PyneCore's measurements
    // of plotted strategy.netprofit), gross loss 0.40, equity 1,000 − 0.40 + 0 = 999.60.
    // Bar 2: open profit 2 × (30 − 20) = 20 → equity 1,019.60.
    const source = `//@version=6
strategy("p", initial_capital = 1000, commission_type = strategy.commission.percent, commission_value = 1)
if bar_index == 0
    strategy.entry("L", strategy.long, qty = 2)
log.info("", strategy.netprofit, strategy.grossloss, strategy.equity, strategy.openprofit)
`;
    const logged = runProbe(source, barsFromCloses([10, 20, 30]));
    const rows = logged.map((l) => (l.values as number[]).map((v) => Math.round(v * 1e9) / 1e9));
    expect(rows).toEqual([
      [0, 0, 1000, 0],
      [-0.4, 0.4, 999.6, 0],
      [-0.4, 0.4, 1019.6, 20],
    ]);
  });
});
