/** matrix.* functions that create, read, write and reshape matrices (any element type). */
import { need as needArray, PineArray } from '../array/pine-array.ts';
import { comparator, ORDER_ASCENDING } from '../array/sort.ts';
import { PineRuntimeError } from '../pine-runtime-error.ts';
import { checkColumn, checkRow, checkSize, naOf, need, PineMatrix } from './pine-matrix.ts';

type Id<T> = PineMatrix<T> | null;

/**
 * `matrix.new<T>(rows, columns, initial_value)`; the compiler passes the type's na when omitted.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.new%3Ctype%3E
 */
export function newMatrix<T>(rows = 0, columns = 0, initialValue: T): PineMatrix<T> {
  const r = Math.floor(rows);
  const c = Math.floor(columns);
  checkSize(r, c);
  return new PineMatrix(r, c, new Array<T>(r * c).fill(initialValue), naOf(initialValue));
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.rows */
export const rows = <T>(id: Id<T>): number => need(id).rows;
/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.columns */
export const columns = <T>(id: Id<T>): number => need(id).columns;
/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.elements_count */
export const elements_count = <T>(id: Id<T>): number => need(id).data.length;

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.get */
export function get<T>(id: Id<T>, row: number, column: number): T {
  const m = need(id);
  return m.at(checkRow(m, row), checkColumn(m, column));
}

/** @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.set */
export function set<T>(id: Id<T>, row: number, column: number, value: T): void {
  const m = need(id);
  m.put(checkRow(m, row), checkColumn(m, column), value);
}

/** Row as a new array. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.row */
export function row<T>(id: Id<T>, r: number): PineArray<T> {
  const m = need(id);
  return PineArray.of(m.rowValues(checkRow(m, r)));
}

/** Column as a new array. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.col */
export function col<T>(id: Id<T>, column: number): PineArray<T> {
  const m = need(id);
  return PineArray.of(m.columnValues(checkColumn(m, column)));
}

/** A new matrix with the same elements. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.copy */
export function copy<T>(id: Id<T>): PineMatrix<T> {
  const m = need(id);
  return new PineMatrix(m.rows, m.columns, m.data.slice(), m.na);
}

/** Values for a new row or column: the array's, or na; an empty matrix takes the array's length. */
function lineValues<T>(arrayId: PineArray<T> | null | undefined, length: number, na: T): T[] {
  if (arrayId === undefined) return new Array<T>(length).fill(na);
  const values = needArray(arrayId).toArray();
  if (values.length !== length)
    throw new PineRuntimeError(
      `The array size (${values.length}) does not match the matrix dimension (${length}).`,
    );
  return values;
}

/**
 * Inserts a row at index `row` (default: after the last), of na or of `array_id`'s values. An
 * empty matrix takes its column count from the array (reference example 2).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.add_row
 */
export function add_row<T>(id: Id<T>, r?: number, arrayId?: PineArray<T> | null): void {
  const m = need(id);
  const at = checkRow(m, r ?? m.rows, true);
  if (m.data.length === 0 && arrayId !== undefined) m.columns = needArray(arrayId).size;
  const values = lineValues(arrayId, m.columns, m.na);
  checkSize(m.rows + 1, m.columns);
  m.data.splice(at * m.columns, 0, ...values);
  m.rows++;
}

/**
 * Inserts a column at index `column` (default: after the last), of na or of `array_id`'s values.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.add_col
 */
export function add_col<T>(id: Id<T>, column?: number, arrayId?: PineArray<T> | null): void {
  const m = need(id);
  const at = checkColumn(m, column ?? m.columns, true);
  if (m.data.length === 0 && arrayId !== undefined) m.rows = needArray(arrayId).size;
  const values = lineValues(arrayId, m.rows, m.na);
  checkSize(m.rows, m.columns + 1);
  const data: T[] = [];
  for (let r = 0; r < m.rows; r++) {
    const line = m.rowValues(r);
    line.splice(at, 0, values[r] as T);
    data.push(...line);
  }
  m.data = data;
  m.columns++;
}

/** Removes a row (default: the last) and returns its values. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.remove_row */
export function remove_row<T>(id: Id<T>, r?: number): PineArray<T> {
  const m = need(id);
  const at = checkRow(m, r ?? m.rows - 1);
  const removed = m.data.splice(at * m.columns, m.columns);
  m.rows--;
  if (m.rows === 0) m.columns = 0;
  return PineArray.of(removed);
}

/** Removes a column (default: the last) and returns its values. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.remove_col */
export function remove_col<T>(id: Id<T>, column?: number): PineArray<T> {
  const m = need(id);
  const at = checkColumn(m, column ?? m.columns - 1);
  const removed = m.columnValues(at);
  m.data = m.data.filter((_, i) => i % m.columns !== at);
  m.columns--;
  if (m.columns === 0) m.rows = 0;
  return PineArray.of(removed);
}

/** Swaps two rows. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.swap_rows */
export function swap_rows<T>(id: Id<T>, row1: number, row2: number): void {
  const m = need(id);
  const a = checkRow(m, row1);
  const b = checkRow(m, row2);
  for (let c = 0; c < m.columns; c++) {
    const t = m.at(a, c);
    m.put(a, c, m.at(b, c));
    m.put(b, c, t);
  }
}

/** Swaps two columns. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.swap_columns */
export function swap_columns<T>(id: Id<T>, column1: number, column2: number): void {
  const m = need(id);
  const a = checkColumn(m, column1);
  const b = checkColumn(m, column2);
  for (let r = 0; r < m.rows; r++) {
    const t = m.at(r, a);
    m.put(r, a, m.at(r, b));
    m.put(r, b, t);
  }
}

/**
 * "Reverses the order of rows and columns": the first row and column become the last, i.e. the
 * element order read row by row is reversed ([[1, 2], [3, 4]] → [[4, 3], [2, 1]]).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.reverse
 */
export function reverse<T>(id: Id<T>): void {
  need(id).data.reverse();
}

/**
 * Rebuilds the matrix as rows × columns, keeping the row-by-row element order; the element count
 * must not change.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.reshape
 */
export function reshape<T>(id: Id<T>, newRows: number, newColumns: number): void {
  const m = need(id);
  const r = Math.floor(newRows);
  const c = Math.floor(newColumns);
  if (!(r >= 0 && c >= 0 && r * c === m.data.length))
    throw new PineRuntimeError(
      `Cannot reshape a ${m.rows}x${m.columns} matrix to ${newRows}x${newColumns}: the number of elements must stay ${m.data.length}.`,
    );
  m.rows = r;
  m.columns = c;
}

/** A new transposed matrix. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.transpose */
export function transpose<T>(id: Id<T>): PineMatrix<T> {
  const m = need(id);
  const data = new Array<T>(m.data.length);
  for (let r = 0; r < m.rows; r++)
    for (let c = 0; c < m.columns; c++) data[c * m.rows + r] = m.at(r, c);
  return new PineMatrix(m.columns, m.rows, data, m.na);
}

/**
 * Appends the rows of `id2` to `id1` and returns `id1`; the column counts must match.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.concat
 */
export function concat<T>(id1: Id<T>, id2: Id<T>): PineMatrix<T> {
  const a = need(id1);
  const b = need(id2);
  if (a.data.length === 0) a.columns = b.columns;
  if (a.columns !== b.columns && b.data.length > 0)
    throw new PineRuntimeError('The number of columns in both matrices must be identical.');
  checkSize(a.rows + b.rows, a.columns);
  a.data.push(...b.data);
  a.rows += b.rows;
  return a;
}

/** Resolves an optional `to` bound (na or omitted = the size) and checks `from ≤ to ≤ size`. */
function span(from: number, to: number | undefined, size: number, what: string): [number, number] {
  const start = Math.floor(from);
  const end = to === undefined || Number.isNaN(to) ? size : Math.floor(to);
  if (!(start >= 0 && start <= end && end <= size))
    throw new PineRuntimeError(
      `The ${what} range ${from}…${to ?? size} is out of bounds of a matrix with ${size} ${what}s.`,
    );
  return [start, end];
}

/**
 * Sets rows `from_row` … `to_row − 1` × columns `from_column` … `to_column − 1` to `value`.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.fill
 */
export function fill<T>(
  id: Id<T>,
  value: T,
  fromRow = 0,
  toRow?: number,
  fromColumn = 0,
  toColumn?: number,
): void {
  const m = need(id);
  const [r0, r1] = span(fromRow, toRow, m.rows, 'row');
  const [c0, c1] = span(fromColumn, toColumn, m.columns, 'column');
  for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) m.put(r, c, value);
}

