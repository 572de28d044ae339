import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { textSource } from '../../src/import/csv-source.js';
import { importNetwork } from '../../src/import/import-network.js';
import { contactCount, contactSequence } from '../../src/temporal/contacts.js';
import { earliestArrival, latestDeparture } from '../../src/temporal/reachability.js';
import { expectValidPaths } from './temporal-network.js';

// A generated contact sequence (24 people, 70 ties: moments, lasting, open-ended and undated; 6
// exchanges, some participations with own dates) and the times computed by an independent Python
// implementation (pairwise expansion of exchanges, Bellman-Ford fixed point, backward relaxation):
//
//   /usr/bin/python3 packages/core/test/fixtures/reference/temporal-reachability.py
//
// writes packages/core/test/fixtures/reference/temporal-reachability.json (byte-stable; the
// generator's seed, the Python version and the command are recorded in it).

interface Case {
  from: number | null;
  until: number | null;
  strict: boolean;
  earliest_arrival: Record<string, Record<string, number | null>>;
  latest_departure: Record<string, Record<string, number | null>>;
}
interface Fixture {
  command: string;
  pairwise_contacts: number;
  files: Record<string, string>;
  cases: Case[];
}

const here = dirname(fileURLToPath(import.meta.url));
const fixture = JSON.parse(readFileSync(join(here, '../fixtures/reference/temporal-reachability.json'), 'utf-8')) as Fixture;

async function load() {
  const f = fixture.files;
  const { network, problems } = await importNetwork({
    people: textSource('people.csv', f['people.csv'] as string),
    exchanges: textSource('exchanges.csv', f['exchanges.csv'] as string),
    participations: textSource('participations.csv', f['participations.csv'] as string),
    ties: textSource('ties.csv', f['ties.csv'] as string),
  });
  expect(problems).toEqual([]);
  return network;
}

describe('earliest arrival and latest departure against the independent Python implementation', () => {
  test('the same pairwise contacts', async () => {
    const network = await load();
    const contacts = contactSequence(network);
    expect(fixture.command).toBe('/usr/bin/python3 packages/core/test/fixtures/reference/temporal-reachability.py');
    expect(contactCount(contacts)).toBe(fixture.pairwise_contacts);
    expect(contacts.skipped).toEqual({ ties: 2, participations: 0 });
  });

  test('every source and target, with and without bounds, strict and not', async () => {
    const network = await load();
    const contacts = contactSequence(network);
    let compared = 0;
    for (const c of fixture.cases) {
      const options = { from: c.from, until: c.until, strict: c.strict, contacts };
      for (const [source, expected] of Object.entries(c.earliest_arrival)) {
        const arrivals = earliestArrival(network, source, options);
        const got = Object.fromEntries([...arrivals.values()].map((a) => [a.person, a.time]).sort());
        expect(got, `arrivals from ${source}, ${JSON.stringify({ ...options, contacts: undefined })}`).toEqual(expected);
        // Every path is made of real contacts, in time order, ending at the arrival time.
        expectValidPaths(contacts, arrivals, c);
        compared++;
      }
      for (const [target, expected] of Object.entries(c.latest_departure)) {
        const departures = latestDeparture(network, target, options);
        const got = Object.fromEntries([...departures.values()].map((d) => [d.person, d.time]).sort());
        expect(got, `departures to ${target}, ${JSON.stringify({ ...options, contacts: undefined })}`).toEqual(expected);
        compared++;
      }
    }
    expect(compared).toBe(fixture.cases.length * 2 * 24);
  });
});
