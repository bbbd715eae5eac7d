/** The backtest kernel: one loop over bars driving a strategy against the simulated exchange. */
import { assert } from '../../assert.ts';
import type { Bars } from '../../market/bars.ts';
import { type CostModelSpec, createCostModel } from '../costs/create-cost-model.ts';
import {
  createFillModel,
  type FillModelName,
  type FillModelSpec,
} from '../fills/create-fill-model.ts';
import type { FillModel } from '../fills/fill-model.ts';
import { SimulatedExchange } from '../fills/simulated-exchange.ts';
import { computeStats, type Stats } from '../metrics/stats.ts';
import type { Order, OrderQty } from '../orders/order.ts';
import { Account, type InstrumentTerms, type Position } from '../portfolio/account.ts';
import { type CommissionModel, NO_COMMISSION } from '../portfolio/commission.ts';
import { type MarginModel, percentMargin } from '../portfolio/margin.ts';
import type { OpenTrade, Trade } from '../portfolio/trade.ts';
import type { Params } from '../strategy/params.ts';
import type { Strategy } from '../strategy/strategy.ts';
import { SimulatedClock } from './clock.ts';
import { barCloseTime, DataFeed } from './data-feed.ts';
import type { Fill } from './execution-client.ts';
import { StrategyKernel } from './strategy-kernel.ts';

/** One feed of a run; the first feed is the primary one (it drives the steps). */
export interface FeedInput {
  readonly bars: Bars;
  /** Name for `ctx.feed(key)`; defaults to the ticker (give one when a ticker has two timeframes). */
  readonly key?: string;
  /** Overrides of the run-wide trading terms for this feed's symbol. */
  readonly terms?: Partial<InstrumentTerms>;
}

/**
 * What happens to positions still open after the last bar:
 * `none` keeps them (marked at the last close); `last-close` closes them at the last close;
 * `replay-last-bar` queues closing orders and replays the last bar, so they (and orders placed on
 * the last bar) fill at its open, as backtesting.py's `finalize_trades=True` does.
 */
export type CloseAtEnd = 'none' | 'last-close' | 'replay-last-bar';

/** Structural subset of the DOM AbortSignal (core has no DOM types). */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

export interface BacktestConfig<P extends Params> {
  readonly strategy: Strategy<P>;
  /** Bars of one symbol, or several feeds (the first is primary). */
  readonly data: Bars | readonly FeedInput[];
  readonly params?: Partial<P>;
  /** Starting cash; default 1,000,000 (TradingView's initial_capital default). */
  readonly initialCash?: number;
  /** A name, a spec with options (`createFillModel`), or a model; default `next-open`. */
  readonly fillModel?: FillModelName | FillModelSpec | FillModel;
  /** Size of orders that give none; default 1 unit (TradingView's strategy.fixed 1). */
  readonly defaultQty?: OrderQty;
  /** Costs of each fill for all symbols: a model or a spec (`createCostModel`); default none. */
  readonly commission?: CommissionModel | CostModelSpec;
  /** Default for all symbols: 100 % of position value (no leverage). */
  readonly margin?: MarginModel;
  /** Default `none`. */
  readonly closeAtEnd?: CloseAtEnd;
  /** Annual risk-free rate for Sharpe, Sortino and Alpha (fraction); default 0. */
  readonly riskFreeRate?: number;
  /** Called with (bars done, bars total) every `progressEvery` bars and at the end. */
  readonly onProgress?: (done: number, total: number) => void;
  /** Checked with every progress report; an aborted run throws `BacktestCancelledError`. */
  readonly signal?: AbortSignalLike;
  /** Default 4096. */
  readonly progressEvery?: number;
}

/**
 * A run's settings without its strategy, data and run controls: what a strategy module declares
 * beside its strategy (`export const settings`) so a front end reproduces its published run.
 */
export type BacktestSettings<P extends Params = Params> = Omit<
  BacktestConfig<P>,
  'strategy' | 'data' | 'onProgress' | 'signal' | 'progressEvery'