/**
 * A new matrix of rows `from_row` … `to_row − 1` × columns `from_column` … `to_column − 1`.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.submatrix
 */
export function submatrix<T>(
  id: Id<T>,
  fromRow = 0,
  toRow?: number,
  fromColumn = 0,
  toColumn?: number,
): PineMatrix<T> {
  const m = need(id);
  const [r0, r1] = span(fromRow, toRow, m.rows, 'row');
  const [c0, c1] = span(fromColumn, toColumn, m.columns, 'column');
  const data: T[] = [];
  for (let r = r0; r < r1; r++) for (let c = c0; c < c1; c++) data.push(m.at(r, c));
  return new PineMatrix(r1 - r0, c1 - c0, data, m.na);
}

/**
 * Reorders the rows by the values in `column` (stable; na last when ascending).
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.sort
 */
export function sort<T extends number | string | null>(
  id: Id<T>,
  column = 0,
  order = ORDER_ASCENDING,
): void {
  const m = need(id);
  if (m.rows === 0) return;
  const c = checkColumn(m, column);
  const compare = comparator(order);
  const lines = Array.from({ length: m.rows }, (_, r) => m.rowValues(r));
  lines.sort((a, b) => compare(a[c] as T, b[c] as T));
  m.data = lines.flat();
}
