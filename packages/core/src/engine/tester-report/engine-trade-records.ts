/**
 * A TypeScript strategy's trades as TradingView's broker emulator records them, so the
 * Performance Summary and the List of Trades cover engine runs too. A trade's run-up and drawdown
 * are its best and worst open profit over the prices it was open for: on its entry bar from the
 * place on the intrabar path where it filled, on its exit bar up to the place where it closed, and
 * whole bars in between (TRADINGVIEW-SEMANTICS.md rule 2), as the emulator follows them: path
 * prices only (a slipped fill price is not a price the market traded at).
 * @see https://www.tradingview.com/support/solutions/43000681683/
 */
import type { Bars } from '../../market/bars.ts';
import { PricePath } from '../broker/price-path.ts';
import type { ClosedTradeRecord, OpenTradeRecord, TradeFill } from '../broker/trade-record.ts';
import type { Fill } from '../kernel/execution-client.ts';
import type { OpenTrade, Trade } from '../portfolio/trade.ts';

export interface EngineTrades {
  readonly trades: readonly Trade[];
  readonly openTrades: readonly OpenTrade[];
  readonly fills: readonly Fill[];
}

export interface EngineTradeRecords {
  readonly closed: ClosedTradeRecord[];
  readonly open: OpenTradeRecord[];
}

/**
 * Records of the trades in `bars`' symbol (other symbols' trades are left out: the summary is the
 * chart symbol's). `pointValue` converts price moves to money.
 */
export function engineTradeRecords(run: EngineTrades, bars: Bars): EngineTradeRecords {
  const symbol = bars.symbol.ticker;
  const pointValue = bars.symbol.pointValue;
  const excursion = new Excursion(
    bars,
    run.fills.filter((f) => f.symbol === symbol),
  );
  /** The entry side of a record, its excursions followed to `exitBar` (at `exitPrice`, NaN: open). */
  const opened = (t: OpenTrade, exitBar: number, exitPrice: number): OpenTradeRecord => {
    const qty = Math.abs(t.size);
    const [runup, drawdown] = excursion.of(t, exitBar, exitPrice);
    return {
      tradeNumber: t.id,
      entryId: t.tag,
      direction: t.size > 0 ? 'long' : 'short',
      qty,
      entry: fill(t.entryTime, t.entryBar, t.entryPrice, t.tag, t.entryCommission),
      maxRunup: runup * qty * pointValue,
      maxDrawdown: drawdown * qty * pointValue,
    };
  };
  const closed: ClosedTradeRecord[] = [];
  let cumulativeProfit = 0;
  for (const t of run.trades) {
    if (t.symbol !== symbol) continue;
    cumulativeProfit += t.pnl;
    const entry = opened({ ...t, tag: t.entryTag }, t.exitBar, t.exitPrice);
    closed.push({
      ...entry,
      exitId: t.exitTag,
      exit: fill(t.exitTime, t.exitBar, t.exitPrice, t.exitTag, t.commission - t.entryCommission),
      profit: t.pnl,
      profitPercent: (t.pnl / (entry.qty * t.entryPrice * pointValue)) * 100,
      cumulativeProfit,
    });
  }
  const last = bars.length - 1;
  const open = run.openTrades
    .filter((t) => t.symbol === symbol)
    .map((t) => opened(t, last, Number.NaN));
  return { closed, open };
}

function fill(
  time: number,
  barIndex: number,
  price: number,
  tag: string,
  commission: number,
): TradeFill {
  return { time, barIndex, price, signal: tag, comment: tag === '' ? null : tag, commission };
}

/** Best and worst price moves of trades, per unit, from the bars and the fills' rules. */
class Excursion {
  private readonly path = new PricePath();
  private readonly range = new Float64Array(2);
  /** Place on its bar's path of the first fill at each bar and price (`bar:price`). */
  private readonly places = new Map<string, number>();

  constructor(
    private readonly bars: Bars,
    fills: readonly Fill[],
  ) {
    for (const f of fills) {
      const key = `${f.bar}:${f.price}`;
      if (!this.places.has(key)) this.places.set(key, this.place(f));
    }
  }

  /**
   * [run-up ≥ 0, drawdown ≤ 0] per unit of a trade entered as `t` and closed on `exitBar` at
   * `exitPrice` (NaN: still open, followed to that bar's close).
   */
  of(
    t: { readonly size: number; readonly entryBar: number; readonly entryPrice: number },
    exitBar: number,
    exitPrice: number,
  ): [number, number] {
    let high = Number.NEGATIVE_INFINITY;
    let low = Number.POSITIVE_INFINITY;
    for (let i = t.entryBar; i <= exitBar; i++) {
      const from = i === t.entryBar ? this.placeOf(i, t.entryPrice) : 0;
      const to = i === exitBar && !Number.isNaN(exitPrice) ? this.placeOf(i, exitPrice) : 3;
      this.load(i).range(from, Math.max(from, to), this.range);
      if (this.range[0]! < low) low = this.range[0]!;
      if (this.range[1]! > high) high = this.range[1]!;
    }
    const long = t.size > 0;
    const best = long ? high - t.entryPrice : t.entryPrice - low;
    const worst = long ? low - t.entryPrice : t.entryPrice - high;
    return [Math.max(0, best), Math.min(0, worst)];
  }

  private load(i: number): PricePath {
    const b = this.bars;
    return this.path.load(b.open[i]!, b.high[i]!, b.low[i]!, b.close[i]!);
  }

  private placeOf(bar: number, price: number): number {
    return this.places.get(`${bar}:${price}`) ?? 3;
  }

  /**
   * Where on its bar's path a fill happened, from the rule that decided it and the price before
   * slippage: the emulator follows path prices only, so slippage never widens an excursion.
   */
  private place(f: Fill): number {
    if (f.rule.endsWith('-on-close') || f.rule === 'end-of-run') return 3;
    if (f.rule.endsWith('-at-open')) return 0;
    const path = this.load(f.bar);
    const price = f.side === 'buy' ? f.price - f.slippage : f.price + f.slippage;
    const at = path.firstReach(price, price >= path.points[0]!, 0);
    return at < 0 ? 0 : at;
  }
}
