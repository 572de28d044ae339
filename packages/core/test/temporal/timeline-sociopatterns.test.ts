import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadNetwork } from '@bridgegraph/core/node';
import { describe, expect, test } from 'vitest';
import { timeline } from '../../src/temporal/timeline.js';
import { timelineCsv } from '../../src/temporal/timeline-csv.js';

// Real data: face-to-face contacts at ICCSS 2017 (SocioPatterns; see ../shared/datasets/README.md),
// M. Génois et al., arXiv:1901.01182 (2019); data doi:10.5281/zenodo.2531537 (attribute the source).
//
// Days are those of the conference's place: ICCSS 2017 was held in Cologne, so the windows are days
// of Europe/Berlin (UTC+2 in July). Every contact lies between 08:00 and 21:00 Berlin time, so UTC
// days would split them the same way; the test still pins the zone the data belong to.
//
// Reference figures, computed from the raw files without Bridgegraph (in ../shared/datasets/sociopatterns-iccss17/):
//
//   awk -F'\t' 'NR==FNR{c[$1]=$4; next} {d=int(($1+7200)/86400); k=($2<$3)?$2" "$3:$3" "$2; p[d" "k];
//       a[d" "$2]; a[d" "$3]; if(c[$2]!="NA" && c[$3]!="NA" && c[$2]!=c[$3]) x[d" "k]}
//       END{for(k in p){split(k,f," "); np[f[1]]++} for(k in a){split(k,f," "); na[f[1]]++}
//       for(k in x){split(k,f," "); nx[f[1]]++} for(d in np) print strftime("%F", d*86400, 1), na[d], np[d], nx[d]}' \
//       metadata_ICCSS17.dat tij_ICCSS17.dat | sort
//     -> 2017-07-11 244 11125 4865
//        2017-07-12 231 9359 4238
//        2017-07-13 187 3602 1818      (day, people with a contact, distinct pairs, cross-country pairs)
//
// and the same with Python's zoneinfo (the Berlin date of each contact, not a fixed +2 hours):
//
//   /usr/bin/python3 -c "
//   from datetime import datetime; from zoneinfo import ZoneInfo; tz = ZoneInfo('Europe/Berlin'); c = {}; days = {}
//   for l in open('metadata_ICCSS17.dat'): f = l.rstrip('\n').split('\t'); c[f[0]] = f[3]
//   for l in open('tij_ICCSS17.dat'):
//       t, i, j = l.split(); s = days.setdefault(datetime.fromtimestamp(int(t), tz).date().isoformat(), [set(), set(), set()])
//       s[0].update((i, j)); k = tuple(sorted((i, j))); s[1].add(k)
//       if 'NA' not in (c[i], c[j]) and c[i] != c[j]: s[2].add(k)
//   for d in sorted(days): print(d, *map(len, days[d]))"
//     -> the same three lines.
//
// A cross-country pair joins two people whose countries are known (not NA) and differ; 'other' is a
// country value like C1..C4, as it is for the import and the metrics.

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const dataset = resolve(repoRoot, '../shared/datasets/sociopatterns-iccss17');
const tij = join(dataset, 'tij_ICCSS17.dat');
const metadata = join(dataset, 'metadata_ICCSS17.dat');
const exists = existsSync(tij) && existsSync(metadata);
if (!exists)
  console.log(`SocioPatterns timeline test skipped: ${dataset} is absent (it is read-only reference data kept outside the repository).`);

const METADATA_COLUMNS = ['id', 'age_range', 'gender', 'country', 'language', 'seniority', 'background', 'role', 'previous_edition'];

describe.skipIf(!exists)('timeline of the ICCSS 2017 contacts, day by day in Europe/Berlin', () => {
  test('people active, pairs and cross-country pairs per day match the raw files', async () => {
    const { network, problems } = await loadNetwork([], {
      files: { ties: tij, people: metadata },
      sources: { ties: { header: ['time', 'source', 'target'] }, people: { header: METADATA_COLUMNS } },
      missingValues: ['NA'],
    });
    expect(problems).toEqual([]);
    const rows = timeline(network, { every: 'day', timeZone: 'Europe/Berlin', groupBy: 'country' });
    const series = (metric: string) => rows.filter((r) => r.metric === metric && r.group === '').map((r) => r.value);
    expect(series('people')).toEqual([262, 262, 262]);
    expect(series('people_active')).toEqual([244, 231, 187]);
    expect(series('ties')).toEqual([11_125, 9_359, 3_602]);
    expect(series('cross_group_ties')).toEqual([4_865, 4_238, 1_818]);
    expect(series('ungrouped_people')).toEqual([72, 72, 72]);

    const csv = timelineCsv(rows, { timeZone: 'Europe/Berlin' }).split('\n');
    expect(csv).toContain('2017-07-11,2017-07-11,people_active,,244');
    expect(csv).toContain('2017-07-13,2017-07-13,cross_group_ties,,1818');
    // The Berlin day starts at 22:00 UTC the day before.
    expect(new Date(rows[0]?.window_start as number).toISOString()).toBe('2017-07-10T22:00:00.000Z');
  });
});
