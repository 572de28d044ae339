import type { SceneNode } from './types.js';

// The keyboard cursor over people (or groups): a stable order of the nodes shown, and a step in it.

/**
 * The numbers of the nodes for which `shown(i)` is true, largest `size` first (null counts as 0),
 * equal sizes by id (code-unit order), so the order does not depend on the layout or the input order.
 */
export function cursorOrder(nodes: readonly SceneNode[], shown: (i: number) => boolean): number[] {
  const order: number[] = [];
  for (let i = 0; i < nodes.length; i++) if (shown(i)) order.push(i);
  const size = (i: number) => nodes[i]?.size ?? 0;
  const id = (i: number) => nodes[i]?.id ?? '';
  return order.sort((a, b) => size(b) - size(a) || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : a - b));
}

/**
 * The node after (1) or before (-1) `current` in `order`, wrapping around; from null (or a node no
 * longer in the order) the first (1) or the last (-1). Null when the order is empty.
 */
export function stepCursor(order: readonly number[], current: number | null, direction: 1 | -1): number | null {
  if (order.length === 0) return null;
  const at = current === null ? -1 : order.indexOf(current);
  if (at < 0) return (direction === 1 ? order[0] : order[order.length - 1]) as number;
  return order[(at + direction + order.length) % order.length] as number;
}
