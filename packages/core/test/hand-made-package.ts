import { type DataPackage, textSource } from '@bridgegraph/core';

/**
 * A small hand-made data package whose figures are worked out by hand in the tests:
 * 5 people (DE, UA, DE, PL, none), 2 groups, 4 memberships, 4 exchanges (one undated),
 * 7 participations, 5 ties (2 between people of two different known countries).
 */
export function handMadePackage(): DataPackage {
  return {
    people: textSource('people.csv', 'id,name,country\nana,Ana,DE\nbo,Bo,UA\ncy,Cy,DE\ndi,Di,PL\ned,Ed,\n'),
    groups: textSource('groups.csv', 'id,name,kind\ng1,Chess club,club\ng2,School 5,school\n'),
    memberships: textSource(
      'memberships.csv',
      'person,group,role,from,to\nana,g1,member,2014,2016\nbo,g1,chair,2015-03,\nana,g2,pupil,,\nana,g1,member,2017,2018\n',
    ),
    exchanges: textSource(
      'exchanges.csv',
      [
        'id,name,kind,programme,start,end,host_country',
        'x2,Autumn visit,study-visit,Erasmus+,2016-10-03,2016-10-07,UA',
        'x1,Summer camp,youth-exchange,Erasmus+,2016-07-01,2016-07-14,PL',
        'x3,Undated,youth-exchange,,,,',
        'x4,Spring cup,sports-tournament,Sport4All,2016-04-10,2016-04-11,DE',
        '',
      ].join('\n'),
    ),
    participations: textSource(
      'participations.csv',
      'person,exchange,role\nana,x2,participant\nana,x3,participant\nana,x1,group-leader\nana,x4,participant\nbo,x1,participant\ncy,x1,participant\nbo,x2,host\n',
    ),
    ties: textSource(
      'ties.csv',
      [
        'source,target,kind,start,end',
        'ana,bo,friendship,2016-07-05,',
        'bo,cy,friendship,,',
        'ana,cy,contact,2016-07-06T10:00Z,2016-07-06T10:20Z',
        'di,ed,contact,,',
        'cy,ana,colleague,2013-09-01,2015',
        '',
      ].join('\n'),
    ),
  };
}
