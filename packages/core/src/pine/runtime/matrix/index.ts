/**
 * matrix.*: the `matrix` namespace object the compiler calls, keyed by Pine member names,
 * parameters positional in the order of builtins/matrix.ts.
 *
 * Representation: a Pine matrix is a `PineMatrix<T>` (reference semantics; na matrix = `null`)
 * holding rows × columns runtime values row by row. `matrix.new` receives its initial value from
 * the compiler (the element type's na when the script omits it), and the matrix keeps that type's
 * na for rows and columns added without values. Statistics skip na elements ("na elements of the
 * matrix are not considered"); decompositions stop on them.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.new%3Ctype%3E
 */
import * as stats from '../array/statistics.ts';
import * as arithmetic from './arithmetic.ts';
import { eigenvalues, eigenvectors } from './eigen.ts';
import * as linearAlgebra from './linear-algebra.ts';
import { need, type PineMatrix } from './pine-matrix.ts';
import * as predicates from './predicates.ts';
import * as shape from './shape.ts';

export { MAX_MATRIX_ELEMENTS, PineMatrix } from './pine-matrix.ts';

type Numbers = PineMatrix<number> | null;
const values = (id: Numbers): number[] => need(id).data;
const { newMatrix, ...shapeFunctions } = shape;

export const matrix = {
  new: <T>(rows = 0, columns = 0, initial_value: T = Number.NaN as T) =>
    newMatrix(rows, columns, initial_value),
  ...shapeFunctions,
  ...arithmetic,
  ...linearAlgebra,
  ...predicates,
  eigenvalues,
  eigenvectors,
  /** @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.avg */
  avg: (id: Numbers): number => stats.avgOf(values(id)),
  /** @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.min */
  min: (id: Numbers): number => stats.minOf(values(id)),
  /** @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.max */
  max: (id: Numbers): number => stats.maxOf(values(id)),
  /** @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.median */
  median: (id: Numbers): number => stats.medianOf(values(id)),
  /** Smallest of equally frequent values. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.mode */
  mode: (id: Numbers): number => stats.modeOf(values(id)),
};
