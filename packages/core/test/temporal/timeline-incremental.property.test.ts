import { resolve } from 'node:path';
import { loadNetwork } from '@bridgegraph/core/node';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  exchangeAttributes,
  groupAttributes,
  membershipAttributes,
  participationAttributes,
  personAttributes,
  tieAttributes,
} from '../../src/model/attributes.js';
import { createNetwork } from '../../src/model/create-network.js';
import { exchangeKey, groupKey, personKey } from '../../src/model/keys.js';
import type { ExchangeNetwork, Instant } from '../../src/model/types.js';
import { type TimelineOptions, timeline, timelineFromScratch } from '../../src/temporal/timeline.js';

// The timeline computes its counts for every window at once from the windows in which each pair of
// people is tied, and builds no window's network when no metric is asked for. Its rows must be
// exactly those of building and counting every window's people's network (`timelineFromScratch`),
// for any network and any options: checked here on random small temporal networks.

const SEED = 20240611;
const NUM_RUNS = 600;

const HOUR = 3_600_000;
/** 20 March 2021 UTC: the windows cross the daylight-saving change of 28 March in Berlin. */
const BASE = Date.UTC(2021, 2, 20);
/** Times are BASE + u × 6 hours, u in 0..MAX_UNIT (40 days). */
const MAX_UNIT = 160;
const instant = (u: number) => BASE + u * 6 * HOUR;

type Dates = [Instant, Instant];
type EdgeRecord =
  | { type: 'tie'; a: number; b: number; dates: Dates; kind: string | null; weight: number }
  | { type: 'participation'; person: number; exchange: number; dates: Dates; role: string | null }
  | { type: 'membership'; person: number; dates: Dates };

interface Case {
  people: { country: string | null; team: string | null }[];
  exchanges: { dates: Dates; kind: string | null; programme: string | null }[];
  records: EdgeRecord[];
  options: TimelineOptions;
}

const unit = fc.integer({ min: 0, max: MAX_UNIT });
/** A period: both dates (sometimes reversed), one of them, or none. */
const dates: fc.Arbitrary<Dates> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(unit, fc.integer({ min: 0, max: 40 })).map(([s, d]): Dates => [instant(s), instant(Math.min(s + d, MAX_UNIT))]),
  },
  { weight: 1, arbitrary: unit.map((s): Dates => [instant(s), instant(s)]) },
  { weight: 1, arbitrary: unit.map((s): Dates => [instant(s), null]) },
  { weight: 1, arbitrary: unit.map((e): Dates => [null, instant(e)]) },
  { weight: 1, arbitrary: fc.constant<Dates>([null, null]) },
  { weight: 1, arbitrary: fc.tuple(unit, unit).map(([s, e]): Dates => [instant(Math.max(s, e)), instant(Math.min(s, e))]) },
);
const maybe = <T>(values: readonly T[]) => fc.constantFrom<T | null>(...values, null);

const options: fc.Arbitrary<TimelineOptions> = fc
  .record({
    every: fc.oneof(
      fc.constantFrom<TimelineOptions['every']>('day', 'week', 'month'),
      fc.integer({ min: 1, max: 12 }).map((n) => ({ stepMs: n * 6 * HOUR })),
    ),
    mode: fc.constantFrom<'sliding' | 'cumulative'>('sliding', 'cumulative'),
    width: fc.integer({ min: 1, max: 4 }),
    timeZone: fc.constantFrom('UTC', 'Europe/Berlin'),
    origin: fc.option(
      unit.map((u) => instant(u) + 7),
      { nil: undefined },
    ),
    span: fc.option(
      fc.tuple(unit, fc.integer({ min: 0, max: 60 })).map(([s, d]) => ({ start: instant(s) - 5, end: instant(s + d) + 3 })),
      { nil: undefined, freq: 2 },
    ),
    groupBy: fc.constantFrom<string | null>('country', 'team', null),
    weighted: fc.boolean(),
    metrics: fc.oneof(
      { weight: 5, arbitrary: fc.constant([]) },
      { weight: 1, arbitrary: fc.constantFrom(['degree'], ['ei-index'], ['bridges']) },
    ),
    projection: fc.record({
      sources: fc.constantFrom('both', 'ties', 'participations'),
      kinds: fc.option(fc.constantFrom(['camp'], ['camp', 'visit']), { nil: undefined }),
      programmes: fc.option(fc.constantFrom(['A'], ['B']), { nil: undefined }),
      roles: fc.option(fc.constantFrom(['participant'], ['participant', 'host']), { nil: undefined }),
      tieKinds: fc.option(fc.constantFrom(['friend'], ['work']), { nil: undefined }),
      weighting: fc.constantFrom('count', 'newman'),
    }),
  })
  .map((o) => {
    const out: TimelineOptions = { ...o, metrics: o.metrics as TimelineOptions['metrics'] } as TimelineOptions;
    if (o.mode === 'cumulative') delete out.width;
    if (typeof o.every === 'string') delete out.origin;
    if (o.span === undefined) delete out.span;
    return out;
  });

const personArbitrary = fc.record({ country: maybe(['DE', 'FR', 'PL', '']), team: maybe(['red', 'blue']) });

