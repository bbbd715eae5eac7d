/** `strategy.*`: orders, trade statistics and strategy constants. @see https://www.tradingview.com/pine-script-reference/v6/#fun_strategy.entry */
import {
  defineConstants,
  defineFunctions,
  defineVariables,
  type FunctionRow,
} from './signature.ts';

/** `when` existed up to v5; v6 removed it (use an `if` block). */
const WHEN = 'when!5: bool = true';
const ALERT = 'alert_message?: string, disable_alert: bool = false';

const tradeFns = (group: 'closedtrades' | 'opentrades'): FunctionRow[] => {
  const rows: [string, string, string][] = [
    ['commission', 'float', 'Commission paid on the trade'],
    ['entry_bar_index', 'int', 'Bar index of the entry'],
    ['entry_comment', 'string', 'Comment of the entry order'],
    ['entry_id', 'string', 'Id of the entry order'],
    ['entry_price', 'float', 'Entry fill price'],
    ['entry_time', 'int', 'UNIX time of the entry'],
    ['max_drawdown', 'float', 'Largest open loss during the trade'],
    ['max_drawdown_percent', 'float', 'Largest open loss in percent'],
    ['max_runup', 'float', 'Largest open profit during the trade'],
    ['max_runup_percent', 'float', 'Largest open profit in percent'],
    ['profit', 'float', 'Profit or loss'],
    ['profit_percent', 'float', 'Profit or loss in percent'],
    ['size', 'float', 'Signed size (negative for shorts)'],
  ];
  if (group === 'closedtrades')
    rows.push(
      ['exit_bar_index', 'int', 'Bar index of the exit'],
      ['exit_comment', 'string', 'Comment of the exit order'],
      ['exit_id', 'string', 'Id of the exit order'],
      ['exit_price', 'float', 'Exit fill price'],
      ['exit_time', 'int', 'UNIX time of the exit'],
    );
  return rows.map(([name, type, what]) => [
    `strategy.${group}.${name}(trade_num: int): series ${type}`,
    `${what} of the ${group === 'closedtrades' ? 'closed' : 'open'} trade number \`trade_num\`.`,
  ]);
};

export const STRATEGY_FUNCTIONS = defineFunctions([
  [
    'strategy(title: const string, shorttitle?: const string, overlay: const bool = false, format?: const string, precision?: const int, scale?: const scale_type, pyramiding: const int = 0, calc_on_order_fills: const bool = false, calc_on_every_tick: const bool = false, max_bars_back?: const int, backtest_fill_limits_assumption: const int = 0, default_qty_type: const string = strategy.fixed, default_qty_value: const float = 1, initial_capital: const float = 1000000, currency: const string = currency.NONE, slippage: const int = 0, commission_type: const string = strategy.commission.percent, commission_value: const float = 0, process_orders_on_close: const bool = false, close_entries_rule: const string = "FIFO", margin_long: const float = 100, margin_short: const float = 100, explicit_plot_zorder: const bool = false, max_lines_count: const int = 50, max_labels_count: const int = 50, max_boxes_count: const int = 50, calc_bars_count?: const int, risk_free_rate: const float = 2, use_bar_magnifier: const bool = false, fill_orders_on_standard_ohlc: const bool = false, max_polylines_count: const int = 50, dynamic_requests: const bool = true, behind_chart: const bool = true): void',
    'Declares a strategy script and its backtest properties.',
  ],
  [`strategy.cancel(id: string, ${WHEN}): void`, 'Cancels pending orders with this id.'],
  [`strategy.cancel_all(${WHEN}): void`, 'Cancels every pending order.'],
  [
    `strategy.close(id: string, comment?: string, qty?: float, qty_percent?: float, alert_message?: string, immediately: bool = false, disable_alert: bool = false, ${WHEN}): void`,
    'Closes the position opened by entries with this id.',
  ],
  [
    `strategy.close_all(comment?: string, alert_message?: string, immediately: bool = false, disable_alert: bool = false, ${WHEN}): void`,
    'Closes the whole position.',
  ],
  [
    'strategy.convert_to_account(value: float): series float',
    'Symbol currency to account currency.',
  ],
  [
    'strategy.convert_to_symbol(value: float): series float',
    'Account currency to symbol currency.',
  ],
  [
    'strategy.default_entry_qty(fill_price: float): series float',
    'Default quantity of an entry filled at `fill_price`.',
  ],
  [
    `strategy.entry(id: string, direction: strategy_direction, qty?: float, limit?: float, stop?: float, oca_name?: string, oca_type?: input string, comment?: string, alert_message?: string, disable_alert: bool = false, ${WHEN}): void`,
    'Places an entry order (reverses an opposite position).',
  ],
  [
    `strategy.exit(id: string, from_entry?: string, qty?: float, qty_percent?: float, profit?: float, limit?: float, loss?: float, stop?: float, trail_price?: float, trail_points?: float, trail_offset?: float, oca_name?: string, comment?: string, comment_profit?: string, comment_loss?: string, comment_trailing?: string, alert_message?: string, alert_profit?: string, alert_loss?: string, alert_trailing?: string, disable_alert: bool = false, ${WHEN}): void`,
    'Places exit orders (take profit, stop loss, trailing stop).',
  ],
  [
    `strategy.order(id: string, direction: strategy_direction, qty?: float, limit?: float, stop?: float, oca_name?: string, oca_type?: input string, comment?: string, ${ALERT}, ${WHEN}): void`,
    'Places an order without the pyramiding and reversal rules of entries.',
  ],
  [
    'strategy.risk.allow_entry_in(value: simple string): void',
    'Allows entries in one direction only.',
  ],
  [
    'strategy.risk.max_cons_loss_days(count: simple int, alert_message?: simple string): void',
    'Stops trading after this many losing days in a row.',
  ],
  [
    'strategy.risk.max_drawdown(value: simple float, type: simple string, alert_message?: simple string): void',
    'Stops trading past a drawdown.',
  ],
  [
    'strategy.risk.max_intraday_filled_orders(count: simple int, alert_message?: simple string): void',
    'Caps filled orders per day.',
  ],
  [
    'strategy.risk.max_intraday_loss(value: simple float, type: simple string, alert_message?: simple string): void',
    'Stops trading for the day past a loss.',
  ],
  ['strategy.risk.max_position_size(contracts: simple float): void', 'Caps the position size.'],
  ...tradeFns('closedtrades'),
  ...tradeFns('opentrades'),
]);

