import type { ExchangeNetwork } from '@bridgegraph/core';
import { networkOf } from '../projection/network-of.js';

/**
 * Two programmes, worked by hand in the tests of reach/ (countries DE, FR, PL; h has none):
 *
 *   x1  programme A, camp,  2016-05-01..03: a b c
 *   x2  programme B, visit, 2017-06-01..02: a b e      (a and b return; they met at x1 already)
 *   x3  programme B, camp,  2018-07-01..10: e f
 *   tie#0 c-d friendship 2015-01-01 (before any exchange)   tie#1 a-b friendship 2016-05-10
 *   tie#2 g-c collaboration 2019-01-01                      tie#3 d-h contact, undated
 *
 * People's network: a-b, a-c, b-c (x1), a-e, b-e (x2), e-f (x3), c-d, c-g, d-h (ties).
 * First contacts: c-d 2015-01-01 tie#0; a-b, a-c, b-c 2016-05-01 x1; a-e, b-e 2017-06-01 x2;
 * e-f 2018-07-01 x3; c-g 2019-01-01 tie#2; d-h undated tie#3.
 * Without programme B, PL (e, f) is cut off from DE and FR.
 */
export function twoProgrammes(): Promise<ExchangeNetwork> {
  return networkOf({
    people: 'id,country\na,DE\nb,FR\nc,DE\nd,FR\ne,PL\nf,PL\ng,DE\nh,\n',
    exchanges:
      'id,programme,kind,start,end\nx1,A,camp,2016-05-01,2016-05-03\nx2,B,visit,2017-06-01,2017-06-02\nx3,B,camp,2018-07-01,2018-07-10\n',
    participations: 'person,exchange\na,x1\nb,x1\nc,x1\na,x2\nb,x2\ne,x2\ne,x3\nf,x3\n',
    ties: 'source,target,kind,start\nc,d,friendship,2015-01-01\na,b,friendship,2016-05-10\ng,c,collaboration,2019-01-01\nd,h,contact,\n',
  });
}

/** The five years 2015-2019 as closed windows (UTC). */
export const YEARS = [2015, 2016, 2017, 2018, 2019].map((y) => ({ start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1) - 1 }));
