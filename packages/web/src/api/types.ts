/** Wire types of the Barwise HTTP API v1 (see the API contract); times are ms since the epoch UTC. */

export type Language = 'pine' | 'ts';

export interface StrategySummary {
  readonly id: string;
  readonly name: string;
  readonly language: Language;
  readonly description: string;
  readonly tags: string[];
  readonly version: number;
  /** ISO 8601. */
  readonly createdAt: string;
  /** ISO 8601. */
  readonly updatedAt: string;
}

export type ParameterType =
  | 'int'
  | 'float'
  | 'bool'
  | 'string'
  | 'source'
  | 'timeframe'
  | 'symbol'
  | 'session'
  | 'color'
  | 'time'
  | 'price'
  | 'enum'
  | 'text_area';

export type InputValue = number | string | boolean;

export interface Parameter {
  readonly title: string;
  readonly type: ParameterType;
  readonly defval: InputValue | null;
  readonly minval?: number;
  readonly maxval?: number;
  readonly step?: number;
  readonly options?: InputValue[];
  readonly tooltip?: string;
  readonly group?: string;
}

export interface ApiDiagnostic {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
}

export interface Strategy extends StrategySummary {
  readonly source: string;
  readonly kind: 'strategy' | 'indicator' | 'library' | null;
  readonly parameters: Parameter[];
  readonly diagnostics: ApiDiagnostic[];
}

export interface StrategyVersion {
  readonly version: number;
  readonly createdAt: string;
}

export interface NewStrategy {
  readonly name: string;
  readonly source: string;
  readonly language?: Language;
  readonly description?: string;
  readonly tags?: string[];
}

export interface StrategyPatch {
  readonly name?: string;
  readonly description?: string;
  readonly tags?: string[];
  readonly source?: string;
}

export interface Dataset {
  readonly id: string;
  readonly ticker: string;
  readonly source: string;
  readonly timeframe: string;
  readonly barCount: number;
  readonly firstTime: number;
  readonly lastTime: number;
  readonly timezone: string;
  readonly mintick: number;
  readonly createdAt: string;
}

/** Columnar bars (dataset bars and a backtest's tested range share this shape). */
export interface Bars {
  readonly datasetId?: string;
  readonly time: number[];
  readonly open: number[];
  readonly high: number[];
  readonly low: number[];
  readonly close: number[];
  /** null where the data has no volume. */
  readonly volume: (number | null)[];
}

export type BacktestStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** TradingView's strategy(commission_type): percent of the traded value, cash per contract or per order. */
export type CommissionType = 'percent' | 'cash_per_contract' | 'cash_per_order';

/** A per-run override of the script's strategy(commission_type, commission_value). */
export interface Commission {
  readonly type: CommissionType;
  /** ≥ 0: percent, or cash in the account currency. */
  readonly value: number;
}

export interface BacktestConfig {
  readonly strategyId: string;
  readonly strategyVersion: number;
  readonly datasetId: string;
  readonly from?: number;
  readonly to?: number;
  readonly initialCapital?: number;
  /** Absent: the script's own strategy() commission. */
  readonly commission?: Commission;
  /** Whole ticks against the trader on market and stop fills; absent: the script's own. */
  readonly slippageTicks?: number;
  readonly inputs?: Record<string, InputValue>;
  /** TradingView's broker emulator: the only fill model Pine strategies use. */
  readonly fillModel?: 'tradingview';
}

export type SummaryUnit = 'currency' | 'percent' | 'count' | 'ratio';

export interface SummaryRow {
  readonly label: string;
  readonly all: number | null;
  readonly long: number | null;
  readonly short: number | null;
  readonly unit?: SummaryUnit;
}

export interface Backtest {
  readonly id: string;
  readonly jobId: string;
  readonly status: BacktestStatus;
  readonly strategyName: string;
  readonly config: BacktestConfig;
  readonly createdAt: string;
  readonly finishedAt: string | null;
  readonly error: string | null;
  readonly summary: SummaryRow[] | null;
  readonly tradeCount: number | null;
  readonly netProfit: number | null;
}

export interface NewBacktest {
  readonly strategyId: string;
  readonly strategyVersion?: number;
  readonly datasetId: string;
  readonly from?: number;
  readonly to?: number;
  readonly initialCapital?: number;
  readonly commission?: Commission;
  readonly slippageTicks?: number;
  readonly inputs?: Record<string, InputValue>;
  readonly fillModel?: 'tradingview';
}

export interface Trade {
  readonly number: number;
  readonly side: 'long' | 'short';
  readonly entryTime: number;
  readonly entrySignal: string;
  readonly entryPrice: number;
  readonly exitTime: number | null;
  readonly exitSignal: string | null;
  readonly exitPrice: number | null;
  readonly quantity: number;
  readonly profit: number;
  readonly profitPercent: number;
  readonly cumulativeProfit: number;
  readonly runUp: number;
  readonly drawdown: number;
}

export interface Equity {
  readonly time: number[];
  readonly equity: number[];
  /** ≤ 0, in account currency, from the running peak. */
  readonly drawdown: number[];
}

export interface Plots {
  readonly time: number[];
  readonly plots: { readonly title: string; readonly values: (number | null)[] }[];
}

export type JobState = BacktestStatus;

export interface Job {
  readonly id: string;
  readonly kind: 'backtest';
  readonly state: JobState;
  /** 0..1. */
  readonly progress: number;
  readonly message: string | null;
  readonly error: string | null;
  readonly backtestId: string;
  readonly attempts: number;
  readonly createdAt: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
}

export interface CheckResult {
  readonly kind: Strategy['kind'];
  readonly parameters: Parameter[];
  readonly diagnostics: ApiDiagnostic[];
}

/** One pino log line from the server's WebSocket. */
export interface LogLine {
  readonly level: number;
  readonly time: number;
  readonly msg: string;
  readonly reqId?: string;
}

export interface Items<T> {
  readonly items: T[];
}
