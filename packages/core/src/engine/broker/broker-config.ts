/**
 * Settings of the broker emulator: the backtest properties of TradingView's `strategy()`
 * declaration, in engine terms (no Pine types).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_strategy
 */

export type QtyType = 'fixed' | 'cash' | 'percent_of_equity';
export type CommissionType = 'percent' | 'cash_per_contract' | 'cash_per_order';
export type CloseEntriesRule = 'FIFO' | 'ANY';

export interface BrokerConfig {
  /** Account money at the start (`initial_capital`, default 1,000,000). */
  readonly initialCapital: number;
  /** Same-direction entries `strategy.entry` may hold (`pyramiding`; 0 and 1 both allow one). */
  readonly pyramiding: number;
  readonly defaultQtyType: QtyType;
  readonly defaultQtyValue: number;
  readonly commissionType: CommissionType;
  readonly commissionValue: number;
  /** Ticks added against the trader on market and stop fills (`slippage`). */
  readonly slippage: number;
  /** Market orders fill at the close of the bar that placed them (`process_orders_on_close`). */
  readonly processOrdersOnClose: boolean;
  readonly closeEntriesRule: CloseEntriesRule;
  /** Percent of a position's value held as margin; 100 = no leverage (`margin_long`/`margin_short`). */
  readonly marginLong: number;
  readonly marginShort: number;
  /** Ticks the price must trade through a limit before it fills (`backtest_fill_limits_assumption`). */
  readonly fillLimitsAssumption: number;
  /** Decide fills on the lower-timeframe bars given to the emulator (`use_bar_magnifier`). */
  readonly useBarMagnifier: boolean;
  /** Price grid (`syminfo.mintick`). */
  readonly mintick: number;
  /** Currency value of one point per contract (`syminfo.pointvalue`). */
  readonly pointValue: number;
  /**
   * Quantity step every order size rounds down to, computed or explicit (the symbol's lot size;
   * default 1 = whole contracts; the Pine facade uses TradingView's crypto step, see order-qty-step.ts).
   */
  readonly qtyStep: number;
  /** IANA zone whose calendar days the intraday risk rules count in (the exchange's zone). */
  readonly timezone: string;
}

export const DEFAULT_BROKER_CONFIG: BrokerConfig = {
  initialCapital: 1_000_000,
  pyramiding: 0,
  defaultQtyType: 'fixed',
  defaultQtyValue: 1,
  commissionType: 'percent',
  commissionValue: 0,
  slippage: 0,
  processOrdersOnClose: false,
  closeEntriesRule: 'FIFO',
  marginLong: 100,
  marginShort: 100,
  fillLimitsAssumption: 0,
  useBarMagnifier: false,
  mintick: 0.01,
  pointValue: 1,
  qtyStep: 1,
  timezone: 'UTC',
};

export function brokerConfig(overrides: Partial<BrokerConfig> = {}): BrokerConfig {
  return { ...DEFAULT_BROKER_CONFIG, ...overrides };
}

/** Commission charged on one fill of `qty` contracts at `price` (rule 7 of TRADINGVIEW-SEMANTICS.md). */
export function fillCommission(config: BrokerConfig, qty: number, price: number): number {
  const value = config.commissionValue;
  if (!(value > 0)) return 0;
  switch (config.commissionType) {
    case 'percent':
      return (qty * price * config.pointValue * value) / 100;
    case 'cash_per_contract':
      return qty * value;
    case 'cash_per_order':
      return value;
  }
}
