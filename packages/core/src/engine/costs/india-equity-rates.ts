/** Published charges on Indian cash equities traded on NSE: statutory levies, exchange and SEBI fees, and a discount broker's brokerage. */
import type { CommissionSchedule } from './commission-schedule.ts';

/** Per product (delivery or intraday): fractions of traded value, and the brokerage schedule. */
export interface IndiaEquityProductRates {
  readonly sttBuy: number;
  readonly sttSell: number;
  readonly stampBuy: number;
  readonly brokerage: CommissionSchedule;
}

export interface IndiaEquityRates {
  /** ISO date from which these rates apply. */
  readonly effectiveFrom: string;
  /** Where the rates were published. */
  readonly source: string;
  readonly delivery: IndiaEquityProductRates;
  readonly intraday: IndiaEquityProductRates;
  /** NSE transaction charge, both sides. */
  readonly nseTransaction: number;
  /** SEBI turnover fee, both sides. */
  readonly sebiFee: number;
  /** GST on brokerage + transaction charge + SEBI fee. */
  readonly gst: number;
}

/**
 * Rates as fractions of traded value (0.001 = 0.1 %), effective from `effectiveFrom` until the
 * next revision; add a new object rather than editing one when rates change.
 * Sources:
 * - STT (Securities Transaction Tax): delivery 0.1 % on buy and sell; intraday 0.025 % on the
 *   sell side (Zerodha's charges page; unchanged by the 2024 budget, which raised F&O STT only).
 * - NSE cash-market transaction charge ₹2.97 per lakh of traded value each side, effective
 *   2024-10-01 (NSE circular of 2024-09-27, after SEBI's circular of 2024-07-01 asking MII
 *   charges to be uniform and "true to label"; reported by NDTV Profit and PTI that day).
 * - SEBI turnover fee ₹10 per crore.
 * - Stamp duty (Indian Stamp Act 1899 as amended by the Finance Act 2019, from 2020-07-01):
 *   0.015 % (₹1,500 / crore) delivery, 0.003 % (₹300 / crore) intraday, buy side only.
 * - GST 18 % on brokerage + SEBI fee + transaction charge (Zerodha's charges page).
 * - Brokerage: Zerodha's published charges (zerodha.com/charges): ₹0 for equity delivery;
 *   0.03 % or ₹20 per executed order, whichever is lower, for equity intraday.
 * Not yet included: later copies of Zerodha's page list NSE at 0.00307 %, which looks like the
 * 0.00297 % above plus NSE's ₹10 / crore investor-protection-fund contribution; its effective
 * date is unverified, so it belongs in a later rates object once checked.
 */
export const INDIA_EQUITY_RATES: IndiaEquityRates = {
  effectiveFrom: '2024-10-01',
  source:
    'zerodha.com/charges; NSE circular 2024-09-27 (transaction charges from 2024-10-01); SEBI fee ₹10/crore; Indian Stamp Act (2020-07-01 rates)',
  delivery: {
    sttBuy: 0.001,
    sttSell: 0.001,
    stampBuy: 0.00015,
    brokerage: { percent: 0 },
  },
  intraday: {
    sttBuy: 0,
    sttSell: 0.00025,
    stampBuy: 0.00003,
    brokerage: { percent: 0.03, maximum: 20 },
  },
  nseTransaction: 0.0000297,
  sebiFee: 10 / 1e7,
  gst: 0.18,
};
