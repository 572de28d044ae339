/**
 * A small seeded pseudo-random generator (Tommy Ettinger's mulberry32): 32 bits of state,
 * period 2^32, uniform floats in [0, 1). Good enough for shuffles, permutation tests and
 * Louvain's visiting order; not for cryptography. The same seed always gives the same sequence,
 * so every random result in Bridgegraph can be reproduced.
 */
export type Random = () => number;

/** The seed used when a caller gives none. */
export const DEFAULT_SEED = 42;

/** Returns a generator of floats in [0, 1) determined by `seed` (any finite number; only its low 32 bits count). */
export function createRandom(seed: number = DEFAULT_SEED): Random {
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new TypeError(`bridgegraph/utils/random: seed must be a finite number, got ${String(seed)}.`);
  }
  let state = Math.trunc(seed) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
