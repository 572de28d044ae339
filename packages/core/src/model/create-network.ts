import Graph from 'graphology';
import type { ExchangeNetwork, NetworkAttributes } from './types.js';

/** An empty exchange network: an undirected multigraph without self-loops. */
export function createNetwork(attributes: NetworkAttributes = {}): ExchangeNetwork {
  const graph = new Graph.MultiUndirectedGraph({ allowSelfLoops: false }) as unknown as ExchangeNetwork;
  graph.replaceAttributes({ ...attributes });
  return graph;
}
