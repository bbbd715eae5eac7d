/** Everything needed to run a backtest again: stored with it as JSON (the API's BacktestConfig). */
import type { InputValue } from '@barwise/core';
import type { CommissionSetting } from '../backtest/run-backtest.ts';

export interface BacktestConfig {
  readonly strategyId: string;
  readonly strategyVersion: number;
  readonly datasetId: string;
  /** Trading starts here (ms UTC, inclusive); earlier bars warm the script up. */
  readonly from?: number | undefined;
  /** Bars end here (ms UTC, exclusive). */
  readonly to?: number | undefined;
  /** Overrides `strategy(initial_capital)`. */
  readonly initialCapital?: number | undefined;
  /** Overrides `strategy(commission_type, commission_value)`; absent: the script's own. */
  readonly commission?: CommissionSetting | undefined;
  /** Overrides `strategy(slippage)`, in ticks; absent: the script's own. */
  readonly slippageTicks?: number | undefined;
  /** Input overrides by title. */
  readonly inputs?: Readonly<Record<string, InputValue>> | undefined;
  /** The broker rules: TradingView's Strategy Tester (TRADINGVIEW-SEMANTICS.md). */
  readonly fillModel: 'tradingview';
}

/** What a backtest job's row carries: the backtest to run. */
export interface BacktestJobPayload {
  readonly backtestId: string;
}
