import { describe, expect, it } from 'vitest';
import { MATRIX_FUNCTIONS } from '../../builtins/matrix.ts';
import { array, type PineArray } from '../array/index.ts';
import { matrix, type PineMatrix } from './index.ts';

/** Builds a number matrix from rows. */
function m(...rows: number[][]): PineMatrix<number> {
  const out = matrix.new<number>(rows.length, rows[0]?.length ?? 0, 0);
  rows.forEach((row, r) => {
    row.forEach((x, c) => {
      matrix.set(out, r, c, x);
    });
  });
  return out;
}

/** Rows of a matrix, for comparisons. */
const rowsOf = <T>(x: PineMatrix<T>): T[][] =>
  Array.from({ length: x.rows }, (_, r) => x.rowValues(r));
const list = <T>(a: PineArray<T>): T[] => a.toArray();

describe('matrix namespace matches the signature table', () => {
  it('has exactly the Pine member names of builtins/matrix.ts', () => {
    const pine = MATRIX_FUNCTIONS.map((f) => f.name.slice('matrix.'.length)).sort();
    expect(Object.keys(matrix).sort()).toEqual(pine);
  });
});

describe('construction and access (reference examples)', () => {
  it('matrix.new<int>(2, 3, 0): 2 rows, 3 columns, 6 elements of 0', () => {
    const x = matrix.new(2, 3, 0);
    expect([matrix.rows(x), matrix.columns(x), matrix.elements_count(x)]).toEqual([2, 3, 6]);
    expect(rowsOf(x)).toEqual([
      [0, 0, 0],
      [0, 0, 0],
    ]);
  });
  it('matrix.set(m, 0, 1, 3) on a 2x3 matrix of 4 changes only that element', () => {
    const x = matrix.new(2, 3, 4);
    matrix.set(x, 0, 1, 3);
    expect(rowsOf(x)).toEqual([
      [4, 3, 4],
      [4, 4, 4],
    ]);
  });
  it('row/col return new arrays', () => {
    const x = m([1, 2], [3, 4]);
    expect(list(matrix.row(x, 1))).toEqual([3, 4]);
    expect(list(matrix.col(x, 0))).toEqual([1, 3]);
  });
  it('an index outside the matrix stops the script', () => {
    expect(() => matrix.get(m([1, 2]), 1, 0)).toThrow('Row index 1 is out of bounds');
    expect(() => matrix.get(m([1, 2]), 0, 2)).toThrow('Column index 2 is out of bounds');
  });
});

