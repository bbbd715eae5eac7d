/** Display formatting: numbers by Performance Summary unit, money, percentages and UTC times. */
import type { Commission, SummaryUnit } from '../api/types.ts';

const grouped = (digits: number) =>
  new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const TWO = grouped(2);
const ZERO = grouped(0);
const THREE = grouped(3);
/** As many decimals as a value needs, up to 8 (crypto ticks and fees are small). */
const EXACT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 8 });

/** `null` and non-finite values print as an en dash, as TradingView prints "n/a" cells. */
export function formatValue(value: number | null | undefined, unit?: SummaryUnit): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  switch (unit) {
    case 'currency':
      return TWO.format(value);
    case 'percent':
      return `${TWO.format(value)} %`;
    case 'count':
      return Number.isInteger(value) ? ZERO.format(value) : TWO.format(value);
    case 'ratio':
      return THREE.format(value);
    default:
      return Number.isInteger(value) ? ZERO.format(value) : TWO.format(value);
  }
}

/** A price with as many decimals as it needs, up to 8 (crypto ticks are small). */
export function formatPrice(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return EXACT.format(value);
}

/** `2024-01-02 09:30` in UTC (the API's times are UTC). */
export function formatTime(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '–';
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
}

/** `2024-01-02` in UTC. */
export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** An ISO timestamp from the API as a local, readable date and time. */
export function formatIso(iso: string | null): string {
  if (iso === null) return '–';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

/** CSS class for a signed amount: green gains, red losses. */
export function signClass(value: number | null): string {
  if (value === null || value === 0 || !Number.isFinite(value)) return '';
  return value > 0 ? 'pos' : 'neg';
}

/** A commission setting in the words of TradingView's Properties tab: `0.1 % of value`, `2 per order`. */
export function formatCommission(commission: Commission): string {
  const value = EXACT.format(commission.value);
  switch (commission.type) {
    case 'percent':
      return `${value} % of value`;
    case 'cash_per_contract':
      return `${value} per contract`;
    case 'cash_per_order':
      return `${value} per order`;
  }
}
