import type { GraphIndex } from '../metrics/graph-index.js';

/**
 * A copy of the index without the ties between these pairs of nodes (each pair given once, in
 * either order, as node numbers); nodes, groups and the other ties stay. The index is not changed.
 */
export function indexWithoutPairs(index: GraphIndex, pairs: Iterable<readonly [number, number]>): GraphIndex {
  const { order, offsets, neighbors, weights } = index;
  const dropped = new Set<number>();
  for (const [i, j] of pairs) {
    dropped.add(i * order + j);
    dropped.add(j * order + i);
  }
  if (dropped.size === 0) return index;
  const newOffsets = new Int32Array(order + 1);
  const keptNeighbors: number[] = [];
  const keptWeights: number[] = [];
  for (let i = 0; i < order; i++) {
    for (let at = offsets[i] as number; at < (offsets[i + 1] as number); at++) {
      const j = neighbors[at] as number;
      if (dropped.has(i * order + j)) continue;
      keptNeighbors.push(j);
      keptWeights.push(weights[at] as number);
    }
    newOffsets[i + 1] = keptNeighbors.length;
  }
  return {
    ...index,
    size: keptNeighbors.length / 2,
    offsets: newOffsets,
    neighbors: Int32Array.from(keptNeighbors),
    weights: Float64Array.from(keptWeights),
  };
}