describe('reshaping (reference examples)', () => {
  it('add_row example 1: 2x3 of 0 gains a row of na', () => {
    const x = matrix.new(2, 3, 0);
    matrix.add_row(x);
    expect(matrix.rows(x)).toBe(3);
    expect(matrix.row(x, 2).toArray().every(Number.isNaN)).toBe(true);
  });
  it('add_row example 2: an empty matrix takes array.from(1, 2) as its first row', () => {
    const x = matrix.new<number>(0, 0, Number.NaN);
    matrix.add_row(x, 0, array.from(1, 2));
    expect(rowsOf(x)).toEqual([[1, 2]]);
  });
  it('add_col example 2: an empty matrix takes array.from(1, 3) as its first column', () => {
    const x = matrix.new<number>(0, 0, Number.NaN);
    matrix.add_col(x, 0, array.from(1, 3));
    expect(rowsOf(x)).toEqual([[1], [3]]);
  });
  it('add_col inserts a column at the index', () => {
    const x = m([1, 2], [3, 4]);
    matrix.add_col(x, 1, array.from(9, 8));
    expect(rowsOf(x)).toEqual([
      [1, 9, 2],
      [3, 8, 4],
    ]);
  });
  it('remove_col example: removing column 0 of [[1, 2], [3, 4]] returns [1, 3] and leaves [[2], [4]]', () => {
    const x = m([1, 2], [3, 4]);
    expect(list(matrix.remove_col(x, 0))).toEqual([1, 3]);
    expect(rowsOf(x)).toEqual([[2], [4]]);
  });
  it('remove_row example: removing row 0 returns [1, 2] and leaves [[3, 4]]', () => {
    const x = m([1, 2], [3, 4]);
    expect(list(matrix.remove_row(x, 0))).toEqual([1, 2]);
    expect(rowsOf(x)).toEqual([[3, 4]]);
  });
  it('reshape example: 2x3 [1…6] to 3x2 keeps row-by-row order', () => {
    const x = m([1, 2, 3], [4, 5, 6]);
    matrix.reshape(x, 3, 2);
    expect(rowsOf(x)).toEqual([
      [1, 2],
      [3, 4],
      [5, 6],
    ]);
    expect(() => matrix.reshape(x, 4, 2)).toThrow();
  });
  it('reverse example: [[1, 2], [3, 4]] → [[4, 3], [2, 1]]', () => {
    const x = m([1, 2], [3, 4]);
    matrix.reverse(x);
    expect(rowsOf(x)).toEqual([
      [4, 3],
      [2, 1],
    ]);
  });
  it('swap_columns and swap_rows examples', () => {
    const x = m([1, 2], [3, 4]);
    matrix.swap_columns(x, 0, 1);
    expect(rowsOf(x)).toEqual([
      [2, 1],
      [4, 3],
    ]);
    const y = m([1, 2], [3, 4], [5, 6]);
    matrix.swap_rows(y, 0, 1);
    expect(rowsOf(y)).toEqual([
      [3, 4],
      [1, 2],
      [5, 6],
    ]);
  });
  it('submatrix example: (0, 2, 1, 3) of [[1, 2, 3], [4, 5, 6]] is [[2, 3], [5, 6]]', () => {
    expect(rowsOf(matrix.submatrix(m([1, 2, 3], [4, 5, 6]), 0, 2, 1, 3))).toEqual([
      [2, 3],
      [5, 6],
    ]);
  });
  it('fill example: fill(m, v, 0, 2, 1, 3) on 4x5 sets rows 0–1 × columns 1–2', () => {
    const x = matrix.new(4, 5, 0);
    matrix.fill(x, 7, 0, 2, 1, 3);
    expect(rowsOf(x)).toEqual([
      [0, 7, 7, 0, 0],
      [0, 7, 7, 0, 0],
      [0, 0, 0, 0, 0],
      [0, 0, 0, 0, 0],
    ]);
  });
  it('concat example: 2x4 of 0 + 2x4 of 1 → 4x4, returns id1', () => {
    const a = matrix.new(2, 4, 0);
    expect(matrix.concat(a, matrix.new(2, 4, 1))).toBe(a);
    expect(rowsOf(a).map((r) => r[0])).toEqual([0, 0, 1, 1]);
  });
  it('transpose example and copy independence', () => {
    const x = m([1, 2], [3, 4]);
    expect(rowsOf(matrix.transpose(x))).toEqual([
      [1, 3],
      [2, 4],
    ]);
    const c = matrix.copy(x);
    matrix.set(c, 0, 0, 9);
    expect(matrix.get(x, 0, 0)).toBe(1);
  });
  it('sort example: [[3, 4], [1, 2]] sorted by column 0 → [[1, 2], [3, 4]]', () => {
    const x = m([3, 4], [1, 2]);
    matrix.sort(x);
    expect(rowsOf(x)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });
});

describe('arithmetic (reference examples)', () => {
  it('sum: 2x3 of 5 + 2x3 of 4 = 9; + scalar 1 to 4 = 5; diff 5 − 4 = 1, 4 − 1 = 3', () => {
    expect(matrix.sum(matrix.new(2, 3, 5), matrix.new(2, 3, 4)).data).toEqual(Array(6).fill(9));
    expect(matrix.sum(matrix.new(2, 3, 4), 1).data).toEqual(Array(6).fill(5));
    expect(matrix.diff(matrix.new(2, 3, 5), matrix.new(2, 3, 4)).data).toEqual(Array(6).fill(1));
    expect(matrix.diff(matrix.new(2, 3, 4), 1).data).toEqual(Array(6).fill(3));
  });
  it('mult example 1: 6x2 of 5 × 2x3 of 4 = 6x3 of 5·4·2 = 40', () => {
    const p = matrix.mult(matrix.new(6, 2, 5), matrix.new(2, 3, 4)) as PineMatrix<number>;
    expect([p.rows, p.columns]).toEqual([6, 3]);
    expect(p.data.every((x) => x === 40)).toBe(true);
  });
  it('mult example 2: 2x3 of 4 × 5 = 20', () => {
    expect((matrix.mult(matrix.new(2, 3, 4), 5) as PineMatrix<number>).data).toEqual(
      Array(6).fill(20),
    );
  });
  it('mult example 3: 2x3 of 4 × array [1, 1, 1] = [12, 12]', () => {
    expect(
      list(matrix.mult(matrix.new(2, 3, 4), array.from(1, 1, 1)) as PineArray<number>),
    ).toEqual([12, 12]);
  });
  it('mult of [[1, 2], [3, 4]] by itself = [[7, 10], [15, 22]]', () => {
    const x = m([1, 2], [3, 4]);
    expect(rowsOf(matrix.mult(x, x) as PineMatrix<number>)).toEqual([
      [7, 10],
      [15, 22],
    ]);
  });
  it('kron example: 2x2 of 1 ⊗ 2x2 of 2 = 4x4 of 2; kron([[1, 2]], [[1], [10]]) = [[1, 2], [10, 20]]', () => {
    const k = matrix.kron(matrix.new(2, 2, 1), matrix.new(2, 2, 2));
    expect([k.rows, k.columns, k.data.every((x) => x === 2)]).toEqual([4, 4, true]);
    expect(rowsOf(matrix.kron(m([1, 2]), m([1], [10])))).toEqual([
      [1, 2],
      [10, 20],
    ]);
  });
  it('pow example: 2x2 of 2 cubed — M² = 2x2 of 8, M³ = 2x2 of 32; power 0 is the identity', () => {
    expect(matrix.pow(matrix.new(2, 2, 2), 3).data).toEqual([32, 32, 32, 32]);
    expect(matrix.pow(matrix.new(2, 2, 2), 0).data).toEqual([1, 0, 0, 1]);
  });
  it('trace example: [[1, 2], [3, 4]] → 5', () => {
    expect(matrix.trace(m([1, 2], [3, 4]))).toBe(5);
  });
});

describe('statistics (reference examples)', () => {
  it('[[1, 2], [3, 4]]: avg 2.5, max 4, min 1, median 2.5', () => {
    const x = m([1, 2], [3, 4]);
    expect([matrix.avg(x), matrix.max(x), matrix.min(x), matrix.median(x)]).toEqual([
      2.5, 4, 1, 2.5,
    ]);
  });
  it('mode example [[0, 0], [1, 1]] → 0 (smallest of equally frequent); na elements are ignored', () => {
    expect(matrix.mode(m([0, 0], [1, 1]))).toBe(0);
    expect(matrix.median(m([1, Number.NaN], [3, 5]))).toBe(3);
  });
});

describe('predicates (reference definitions)', () => {
  it.each([
    ['is_square', m([1, 2], [3, 4]), true],
    ['is_square', m([1, 2, 3]), false],
    ['is_diagonal', m([1, 0], [0, 4]), true],
    ['is_diagonal', m([1, 2], [0, 4]), false],
    ['is_antidiagonal', m([0, 2], [3, 0]), true],
    ['is_identity', m([1, 0], [0, 1]), true],
    ['is_identity', m([1, 0, 0]), false],
    ['is_symmetric', m([1, 7], [7, 4]), true],
    ['is_antisymmetric', m([0, 7], [-7, 0]), true],
    ['is_antisymmetric', m([1, 7], [-7, 0]), false],
    ['is_triangular', m([1, 2], [0, 4]), true],
    ['is_triangular', m([1, 0], [3, 4]), true],
    ['is_triangular', m([1, 2], [3, 4]), false],
    ['is_binary', m([1, 0], [0, 1]), true],
    ['is_binary', m([2, 0]), false],
    ['is_zero', m([0, 0]), true],
    ['is_stochastic', m([0.5, 0.5], [0.2, 0.8]), true],
    ['is_stochastic', m([1.5, -0.5]), false],
  ] as const)('%s(%j) is %s', (name, x, expected) => {
    expect(matrix[name](x)).toBe(expected);
  });
});
