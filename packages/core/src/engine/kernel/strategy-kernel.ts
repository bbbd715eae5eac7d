/** What every run shares, backtest, paper or live: strategy hooks, indicator stepping and event dispatch over one ExecutionClient. */
import { RunContext } from '../strategy/context.ts';
import { type Params, resolveParams } from '../strategy/params.ts';
import type { BarSeries, IndicatorSeries } from '../strategy/series.ts';
import type { Strategy } from '../strategy/strategy.ts';
import type { Clock } from './clock.ts';
import type { DataFeed } from './data-feed.ts';
import { EventQueue } from './event-queue.ts';
import type { ExecutionClient, ExecutionEvent } from './execution-client.ts';

const NO_INDICATORS: readonly IndicatorSeries[] = [];

/**
 * The kernel proper. A driver (the backtest loop over arrays, or a paper/live session fed one bar
 * at a time) moves the clock, hands each bar to its execution client, then calls `bar(i)`; the
 * kernel steps the feed's indicators, delivers the client's events and runs `onBar`. Client events
 * are queued by time and delivered between hooks, never inside one (ARCHITECTURE principle 1).
 */
export class StrategyKernel<P extends Params> {
  readonly ctx: RunContext<P>;
  readonly params: P;
  private readonly queue = new EventQueue<ExecutionEvent>();
  private primaryIndicators: readonly IndicatorSeries[] = NO_INDICATORS;
  /** Registered indicators per feed ordinal. */
  private byFeed: readonly (readonly IndicatorSeries[])[] = [];

  constructor(
    private readonly strategy: Strategy<P>,
    overrides: Partial<P> | undefined,
    clock: Clock,
    private readonly data: DataFeed,
    client: ExecutionClient,
  ) {
    this.params = resolveParams<P>(strategy.params, overrides);
    this.ctx = new RunContext<P>(this.params, clock, data, client);
    const queue = this.queue;
    client.listener = (event) => queue.push(clock.time, event);
  }

  /** Runs `init` (indicators register there) and delivers what it caused. */
  start(): void {
    this.strategy.init?.(this.ctx);
    this.ctx.registering = false;
    this.dispatch();
    this.byFeed = this.data.all.map((s) => this.ctx.registry.get(s.key) ?? NO_INDICATORS);
    this.primaryIndicators = this.byFeed[0]!;
  }

  /** Steps the indicators of a non-primary feed that has just closed its bar `i`. */
  feedBar(feed: BarSeries, i: number): void {
    const list = this.byFeed[feed.ordinal]!;
    for (let k = 0; k < list.length; k++) list[k]!.step(i);
  }

  /** Primary bar `i` has closed and its fills are booked: indicators, pending events, `onBar`. */
  bar(i: number): void {
    const indicators = this.primaryIndicators;
    for (let k = 0; k < indicators.length; k++) indicators[k]!.step(i);
    if (this.queue.size > 0) this.dispatch();
    this.strategy.onBar(this.ctx);
  }

  /** Delivers queued order updates and fills to the strategy, oldest first. */
  dispatch(): void {
    const { queue, strategy, ctx } = this;
    for (let e = queue.pop(); e; e = queue.pop()) {
      strategy.onOrder?.(ctx, e.order);
      if (e.kind === 'fill') strategy.onFill?.(ctx, e.fill);
    }
  }

  get pending(): number {
    return this.queue.size;
  }

  /** Delivers what is left and runs `onStop`. */
  stop(): void {
    this.dispatch();
    this.strategy.onStop?.(this.ctx);
  }

  /** Bars before every primary-feed indicator had a value (backtesting.py's warm-up). */
  warmupBars(): number {
    return this.primaryIndicators.reduce((w, s) => Math.max(w, s.firstDefinedIndex()), 0);
  }
}