>;

export interface BacktestResult<P extends Params> {
  readonly strategy: string;
  readonly params: P;
  /** Name of the fill model that decided every fill, and the options it was created with. */
  readonly fillModel: string;
  readonly fillModelOptions: Readonly<Record<string, unknown>>;
  /** Name of the run-wide cost model (feeds may override it in their terms). */
  readonly costModel: string;
  readonly initialCash: number;
  /** Open time of each primary bar, and the account's equity after that bar (ms UTC, money). */
  readonly time: Float64Array;
  readonly equity: Float64Array;
  /** Equity / running peak − 1 per bar (≤ 0). */
  readonly drawdown: Float64Array;
  readonly trades: readonly Trade[];
  /** Every order submitted, with its final state (the order log). */
  readonly orders: readonly Order[];
  readonly fills: readonly Fill[];
  /** Positions still open at the end. */
  readonly openPositions: readonly Position[];
  /** The trades those positions hold (entry fills not yet closed), per symbol in entry order. */
  readonly openTrades: readonly OpenTrade[];
  readonly finalBalance: number;
  readonly finalEquity: number;
  /** Equity minus margin used at the end (backtrader's `getcash`). */
  readonly finalAvailable: number;
  /** Bars before every primary-feed indicator had a value (backtesting.py's warm-up). */
  readonly warmupBars: number;
  readonly stats: Stats;
}

export class BacktestCancelledError extends Error {
  override name = 'BacktestCancelledError';
}

