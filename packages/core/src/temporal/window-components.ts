import type { PairWindows } from './pair-windows.js';

// Connected components of every window's people's network at once, without building the windows'
// graphs: offline dynamic connectivity over the window numbers. Each pair's ranges of windows are
// laid on a segment tree (a range covers O(log W) nodes); a depth-first walk of the tree joins the
// pairs of each node in a union-find that can undo (union by size, no path compression) and undoes
// them on the way back, so at each leaf the union-find holds exactly the pairs of that window.
// Cost O((P + R log W) log N) for P pairs with R ranges, W windows and N people. With cumulative
// windows a pair, once tied, stays tied, and its range is a suffix: the union-find only grows
// along the walk.

/** For each window: the number of connected components (an isolated person is one) and the size of the largest. */
export interface WindowComponents {
  components: Int32Array;
  largest: Int32Array;
}

/** Components and largest component of the people's network of each window, for `order` people. */
export function windowComponents(order: number, pairs: PairWindows): WindowComponents {
  const windows = pairs.windows;
  const components = new Int32Array(windows);
  const largestOf = new Int32Array(windows);
  if (windows === 0) return { components, largest: largestOf };

  // Segment tree over [0, windows - 1]: node 1 is the root, node n has children 2n and 2n + 1.
  const head = new Int32Array(4 * windows).fill(-1);
  const next: number[] = [];
  const edgeSource: number[] = [];
  const edgeTarget: number[] = [];
  const insert = (node: number, lo: number, hi: number, f: number, l: number, u: number, v: number): void => {
    if (f <= lo && hi <= l) {
      next.push(head[node] as number);
      head[node] = edgeSource.length;
      edgeSource.push(u);
      edgeTarget.push(v);
      return;
    }
    const mid = (lo + hi) >>> 1;
    if (f <= mid) insert(2 * node, lo, mid, f, l, u, v);
    if (l > mid) insert(2 * node + 1, mid + 1, hi, f, l, u, v);
  };
  for (let p = 0; p < pairs.count; p++) {
    const u = pairs.source[p] as number;
    const v = pairs.target[p] as number;
    for (let r = pairs.offsets[p] as number; r < (pairs.offsets[p + 1] as number); r++)
      insert(1, 0, windows - 1, pairs.first[r] as number, pairs.last[r] as number, u, v);
  }

  const parent = new Int32Array(order);
  for (let i = 0; i < order; i++) parent[i] = i;
  const size = new Int32Array(order).fill(1);
  // The undo log: each union's attached root, and the largest size before it.
  const attached: number[] = [];
  const largestBefore: number[] = [];
  let largest = order > 0 ? 1 : 0;
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] as number;
    return r;
  };
  const union = (u: number, v: number): void => {
    let a = find(u);
    let b = find(v);
    if (a === b) return;
    if ((size[a] as number) < (size[b] as number)) [a, b] = [b, a];
    parent[b] = a;
    size[a] = (size[a] as number) + (size[b] as number);
    attached.push(b);
    largestBefore.push(largest);
    if ((size[a] as number) > largest) largest = size[a] as number;
  };
  const undoTo = (mark: number): void => {
    while (attached.length > mark) {
      const b = attached.pop() as number;
      const a = parent[b] as number;
      size[a] = (size[a] as number) - (size[b] as number);
      parent[b] = b;
      largest = largestBefore.pop() as number;
    }
  };
  const visit = (node: number, lo: number, hi: number): void => {
    const mark = attached.length;
    for (let e = head[node] as number; e >= 0; e = next[e] as number) union(edgeSource[e] as number, edgeTarget[e] as number);
    if (lo === hi) {
      components[lo] = order - attached.length;
      largestOf[lo] = largest;
    } else {
      const mid = (lo + hi) >>> 1;
      visit(2 * node, lo, mid);
      visit(2 * node + 1, mid + 1, hi);
    }
    undoTo(mark);
  };
  visit(1, 0, windows - 1);
  return { components, largest: largestOf };
}
