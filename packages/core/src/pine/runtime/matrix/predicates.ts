/**
 * matrix.is_* predicates. Comparisons are exact (no tolerance) except the row sums of
 * `is_stochastic`, which allow 1e-10 for rounding. The shape predicates (diagonal, identity,
 * symmetric, …) return false for non-square matrices, as each reference page remarks.
 */
import { need, type PineMatrix } from './pine-matrix.ts';

type Numbers = PineMatrix<number> | null;

/** True when `test(value, row, column)` holds for every element of a square matrix. */
function squareWhere(id: Numbers, test: (x: number, r: number, c: number) => boolean): boolean {
  const m = need(id);
  if (m.rows !== m.columns) return false;
  for (let r = 0; r < m.rows; r++)
    for (let c = 0; c < m.columns; c++) if (!test(m.at(r, c), r, c)) return false;
  return true;
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.is_square */
export const is_square = (id: Numbers): boolean => need(id).rows === need(id).columns;

/** Zero outside the main diagonal. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.is_diagonal */
export const is_diagonal = (id: Numbers): boolean =>
  squareWhere(id, (x, r, c) => r === c || x === 0);

/** Zero outside the secondary diagonal. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.is_antidiagonal */
export const is_antidiagonal = (id: Numbers): boolean => {
  const n = need(id).rows;
  return squareWhere(id, (x, r, c) => r + c === n - 1 || x === 0);
};

/** Ones on the main diagonal, zeros elsewhere. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.is_identity */
export const is_identity = (id: Numbers): boolean =>
  squareWhere(id, (x, r, c) => x === (r === c ? 1 : 0));

/** Equal to its transpose. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.is_symmetric */
export const is_symmetric = (id: Numbers): boolean => {
  const m = need(id);
  return squareWhere(id, (x, r, c) => x === m.at(c, r));
};

/** "Its transpose equals its negative". @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.is_antisymmetric */
export const is_antisymmetric = (id: Numbers): boolean => {
  const m = need(id);
  return squareWhere(id, (x, r, c) => x === -m.at(c, r));
};

/** Zero everywhere above, or everywhere below, the main diagonal. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.is_triangular */
export const is_triangular = (id: Numbers): boolean =>
  squareWhere(id, (x, r, c) => r >= c || x === 0) ||
  squareWhere(id, (x, r, c) => r <= c || x === 0);

/** Every element is 0 or 1. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.is_binary */
export const is_binary = (id: Numbers): boolean => need(id).data.every((x) => x === 0 || x === 1);

/** Every element is 0. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.is_zero */
export const is_zero = (id: Numbers): boolean => need(id).data.every((x) => x === 0);

/**
 * Right stochastic: no negative element and every row sums to 1.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.is_stochastic
 */
export const is_stochastic = (id: Numbers): boolean => {
  const m = need(id);
  for (let r = 0; r < m.rows; r++) {
    const row = m.rowValues(r);
    if (row.some((x) => !(x >= 0))) return false;
    if (Math.abs(row.reduce((s, x) => s + x, 0) - 1) > 1e-10) return false;
  }
  return true;
};