/** Runs `config.strategy` over the bars; deterministic for equal inputs. */
export function runBacktest<P extends Params>(config: BacktestConfig<P>): BacktestResult<P> {
  const inputs: readonly FeedInput[] =
    'time' in config.data ? [{ bars: config.data as Bars }] : (config.data as readonly FeedInput[]);
  const data = new DataFeed(
    inputs.map((f) => ({ key: f.key ?? f.bars.symbol.ticker, bars: f.bars })),
  );
  const commission =
    config.commission === undefined
      ? NO_COMMISSION
      : 'commission' in config.commission
        ? config.commission
        : createCostModel(config.commission);
  const termsBySymbol = new Map<string, InstrumentTerms>();
  for (const f of inputs) {
    const ticker = f.bars.symbol.ticker;
    if (termsBySymbol.has(ticker)) continue;
    termsBySymbol.set(ticker, {
      pointValue: f.bars.symbol.pointValue,
      lotSize: f.bars.symbol.lotSize,
      margin: config.margin ?? percentMargin(100),
      commission,
      ...f.terms,
    });
  }
  const initialCash = config.initialCash ?? 1_000_000;
  const account = new Account(initialCash, (symbol) => {
    const terms = termsBySymbol.get(symbol);
    assert(terms, `no feed for symbol "${symbol}"`);
    return terms;
  });
  const fillModel =
    typeof config.fillModel === 'object' && 'decide' in config.fillModel
      ? config.fillModel
      : createFillModel(config.fillModel ?? 'next-open');
  const clock = new SimulatedClock();
  const primary = data.primary;
  const exchange = new SimulatedExchange({
    account,
    fillModel,
    clock,
    defaultSymbol: primary.bars.symbol.ticker,
    defaultQty: config.defaultQty ?? 1,
  });
  // The execution feed of each symbol is the first feed that carries it.
  const executionFeed = new Map<string, string>();
  for (const s of data.all)
    if (!executionFeed.has(s.bars.symbol.ticker)) executionFeed.set(s.bars.symbol.ticker, s.key);

  const { strategy } = config;
  const kernel = new StrategyKernel<P>(strategy, config.params, clock, data, exchange);
  const params = kernel.params;
  kernel.start();

  const bars = primary.bars;
  const n = bars.length;
  const equity = new Float64Array(n);
  const every = config.progressEvery ?? 4096;
  const symbol = bars.symbol.ticker;
  const ownsExecution = executionFeed.get(symbol) === primary.key;
  const hasSecondaries = data.secondaries.length > 0;
  const executing = data.all.filter((s) => executionFeed.get(s.bars.symbol.ticker) === s.key);
  const secondaryBooks = data.all.map((s) =>
    s !== primary && executionFeed.get(s.bars.symbol.ticker) === s.key
      ? exchange.book(s.bars.symbol.ticker)
      : undefined,
  );
  const feedBar = (feed: typeof primary, i: number) => {
    const book = secondaryBooks[feed.ordinal];
    if (book) exchange.onBookBar(book, feed.bars, i);
    kernel.feedBar(feed, i);
  };
  const primaryBook = exchange.book(symbol);
  const executingBooks = executing.map((s) => exchange.book(s.bars.symbol.ticker));
  for (let i = 0; i < n; i++) {
    clock.advance(bars.time[i]!, i);
    if (hasSecondaries) data.advanceSecondaries(barCloseTime(bars, i), feedBar);
    primary.index = i;
    if (ownsExecution) exchange.onBookBar(primaryBook, bars, i);
    kernel.bar(i);
    for (let k = 0; k < executing.length; k++) {
      const s = executing[k]!;
      if (s.index >= 0) exchange.onBookClose(executingBooks[k]!, s.bars, s.index);
    }
    if (kernel.pending > 0) kernel.dispatch();
    account.recordEquity(equity, i);
    if ((i + 1) % every === 0) report(config, i + 1, n);
  }

  if (n > 0) closeAtEnd(config.closeAtEnd ?? 'none', exchange, data, account, executionFeed);
  kernel.dispatch();
  if (n > 0) equity[n - 1] = account.equity;
  kernel.stop();
  report(config, n, n);

  const warmupBars = kernel.warmupBars();
  const drawdown = new Float64Array(n);
  let peak = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    peak = Math.max(peak, equity[i]!);
    drawdown[i] = equity[i]! / peak - 1;
  }
  const openPositions = [...termsBySymbol.keys()]
    .map((s) => account.position(s))
    .filter((p) => p.qty !== 0);
  const openTrades = openPositions.flatMap((p) =>
    account.openTrades(p.symbol).map((t) => ({ ...t })),
  );
  return {
    strategy: strategy.name,
    params,
    fillModel: fillModel.name,
    fillModelOptions: fillModel.options ?? {},
    costModel: commission.name,
    initialCash,
    time: bars.time,
    equity,
    drawdown,
    trades: account.trades,
    orders: exchange.orders,
    fills: exchange.fills,
    openPositions,
    openTrades,
    finalBalance: account.balance,
    finalEquity: account.equity,
    finalAvailable: account.available,
    warmupBars,
    stats: computeStats({
      time: bars.time,
      equity,
      close: bars.close,
      trades: account.trades,
      firstTradingBar: warmupBars,
      riskFreeRate: config.riskFreeRate ?? 0,
    }),
  };
}

function report<P extends Params>(config: BacktestConfig<P>, done: number, total: number): void {
  config.onProgress?.(done, total);
  if (config.signal?.aborted)
    throw new BacktestCancelledError(`backtest cancelled after ${done} of ${total} bars`);
}

function closeAtEnd(
  mode: CloseAtEnd,
  exchange: SimulatedExchange,
  data: DataFeed,
  account: Account,
  executionFeed: Map<string, string>,
): void {
  if (mode === 'none') return;
  for (const [symbol, key] of executionFeed) {
    const feed = data.get(key);
    const qty = account.position(symbol).qty;
    if (feed.index < 0) continue;
    if (mode === 'last-close') {
      exchange.flatten(symbol, feed.bars.close[feed.index]!, 'end-of-run', 'end-of-run');
    } else {
      if (qty !== 0)
        exchange.submit({
          symbol,
          side: qty > 0 ? 'sell' : 'buy',
          qty: Math.abs(qty),
          reduceOnly: true,
          tag: 'end-of-run',
        });
      exchange.onBar(symbol, feed.bars, feed.index);
    }
  }
}
