import { type DataPackage, type ExchangeNetwork, importNetwork, textSource } from '@bridgegraph/core';

/** Milliseconds of a UTC date `YYYY-MM-DD`. */
export const day = (date: string): number => Date.parse(`${date}T00:00:00Z`);
export const DAY = 86_400_000;
/** The last millisecond of a UTC date: how the core reads a date given as an end. */
export const endOf = (date: string): number => day(date) + DAY - 1;

/**
 * Six people: a, b (FR) and c (DE) met at exchanges (a and b at x1 with b's own dates; a and c at
 * x2), c and d at an undated exchange, b and d through a tie with no end, a and b again through a
 * dated tie, d and f through a short tie (the only bridge); e has no tie.
 */
export const SMALL: Record<string, string> = {
  people: 'id,name,country,team\na,Ann,DE,red\nb,Bo,FR,\nc,Cy,DE,blue\nd,Di,PL,\ne,Ed,IT,\nf,Fa,SE,\n',
  exchanges: 'id,start,end\nx1,2020-01-01,2020-01-10\nx2,2020-03-01,2020-03-05\nx3,,\n',
  participations: 'person,exchange,start,end\na,x1,,\nb,x1,2020-01-05,2020-01-20\nc,x2,,\na,x2,,\nd,x3,,\nc,x3,,\n',
  ties: 'source,target,kind,start,end\na,b,friendship,2020-06-01,2020-06-30\nb,d,,2020-02-01,\nd,f,,2021-01-01,2021-01-02\n',
};

/** Imports CSV texts by role (`people`, `ties`, ...) and fails on any problem. */
export async function network(files: Record<string, string>): Promise<ExchangeNetwork> {
  const data: DataPackage = {};
  for (const [role, text] of Object.entries(files)) data[role as keyof DataPackage] = textSource(`${role}.csv`, text);
  const result = await importNetwork(data);
  if (result.problems.length > 0) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.network;
}
