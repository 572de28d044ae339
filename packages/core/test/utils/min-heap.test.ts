import { describe, expect, it } from 'vitest';
import { MinHeap } from '../../src/utils/min-heap.js';
import { createRandom } from '../../src/utils/random.js';

describe('MinHeap', () => {
  it('pops items by increasing priority, growing past its initial capacity', () => {
    const rng = createRandom(7);
    const heap = new MinHeap(1);
    const pairs: [number, number][] = [];
    for (let item = 0; item < 1000; item++) {
      const priority = Math.floor(rng() * 100) / 7;
      pairs.push([priority, item]);
      heap.push(priority, item);
    }
    expect(heap.size).toBe(1000);
    const popped: number[] = [];
    while (heap.size > 0) {
      const priority = heap.peekPriority();
      const item = heap.pop();
      expect((pairs[item] as [number, number])[0]).toBe(priority);
      popped.push(priority);
    }
    expect(popped).toEqual(pairs.map(([p]) => p).sort((a, b) => a - b));
  });

  it('can be cleared and reused', () => {
    const heap = new MinHeap();
    heap.push(2, 20);
    heap.push(1, 10);
    heap.clear();
    expect(heap.size).toBe(0);
    heap.push(3, 30);
    heap.push(0.5, 5);
    expect(heap.pop()).toBe(5);
    expect(heap.pop()).toBe(30);
  });
});
