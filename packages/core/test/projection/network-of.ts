import { type ExchangeNetwork, type FileRole, importNetwork, textSource } from '@bridgegraph/core';
import type { PeopleNetwork, PeopleTie } from '../../src/projection/types.js';

/** Imports a small data package written inline (one CSV text per file), refusing any problem. */
export async function networkOf(files: Partial<Record<FileRole, string>>): Promise<ExchangeNetwork> {
  const pkg = Object.fromEntries(Object.entries(files).map(([role, text]) => [role, textSource(`${role}.csv`, text)]));
  const { network } = await importNetwork(pkg, { mode: 'strict' });
  return network;
}

/** Every edge as [source, target, attributes], source before target in node order. */
export function edgesOf(people: PeopleNetwork): [string, string, PeopleTie][] {
  return people.mapEdges((_edge, attributes, source, target) => [source, target, attributes]);
}

/** Every edge as [source, target, weight]. */
export function weightsOf(people: PeopleNetwork): [string, string, number][] {
  return people.mapEdges((_edge, attributes, source, target) => [source, target, attributes.weight]);
}

/** Milliseconds of a UTC date (`2016-07-01`) or instant. */
export function at(iso: string): number {
  return Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
}
