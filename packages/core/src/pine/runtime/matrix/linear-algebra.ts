/** matrix.det / inv / pinv / rank of number matrices. */
import { luDecompose, luSolve, svd, svdTolerance } from './decompose.ts';
import { fromRows, need, numbers, type PineMatrix, requireSquare } from './pine-matrix.ts';

type Numbers = PineMatrix<number> | null;

/**
 * Determinant from the LU decomposition ("Function calculation based on the LU decomposition
 * algorithm"): the product of U's diagonal with the permutation's sign; 1 for a 0 × 0 matrix.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.det
 */
export function det(id: Numbers): number {
  const m = need(id);
  requireSquare(m);
  const { lu, sign, singular } = luDecompose(numbers(m));
  if (singular) return 0;
  return lu.reduce((p, row, i) => p * (row[i] as number), sign);
}

/**
 * Inverse by LU decomposition (reference Remarks). A singular matrix has no inverse: the result
 * is filled with na rather than stopping the script.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.inv
 */
export function inv(id: Numbers): PineMatrix<number> {
  const m = need(id);
  requireSquare(m);
  const n = m.rows;
  const lu = luDecompose(numbers(m));
  if (lu.singular)
    return fromRows(
      Array.from({ length: n }, () => new Array(n).fill(Number.NaN)),
      n,
    );
  const columns = Array.from({ length: n }, (_, j) =>
    luSolve(
      lu,
      Array.from({ length: n }, (_, i) => (i === j ? 1 : 0)),
    ),
  );
  return fromRows(
    Array.from({ length: n }, (_, i) => columns.map((col) => col[i] as number)),
    n,
  );
}

/**
 * Moore–Penrose pseudo-inverse from the singular value decomposition, V·Σ⁺·Uᵀ, where singular
 * values below max(m, n)·σmax·ε count as zero; the result is columns × rows.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.pinv
 */
export function pinv(id: Numbers): PineMatrix<number> {
  const m = need(id);
  const a = numbers(m);
  const { u, s, v } = svd(a);
  const tol = svdTolerance(a, s);
  const out = Array.from({ length: m.columns }, (_, i) =>
    Array.from({ length: m.rows }, (_, j) => {
      let x = 0;
      for (let k = 0; k < s.length; k++)
        if ((s[k] as number) > tol)
          x +=
            (((v[i] as number[])[k] as number) * ((u[j] as number[])[k] as number)) /
            (s[k] as number);
      return x;
    }),
  );
  return fromRows(out, m.rows);
}

/**
 * Rank: the number of singular values above max(m, n)·σmax·ε.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.rank
 */
export function rank(id: Numbers): number {
  const m = need(id);
  if (m.data.length === 0) return 0;
  const a = numbers(m);
  const { s } = svd(a);
  const tol = svdTolerance(a, s);
  return s.filter((x) => x > tol).length;
}
