import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/utils/random.js';

describe('createRandom', () => {
  it('follows mulberry32 (values from an independent Python implementation)', () => {
    const r = createRandom(42);
    expect([r(), r(), r()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
    const z = createRandom(0);
    expect([z(), z()]).toEqual([0.26642920868471265, 0.0003297457005828619]);
    const m = createRandom(-1);
    expect([m(), m()]).toEqual([0.8964226141106337, 0.189478256739676]);
  });

  it('gives the same sequence for the same seed and another for another seed', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const c = createRandom(8);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 100 }, () => c())).not.toEqual(xs);
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const r = createRandom(123);
    const n = 100_000;
    const bins = new Array<number>(10).fill(0);
    let min = 1;
    let max = 0;
    for (let i = 0; i < n; i++) {
      const x = r();
      min = Math.min(min, x);
      max = Math.max(max, x);
      bins[Math.floor(x * 10)] = (bins[Math.floor(x * 10)] as number) + 1;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    // Each bin expects 10 000 draws, standard deviation about 95: 600 is over 6 sigma.
    for (const count of bins) expect(Math.abs(count - n / 10)).toBeLessThan(600);
  });

  it('refuses a seed that is not a finite number', () => {
    expect(() => createRandom(Number.NaN)).toThrow(/^bridgegraph\/utils\/random:/);
    expect(() => createRandom(Number.POSITIVE_INFINITY)).toThrow(/^bridgegraph\/utils\/random:/);
  });
});
