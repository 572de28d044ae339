import {
  compareInstants,
  createNetwork,
  type ExchangeNetwork,
  exchangeKey,
  exchanges,
  exchangesOfPerson,
  groupKey,
  groups,
  groupsOfPerson,
  nodeKey,
  participantsOfExchange,
  people,
  peopleOfGroup,
  personKey,
  textSource,
  timeSpan,
} from '@bridgegraph/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { handMadePackage } from '../hand-made-package.js';
import { importChecked } from '../helpers.js';

let network: ExchangeNetwork;

beforeAll(async () => {
  const result = await importChecked(handMadePackage());
  expect(result.problems).toEqual([]);
  network = result.network;
});

const byStart = <T extends { edge: { start: number | null } }>(a: T, b: T) => compareInstants(a.edge.start, b.edge.start);

describe('listing nodes', () => {
  test('people, groups and exchanges in insertion (file) order', () => {
    expect(people(network).map((p) => p.id)).toEqual(['ana', 'bo', 'cy', 'di', 'ed']);
    expect(people(network).map((p) => p.country)).toEqual(['DE', 'UA', 'DE', 'PL', null]);
    expect(groups(network).map((g) => [g.id, g.name, g.kind])).toEqual([
      ['g1', 'Chess club', 'club'],
      ['g2', 'School 5', 'school'],
    ]);
    expect(exchanges(network).map((x) => x.id)).toEqual(['x2', 'x1', 'x3', 'x4']);
  });

  test('an empty network', () => {
    const empty = createNetwork();
    expect([people(empty), groups(empty), exchanges(empty)]).toEqual([[], [], []]);
    expect(timeSpan(empty)).toBeNull();
  });
});

describe('groups and people', () => {
  test('peopleOfGroup: a person appears once per membership', () => {
    const members = peopleOfGroup(network, 'g1').sort(byStart);
    expect(members.map((m) => [m.node.id, m.edge.role, m.edge.start, m.edge.end])).toEqual([
      ['ana', 'member', Date.UTC(2014, 0, 1), Date.UTC(2017, 0, 1) - 1],
      ['bo', 'chair', Date.UTC(2015, 2, 1), null],
      ['ana', 'member', Date.UTC(2017, 0, 1), Date.UTC(2019, 0, 1) - 1],
    ]);
    expect(members.every((m) => m.edge.type === 'membership')).toBe(true);
    expect(peopleOfGroup(network, 'g2').map((m) => [m.node.id, m.edge.role])).toEqual([['ana', 'pupil']]);
  });

  test('groupsOfPerson', () => {
    const ana = groupsOfPerson(network, 'ana');
    expect(ana.map((g) => `${g.node.id}/${g.edge.role}/${g.edge.start}`).sort()).toEqual([
      `g1/member/${Date.UTC(2014, 0, 1)}`,
      `g1/member/${Date.UTC(2017, 0, 1)}`,
      'g2/pupil/null',
    ]);
    expect(groupsOfPerson(network, 'bo').map((g) => [g.node.id, g.edge.role])).toEqual([['g1', 'chair']]);
    // Ties and participations are not memberships.
    expect(groupsOfPerson(network, 'cy')).toEqual([]);
  });
});

describe('exchanges and people', () => {
  test('exchangesOfPerson: chronological by the exchange start, undated last', () => {
    const ana = exchangesOfPerson(network, 'ana');
    expect(ana.map((x) => [x.node.id, x.edge.role, x.node.start])).toEqual([
      ['x4', 'participant', Date.UTC(2016, 3, 10)],
      ['x1', 'group-leader', Date.UTC(2016, 6, 1)],
      ['x2', 'participant', Date.UTC(2016, 9, 3)],
      ['x3', 'participant', null],
    ]);
    expect(exchangesOfPerson(network, 'bo').map((x) => [x.node.id, x.edge.role])).toEqual([
      ['x1', 'participant'],
      ['x2', 'host'],
    ]);
    expect(exchangesOfPerson(network, 'ed')).toEqual([]);
  });

  test('participantsOfExchange, each with their role', () => {
    const x1 = participantsOfExchange(network, 'x1');
    expect(x1.map((p) => [p.node.id, p.edge.role]).sort()).toEqual([
      ['ana', 'group-leader'],
      ['bo', 'participant'],
      ['cy', 'participant'],
    ]);
    expect(x1.every((p) => p.node.type === 'person' && p.edge.type === 'participation')).toBe(true);
    expect(
      participantsOfExchange(network, 'x2')
        .map((p) => [p.node.id, p.edge.role])
        .sort(),
    ).toEqual([
      ['ana', 'participant'],
      ['bo', 'host'],
    ]);
    expect(participantsOfExchange(network, 'x4').map((p) => p.node.id)).toEqual(['ana']);
  });
});

