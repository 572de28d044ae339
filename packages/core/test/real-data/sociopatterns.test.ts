import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type ExchangeNetwork, networkFromJSON, people, stringifyNetwork, summarizeNetwork, timeSpan } from '@bridgegraph/core';
import { type LoadResult, loadNetwork } from '@bridgegraph/core/node';
import { beforeAll, describe, expect, test } from 'vitest';

// Real data: face-to-face contacts at ICCSS 2017 (SocioPatterns; see ../shared/datasets/README.md).
// M. Génois et al., "Building connections: How scientists meet each other during a conference",
// arXiv:1901.01182 (2019); data: M. Génois, "SocioPatterns conferences datasets", Zenodo,
// doi:10.5281/zenodo.2531537 (Creative Commons; attribute the source).
//
// The reference figures below were computed from the raw files, independently of Bridgegraph, with
// awk (in ../shared/datasets/sociopatterns-iccss17/):
//
//   awk -F'\t' '{n++; if(min==""||$1<min)min=$1; if($1>max)max=$1; k=($2<$3)?$2" "$3:$3" "$2; p[k]}
//               END{print n, min, max, length(p)}' tij_ICCSS17.dat
//     -> 199309 1499752840 1499958940 17327      (contacts, first t, last t, distinct pairs)
//   awk -F'\t' '{n++; ids[$1]; c[$4]++} END{print n, length(ids); for(k in c) print k, c[k]}' metadata_ICCSS17.dat
//     -> 262 262; NA 72, other 65, C1 55, C2 42, C3 18, C4 10   (rows, distinct ids, countries)
//   awk -F'\t' 'NR==FNR{c[$1]=$4; next} c[$2]!="NA" && c[$3]!="NA" && c[$2]!=c[$3]{x++} END{print x}' \
//       metadata_ICCSS17.dat tij_ICCSS17.dat
//     -> 77397                                    (contacts between two different known countries)
//   awk -F'\t' '{print $2; print $3}' tij_ICCSS17.dat | sort -u | wc -l
//     -> 262                                      (everyone in the metadata has at least one contact)
//   awk -F'\t' '{for(i=2;i<=9;i++) if($i=="NA") na[i]++} END{for(i=2;i<=9;i++) printf "%d ", na[i]}' metadata_ICCSS17.dat
//     -> 63 63 72 71 65 64 61 60                  (NA per column, age_range .. previous_edition)
//   date -u -d @1499752840 +%FT%TZ -> 2017-07-11T06:00:40Z; date -u -d @1499958940 +%FT%TZ -> 2017-07-13T15:15:40Z
// Every row is valid: no self-contact, no id outside the metadata, no blank line, no CR.

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const dataset = resolve(repoRoot, '../shared/datasets/sociopatterns-iccss17');
const tij = join(dataset, 'tij_ICCSS17.dat');
const metadata = join(dataset, 'metadata_ICCSS17.dat');
const exists = existsSync(tij) && existsSync(metadata);
if (!exists)
  console.log(`SocioPatterns ICCSS17 test skipped: ${dataset} is absent (it is read-only reference data kept outside the repository).`);

const METADATA_COLUMNS = ['id', 'age_range', 'gender', 'country', 'language', 'seniority', 'background', 'role', 'previous_edition'];

