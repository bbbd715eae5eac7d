/** Dense decompositions on plain number[][] grids: LU with partial pivoting and one-sided Jacobi SVD. */

const EPS = 2 ** -52;

export interface Lu {
  /** Combined L (below the diagonal, unit diagonal implied) and U (on and above). */
  lu: number[][];
  /** Row permutation: row i of LU is row `pivot[i]` of the input. */
  pivot: number[];
  /** +1 or −1: the permutation's sign. */
  sign: number;
  /** True when a pivot was exactly zero. */
  singular: boolean;
}

/** Doolittle LU of a square grid with partial (row) pivoting. */
export function luDecompose(a: readonly number[][]): Lu {
  const n = a.length;
  const lu = a.map((row) => row.slice());
  const pivot = Array.from({ length: n }, (_, i) => i);
  let sign = 1;
  let singular = false;
  for (let k = 0; k < n; k++) {
    let p = k;
    for (let i = k + 1; i < n; i++) if (Math.abs(lu[i]![k]!) > Math.abs(lu[p]![k]!)) p = i;
    if (p !== k) {
      [lu[p], lu[k]] = [lu[k]!, lu[p]!];
      [pivot[p], pivot[k]] = [pivot[k]!, pivot[p]!];
      sign = -sign;
    }
    const d = lu[k]![k]!;
    if (d === 0) {
      singular = true;
      continue;
    }
    for (let i = k + 1; i < n; i++) {
      const f = (lu[i]![k]! /= d);
      for (let j = k + 1; j < n; j++) lu[i]![j]! -= f * lu[k]![j]!;
    }
  }
  return { lu, pivot, sign, singular };
}

/** Solves LU·x = P·b for one right-hand side. */
export function luSolve({ lu, pivot }: Lu, b: readonly number[]): number[] {
  const n = lu.length;
  const x = pivot.map((p) => b[p] as number);
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) x[i]! -= lu[i]![j]! * x[j]!;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = i + 1; j < n; j++) x[i]! -= lu[i]![j]! * x[j]!;
    x[i]! /= lu[i]![i]!;
  }
  return x;
}

export interface Svd {
  /** m × k left singular vectors (k = min(m, n)). */
  u: number[][];
  /** k singular values (not sorted). */
  s: number[];
  /** n × k right singular vectors. */
  v: number[][];
}

/** Jacobi SVD for m ≥ n: rotates column pairs of A until orthogonal (A·V = U·Σ). */
function svdTall(a: readonly number[][]): Svd {
  const m = a.length;
  const n = a[0]?.length ?? 0;
  const u = a.map((row) => row.slice());
  const v = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)),
  );
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let p = 0; p < n - 1; p++)
      for (let q = p + 1; q < n; q++) {
        let alpha = 0;
        let beta = 0;
        let gamma = 0;
        for (let i = 0; i < m; i++) {
          const up = u[i]![p]!;
          const uq = u[i]![q]!;
          alpha += up * up;
          beta += uq * uq;
          gamma += up * uq;
        }
        if (gamma === 0 || Math.abs(gamma) <= EPS * Math.sqrt(alpha * beta)) continue;
        rotated = true;
        const zeta = (beta - alpha) / (2 * gamma);
        const t = (zeta >= 0 ? 1 : -1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = c * t;
        for (const grid of [u, v])
          for (const row of grid) {
            const xp = row[p]!;
            const xq = row[q]!;
            row[p] = c * xp - s * xq;
            row[q] = s * xp + c * xq;
          }
      }
    if (!rotated) break;
  }
  const s = Array.from({ length: n }, (_, j) => Math.hypot(...u.map((row) => row[j]!)));
  for (const row of u) for (let j = 0; j < n; j++) row[j] = s[j]! === 0 ? 0 : row[j]! / s[j]!;
  return { u, s, v };
}

/** Singular value decomposition A = U·diag(s)·Vᵀ of any m × n grid. */
export function svd(a: readonly number[][]): Svd {
  const m = a.length;
  const n = a[0]?.length ?? 0;
  if (m >= n) return svdTall(a);
  const t = svdTall(transposeGrid(a, n));
  return { u: t.v, s: t.s, v: t.u };
}

/** Singular values below this count as zero (the usual max(m, n) · σmax · ε rule). */
export function svdTolerance(a: readonly number[][], s: readonly number[]): number {
  return Math.max(a.length, a[0]?.length ?? 0) * Math.max(0, ...s) * EPS;
}

export function transposeGrid(a: readonly number[][], columns = a[0]?.length ?? 0): number[][] {
  return Array.from({ length: columns }, (_, j) => a.map((row) => row[j]!));
}
