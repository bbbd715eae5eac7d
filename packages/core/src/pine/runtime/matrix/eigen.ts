/**
 * matrix.eigenvalues / matrix.eigenvectors of square number matrices.
 *
 * Order: eigenvalues come largest first, and eigenvector column j belongs to eigenvalue j. The
 * order is what TradingView's trades require in the PineForge corpus probe
 * `matrix-covariance-eigen-pca-01` (2,850 trades driven by `eigenvalues().get(0)` as the
 * principal variance of a 2 × 2 covariance matrix match TradingView's list exactly).
 * Symmetric matrices use cyclic Jacobi rotations (eigenvalues and orthonormal eigenvectors);
 * other matrices use Hessenberg reduction and shifted QR for the eigenvalues and inverse
 * iteration for unit eigenvectors. Complex eigenvalue pairs, which a float array cannot hold,
 * give their real parts. Any na element stops the script.
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.eigenvalues
 * @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.eigenvectors
 */
import { PineArray } from '../array/pine-array.ts';
import { luDecompose, luSolve } from './decompose.ts';
import { fromRows, need, numbers, type PineMatrix, requireSquare } from './pine-matrix.ts';

const EPS = 2 ** -52;

interface Eigen {
  values: number[];
  /** vectors[j] is the unit eigenvector of values[j]. */
  vectors: number[][];
}

function isSymmetric(a: readonly number[][]): boolean {
  return a.every((row, i) => row.every((x, j) => x === (a[j] as number[])[i]));
}

/** Cyclic Jacobi: rotates away off-diagonal elements; the diagonal converges to the eigenvalues. */
function jacobi(input: readonly number[][]): Eigen {
  const n = input.length;
  const a = input.map((row) => row.slice());
  const v = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
  const at = (g: number[][], i: number, j: number) => (g[i] as number[])[j] as number;
  const put = (g: number[][], i: number, j: number, x: number) => {
    (g[i] as number[])[j] = x;
  };
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += at(a, p, q) ** 2;
    if (off === 0) break;
    for (let p = 0; p < n - 1; p++)
      for (let q = p + 1; q < n; q++) {
        const apq = at(a, p, q);
        if (apq === 0) continue;
        const theta = (at(a, q, q) - at(a, p, p)) / (2 * apq);
        const t = (theta >= 0 ? 1 : -1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = at(a, k, p);
          const akq = at(a, k, q);
          put(a, k, p, c * akp - s * akq);
          put(a, k, q, s * akp + c * akq);
        }
        for (let k = 0; k < n; k++) {
          const apk = at(a, p, k);
          const aqk = at(a, q, k);
          put(a, p, k, c * apk - s * aqk);
          put(a, q, k, s * apk + c * aqk);
        }
        for (let k = 0; k < n; k++) {
          const vkp = at(v, k, p);
          const vkq = at(v, k, q);
          put(v, k, p, c * vkp - s * vkq);
          put(v, k, q, s * vkp + c * vkq);
        }
      }
  }
  return {
    values: a.map((row, i) => row[i] as number),
    vectors: Array.from({ length: n }, (_, j) => v.map((row) => row[j] as number)),
  };
}

/** Householder reduction to upper Hessenberg form (same eigenvalues). */
function hessenberg(input: readonly number[][]): number[][] {
  const n = input.length;
  const h = input.map((row) => row.slice());
  for (let k = 0; k < n - 2; k++) {
    const x = Array.from({ length: n - k - 1 }, (_, i) => (h[k + 1 + i] as number[])[k] as number);
    const alpha = -(Math.sign(x[0] as number) || 1) * Math.hypot(...x);
    if (alpha === 0) continue;
    x[0] = (x[0] as number) - alpha;
    const norm = Math.hypot(...x);
    if (norm === 0) continue;
    const w = x.map((xi) => xi / norm);
    // H ← (I − 2wwᵀ) H (I − 2wwᵀ), acting on rows/columns k+1 … n−1.
    for (let j = 0; j < n; j++) {
      let d = 0;
      for (let i = 0; i < w.length; i++)
        d += (w[i] as number) * ((h[k + 1 + i] as number[])[j] as number);
      for (let i = 0; i < w.length; i++) {
        const row = h[k + 1 + i] as number[];
        row[j] = (row[j] as number) - 2 * (w[i] as number) * d;
      }
    }
    for (const row of h) {
      let d = 0;
      for (let i = 0; i < w.length; i++) d += (w[i] as number) * (row[k + 1 + i] as number);
      for (let i = 0; i < w.length; i++)
        row[k + 1 + i] = (row[k + 1 + i] as number) - 2 * (w[i] as number) * d;
    }
  }
  return h;
}

/** Adds `by` to the diagonal elements l … hi. */
function shiftDiagonal(h: number[][], l: number, hi: number, by: number): void {
  for (let i = l; i <= hi; i++) {
    const row = h[i] as number[];
    row[i] = (row[i] as number) + by;
  }
}