export const STRATEGY_VARIABLES = defineVariables('variable', [
  ['strategy.account_currency: simple string', 'Account currency of the strategy.'],
  ['strategy.avg_losing_trade: series float', 'Mean loss of losing trades.'],
  ['strategy.avg_losing_trade_percent: series float', 'Mean loss of losing trades in percent.'],
  ['strategy.avg_trade: series float', 'Mean profit of all trades.'],
  ['strategy.avg_trade_percent: series float', 'Mean profit of all trades in percent.'],
  ['strategy.avg_winning_trade: series float', 'Mean profit of winning trades.'],
  ['strategy.avg_winning_trade_percent: series float', 'Mean profit of winning trades in percent.'],
  ['strategy.closedtrades: series int', 'Number of closed trades.'],
  ['strategy.closedtrades.first_index: series int', 'Index of the oldest closed trade still kept.'],
  ['strategy.equity: series float', 'Initial capital + net profit + open profit.'],
  ['strategy.eventrades: series int', 'Number of break-even trades.'],
  ['strategy.grossloss: series float', 'Sum of losing trades.'],
  ['strategy.grossloss_percent: series float', 'Gross loss in percent of initial capital.'],
  ['strategy.grossprofit: series float', 'Sum of winning trades.'],
  ['strategy.grossprofit_percent: series float', 'Gross profit in percent of initial capital.'],
  ['strategy.initial_capital: simple float', 'Initial capital.'],
  ['strategy.losstrades: series int', 'Number of losing trades.'],
  ['strategy.margin_liquidation_price: series float', 'Price at which a margin call would happen.'],
  ['strategy.max_contracts_held_all: series float', 'Largest position held.'],
  ['strategy.max_contracts_held_long: series float', 'Largest long position held.'],
  ['strategy.max_contracts_held_short: series float', 'Largest short position held.'],
  ['strategy.max_drawdown: series float', 'Largest equity drawdown.'],
  ['strategy.max_drawdown_percent: series float', 'Largest equity drawdown in percent.'],
  ['strategy.max_runup: series float', 'Largest equity run-up.'],
  ['strategy.max_runup_percent: series float', 'Largest equity run-up in percent.'],
  ['strategy.netprofit: series float', 'Profit of closed trades.'],
  ['strategy.netprofit_percent: series float', 'Net profit in percent of initial capital.'],
  ['strategy.openprofit: series float', 'Unrealised profit of open trades.'],
  ['strategy.openprofit_percent: series float', 'Open profit in percent.'],
  ['strategy.opentrades: series int', 'Number of open trades.'],
  [
    'strategy.opentrades.capital_held: series float',
    'Capital reserved by open trades.',
    { since: 6 },
  ],
  ['strategy.position_avg_price: series float', 'Average entry price of the position.'],
  ['strategy.position_entry_name: series string', 'Id of the entry that opened the position.'],
  ['strategy.position_size: series float', 'Signed position size.'],
  ['strategy.wintrades: series int', 'Number of winning trades.'],
]);

export const STRATEGY_CONSTANTS = [
  ...defineConstants('strategy', 'strategy_direction', [
    ['long', 'Long direction of an order.'],
    ['short', 'Short direction of an order.'],
  ]),
  ...defineConstants('strategy', 'string', [
    ['cash', 'Order size in account currency.'],
    ['fixed', 'Order size in contracts.'],
    ['percent_of_equity', 'Order size in percent of equity.'],
  ]),
  ...defineConstants('strategy.commission', 'string', [
    ['cash_per_contract', 'Commission in money per contract.'],
    ['cash_per_order', 'Commission in money per order.'],
    ['percent', 'Commission in percent of the order value.'],
  ]),
  ...defineConstants('strategy.direction', 'string', [
    ['all', 'Both directions allowed.'],
    ['long', 'Long entries only.'],
    ['short', 'Short entries only.'],
  ]),
  ...defineConstants('strategy.oca', 'string', [
    ['cancel', 'A fill cancels the other orders of the group.'],
    ['none', 'Orders of the group are independent.'],
    ['reduce', 'A fill reduces the other orders of the group.'],
  ]),
];
