/** matrix.sum / diff / mult / kron / pow / trace: element-wise and product arithmetic on numbers. */
import { need as needArray, PineArray } from '../array/pine-array.ts';
import { PineRuntimeError } from '../pine-runtime-error.ts';
import { checkSize, need, PineMatrix, requireSquare } from './pine-matrix.ts';

type Numbers = PineMatrix<number> | null;
type Operand = PineMatrix<number> | number | null;

function elementwise(id1: Numbers, id2: Operand, op: (a: number, b: number) => number) {
  const a = need(id1);
  if (typeof id2 === 'number')
    return new PineMatrix(
      a.rows,
      a.columns,
      a.data.map((x) => op(x, id2)),
      Number.NaN,
    );
  const b = need(id2);
  if (a.rows !== b.rows || a.columns !== b.columns)
    throw new PineRuntimeError('The matrices must have the same number of rows and columns.');
  return new PineMatrix(
    a.rows,
    a.columns,
    a.data.map((x, i) => op(x, b.data[i] as number)),
    Number.NaN,
  );
}

/**
 * Element-wise sum with a matrix of the same shape, or with a scalar.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.sum
 */
export function sum(id1: Numbers, id2: Operand): PineMatrix<number> {
  return elementwise(id1, id2, (a, b) => a + b);
}

/**
 * Element-wise difference `id1 − id2` with a matrix of the same shape, or with a scalar.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.diff
 */
export function diff(id1: Numbers, id2: Operand): PineMatrix<number> {
  return elementwise(id1, id2, (a, b) => a - b);
}

/** Matrix product; the columns of `a` must equal the rows of `b`. */
function product(a: PineMatrix<number>, b: PineMatrix<number>): PineMatrix<number> {
  if (a.columns !== b.rows)
    throw new PineRuntimeError(
      'The number of columns in the first matrix must equal the number of rows in the second.',
    );
  const data = new Array<number>(a.rows * b.columns).fill(0);
  for (let r = 0; r < a.rows; r++)
    for (let k = 0; k < a.columns; k++) {
      const x = a.at(r, k);
      for (let c = 0; c < b.columns; c++) {
        const i = r * b.columns + c;
        data[i] = (data[i] as number) + x * b.at(k, c);
      }
    }
  return new PineMatrix(a.rows, b.columns, data, Number.NaN);
}

/**
 * Product with a matrix (rows × columns rule), a scalar (every element), or an array taken as a
 * column vector (its size must equal the columns; the result is an array of one value per row).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.mult
 */
export function mult(
  id1: Numbers,
  id2: PineMatrix<number> | PineArray<number> | number | null,
): PineMatrix<number> | PineArray<number> {
  const a = need(id1);
  if (typeof id2 === 'number') return elementwise(a, id2, (x, y) => x * y);
  if (id2 instanceof PineArray) {
    const v = needArray(id2).toArray();
    if (v.length !== a.columns)
      throw new PineRuntimeError('The array size must equal the number of matrix columns.');
    return PineArray.of(
      Array.from({ length: a.rows }, (_, r) => v.reduce((s, x, c) => s + a.at(r, c) * x, 0)),
    );
  }
  return product(a, need(id2));
}

/**
 * Kronecker product: each element of `id1` times the whole of `id2`.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.kron
 */
export function kron(id1: Numbers, id2: Numbers): PineMatrix<number> {
  const a = need(id1);
  const b = need(id2);
  const rows = a.rows * b.rows;
  const columns = a.columns * b.columns;
  checkSize(rows, columns);
  const data = new Array<number>(rows * columns);
  for (let i = 0; i < a.rows; i++)
    for (let j = 0; j < a.columns; j++)
      for (let k = 0; k < b.rows; k++)
        for (let l = 0; l < b.columns; l++)
          data[(i * b.rows + k) * columns + j * b.columns + l] = a.at(i, j) * b.at(k, l);
  return new PineMatrix(rows, columns, data, Number.NaN);
}

/**
 * The square matrix multiplied by itself `power` times (0 gives the identity).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.pow
 */
export function pow(id: Numbers, power: number): PineMatrix<number> {
  const m = need(id);
  requireSquare(m);
  const p = Math.floor(power);
  if (!(p >= 0)) throw new PineRuntimeError('The power must be a non-negative integer.');
  let result = new PineMatrix(
    m.rows,
    m.rows,
    Array.from({ length: m.rows * m.rows }, (_, i) => (i % (m.rows + 1) === 0 ? 1 : 0)),
    Number.NaN,
  );
  for (let i = 0; i < p; i++) result = product(result, m);
  return result;
}

/** Sum of the main diagonal. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.trace */
export function trace(id: Numbers): number {
  const m = need(id);
  requireSquare(m);
  let s = 0;
  for (let i = 0; i < m.rows; i++) s += m.at(i, i);
  return s;
}