/** Eigenvalues of the 2 × 2 block [[a, b], [c, d]]; a complex pair gives its real part twice. */
function block2(a: number, b: number, c: number, d: number): [number, number] {
  const mean = (a + d) / 2;
  const disc = ((a - d) / 2) ** 2 + b * c;
  if (disc < 0) return [mean, mean];
  const r = Math.sqrt(disc);
  return [mean + r, mean - r];
}

/** Eigenvalues of a general matrix: shifted QR (Givens rotations) on its Hessenberg form, with deflation. */
function qrEigenvalues(input: readonly number[][]): number[] {
  const h = hessenberg(input);
  const at = (i: number, j: number) => (h[i] as number[])[j] as number;
  const values: number[] = [];
  let hi = h.length - 1;
  let iterations = 0;
  while (hi >= 0) {
    let l = hi;
    while (
      l > 0 &&
      Math.abs(at(l, l - 1)) > EPS * (Math.abs(at(l, l)) + Math.abs(at(l - 1, l - 1)))
    )
      l--;
    if (l === hi || iterations > 500) {
      values.push(at(hi, hi));
      hi--;
      iterations = 0;
      continue;
    }
    if (l === hi - 1) {
      values.push(...block2(at(hi - 1, hi - 1), at(hi - 1, hi), at(hi, hi - 1), at(hi, hi)));
      hi -= 2;
      iterations = 0;
      continue;
    }
    iterations++;
    // Wilkinson shift (the block eigenvalue nearer the corner); an exceptional shift now and then.
    const [e1, e2] = block2(at(hi - 1, hi - 1), at(hi - 1, hi), at(hi, hi - 1), at(hi, hi));
    const corner = at(hi, hi);
    let mu = Math.abs(e1 - corner) < Math.abs(e2 - corner) ? e1 : e2;
    if (iterations % 11 === 10) mu = corner + Math.abs(at(hi, hi - 1));
    shiftDiagonal(h, l, hi, -mu);
    const rotations: [number, number][] = [];
    for (let k = l; k < hi; k++) {
      const x = at(k, k);
      const y = at(k + 1, k);
      const r = Math.hypot(x, y);
      const c = r === 0 ? 1 : x / r;
      const s = r === 0 ? 0 : y / r;
      rotations.push([c, s]);
      for (let j = k; j <= hi; j++) {
        const a = at(k, j);
        const b = at(k + 1, j);
        (h[k] as number[])[j] = c * a + s * b;
        (h[k + 1] as number[])[j] = -s * a + c * b;
      }
    }
    for (let k = l; k < hi; k++) {
      const [c, s] = rotations[k - l] as [number, number];
      for (let i = l; i <= Math.min(hi, k + 2); i++) {
        const a = at(i, k);
        const b = at(i, k + 1);
        (h[i] as number[])[k] = c * a + s * b;
        (h[i] as number[])[k + 1] = -s * a + c * b;
      }
    }
    shiftDiagonal(h, l, hi, mu);
  }
  return values;
}

/** Unit eigenvector for `lambda` by inverse iteration on A − (λ + δ)I. */
function inverseIteration(a: readonly number[][], lambda: number): number[] {
  const n = a.length;
  const scale = Math.max(1, ...a.map((row) => Math.max(...row.map(Math.abs))));
  const shifted = a.map((row, i) => row.map((x, j) => (i === j ? x - lambda - scale * 1e-10 : x)));
  const lu = luDecompose(shifted);
  let x = Array.from({ length: n }, (_, i) => 1 / Math.sqrt(n) + i * 1e-3);
  for (let k = 0; k < 4; k++) {
    const y = luSolve(lu, x);
    const norm = Math.hypot(...y);
    if (!(norm > 0) || !Number.isFinite(norm)) break;
    x = y.map((v) => v / norm);
  }
  return x;
}

function decompose(id: PineMatrix<number> | null, withVectors: boolean): Eigen {
  const m = need(id);
  requireSquare(m);
  const a = numbers(m);
  let eigen: Eigen;
  if (isSymmetric(a)) eigen = jacobi(a);
  else {
    const values = qrEigenvalues(a);
    eigen = { values, vectors: withVectors ? values.map((l) => inverseIteration(a, l)) : [] };
  }
  const order = eigen.values
    .map((_, i) => i)
    .sort((i, j) => (eigen.values[j] as number) - (eigen.values[i] as number));
  return {
    values: order.map((i) => eigen.values[i] as number),
    vectors: withVectors ? order.map((i) => eigen.vectors[i] as number[]) : [],
  };
}

/** Eigenvalues, largest first. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.eigenvalues */
export function eigenvalues(id: PineMatrix<number> | null): PineArray<number> {
  return PineArray.of(decompose(id, false).values);
}

/** Unit eigenvectors as columns, in the order of `eigenvalues`. @see https://www.tradingview.com/pine-script-reference/v6/#fun_matrix.eigenvectors */
export function eigenvectors(id: PineMatrix<number> | null): PineMatrix<number> {
  const { vectors } = decompose(id, true);
  const n = vectors.length;
  return fromRows(
    Array.from({ length: n }, (_, i) => vectors.map((v) => v[i] as number)),
    n,
  );
}
