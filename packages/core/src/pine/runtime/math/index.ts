/** math.*: stateless functions and constants, plus the per-call-site `MathSum` and `MathRandom`. */
export * from './math.ts';
export { MathRandom } from './random.ts';
export { MathSum } from './sum.ts';
