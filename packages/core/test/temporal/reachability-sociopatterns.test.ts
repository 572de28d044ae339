import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ExchangeNetwork } from '../../src/model/types.js';
import { loadNetwork } from '../../src/node/load-network.js';
import { type ContactSequence, contactCount, contactSequence } from '../../src/temporal/contacts.js';
import { canReach, reachableFrom, reachableSetSizes } from '../../src/temporal/reachability.js';

// Real data: face-to-face contacts at ICCSS 2017 (SocioPatterns; see ../shared/datasets/README.md and
// packages/core/test/real-data/sociopatterns.test.ts). Each 20-second contact is a tie at one instant.
//
// The expected sizes were computed by the independent Python implementation (pairwise contacts,
// fixed point; no code shared with Bridgegraph), from the raw file:
//
//   /usr/bin/python3 packages/core/test/fixtures/reference/temporal-reachability.py --sociopatterns
//
//   day 1: 2017-07-11T00:00:00Z to 23:59:59.999Z
//   person reachable reachedBy reachable_strict reachedBy_strict
//   0 242 234 242 234
//   5 242 243 240 243
//   85 243 243 243 243
//   100 242 243 240 243
//   179 242 243 242 243
//   194 243 243 243 243
//   240 242 243 242 243
//   its first two hours: 2017-07-11T06:00:00Z to 07:59:59.999Z
//   person reachable reachedBy reachable_strict reachedBy_strict
//   0 151 134 151 125
//   5 93 134 75 134
//   85 152 108 152 105
//   100 124 103 91 96
//   179 134 116 119 110
//   194 152 53 152 50
//   240 149 80 149 77

const EXPECTED = {
  day1: {
    from: Date.parse('2017-07-11T00:00:00Z'),
    until: Date.parse('2017-07-11T23:59:59.999Z'),
    rows: [
      ['0', 242, 234, 242, 234],
      ['5', 242, 243, 240, 243],
      ['85', 243, 243, 243, 243],
      ['100', 242, 243, 240, 243],
      ['179', 242, 243, 242, 243],
      ['194', 243, 243, 243, 243],
      ['240', 242, 243, 242, 243],
    ],
  },
  firstTwoHours: {
    from: Date.parse('2017-07-11T06:00:00Z'),
    until: Date.parse('2017-07-11T07:59:59.999Z'),
    rows: [
      ['0', 151, 134, 151, 125],
      ['5', 93, 134, 75, 134],
      ['85', 152, 108, 152, 105],
      ['100', 124, 103, 91, 96],
      ['179', 134, 116, 119, 110],
      ['194', 152, 53, 152, 50],
      ['240', 149, 80, 149, 77],
    ],
  },
} as const;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const dataset = resolve(repoRoot, '../shared/datasets/sociopatterns-iccss17');
const tij = join(dataset, 'tij_ICCSS17.dat');
const metadata = join(dataset, 'metadata_ICCSS17.dat');
const exists = existsSync(tij) && existsSync(metadata);
if (!exists)
  console.log(
    `SocioPatterns reachability test skipped: ${dataset} is absent (it is read-only reference data kept outside the repository).`,
  );

const METADATA_COLUMNS = ['id', 'age_range', 'gender', 'country', 'language', 'seniority', 'background', 'role', 'previous_edition'];

describe.skipIf(!exists)('time-respecting reachability on the SocioPatterns ICCSS 2017 contacts', () => {
  let network: ExchangeNetwork;
  let contacts: ContactSequence;

  beforeAll(async () => {
    const result = await loadNetwork([], {
      files: { ties: tij, people: metadata },
      sources: { ties: { header: ['time', 'source', 'target'] }, people: { header: METADATA_COLUMNS } },
      missingValues: ['NA'],
    });
    network = result.network;
    contacts = contactSequence(network);
  });

  test('one link per contact, in time order', () => {
    expect(contacts.links.count).toBe(199_309);
    expect(contactCount(contacts)).toBe(199_309);
    expect(contacts.nodes).toBe(262);
    const { start, end } = contacts.links;
    for (let k = 1; k < start.length; k++) if ((start[k - 1] as number) > (start[k] as number)) throw new Error(`link ${k} out of order`);
    expect(start.every((s, k) => s === end[k])).toBe(true);
  });

  for (const [name, window] of Object.entries(EXPECTED)) {
    test(`reachable and reached-by sizes for 7 people (${name}) match the Python implementation`, () => {
      const got = window.rows.map(([person]) => {
        const row: (string | number)[] = [person];
        for (const strict of [false, true]) {
          const options = { from: window.from, until: window.until, strict, contacts };
          row.push(reachableFrom(network, person, options).size, canReach(network, person, options).size);
        }
        return row;
      });
      expect(got).toEqual(window.rows);
    });
  }

  test('set sizes for all 262 people in the first two hours, by country', () => {
    const { from, until, rows } = EXPECTED.firstTwoHours;
    const sizes = reachableSetSizes(network, { from, until, contacts, groupBy: 'country' });
    expect(sizes).toHaveLength(262);
    const byPerson = new Map(sizes.map((r) => [r.person, r]));
    for (const [person, reachable, reachedBy] of rows) expect(byPerson.get(person)).toMatchObject({ reachable, reachedBy });
    // Countries: C1..C4 and 'other' (5 groups); NA is no country.
    expect(Math.max(...sizes.map((r) => r.reachableGroups ?? 0))).toBe(5);
    const set = reachableFrom(network, '5', { from, until, contacts, groupBy: 'country' });
    expect((set.groups ?? []).reduce((n, g) => n + g.people, 0) + (set.ungrouped ?? 0)).toBe(93);
    expect(byPerson.get('5')?.reachableGroups).toBe(set.groups?.length);
    // Reaching nobody and being reached by nobody go together (nobody in contact in the window).
    expect(sizes.filter((r) => r.reachable === 0).length).toBe(sizes.filter((r) => r.reachedBy === 0).length);
  });
});
