import { describe, expect, it } from 'vitest';
import { cursorOrder, stepCursor } from '../../src/scene/index.js';
import type { SceneNode } from '../../src/scene/types.js';

const node = (id: string, size: number | null): SceneNode => ({ id, name: id, group: null, x: 0, y: 0, activeFrom: null, size });

describe('cursorOrder', () => {
  const nodes = [node('c', 2), node('b', 5), node('a', 2), node('d', null), node('e', 9)];

  it('orders the shown nodes by size (largest first), then id', () => {
    expect(cursorOrder(nodes, () => true)).toEqual([4, 1, 2, 0, 3]);
  });

  it('leaves out the nodes not shown, and is empty when none is', () => {
    expect(cursorOrder(nodes, (i) => i !== 4 && i !== 2)).toEqual([1, 0, 3]);
    expect(cursorOrder(nodes, () => false)).toEqual([]);
    expect(cursorOrder([], () => true)).toEqual([]);
  });

  it('does not depend on the input order', () => {
    const reversed = [...nodes].reverse();
    expect(cursorOrder(reversed, () => true).map((i) => reversed[i]?.id)).toEqual(['e', 'b', 'a', 'c', 'd']);
  });
});

describe('stepCursor', () => {
  const order = [4, 1, 2];

  it('starts at the first (forward) or last (back) node', () => {
    expect(stepCursor(order, null, 1)).toBe(4);
    expect(stepCursor(order, null, -1)).toBe(2);
  });

  it('moves and wraps around', () => {
    expect(stepCursor(order, 4, 1)).toBe(1);
    expect(stepCursor(order, 2, 1)).toBe(4);
    expect(stepCursor(order, 4, -1)).toBe(2);
    expect(stepCursor(order, 1, -1)).toBe(4);
  });

  it('restarts from a node no longer in the order; null when the order is empty', () => {
    expect(stepCursor(order, 7, 1)).toBe(4);
    expect(stepCursor(order, 7, -1)).toBe(2);
    expect(stepCursor([], 4, 1)).toBeNull();
    expect(stepCursor([], null, -1)).toBeNull();
  });
});