describe.skipIf(!exists)('SocioPatterns ICCSS 2017 contacts', () => {
  let result: LoadResult;
  let network: ExchangeNetwork;

  beforeAll(async () => {
    result = await loadNetwork([], {
      files: { ties: tij, people: metadata },
      sources: { ties: { header: ['time', 'source', 'target'] }, people: { header: METADATA_COLUMNS } },
      missingValues: ['NA'],
      name: 'sociopatterns-iccss17',
    });
    network = result.network;
  });

  test('every row is read and accepted', () => {
    expect(result.problems).toEqual([]);
    expect(result.files).toEqual([
      { file: metadata, role: 'people', delimiter: '\t', rowsRead: 262, rowsAccepted: 262, rowsRejected: 0, complete: true },
      { file: tij, role: 'ties', delimiter: '\t', rowsRead: 199_309, rowsAccepted: 199_309, rowsRejected: 0, complete: true },
    ]);
  });

  test('people: 262 distinct, all from the metadata; NA read as missing', () => {
    const everyone = people(network);
    expect(everyone).toHaveLength(262);
    expect(new Set(everyone.map((p) => p.id)).size).toBe(262);
    expect(everyone.every((p) => p.origin === 'record')).toBe(true);
    expect(everyone.filter((p) => p.country === null)).toHaveLength(72);
    // NA in any column is an empty cell in data.
    const missing = (column: string) => everyone.filter((p) => p.data[column] === '').length;
    expect(METADATA_COLUMNS.slice(1).map(missing)).toEqual([63, 63, 72, 71, 65, 64, 61, 60]);
    expect(everyone.some((p) => Object.values(p.data).includes('NA'))).toBe(false);
    // The first person, and person 4 whose metadata are all NA (line 5 of the headerless file).
    expect(network.getNodeAttributes('person:0')).toMatchObject({
      id: '0',
      country: 'C1',
      data: {
        id: '0',
        age_range: '2',
        gender: 'M',
        country: 'C1',
        language: 'L1',
        seniority: '3',
        background: '1',
        role: '4',
        previous_edition: 'No',
      },
      sources: [{ file: metadata, line: 1 }],
    });
    expect(network.getNodeAttributes('person:4')).toMatchObject({
      country: null,
      data: {
        id: '4',
        age_range: '',
        gender: '',
        country: '',
        language: '',
        seniority: '',
        background: '',
        role: '',
        previous_edition: '',
      },
      sources: [{ file: metadata, line: 5 }],
    });
  });

  test('ties: one per 20-second contact, dated by t (start = end = t * 1000)', () => {
    expect(network.size).toBe(199_309);
    expect({ ...network.getEdgeAttributes('tie#0') }).toEqual({
      type: 'tie',
      kind: null,
      start: 1_499_752_840_000,
      end: 1_499_752_840_000,
      weight: 1,
      data: { time: '1499752840', source: '85', target: '194' },
      sources: [{ file: tij, line: 1 }],
    });
    expect(network.extremities('tie#0')).toEqual(['person:85', 'person:194']);
    expect(network.getEdgeAttributes('tie#199308')).toMatchObject({ start: 1_499_958_940_000, sources: [{ file: tij, line: 199_309 }] });
    expect(network.extremities('tie#199308')).toEqual(['person:5', 'person:179']);
    let checked = 0;
    const pairs = new Set<string>();
    network.forEachEdge((_key, a, source, target) => {
      if (a.type !== 'tie') return;
      const t = Number(a.data.time) * 1000;
      if (a.start !== t || a.end !== t || a.weight !== 1) throw new Error(`tie at line ${a.sources[0]?.line}: ${a.start}, ${a.end}`);
      pairs.add(source < target ? `${source} ${target}` : `${target} ${source}`);
      checked++;
    });
    expect(checked).toBe(199_309);
    expect(pairs.size).toBe(17_327);
  });

  test('time span and summary', () => {
    expect(timeSpan(network)).toEqual({ start: 1_499_752_840_000, end: 1_499_958_940_000 });
    expect(summarizeNetwork(network)).toEqual({
      name: 'sociopatterns-iccss17',
      people: 262,
      peopleByOrigin: { record: 262, reference: 0, placeholder: 0 },
      countries: [
        { value: 'other', count: 65 },
        { value: 'C1', count: 55 },
        { value: 'C2', count: 42 },
        { value: 'C3', count: 18 },
        { value: 'C4', count: 10 },
      ],
      peopleWithoutCountry: 72,
      groups: 0,
      exchanges: 0,
      exchangesByKind: [],
      exchangesByProgramme: [],
      participations: 0,
      memberships: 0,
      ties: 199_309,
      crossCountryTies: 77_397,
      timeSpan: { start: '2017-07-11T06:00:40.000Z', end: '2017-07-13T15:15:40.000Z' },
    });
  });

  test('the whole network round-trips through JSON byte for byte', () => {
    const text = stringifyNetwork(network);
    const back = networkFromJSON(text);
    expect([back.order, back.size]).toEqual([262, 199_309]);
    expect(stringifyNetwork(back) === text).toBe(true);
  });
});
