/** Costs of a fill of Indian cash equities: brokerage, STT, NSE transaction charge, SEBI fee, stamp duty and GST. */
import { type CostModel, DEFAULT_FILL_CONTEXT } from '../portfolio/commission.ts';
import { type CommissionSchedule, commissionSchedule } from './commission-schedule.ts';
import { INDIA_EQUITY_RATES, type IndiaEquityRates } from './india-equity-rates.ts';

/** `delivery` (CNC: held overnight) or `intraday` (MIS: squared off the same day). */
export type IndiaEquityProduct = 'delivery' | 'intraday';

export interface IndiaEquityCostOptions {
  readonly product: IndiaEquityProduct;
  /** Default: the product's brokerage in `rates` (Zerodha's: ₹0 delivery, 0.03 % or ₹20 intraday). */
  readonly brokerage?: CommissionSchedule;
  /** Default `INDIA_EQUITY_RATES` (from 2024-10-01). */
  readonly rates?: IndiaEquityRates;
}

/** Every charge of one fill, in rupees, rounded as below. */
export interface IndiaEquityCharges {
  readonly brokerage: number;
  readonly stt: number;
  readonly transaction: number;
  readonly sebi: number;
  readonly stampDuty: number;
  readonly gst: number;
  readonly total: number;
}

export interface IndiaEquityCostModel extends CostModel {
  charges(qty: number, price: number, side: 'buy' | 'sell'): IndiaEquityCharges;
}

/**
 * Charges per fill (one executed order on the contract note). Rounding follows Zerodha's
 * brokerage calculator (zerodha.com/brokerage-calculator; its script as copied in
 * github.com/shiveshnavin/stocksmate brokerage.js): each charge to the paisa, half up, with STT
 * to the nearest rupee ("STT/CTT charged will be rounded off to the nearest rupee", Zerodha
 * support); GST is 18 % of the rounded brokerage + transaction charge + SEBI fee. The
 * calculator rounds a buy and a sell together, so over a round trip its STT can differ from the
 * sum of our per-fill STT by up to ₹1.
 */
export function indiaEquityCosts(options: IndiaEquityCostOptions): IndiaEquityCostModel {
  const rates = options.rates ?? INDIA_EQUITY_RATES;
  const product = rates[options.product];
  const brokerage = commissionSchedule(options.brokerage ?? product.brokerage);
  const charges = (qty: number, price: number, side: 'buy' | 'sell'): IndiaEquityCharges => {
    const value = qty * price;
    const buy = side === 'buy';
    const b = paisa(brokerage.commission(qty, price, 1, { side, liquidity: 'taker' }));
    const stt = Math.round(value * (buy ? product.sttBuy : product.sttSell) + 1e-6);
    const transaction = paisa(value * rates.nseTransaction);
    const sebi = paisa(value * rates.sebiFee);
    const stampDuty = buy ? paisa(value * product.stampBuy) : 0;
    const gst = paisa(rates.gst * (b + transaction + sebi));
    const total = paisa(b + stt + transaction + sebi + stampDuty + gst);
    return { brokerage: b, stt, transaction, sebi, stampDuty, gst, total };
  };
  return {
    name: `india-equity ${options.product} (rates from ${rates.effectiveFrom})`,
    charges,
    commission: (qty, price, pointValue, fill = DEFAULT_FILL_CONTEXT) =>
      charges(qty, price * pointValue, fill.side).total,
  };
}

/** Rupees to the paisa, half up; the 1e-6 paisa slack keeps 1.005 (1.00499… in binary) rounding up. */
function paisa(rupees: number): number {
  return Math.round(rupees * 100 + 1e-6) / 100;
}
