/**
 * A small seeded pseudo-random generator: deterministic for a seed on every platform, so synthetic
 * data and randomised searches can be replayed.
 * - xoshiro128** 1.1 (Blackman & Vigna, "Scrambled linear pseudorandom number generators", ACM
 *   TOMS 2021; reference C at https://prng.di.unimi.it/xoshiro128starstar.c);
 * - its 128-bit state seeded from one 32-bit number by a Weyl sequence (step 0x9e3779b9) passed
 *   through MurmurHash3's fmix32 finaliser, as SplitMix does with 64 bits;
 * - normals by the Box–Muller transform (Box & Muller 1958), the second value of each pair kept.
 */

const TWO_POW_32 = 4_294_967_296;

export class Random {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  private spare = 0;
  private hasSpare = false;

  /** A generator whose four 32-bit state words are given directly (not all zero). */
  constructor(s0: number, s1: number, s2: number, s3: number) {
    if ((s0 | s1 | s2 | s3) === 0) throw new RangeError('xoshiro128** state must not be all zero');
    this.s0 = s0 | 0;
    this.s1 = s1 | 0;
    this.s2 = s2 | 0;
    this.s3 = s3 | 0;
  }

  /** Next 32-bit output as an unsigned integer. */
  nextUint32(): number {
    const s1 = this.s1;
    const x = Math.imul(s1, 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  /** Uniform in [0, 1), in steps of 2^-32. */
  next(): number {
    return this.nextUint32() / TWO_POW_32;
  }

  /** Standard normal (mean 0, standard deviation 1). */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    const u1 = 1 - this.next(); // (0, 1]: the logarithm stays finite
    const u2 = this.next();
    const r = Math.sqrt(-2 * Math.log(u1));
    const theta = 2 * Math.PI * u2;
    this.spare = r * Math.sin(theta);
    this.hasSpare = true;
    return r * Math.cos(theta);
  }
}

/** A generator seeded from one number (its low 32 bits); equal seeds give equal sequences. */
export function createRandom(seed: number): Random {
  let weyl = seed | 0;
  const word = () => {
    weyl = (weyl + 0x9e3779b9) | 0;
    let z = weyl;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return z ^ (z >>> 16);
  };
  const s0 = word();
  const s1 = word();
  const s2 = word();
  const s3 = word();
  return (s0 | s1 | s2 | s3) === 0 ? new Random(1, 0, 0, 0) : new Random(s0, s1, s2, s3);
}
