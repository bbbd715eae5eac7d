/**
 * Max drawdown and max run-up as TradingView's Performance Summary defines them: per trade, the
 * extreme open result (the trade's adverse or favorable excursion, which already nets its entry
 * commission, as the export's excursion columns do) measured from the highest (lowest) equity the
 * account had settled at before or at that trade's entry. Settled equity is the initial capital
 * plus closed trades' net P&L, dipped by each open trade's entry commission (PineForge's reading of
 * a TradingView export, docs/pages/metrics.md, matches the help pages' formula once commissions
 * are counted). Percents are of that peak (drawdown) or trough (run-up), as the Pine manual
 * describes `strategy.max_drawdown_percent` and `strategy.max_runup_percent`.
 * @see https://www.tradingview.com/support/solutions/43000681690/
 * @see https://www.tradingview.com/support/solutions/43000682585/
 */
import type { OpenTradeRecord, TradeFill } from '../broker/trade-record.ts';

export interface EquityExcursions {
  readonly maxDrawdown: number;
  readonly maxDrawdownPercent: number;
  readonly maxRunup: number;
  readonly maxRunupPercent: number;
}

/** A trade as these formulas need it: closed trades carry their exit and net P&L. */
export interface ExcursionTrade extends OpenTradeRecord {
  readonly exit?: TradeFill;
  readonly profit?: number;
}

interface SettleEvent {
  readonly time: number;
  /** Exits before entries at one time: a reversal closes, then opens. */
  readonly order: 0 | 1;
  readonly change: number;
  readonly trade?: ExcursionTrade;
}

export function equityExcursions(
  trades: readonly ExcursionTrade[],
  initialCapital: number,
): EquityExcursions {
  const events: SettleEvent[] = [];
  for (const trade of trades) {
    events.push({ time: trade.entry.time, order: 1, change: -trade.entry.commission, trade });
    if (trade.exit && trade.profit !== undefined) {
      // The entry commission left equity at the entry; the exit settles the rest of the net P&L.
      events.push({
        time: trade.exit.time,
        order: 0,
        change: trade.profit + trade.entry.commission,
      });
    }
  }
  events.sort((a, b) => a.time - b.time || a.order - b.order);
  let settled = initialCapital;
  let peak = initialCapital;
  let trough = initialCapital;
  const result = { maxDrawdown: 0, maxDrawdownPercent: 0, maxRunup: 0, maxRunupPercent: 0 };
  for (const event of events) {
    const beforeEntry = settled;
    settled += event.change;
    peak = Math.max(peak, settled);
    trough = Math.min(trough, settled);
    const trade = event.trade;
    if (!trade) continue;
    const drawdown = peak - (beforeEntry + trade.maxDrawdown);
    if (drawdown > result.maxDrawdown) {
      result.maxDrawdown = drawdown;
      result.maxDrawdownPercent = (drawdown / peak) * 100;
    }
    const runup = beforeEntry + trade.maxRunup - trough;
    if (runup > result.maxRunup) {
      result.maxRunup = runup;
      result.maxRunupPercent = (runup / trough) * 100;
    }
  }
  return result;
}
