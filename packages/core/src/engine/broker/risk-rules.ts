/**
 * `strategy.risk.*` limits and the state the emulator keeps to enforce them (rule 14 of
 * TRADINGVIEW-SEMANTICS.md). Days are calendar days in the exchange time zone.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_strategy.risk.max_intraday_filled_orders
 */

export type EntryDirection = 'all' | 'long' | 'short';
export type RiskAmountType = 'cash' | 'percent_of_equity';

export class RiskRules {
  /** Told when a limit is set: the broker's per-bar work may change. */
  private readonly changed: () => void;

  constructor(changed: () => void = () => {}) {
    this.changed = changed;
  }

  /** strategy.risk.allow_entry_in: entries the other way only close the position. */
  allowEntryIn: EntryDirection = 'all';
  /** strategy.risk.max_position_size: entries are cut so the position never exceeds it. */
  maxPositionSize = Number.POSITIVE_INFINITY;
  maxIntradayLossType: RiskAmountType = 'cash';
  maxDrawdownType: RiskAmountType = 'cash';
  /** Some rule counts per day (filled orders, intraday loss, losing days): days must be tracked. */
  dayRulesActive = false;
  /** max_intraday_loss or max_drawdown is set: equity is checked against them at each close. */
  lossLimitsActive = false;
  // The limits below are behind setters that keep the two flags above, read on every bar.
  #maxIntradayFilledOrders = Number.POSITIVE_INFINITY;
  #maxIntradayLoss = Number.POSITIVE_INFINITY;
  #maxDrawdown = Number.POSITIVE_INFINITY;
  #maxConsLossDays = Number.POSITIVE_INFINITY;

  get maxIntradayFilledOrders(): number {
    return this.#maxIntradayFilledOrders;
  }
  set maxIntradayFilledOrders(count: number) {
    this.#maxIntradayFilledOrders = count;
    this.refreshFlags();
  }
  get maxIntradayLoss(): number {
    return this.#maxIntradayLoss;
  }
  set maxIntradayLoss(value: number) {
    this.#maxIntradayLoss = value;
    this.refreshFlags();
  }
  get maxDrawdown(): number {
    return this.#maxDrawdown;
  }
  set maxDrawdown(value: number) {
    this.#maxDrawdown = value;
    this.refreshFlags();
  }
  get maxConsLossDays(): number {
    return this.#maxConsLossDays;
  }
  set maxConsLossDays(count: number) {
    this.#maxConsLossDays = count;
    this.refreshFlags();
  }

  /** Local calendar day (days since 1970 in the exchange zone) the counters below belong to. */
  day = Number.NaN;
  filledToday = 0;
  equityAtDayStart = Number.NaN;
  /** Equity at the end of the previous day, to tell losing days (max_cons_loss_days). */
  consecutiveLossDays = 0;
  /** Trading stopped until the next day (intraday rules) or for good (drawdown, losing days). */
  haltedToday = false;
  haltedForGood = false;
  /** Why trading stopped: the signal of the closing fill TradingView shows. */
  haltReason = '';

  private refreshFlags(): void {
    this.dayRulesActive =
      Number.isFinite(this.#maxIntradayFilledOrders) ||
      Number.isFinite(this.#maxIntradayLoss) ||
      Number.isFinite(this.#maxConsLossDays);
    this.lossLimitsActive =
      Number.isFinite(this.#maxIntradayLoss) || Number.isFinite(this.#maxDrawdown);
    this.changed();
  }

  get halted(): boolean {
    return this.haltedToday || this.haltedForGood;
  }

  allows(side: 1 | -1): boolean {
    return this.allowEntryIn === 'all' || (this.allowEntryIn === 'long') === (side === 1);
  }

  /** Amount of a cash-or-percent limit in account currency at `equity`. */
  static amount(value: number, type: RiskAmountType, equity: number): number {
    return type === 'cash' ? value : (value / 100) * equity;
  }
}
