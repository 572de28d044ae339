import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNetwork } from '@bridgegraph/core/node';
import { describe, expect, test } from 'vitest';
import { firstContacts } from '../../src/reach/first-contacts.js';
import { newCrossGroupTies } from '../../src/reach/new-cross-group-ties.js';

// Real data: face-to-face contacts at ICCSS 2017 (SocioPatterns; see ../shared/datasets/README.md and
// packages/core/test/real-data/sociopatterns.test.ts for the source and licence). Each 20-second
// contact is a dated tie, so a pair's first contact is its earliest contact. Reference counts from
// the raw files, independently of Bridgegraph, with mawk 1.3.4 in ../shared/datasets/sociopatterns-iccss17/
// ("NA" is a missing country; "other" is a value like any other):
//
//   awk -F'\t' 'NR==FNR{c[$1]=$4; next} {k=($2<$3)?$2" "$3:$3" "$2; a[k]=($2<$3)?$2:$3; b[k]=($2<$3)?$3:$2;
//     if(!(k in f)||$1<f[k])f[k]=$1} END{for(k in f){d=strftime("%Y-%m-%d",f[k],1); n[d]++;
//     if(c[a[k]]!="NA"&&c[b[k]]!="NA"&&c[a[k]]!=c[b[k]]) x[d]++}; for(d in n) print d, n[d], x[d]}' \
//     metadata_ICCSS17.dat tij_ICCSS17.dat | sort
//   -> 2017-07-11 11125 4865 / 2017-07-12 5067 2181 / 2017-07-13 1135 489   (day, new pairs, new cross-country pairs)

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const dataset = resolve(repoRoot, '../shared/datasets/sociopatterns-iccss17');
const tij = join(dataset, 'tij_ICCSS17.dat');
const metadata = join(dataset, 'metadata_ICCSS17.dat');
const exists = existsSync(tij) && existsSync(metadata);
if (!exists)
  console.log(`SocioPatterns first-contacts test skipped: ${dataset} is absent (read-only reference data kept outside the repository).`);

const METADATA_COLUMNS = ['id', 'age_range', 'gender', 'country', 'language', 'seniority', 'background', 'role', 'previous_edition'];

describe.skipIf(!exists)('first contacts at ICCSS 2017', () => {
  test('new pairs and new cross-country pairs per conference day match the raw files', async () => {
    const { network, problems } = await loadNetwork([], {
      files: { ties: tij, people: metadata },
      sources: { ties: { header: ['time', 'source', 'target'] }, people: { header: METADATA_COLUMNS } },
      missingValues: ['NA'],
    });
    expect(problems).toEqual([]);
    const contacts = firstContacts(network);
    expect(contacts).toHaveLength(17_327);
    expect(contacts[0]?.firstContact).toBe(1_499_752_840_000);
    expect(contacts.every((c) => c.via.type === 'tie')).toBe(true);
    const days = [11, 12, 13].map((d) => ({ start: Date.UTC(2017, 6, d), end: Date.UTC(2017, 6, d + 1) - 1 }));
    expect(newCrossGroupTies(network, { windows: days }).map((r) => [r.newPairs, r.newCrossGroupPairs])).toEqual([
      [11_125, 4_865],
      [5_067, 2_181],
      [1_135, 489],
    ]);
  });
});
