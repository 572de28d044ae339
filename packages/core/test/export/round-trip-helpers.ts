import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DataPackage, type ExchangeNetwork, importNetwork, type NetworkJSON, networkToJSON, textSource } from '@bridgegraph/core';

const here = dirname(fileURLToPath(import.meta.url));

/** The sample programme's folder. */
export const SAMPLE = resolve(here, '../../../../datasets/sample-programme');

/** The network as JSON without `sources`, for comparing networks read from different files. */
export function withoutSources(network: ExchangeNetwork): NetworkJSON {
  const json = networkToJSON(network);
  return {
    ...json,
    nodes: json.nodes.map((n) => ({ ...n, attributes: { ...n.attributes, sources: [] } })),
    edges: json.edges.map((e) => ({ ...e, attributes: { ...e.attributes, sources: [] } })),
  };
}

/** Imports a package given as file name → text. */
export async function importTexts(files: Partial<Record<string, string>>, name?: string) {
  const pkg: DataPackage = {};
  for (const [file, text] of Object.entries(files)) {
    if (text !== undefined) pkg[file.replace(/\.csv$/, '') as keyof DataPackage] = textSource(file, text);
  }
  return importNetwork(pkg, name === undefined ? {} : { name });
}

/** A package that tries every way a cell can go wrong: quotes, commas, line breaks, emoji, formulas, a `__proto__` column, odd headers. */
export const HOSTILE: Record<string, string> = {
  'people.csv': [
    'ID,Name,country,__proto__,note with spaces,a;b',
    'P1,"Smith, ""Jo""",DE,x,"line one\nline two",1',
    '=cmd,"=HYPERLINK(""http://x"")",FR,,🎉 party,',
    '-1,+49 30,@SUM(A1), ,  padded  ,',
    'P<&>,]]> & <tag>,,constructor,"tab\there",',
  ].join('\n'),
  'exchanges.csv': [
    'id,name,program,start,end,host_country,extra',
    'X1,"Camp ""A""",Bridges,2016-05-01,2016-05-01,DE,',
    'X2,Late,,2016-05-01T09:30,2016-05-02T18:00:00+02:00,,=1+1',
    'X3,,,1462089600,,,',
  ].join('\n'),
  'participations.csv': [
    'person,exchange,role,start,end',
    'P1,X1,participant,,',
    '=cmd,X1,host,,',
    '-1,X2,,2016-05-01T10:00,2016-05-01T12:00',
    'P<&>,X3,participant,,',
  ].join('\n'),
  'ties.csv': [
    'source,target,kind,time,weight,Comment',
    'P1,=cmd,friendship,2016-05-01,2,"a,b"',
    '-1,P<&>,,,,',
    'P1,-1,contact,1462089600,0.5,',
  ].join('\n'),
  'groups.csv': ['id,name,kind', 'G1,"Club ""X""",club', '@G,=evil,'].join('\n'),
  'memberships.csv': ['person,group,role,from,to', 'P1,G1,member,2015,2016', '=cmd,@G,,2015-06,'].join('\n'),
};