const caseArbitrary: fc.Arbitrary<Case> = fc
  .oneof(
    { weight: 1, arbitrary: fc.array(personArbitrary, { maxLength: 1 }) },
    { weight: 8, arbitrary: fc.array(personArbitrary, { minLength: 2, maxLength: 8 }) },
  )
  .chain((people) => {
    const person = fc.integer({ min: 0, max: Math.max(0, people.length - 1) });
    const n = people.length;
    const tie = fc
      .record({
        a: person,
        b: person,
        dates,
        kind: maybe(['friend', 'work']),
        weight: fc.oneof({ weight: 20, arbitrary: fc.constantFrom(1, 2.5) }, { weight: 1, arbitrary: fc.constantFrom(0, -1) }),
      })
      .filter((t) => t.a !== t.b)
      .map((t): EdgeRecord => ({ type: 'tie', ...t }));
    // A participation: own dates half the time, else the exchange's; a person may take part twice.
    const member = fc.record({ person, dates: fc.oneof(fc.constant<Dates>([null, null]), dates), role: maybe(['participant', 'host']) });
    const exchange = fc.record({
      dates,
      kind: maybe(['camp', 'visit']),
      programme: maybe(['A', 'B']),
      members: fc.array(member, { minLength: Math.min(n, 1), maxLength: n === 0 ? 0 : 7 }),
    });
    const membership = fc.record({ person, dates }).map((m): EdgeRecord => ({ type: 'membership', ...m }));
    return fc
      .record({
        exchanges: fc.array(exchange, { minLength: 1, maxLength: 4 }),
        ties: n < 2 ? fc.constant([]) : fc.array(tie, { maxLength: 12 }),
        memberships: n === 0 ? fc.constant([]) : fc.array(membership, { maxLength: 2 }),
        options,
      })
      .map(({ exchanges, ties, memberships, options }): Case => {
        // Participations and ties interleaved, so that edge order is not by type.
        const participations = exchanges.flatMap((x, k) =>
          x.members.map((m): EdgeRecord => ({ type: 'participation', exchange: k, ...m })),
        );
        const records: EdgeRecord[] = [];
        for (let i = 0; i < Math.max(participations.length, ties.length); i++) {
          if (i < participations.length) records.push(participations[i] as EdgeRecord);
          if (i < ties.length) records.push(ties[i] as EdgeRecord);
        }
        return { people, exchanges, records: [...records, ...memberships], options };
      });
  });

function networkOf(c: Case): ExchangeNetwork {
  const network = createNetwork();
  const common = { origin: 'record' as const, sources: [] };
  c.people.forEach((p, i) => {
    const data: Record<string, string> = Object.create(null);
    if (p.team !== null) data.team = p.team;
    network.addNode(personKey(`p${i}`), personAttributes({ id: `p${i}`, name: null, country: p.country, data, ...common }));
  });
  c.exchanges.forEach((x, k) => {
    const [start, end] = x.dates;
    network.addNode(
      exchangeKey(`x${k}`),
      exchangeAttributes({
        id: `x${k}`,
        name: null,
        kind: x.kind,
        programme: x.programme,
        hostCountry: null,
        start,
        end,
        data: {},
        ...common,
      }),
    );
  });
  network.addNode(groupKey('g'), groupAttributes({ id: 'g', name: null, kind: null, data: {}, ...common }));
  c.records.forEach((r, n) => {
    const [start, end] = r.dates;
    if (r.type === 'tie') {
      const tie = tieAttributes({ kind: r.kind, start, end, weight: r.weight, data: {}, sources: [] });
      network.addEdgeWithKey(`tie#${n}`, personKey(`p${r.a}`), personKey(`p${r.b}`), tie);
    } else if (r.type === 'participation') {
      const p = participationAttributes({ role: r.role, start, end, data: {}, sources: [] });
      network.addEdgeWithKey(`participation#${n}`, personKey(`p${r.person}`), exchangeKey(`x${r.exchange}`), p);
    } else {
      const m = membershipAttributes({ role: null, start, end, data: {}, sources: [] });
      network.addEdgeWithKey(`membership#${n}`, personKey(`p${r.person}`), groupKey('g'), m);
    }
  });
  return network;
}

/** The rows, or the error thrown (both ways must fail alike). */
function outcome(run: () => unknown): unknown {
  try {
    return { rows: run() };
  } catch (error) {
    return { error: String(error) };
  }
}

describe('timeline: counts for all windows at once equal counting each window built from scratch', () => {
  test(`random temporal networks and window settings (fast-check, seed ${SEED}, ${NUM_RUNS} runs)`, () => {
    let withRows = 0;
    let countsOnly = 0;
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const network = networkOf(c);
        const fast = outcome(() => timeline(network, c.options));
        const plain = outcome(() => timelineFromScratch(network, c.options));
        expect(fast).toStrictEqual(plain);
        if ('rows' in (fast as object)) {
          withRows++;
          if ((c.options.metrics ?? []).length === 0) countsOnly++;
        }
      }),
      { seed: SEED, numRuns: NUM_RUNS },
    );
    console.log(`timeline-incremental: ${NUM_RUNS} runs (seed ${SEED}), ${withRows} with rows, ${countsOnly} of them counts only`);
    // Most cases must produce rows, most of them without metrics (the path that builds no network).
    expect(withRows).toBeGreaterThan(NUM_RUNS / 2);
    expect(countsOnly).toBeGreaterThan(NUM_RUNS / 3);
  });

  test('the sample programme: months cumulative, twelve months sliding with E-I, quarters of ties only', async () => {
    const { network } = await loadNetwork([resolve(import.meta.dirname, '../../../../datasets/sample-programme')]);
    const settings: TimelineOptions[] = [
      { every: 'month', mode: 'cumulative' },
      { every: 'month', width: 12, metrics: ['ei-index'] },
      { every: 'quarter', projection: { sources: 'ties' }, groupBy: null, weighted: true },
    ];
    for (const options of settings) expect(timeline(network, options)).toStrictEqual(timelineFromScratch(network, options));
  });
});
