/** Broker emulator rules (TRADINGVIEW-SEMANTICS.md), each on a few hand-made bars with the fill worked out by hand. */
import { describe, expect, it } from 'vitest';
import type { BrokerConfig } from './broker-config.ts';
import { brokerConfig } from './broker-config.ts';
import { BrokerEmulator } from './broker-emulator.ts';
import { minuteBars, type OhlcRow } from './test-support/minute-bars.ts';

const MIN = 60_000;

/** Runs `script(broker, i)` at each bar's close, with the driving contract of the run loop. */
function run(
  rows: OhlcRow[],
  script: (b: BrokerEmulator, i: number) => void,
  config: Partial<BrokerConfig> = {},
): BrokerEmulator {
  const bars = minuteBars(rows);
  const broker = new BrokerEmulator(brokerConfig(config), bars);
  for (let i = 0; i < bars.length; i++) {
    broker.beforeScript(i);
    script(broker, i);
    broker.afterScript(i);
  }
  broker.finish();
  return broker;
}

const FLAT: OhlcRow = [100, 101, 99, 100];

describe('BrokerEmulator', () => {
  it('rule 1: a market entry placed at bar 0 fills at the open of bar 1', () => {
    const b = run([FLAT, [102, 103, 101, 102]], (b, i) => i === 0 && b.entry('L', 'long'));
    const t = b.ledger.openRecord(0)!;
    expect([t.entry.barIndex, t.entry.time, t.entry.price, t.qty]).toEqual([1, MIN, 102, 1]);
  });

  it('rule 1: process_orders_on_close fills the market entry at the close of bar 0', () => {
    const b = run([[100, 101, 99, 100.5], FLAT], (b, i) => i === 0 && b.entry('L', 'long'), {
      processOrdersOnClose: true,
    });
    expect(b.ledger.openRecord(0)!.entry.price).toBe(100.5);
  });

  it('rule 2: open nearer the low walks open → low → high: a buy stop at 104 and sell stop at 96 — the sell fills first', () => {
    // Bar 1: open 100, low 95 (5 away), high 106 (6 away) → path 100 → 95 → 106 → 103.
    // The sell stop at 96 is reached first (short 1 @ 96), then the buy stop at 104 closes it (flat).
    const b = run([FLAT, [100, 106, 95, 103]], (b, i) => {
      if (i !== 0) return;
      b.entry('LE', 'long', { stop: 104 });
      b.entry('SE', 'short', { stop: 96 });
    });
    const t = b.ledger.closed.at(0)!;
    expect([t.direction, t.entry.price, t.exit.price, b.ledger.positionSize]).toEqual([
      'short',
      96,
      104,
      0,
    ]);
  });

  it('rule 2: a stop crossed in the gap fills at the next open, not at the level', () => {
    // Buy stop 103 placed on bar 0; bar 1 opens at 105 → fills at 105.
    const b = run(
      [FLAT, [105, 106, 104, 105]],
      (b, i) => i === 0 && b.entry('L', 'long', { stop: 103 }),
    );
    expect(b.ledger.openRecord(0)!.entry.price).toBe(105);
  });

  it('rule 3: a limit already better than the market fills at once at the open', () => {
    // Buy limit 102 with bar 1 opening at 100 → fills at 100 (better than the limit).
    const b = run(
      [FLAT, [100, 101, 99, 100]],
      (b, i) => i === 0 && b.entry('L', 'long', { limit: 102 }),
    );
    expect(b.ledger.openRecord(0)!.entry.price).toBe(100);
  });

  it('rule 8: slippage of 2 ticks moves a market buy 0.02 up, never a limit', () => {
    const b = run(
      [FLAT, FLAT, [100, 103, 99, 100]],
      (b, i) => {
        if (i === 0) b.entry('L', 'long');
        if (i === 1) b.exit('X', { fromEntry: 'L', limit: 102.5 });
      },
      { slippage: 2 },
    );
    const t = b.ledger.closed.at(0)!;
    expect([t.entry.price, t.exit.price]).toEqual([100.02, 102.5]);
  });

  it('rule 7: percent commission 0.1 % on both fills reduces the profit', () => {
    // Buy 1 @ 100 (fee 0.1), sell @ 110 (fee 0.11): 10 − 0.21 = 9.79.
    const b = run(
      [FLAT, FLAT, [110, 111, 109, 110], FLAT],
      (b, i) => {
        if (i === 0) b.entry('L', 'long');
        if (i === 1) b.close('L');
      },
      { commissionValue: 0.1 },
    );
    expect(b.ledger.closed.at(0)!.profit).toBeCloseTo(9.79, 10);
  });

  it('rule 10: an opposite entry adds the open position: long 1 → short entry of 1 fills 2, ends short 1', () => {
    const b = run([FLAT, FLAT, FLAT], (b, i) => {
      if (i === 0) b.entry('L', 'long');
      if (i === 1) b.entry('S', 'short');
    });
    expect([
      b.ledger.closed.length,
      b.ledger.closed.at(0)!.exit.signal,
      b.ledger.positionSize,
    ]).toEqual([1, 'S', -1]);
  });

  it('rule 10: a reversal is sized against the position after the market entries placed before it', () => {
    // Bar 0, flat: market long L, then short stop S at 98. L fills at bar 1's open (long 1); S is
    // sized 1 + 1 and reaches 98 on bar 2 (open 100, low 97): it reverses to short 1 @ 98.
    const b = run([FLAT, [100, 101, 99.5, 100], [100, 100.5, 97, 98]], (b, i) => {
      if (i !== 0) return;
      b.entry('L', 'long');
      b.entry('S', 'short', { stop: 98 });
    });
    const t = b.ledger.closed.at(0)!;
    expect([t.direction, t.exit.price, t.exit.signal, b.ledger.positionSize]).toEqual([
      'long',
      98,
      'S',
      -1,
    ]);
  });

  it('rule 10: close_all closes the position it was placed for, not the one an entry filled before it made', () => {
    // Short 1 from bar 1. Bar 1's script places a market long L (reversal, 2), then close_all (a buy
    // of 1 for the short). Bar 2's open: L reverses to long 1; close_all finds no short and is cancelled.
    const reversed = run([FLAT, FLAT, FLAT, FLAT], (b, i) => {
      if (i === 0) b.entry('S', 'short');
      if (i === 1) {
        b.entry('L', 'long');
        b.closeAll();
      }
    });
    expect([reversed.ledger.closed.length, reversed.ledger.positionSize]).toEqual([1, 1]);
    // Long 2 with pyramiding 3: a third market long and close_all (a sell of 2) on the same bar
    // leave the third trade open.
    const added = run(
      [FLAT, FLAT, FLAT, FLAT, FLAT],
      (b, i) => {
        if (i < 2) b.entry(`L${i}`, 'long');
        if (i === 2) {
          b.entry('L2', 'long');
          b.closeAll();
        }
      },
      { pyramiding: 3 },
    );
    expect(added.ledger.closed.toArray().map((t) => t.entryId)).toEqual(['L0', 'L1']);
    expect([added.ledger.positionSize, added.ledger.open[0]!.entryId]).toEqual([1, 'L2']);
  });

  it('rule 9: pyramiding counts the market entries placed earlier in the same pass', () => {
    // Flat on bar 0: market longs A then B; B would be the second trade at bar 1's open → ignored.
    const b = run([FLAT, FLAT, FLAT], (b, i) => {
      if (i !== 0) return;
      b.entry('A', 'long');
      b.entry('B', 'long');
    });
    expect([b.ledger.positionSize, b.ledger.open[0]!.entryId]).toEqual([1, 'A']);
  });

  it('rule 9: stop entries placed while flat on different bars may both fill (corpus order-dual-stop-both-touch-priority-01)', () => {
    // Buy stops at 101.5 (bar 0) and 102 (bar 1) both reached on bar 2: TradingView lists two longs.
    const b = run([FLAT, FLAT, [100, 103, 99.5, 102.5]], (b, i) => {
      if (i === 0) b.entry('LE', 'long', { stop: 101.5 });
      if (i === 1) b.entry('LE2', 'long', { stop: 102 });
    });
    const open = b.ledger.open.map((_, k) => b.ledger.openRecord(k)!);
    expect(open.map((t) => [t.entryId, t.entry.price])).toEqual([
      ['LE', 101.5],
      ['LE2', 102],
    ]);
  });

  it('rule 9: pyramiding 1 ignores a second same-direction entry', () => {
    const b = run([FLAT, FLAT, FLAT], (b, i) => i < 2 && b.entry(`L${i}`, 'long'), {
      pyramiding: 1,
    });
    expect(b.ledger.positionSize).toBe(1);
  });

  it('rule 11: FIFO closes the oldest trade whatever strategy.close names', () => {
    const b = run(
      [FLAT, [101, 101, 101, 101], [102, 102, 102, 102], FLAT],
      (b, i) => {
        if (i === 0) b.entry('A', 'long');
        if (i === 1) b.entry('B', 'long');
        if (i === 2) b.close('B', { qty: 1 });
      },
      { pyramiding: 2 },
    );
    expect(b.ledger.closed.at(0)!.entryId).toBe('A');
  });

  it('rule 12: profit/loss in ticks off the entry price; the level reached first wins', () => {
    // Entry @ 100, profit 150 ticks → limit 101.5, loss 100 ticks → stop 99. Bar 2 path 100 → 98.5 → 102: stop first.
    const b = run([FLAT, FLAT, [100, 102, 98.5, 101]], (b, i) => {
      if (i === 0) {
        b.entry('L', 'long');
        b.exit('X', { fromEntry: 'L', profit: 150, loss: 100 });
      }
    });
    expect(b.ledger.closed.at(0)!.exit.price).toBe(99);
  });

  it('rule 12: an exit placed before its entry fills waits and arms on the fill bar', () => {
    // Entry fills at bar 1 open 100; stop 99 is reached on bar 1 (low 98).
    const b = run([FLAT, [100, 100.5, 98, 99.5]], (b, i) => {
      if (i === 0) {
        b.entry('L', 'long');
        b.exit('X', { fromEntry: 'L', stop: 99 });
      }
    });
    const t = b.ledger.closed.at(0)!;
    expect([t.entry.barIndex, t.exit.barIndex, t.exit.price]).toEqual([1, 1, 99]);
  });

  it('rule 13: OCA cancel — the first fill of the group cancels the other order', () => {
    const b = run([FLAT, [100, 103, 100, 102], [102, 102, 90, 95]], (b, i) => {
      if (i !== 0) return;
      b.order('A', 'long', { stop: 102, ocaName: 'G', ocaType: 'cancel' });
      b.order('B', 'short', { stop: 95, ocaName: 'G', ocaType: 'cancel' });
    });
    expect([b.ledger.positionSize, b.pendingOrders().length]).toEqual([1, 0]);
  });

  it('rule 14: allow_entry_in long turns a short entry into a close of the long', () => {
    const b = run([FLAT, FLAT, FLAT], (b, i) => {
      b.risk.allowEntryIn = 'long';
      if (i === 0) b.entry('L', 'long');
      if (i === 1) b.entry('S', 'short');
    });
    expect([b.ledger.positionSize, b.ledger.closed.length]).toEqual([0, 1]);
  });

  it('rule 6: cash sizing rounds down to the lot step', () => {
    // 1,000 cash at close 300 → 3.33 contracts → 3 with lot 1.
    const b = run(
      [
        [300, 300, 300, 300],
        [300, 301, 299, 300],
      ],
      (b, i) => i === 0 && b.entry('L', 'long'),
      {
        defaultQtyType: 'cash',
        defaultQtyValue: 1000,
      },
    );
    expect(b.ledger.positionSize).toBe(3);
  });

  it('rule 6: percent_of_equity sizes at the signal close and rounds down to the 0.0001 crypto step', () => {
    // Corpus analyzer-parity-percent-of-equity-sizing-01, trade 1: 99 % of 1,000,000 = 990,000 at
    // the signal close 1807.83 → 547.61786… contracts → 547.6178 (TradingView lists 547.6178).
    const b = run(
      [
        [1806.99, 1812.6, 1803.74, 1807.83],
        [1807.82, 1810.49, 1799.7, 1802.75],
      ],
      (b, i) => i === 0 && b.entry('L', 'long'),
      { defaultQtyType: 'percent_of_equity', defaultQtyValue: 99, qtyStep: 0.0001 },
    );
    const t = b.ledger.openRecord(0)!;
    expect([t.qty, t.entry.price]).toEqual([547.6178, 1807.82]);
  });

  it('rule 6: an explicit qty rounds down to the lot step too', () => {
    // Corpus composite-ies-equity-feedback-sizing-01, trade 1: qty = 354.0748588746115 is listed
    // by TradingView as 354.0748 (a 0.0001 step, rounded down, not to nearest: …7486 → …748).
    const b = run(
      [FLAT, FLAT],
      (b, i) => i === 0 && b.entry('L', 'long', { qty: 354.0748588746115 }),
      {
        qtyStep: 0.0001,
      },
    );
    expect(b.ledger.positionSize).toBe(354.0748);
  });

  it('rule 2: opposite stop entries through the same open fill long first, whatever the placement order', () => {
    // Corpus order-dual-stop-open-tie-01, trade 12: short stop placed before long stop, both at
    // 100; bar 1 opens at 100 → long 1 @ 100, closed at once by the short stop @ 100, flat after.
    const b = run([FLAT, [100, 101, 99.5, 100.5]], (b, i) => {
      if (i !== 0) return;
      b.entry('SE', 'short', { stop: 100 });
      b.entry('LE', 'long', { stop: 100 });
    });
    const t = b.ledger.closed.at(0)!;
    expect([
      t.direction,
      t.entry.price,
      t.exit.price,
      t.exit.signal,
      b.ledger.positionSize,
    ]).toEqual(['long', 100, 100, 'SE', 0]);
  });

  it('rule 14: the max-filled-orders close after an intrabar buy stop fills at the high the segment runs to', () => {
    // Bar 1: open 100, high 103 (3 away), low 99.5 (0.5 away) → path 100 → 99.5 → 103 → 100.5.
    // The buy stop at 101 fills on the rising segment; the cap of 1 fill closes at its end, 103
    // (corpus composite-bracket-cap-range-pending-stop-01, trade 9: stop 1881.28, closed at the high 1882.74).
    const b = run([FLAT, [100, 103, 99.5, 100.5]], (b, i) => {
      if (i === 0) {
        b.risk.maxIntradayFilledOrders = 1;
        b.entry('LE', 'long', { stop: 101 });
      }
    });
    const t = b.ledger.closed.at(0)!;
    expect([t.entry.price, t.exit.price, t.exit.signal]).toEqual([
      101,
      103,
      'Close Position (Max number of filled orders in one day)',
    ]);
  });

  it('rule 14: the max-filled-orders close after a stop filled at the open is at the open', () => {
    // Buy stop at 99.5 is already through at the open 100 → fills at 100, closed at 100.
    const b = run([FLAT, [100, 103, 99.5, 100.5]], (b, i) => {
      if (i === 0) {
        b.risk.maxIntradayFilledOrders = 1;
        b.entry('LE', 'long', { stop: 99.5 });
      }
    });
    const t = b.ledger.closed.at(0)!;
    expect([t.entry.price, t.exit.price]).toEqual([100, 100]);
  });

  it('rule 15: margin call liquidates 4 × the contracts covering the shortfall at the bar low', () => {
    // 1,000 capital, margin_long 50 %, long 180 @ 10 (margin 900 fits). Bar 2 low 6: equity
    // 1000 − 4 × 180 = 280, margin 180 × 6 × 0.5 = 540 → short by 260 → cover trunc(260 / 6) = 43
    // → liquidate 4 × 43 = 172 contracts at 6.
    const b = run(
      [
        [10, 10, 10, 10],
        [10, 10, 10, 10],
        [8, 8, 6, 7],
      ],
      (b, i) => i === 0 && b.entry('L', 'long', { qty: 180 }),
      {
        initialCapital: 1000,
        marginLong: 50,
      },
    );
    const t = b.ledger.closed.at(0)!;
    expect([t.exit.signal, t.qty, t.exit.price]).toEqual(['Margin call', 172, 6]);
  });

  it('rule 15: a short is margin-called at the bar high', () => {
    // 1,000 capital, margin_short 50 %, short 100 @ 10 (margin 500 fits). Bar 2 high 14: equity
    // 1000 − 4 × 100 = 600, margin 100 × 14 × 0.5 = 700 → short by 100 → cover trunc(100 / 14) = 7
    // → liquidate 4 × 7 = 28 contracts at 14.
    const b = run(
      [
        [10, 10, 10, 10],
        [10, 10, 10, 10],
        [12, 14, 12, 13],
      ],
      (b, i) => i === 0 && b.entry('S', 'short', { qty: 100 }),
      { initialCapital: 1000, marginShort: 50 },
    );
    const t = b.ledger.closed.at(0)!;
    expect([t.exit.signal, t.qty, t.exit.price]).toEqual(['Margin call', 28, 14]);
  });

  it('rule 15: equity exactly covering the margin is no margin call; a tick less is', () => {
    // 500 capital, margin_long 50 %, long 100 @ 10 (margin 500 fits exactly). At a low of 10 the
    // equity 500 still covers 100 × 10 × 0.5 = 500. At 9.99: equity 499, margin 499.5 → short by
    // 0.5 → cover max(trunc(0.5 / 9.99), 1) = 1 → liquidate 4 contracts at 9.99.
    const rows: OhlcRow[] = [
      [10, 10, 10, 10],
      [10, 10, 10, 10],
      [10.5, 10.5, 10, 10.2],
    ];
    const config = { initialCapital: 500, marginLong: 50 };
    const entry = (b: BrokerEmulator, i: number) => i === 0 && b.entry('L', 'long', { qty: 100 });
    expect(run(rows, entry, config).ledger.closed.length).toBe(0);
    const called = run([...rows, [10.2, 10.2, 9.99, 10]], entry, config).ledger.closed.at(0)!;
    expect([called.exit.signal, called.qty, called.exit.price]).toEqual(['Margin call', 4, 9.99]);
  });

  it('strategy.equity = initial capital + net profit + open profit at the close', () => {
    const b = run(
      [FLAT, FLAT, [100, 106, 100, 105]],
      (b, i) => i === 0 && b.entry('L', 'long', { qty: 2 }),
    );
    expect(b.equity()).toBe(1_000_010);
  });

  it('rule 7: the entry commission counts from its fill: equity, percent sizing and the cumulative P&L', () => {
    // 1 % commission, 10 % of equity, lot 0.01. Entry 1 (signal close 100): 1,000 / (100 × 1.01)
    // = 9.90 @ 100, fee 9.90. Entry 2 (signal close 110): equity = 10,000 − 9.90 + 9.90 × 10 =
    // 10,089.10 → 1,008.91 / (110 × 1.01) = 9.08 (9.09 if the first fee were not yet booked),
    // fee 9.988. Both close at 120: trade 1 = 198 − 9.90 − 11.88 = 176.22, and its cumulative
    // P&L also carries trade 2's open entry fee: 166.232; trade 2 = 90.8 − 9.988 − 10.896.
    const b = run(
      [FLAT, FLAT, [110, 111, 109, 110], [110, 111, 109, 110], [120, 121, 119, 120]],
      (b, i) => {
        if (i === 0) b.entry('L1', 'long');
        if (i === 2) b.entry('L2', 'long');
        if (i === 3) b.closeAll();
      },
      {
        commissionValue: 1,
        defaultQtyType: 'percent_of_equity',
        defaultQtyValue: 10,
        pyramiding: 2,
        initialCapital: 10_000,
        qtyStep: 0.01,
      },
    );
    const [first, second] = [b.ledger.closed.at(0)!, b.ledger.closed.at(1)!];
    expect([first.qty, second.qty]).toEqual([9.9, 9.08]);
    expect(first.profit).toBeCloseTo(176.22, 9);
    expect(first.cumulativeProfit).toBeCloseTo(166.232, 9);
    expect(second.profit).toBeCloseTo(69.916, 9);
    expect(second.cumulativeProfit).toBeCloseTo(246.136, 9);
  });

  it("rule 7: a trade's run-up and drawdown are net of its entry commission, run-up never below 0", () => {
    // Buy 1 @ 100 (fee 0.1) on bar 1; bars 1-2 reach 100.05 and 99; closed at bar 3's open 99.5.
    // Run-up: max(0, 0.05 − 0.1) = 0 where the price alone gained 0.05; drawdown: −1 − 0.1 = −1.1.
    const b = run(
      [FLAT, [100, 100.05, 99.5, 100], [100, 100, 99, 99.5], [99.5, 99.5, 99.5, 99.5]],
      (b, i) => {
        if (i === 0) b.entry('L', 'long');
        if (i === 2) b.close('L');
      },
      { commissionValue: 0.1 },
    );
    const t = b.ledger.closed.at(0)!;
    expect(t.maxRunup).toBe(0);
    expect(t.maxDrawdown).toBeCloseTo(-1.1, 10);
  });

  it('rule 12: an exit for an entry id dies with its last trade, also when a reversal keeps the position open', () => {
    // Long L @ 100 with a stop exit at 95; the short entry reverses it on bar 2; the long entry on
    // bar 3 opens a new L at 90, below the old stop. The old exit must not close it at once.
    const b = run([FLAT, FLAT, FLAT, [90, 91, 89, 90], [90, 91, 89, 90], FLAT], (b, i) => {
      if (i === 0) b.entry('L', 'long');
      if (i === 1) {
        b.exit('XL', { fromEntry: 'L', stop: 95 });
        b.entry('S', 'short');
      }
      if (i === 2) b.entry('L', 'long');
    });
    expect(b.ledger.closed.length).toBe(2);
    const open = b.ledger.openRecord(0)!;
    expect([open.entryId, open.entry.price]).toEqual(['L', 90]);
  });

  it('nothing is force-closed at the end: the last trade stays open', () => {
    const b = run([FLAT, FLAT], (b, i) => i === 0 && b.entry('L', 'long'));
    expect([b.ledger.closed.length, b.ledger.open.length]).toEqual([0, 1]);
  });
});
