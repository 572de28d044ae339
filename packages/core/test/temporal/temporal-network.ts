import { expect } from 'vitest';
import { textSource } from '../../src/import/csv-source.js';
import { importNetwork } from '../../src/import/import-network.js';
import type { ExchangeNetwork } from '../../src/model/types.js';
import { type ContactSequence, pairContacts } from '../../src/temporal/contacts.js';
import { type Arrival, pathTo } from '../../src/temporal/reachability.js';

// Hand-built temporal networks for the contact and reachability tests. Times are written as Unix
// seconds BASE + n, so that `at(n)` is the instant n seconds after BASE, in milliseconds.

export const BASE = 1_600_000_000;

/** The instant n seconds after BASE, in milliseconds. */
export function at(n: number): number {
  return (BASE + n) * 1000;
}

function cell(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : String(BASE + n);
}

export interface TemporalSpec {
  /** Person ids, or [id, country]. */
  people: (string | [string, string])[];
  /** [source, target, start, end, kind?]; null for an open side; a missing end is the start (a moment). */
  ties?: [string, string, number | null, (number | null)?, string?][];
  /** [id, start, end, programme?] */
  exchanges?: [string, number | null, number | null, string?][];
  /** [person, exchange, start?, end?, role?] */
  participations?: [string, string, (number | null)?, (number | null)?, string?][];
}

/** Imports a hand-built network and checks that nothing was rejected. */
export async function temporalNetwork(spec: TemporalSpec): Promise<ExchangeNetwork> {
  const people = spec.people.map((p) => (typeof p === 'string' ? [p, ''] : p));
  const files: Parameters<typeof importNetwork>[0] = {
    people: textSource('people.csv', `id,country\n${people.map(([id, c]) => `${id},${c}\n`).join('')}`),
  };
  if (spec.ties !== undefined) {
    const rows = spec.ties.map(([a, b, s, e, kind]) => `${a},${b},${cell(s)},${cell(e === undefined ? s : e)},${kind ?? ''}\n`);
    files.ties = textSource('ties.csv', `source,target,start,end,kind\n${rows.join('')}`);
  }
  if (spec.exchanges !== undefined) {
    const rows = spec.exchanges.map(([id, s, e, programme]) => `${id},${cell(s)},${cell(e)},${programme ?? ''}\n`);
    files.exchanges = textSource('exchanges.csv', `id,start,end,programme\n${rows.join('')}`);
  }
  if (spec.participations !== undefined) {
    const rows = spec.participations.map(([p, x, s, e, role]) => `${p},${x},${cell(s)},${cell(e)},${role ?? ''}\n`);
    files.participations = textSource('participations.csv', `person,exchange,start,end,role\n${rows.join('')}`);
  }
  const { network, problems } = await importNetwork(files);
  expect(problems).toEqual([]);
  return network;
}

/**
 * Checks every earliest-arrival path: each hop is a real contact between the two people, carried
 * by the `via` named, running at the hop's time; times do not decrease (strictly increase with
 * `strict`), lie within [from, until], and the last one is the person's arrival.
 */
export function expectValidPaths(
  sequence: ContactSequence,
  arrivals: ReadonlyMap<string, Arrival>,
  options: { from?: number | null; until?: number | null; strict?: boolean },
): void {
  const pairs = pairContacts(sequence);
  const running = new Map<string, [number, number][]>();
  for (let k = 0; k < pairs.count; k++) {
    const a = sequence.people[pairs.a[k] as number] as string;
    const b = sequence.people[pairs.b[k] as number] as string;
    const via = sequence.vias[pairs.via[k] as number]?.id as string;
    for (const key of [`${a}\t${b}\t${via}`, `${b}\t${a}\t${via}`]) {
      const list = running.get(key) ?? [];
      list.push([pairs.start[k] as number, pairs.end[k] as number]);
      running.set(key, list);
    }
  }
  const from = options.from ?? Number.NEGATIVE_INFINITY;
  const until = options.until ?? Number.POSITIVE_INFINITY;
  for (const [person, arrival] of arrivals) {
    const path = pathTo(arrivals, person) ?? [];
    expect(path.length, person).toBe(arrival.hops);
    let before = from;
    for (const [k, hop] of path.entries()) {
      const t = hop.time ?? Number.NEGATIVE_INFINITY;
      const periods = running.get(`${hop.from}\t${hop.to}\t${hop.via.id}`) ?? [];
      const where = `hop ${k} to ${person}: ${JSON.stringify(path)}`;
      expect(
        periods.some(([s, e]) => s <= t && t <= e),
        where,
      ).toBe(true);
      expect(k > 0 && options.strict === true && t !== Number.NEGATIVE_INFINITY ? t > before : t >= before, where).toBe(true);
      expect(t <= until, where).toBe(true);
      before = t;
    }
    if (path.length > 0) expect(path[path.length - 1]?.time).toBe(arrival.time);
  }
}
