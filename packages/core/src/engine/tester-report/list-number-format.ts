/**
 * How TradingView's trade-list export prints numbers (read off the corpus exports): money rounded
 * to cents without trailing zeros (`-4`, `1.49`, `-6.1`), percents with exactly two decimals
 * (`0.00`, `-0.43`), prices, sizes and values to ten significant digits (`249997.0806`).
 */

export function formatMoney(value: number): string {
  return plain(Math.round(value * 100) / 100);
}

export function formatPercent(value: number): string {
  const text = value.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}

export function formatQuantity(value: number): string {
  return plain(Number(value.toPrecision(10)));
}

function plain(value: number): string {
  return Object.is(value, -0) ? '0' : String(value);
}
