import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';
import type { Attributes } from 'graphology-types';

/** A reference fixture as the scripts in test/fixtures/reference/ write it. */
export interface ReferenceFixture {
  graph: string;
  tool: string;
  version: string;
  command: string;
  /** Each node: its id and any attributes (e.g. `group`, null when the node has none). */
  nodes: ({ id: string | number } & Attributes)[];
  /** Each edge: source, target and weight. */
  edges: [string | number, string | number, number][];
  results: Record<string, unknown>;
}

const directory = new URL('../fixtures/reference/', import.meta.url);

/** Reads test/fixtures/reference/<name>.json. */
export function readFixture(name: string): ReferenceFixture {
  return JSON.parse(readFileSync(new URL(`${name}.json`, directory), 'utf8')) as ReferenceFixture;
}

/**
 * Loads a reference fixture and builds its graph: an undirected graphology graph whose node keys
 * are the fixture's ids as strings, whose node attributes are the fixture's other node fields, and
 * whose edges carry the fixture's weight as `weight`.
 */
export function loadFixture(name: string): { graph: UndirectedGraph; fixture: ReferenceFixture } {
  const fixture = readFixture(name);
  const graph = new UndirectedGraph();
  for (const { id, ...attributes } of fixture.nodes) graph.addNode(String(id), attributes);
  for (const [source, target, weight] of fixture.edges) graph.addEdge(String(source), String(target), { weight });
  return { graph, fixture };
}
