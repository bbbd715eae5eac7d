/** A paper-trading session: one strategy on one symbol, fed closed bars one at a time through the shared kernel. */
import { assert } from '../../assert.ts';
import type { Bar } from '../../market/bars.ts';
import type { SymbolInfo } from '../../market/symbol-info.ts';
import type { Timeframe } from '../../market/timeframe.ts';
import { createCostModel } from '../costs/create-cost-model.ts';
import { createFillModel } from '../fills/create-fill-model.ts';
import type { BacktestConfig, CloseAtEnd } from '../kernel/backtest.ts';
import { type Clock, SimulatedClock } from '../kernel/clock.ts';
import { DataFeed } from '../kernel/data-feed.ts';
import type { Fill } from '../kernel/execution-client.ts';
import { StrategyKernel } from '../kernel/strategy-kernel.ts';
import type { Order } from '../orders/order.ts';
import { Account } from '../portfolio/account.ts';
import { NO_COMMISSION } from '../portfolio/commission.ts';
import { percentMargin } from '../portfolio/margin.ts';
import type { Trade } from '../portfolio/trade.ts';
import type { Params } from '../strategy/params.ts';
import { LiveBars } from './live-bars.ts';
import { PaperExecutionClient } from './paper-execution-client.ts';

/** A clock the session moves to each bar it receives (a wall clock or a replay clock in tests). */
export interface SteppedClock extends Clock {
  advance(time: number, step: number): void;
}

export type PaperSessionConfig<P extends Params> = Pick<
  BacktestConfig<P>,
  'strategy' | 'params' | 'initialCash' | 'fillModel' | 'defaultQty' | 'commission' | 'margin'
> & {
  readonly symbol: SymbolInfo;
  readonly timeframe: Timeframe;
  /** Bars of history the session keeps for the strategy and its indicators; default 100,000. */
  readonly capacity?: number;
  /** Default: a clock set to the open time of each bar as it arrives, as in a backtest. */
  readonly clock?: SteppedClock;
};

export interface PaperSessionResult {
  readonly orders: readonly Order[];
  readonly fills: readonly Fill[];
  readonly trades: readonly Trade[];
  readonly finalBalance: number;
  readonly finalEquity: number;
}

/**
 * Runs a strategy the way live trading does: the feed pushes each closed bar (`onBar`), the
 * session moves the injected clock, hands the bar to the paper client as market data, delivers
 * the client's events, and lets the kernel run the strategy. Defaults mirror `runBacktest`, so a
 * session fed a backtest's bars fills exactly as the backtest does (the one-kernel property).
 */
export class PaperSession<P extends Params> {
  readonly client: PaperExecutionClient;
  readonly account: Account;
  readonly params: P;
  private readonly bars: LiveBars;
  private readonly data: DataFeed;
  private readonly clock: SteppedClock;
  private readonly kernel: StrategyKernel<P>;
  private last: Bar | undefined;
  private stopped = false;

  constructor(private readonly config: PaperSessionConfig<P>) {
    const { symbol, timeframe } = config;
    this.bars = new LiveBars(symbol, timeframe, config.capacity ?? 100_000);
    this.data = new DataFeed([{ key: symbol.ticker, bars: this.bars }]);
    const commission =
      config.commission === undefined
        ? NO_COMMISSION
        : 'commission' in config.commission
          ? config.commission
          : createCostModel(config.commission);
    const terms = {
      pointValue: symbol.pointValue,
      lotSize: symbol.lotSize,
      margin: config.margin ?? percentMargin(100),
      commission,
    };
    this.account = new Account(config.initialCash ?? 1_000_000, (s) => {
      assert(s === symbol.ticker, `paper session trades ${symbol.ticker} only, not "${s}"`);
      return terms;
    });
    const fillModel =
      typeof config.fillModel === 'object' && 'decide' in config.fillModel
        ? config.fillModel
        : createFillModel(config.fillModel ?? 'next-open');
    this.clock = config.clock ?? new SimulatedClock();
    this.client = new PaperExecutionClient({
      account: this.account,
      fillModel,
      clock: this.clock,
      defaultSymbol: symbol.ticker,
      defaultQty: config.defaultQty ?? 1,
    });
    this.kernel = new StrategyKernel(
      config.strategy,
      config.params,
      this.clock,
      this.data,
      this.client,
    );
    this.params = this.kernel.params;
    this.kernel.start();
  }

  /** A bar of the session's symbol has closed. */
  onBar(bar: Bar): void {
    assert(!this.stopped, 'paper session: bar received after stop()');
    const { client, kernel, config } = this;
    const i = this.bars.append(bar);
    this.clock.advance(bar.time, i);
    this.data.primary.index = i;
    client.onBar(config.symbol, config.timeframe, bar);
    client.deliver();
    kernel.bar(i);
    client.onClose(config.symbol.ticker);
    client.deliver();
    if (kernel.pending > 0) kernel.dispatch();
    this.last = bar;
  }

  /**
   * Ends the session; `closeAtEnd` handles an open position as `runBacktest` does (`replay-last-bar`
   * fills the closing order, and orders placed on the last bar, at the last bar's open).
   */
  stop(closeAtEnd: CloseAtEnd = 'none'): PaperSessionResult {
    assert(!this.stopped, 'paper session: stop() called twice');
    this.stopped = true;
    const { client, account, last } = this;
    const ticker = this.config.symbol.ticker;
    if (last && closeAtEnd === 'last-close') {
      client.flatten(ticker, last.close, 'end-of-run', 'end-of-run');
    } else if (last && closeAtEnd === 'replay-last-bar') {
      const qty = account.position(ticker).qty;
      if (qty !== 0)
        client.submit({
          symbol: ticker,
          side: qty > 0 ? 'sell' : 'buy',
          qty: Math.abs(qty),
          reduceOnly: true,
          tag: 'end-of-run',
        });
      client.onBar(this.config.symbol, this.config.timeframe, last);
    }
    client.deliver();
    this.kernel.stop();
    return {
      orders: client.orders,
      fills: client.fills,
      trades: account.trades,
      finalBalance: account.balance,
      finalEquity: account.equity,
    };
  }
}
