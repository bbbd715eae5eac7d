/**
 * backtesting.py's Beta: `cov(equity log returns, market log returns) / var(market log returns)`
 * over consecutive bars (numpy `np.cov`, ddof = 1 on both sides, so ddof cancels).
 * @see https://github.com/kernc/backtesting.py/blob/master/backtesting/_stats.py
 */

/**
 * Market log returns per close column: a parameter sweep runs many backtests over the same bars,
 * and the market side of Beta is the same for all of them. Bar columns are not edited in place;
 * a column that grew (live bars) is worked out again.
 */
const marketReturns = new WeakMap<ArrayLike<number>, Float64Array>();

function logReturns(close: ArrayLike<number>): Float64Array {
  let returns = marketReturns.get(close);
  if (returns?.length !== Math.max(close.length - 1, 0)) {
    returns = new Float64Array(Math.max(close.length - 1, 0));
    for (let i = 1; i < close.length; i++) returns[i - 1] = Math.log(close[i]! / close[i - 1]!);
    marketReturns.set(close, returns);
  }
  return returns;
}

/**
 * One pass, no equity return column: sums of the log returns shifted by their first values (the
 * shifted-data algorithm), exact enough for returns, whose mean is tiny against their spread.
 * NaN with fewer than two returns.
 */
export function logReturnBeta(equity: ArrayLike<number>, close: ArrayLike<number>): number {
  const n = equity.length - 1;
  if (n < 2) return Number.NaN;
  const market = logReturns(close);
  const shiftE = Math.log(equity[1]! / equity[0]!);
  const shiftM = market[0]!;
  let sumE = 0;
  let sumM = 0;
  let sumEM = 0;
  let sumMM = 0;
  for (let i = 1; i <= n; i++) {
    // A flat equity bar is a zero return: skip the logarithm.
    const e0 = equity[i - 1]!;
    const e1 = equity[i]!;
    const re = (e1 === e0 ? 0 : Math.log(e1 / e0)) - shiftE;
    const rm = market[i - 1]! - shiftM;
    sumE += re;
    sumM += rm;
    sumEM += re * rm;
    sumMM += rm * rm;
  }
  return (sumEM - (sumE * sumM) / n) / (sumMM - (sumM * sumM) / n);
}
