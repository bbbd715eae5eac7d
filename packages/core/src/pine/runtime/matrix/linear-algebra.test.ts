import { describe, expect, it } from 'vitest';
import { matrix, type PineMatrix } from './index.ts';

function m(...rows: number[][]): PineMatrix<number> {
  const out = matrix.new<number>(rows.length, rows[0]?.length ?? 0, 0);
  rows.forEach((row, r) => {
    row.forEach((x, c) => {
      matrix.set(out, r, c, x);
    });
  });
  return out;
}

function expectClose(actual: readonly number[], expected: readonly number[], digits = 10) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((x, i) => {
    expect(x).toBeCloseTo(expected[i] as number, digits);
  });
}

describe('det / inv / pinv / rank (reference examples, hand-worked)', () => {
  it('det example [[3, 7], [1, −4]] = 3·(−4) − 7·1 = −19', () => {
    expect(matrix.det(m([3, 7], [1, -4]))).toBeCloseTo(-19, 12);
  });
  it('det of a 3x3: [[2, 0, 1], [1, 3, 2], [1, 1, 1]] = 2·(3−2) − 0 + 1·(1−3) = 0 … and a singular matrix gives 0', () => {
    expect(matrix.det(m([2, 0, 1], [1, 3, 2], [1, 1, 1]))).toBeCloseTo(0, 12);
    expect(matrix.det(m([1, 2], [2, 4]))).toBe(0);
  });
  it('inv example [[1, 2], [3, 4]] = (1/−2)·[[4, −2], [−3, 1]] = [[−2, 1], [1.5, −0.5]]', () => {
    expectClose(matrix.inv(m([1, 2], [3, 4])).data, [-2, 1, 1.5, -0.5]);
  });
  it('inv of a singular matrix is all na', () => {
    expect(matrix.inv(m([1, 2], [2, 4])).data.every(Number.isNaN)).toBe(true);
  });
  it('pinv of a non-singular square matrix equals inv (reference Remarks)', () => {
    expectClose(matrix.pinv(m([1, 2], [3, 4])).data, [-2, 1, 1.5, -0.5]);
  });
  it('pinv of the column [1, 2] is the row [1, 2] / 5 (A⁺ = Aᵀ / (AᵀA) for a column)', () => {
    const p = matrix.pinv(m([1], [2]));
    expect([p.rows, p.columns]).toEqual([1, 2]);
    expectClose(p.data, [0.2, 0.4]);
  });
  it('pinv of the rank-1 [[1, 2], [2, 4]] = A / 25 (A = 5·uuᵀ with u = [1, 2]/√5, so A⁺ = uuᵀ/5)', () => {
    expectClose(matrix.pinv(m([1, 2], [2, 4])).data, [0.04, 0.08, 0.08, 0.16]);
  });
  it('rank example [[1, 2], [3, 4]] = 2; [[1, 2], [2, 4]] = 1; zero matrix = 0', () => {
    expect(matrix.rank(m([1, 2], [3, 4]))).toBe(2);
    expect(matrix.rank(m([1, 2], [2, 4]))).toBe(1);
    expect(matrix.rank(matrix.new(2, 3, 0))).toBe(0);
  });
});

describe('eigenvalues / eigenvectors', () => {
  it('example [[2, 4], [6, 8]]: λ² − 10λ − 8 = 0 → 5 ± √33, largest first', () => {
    expectClose(matrix.eigenvalues(m([2, 4], [6, 8])).toArray(), [
      5 + Math.sqrt(33),
      5 - Math.sqrt(33),
    ]);
  });
  it('symmetric [[2, 1], [1, 2]] → [3, 1] (largest first, as TradingView trades in the PineForge PCA probe need)', () => {
    expectClose(matrix.eigenvalues(m([2, 1], [1, 2])).toArray(), [3, 1]);
  });
  it('a 3x3 upper-triangular matrix has its diagonal as eigenvalues: [[1, 2, 3], [0, 4, 5], [0, 0, 6]] → [6, 4, 1]', () => {
    expectClose(matrix.eigenvalues(m([1, 2, 3], [0, 4, 5], [0, 0, 6])).toArray(), [6, 4, 1]);
  });
  it('eigenvectors are unit columns with A·v = λ·v, in eigenvalue order', () => {
    for (const a of [m([2, 1], [1, 2]), m([2, 4], [6, 8]), m([4, 1, 0], [1, 3, 1], [0, 1, 2])]) {
      const values = matrix.eigenvalues(a).toArray();
      const vectors = matrix.eigenvectors(a);
      values.forEach((lambda, j) => {
        const v = vectors.columnValues(j);
        expect(Math.hypot(...v)).toBeCloseTo(1, 10);
        const av = Array.from({ length: a.rows }, (_, r) =>
          v.reduce((s, x, c) => s + a.at(r, c) * x, 0),
        );
        expectClose(
          av,
          v.map((x) => lambda * x),
          8,
        );
      });
    }
  });
  it('rank-deficient covariance of (x, 2x, 3x) has eigenvalues 14·var, 0, 0 (PineForge probe matrix-eigen-rank-deficient-cov-01)', () => {
    // d = [1, 2, 3]; d·dᵀ has the single non-zero eigenvalue |d|² = 14.
    const values = matrix.eigenvalues(m([1, 2, 3], [2, 4, 6], [3, 6, 9])).toArray();
    expectClose(values, [14, 0, 0], 10);
  });
  it('a non-square matrix or an na element stops the script', () => {
    expect(() => matrix.eigenvalues(m([1, 2, 3]))).toThrow();
    expect(() => matrix.eigenvalues(m([1, Number.NaN], [0, 1]))).toThrow('na');
  });
});