describe('time span', () => {
  test('from the earliest to the latest instant on any exchange, participation, membership or tie', () => {
    // Earliest: the tie cy-ana from 2013-09-01; latest: ana's second membership of g1, to the end of 2018.
    expect(timeSpan(network)).toEqual({ start: 1_377_993_600_000, end: 1_546_300_799_999 });
    expect(new Date(1_377_993_600_000).toISOString()).toBe('2013-09-01T00:00:00.000Z');
  });

  test('only exchange dates, and undated elements do not count', async () => {
    const result = await importChecked({
      exchanges: textSource('exchanges.csv', 'id,start,end\ne1,2016-05-01,\ne2,,2016-05-10\ne3,,\n'),
      participations: textSource('participations.csv', 'person,exchange\na,e1\n'),
      ties: textSource('ties.csv', 'source,target\na,b\n'),
    });
    expect(timeSpan(result.network)).toEqual({ start: Date.UTC(2016, 4, 1), end: Date.UTC(2016, 4, 11) - 1 });
  });

  test('null when nothing is dated', async () => {
    const result = await importChecked({ ties: textSource('ties.csv', 'source,target\na,b\n') });
    expect(timeSpan(result.network)).toBeNull();
  });
});

describe('unknown ids throw', () => {
  test.each([
    ['peopleOfGroup', () => peopleOfGroup(network, 'g9'), "bridgegraph/queries: unknown group 'g9'."],
    ['peopleOfGroup with a person id', () => peopleOfGroup(network, 'ana'), "bridgegraph/queries: unknown group 'ana'."],
    ['groupsOfPerson', () => groupsOfPerson(network, 'zed'), "bridgegraph/queries: unknown person 'zed'."],
    ['exchangesOfPerson', () => exchangesOfPerson(network, 'g1'), "bridgegraph/queries: unknown person 'g1'."],
    ['participantsOfExchange', () => participantsOfExchange(network, 'x9'), "bridgegraph/queries: unknown exchange 'x9'."],
    ['an id with a colon', () => participantsOfExchange(network, 'a:b'), "bridgegraph/queries: unknown exchange 'a:b'."],
  ])('%s', (_name, query, message) => {
    expect(query).toThrow(message);
  });
});

describe('keys and instants', () => {
  test('node keys', () => {
    expect([personKey('P1'), groupKey('G1'), exchangeKey('X1'), nodeKey('group', 'a:b')]).toEqual([
      'person:P1',
      'group:G1',
      'exchange:X1',
      'group:a:b',
    ]);
    expect(network.hasNode(personKey('ana'))).toBe(true);
  });

  test('compareInstants orders ascending with unknown last', () => {
    const values = [5, null, -3, 0, null, 12];
    expect([...values].sort(compareInstants)).toEqual([-3, 0, 5, 12, null, null]);
    expect(compareInstants(null, null)).toBe(0);
    expect(compareInstants(1, null)).toBeLessThan(0);
    expect(compareInstants(null, 1)).toBeGreaterThan(0);
  });

  test('createNetwork: an undirected multigraph without self-loops', () => {
    const n = createNetwork({ name: 'x' });
    expect([n.type, n.multi, n.allowSelfLoops, n.getAttribute('name')]).toEqual(['undirected', true, false, 'x']);
  });
});
