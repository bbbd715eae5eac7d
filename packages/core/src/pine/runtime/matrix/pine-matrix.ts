/** The Pine matrix object: a row-major grid of one element type, with shape and index checks. */
import { PineRuntimeError } from '../pine-runtime-error.ts';

/** Matrices share the arrays' element limit (assumed: 100,000 elements). */
export const MAX_MATRIX_ELEMENTS = 100_000;

/**
 * A `matrix<T>`: `rows × columns` elements stored row by row in `data`. `na` is the element type's
 * na (NaN for int/float/color, null for strings and objects, false for v6 bool), taken from the
 * constructor's initial value; added rows and columns without values are filled with it.
 */
export class PineMatrix<T> {
  constructor(
    public rows: number,
    public columns: number,
    public data: T[],
    public readonly na: T,
  ) {}

  at(row: number, column: number): T {
    return this.data[row * this.columns + column] as T;
  }

  put(row: number, column: number, value: T): void {
    this.data[row * this.columns + column] = value;
  }

  /** Row `r` as a new JS array. */
  rowValues(r: number): T[] {
    return this.data.slice(r * this.columns, (r + 1) * this.columns);
  }

  /** Column `c` as a new JS array. */
  columnValues(c: number): T[] {
    const out = new Array<T>(this.rows);
    for (let r = 0; r < this.rows; r++) out[r] = this.at(r, c);
    return out;
  }
}

/** The na matching a value's runtime type. */
export function naOf<T>(value: T): T {
  if (typeof value === 'number') return Number.NaN as T;
  if (typeof value === 'boolean') return false as T;
  return null as T;
}

/** Operations on an na matrix id stop the script; na matrices are `null` at run time. */
export function need<T>(id: PineMatrix<T> | null | undefined): PineMatrix<T> {
  if (id === null || id === undefined)
    throw new PineRuntimeError("Cannot call matrix methods when ID of matrix is 'na'.");
  return id;
}

/** Throws when a row index is outside 0 … rows − 1 (`inclusiveEnd`: 0 … rows). */
export function checkRow(m: PineMatrix<unknown>, row: number, inclusiveEnd = false): number {
  const r = Math.floor(row);
  if (!(r >= 0 && (inclusiveEnd ? r <= m.rows : r < m.rows)))
    throw new PineRuntimeError(
      `Row index ${Number.isNaN(row) ? 'na' : row} is out of bounds. The matrix has ${m.rows} rows.`,
    );
  return r;
}

/** Throws when a column index is outside 0 … columns − 1 (`inclusiveEnd`: 0 … columns). */
export function checkColumn(m: PineMatrix<unknown>, column: number, inclusiveEnd = false): number {
  const c = Math.floor(column);
  if (!(c >= 0 && (inclusiveEnd ? c <= m.columns : c < m.columns)))
    throw new PineRuntimeError(
      `Column index ${Number.isNaN(column) ? 'na' : column} is out of bounds. The matrix has ${m.columns} columns.`,
    );
  return c;
}

export function checkSize(rows: number, columns: number): void {
  if (rows < 0 || columns < 0)
    throw new PineRuntimeError('Cannot create a matrix with a negative number of rows or columns.');
  if (rows * columns > MAX_MATRIX_ELEMENTS)
    throw new PineRuntimeError(
      `Matrix is too large. Maximum number of elements is ${MAX_MATRIX_ELEMENTS}.`,
    );
}

export function requireSquare(m: PineMatrix<unknown>): void {
  if (m.rows !== m.columns) throw new PineRuntimeError('The matrix must be square.');
}

/** The elements as numbers, refusing na (decompositions cannot use it). */
export function numbers(m: PineMatrix<number>): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < m.rows; r++) {
    const row = m.rowValues(r);
    if (row.some(Number.isNaN)) throw new PineRuntimeError('The matrix contains na values.');
    out.push(row);
  }
  return out;
}

/** A number matrix from rows of numbers. */
export function fromRows(rows: number[][], columns = rows[0]?.length ?? 0): PineMatrix<number> {
  return new PineMatrix(rows.length, columns, rows.flat(), Number.NaN);
}
