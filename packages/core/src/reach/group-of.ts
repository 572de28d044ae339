import type { GroupBy } from '../projection/group-network.js';
import type { PeopleNetwork, PersonNode } from '../projection/types.js';

/**
 * Each person's group, by person id, read as `groupNetwork` reads it: `groupBy` names an attribute
 * (the person's own, such as `country`, then a column of their data) or is a function. A missing,
 * null or blank value means no group (null).
 */
export function groupsOfPeople(people: PeopleNetwork, groupBy: GroupBy, module: string): Map<string, string | null> {
  let read: (id: string, attributes: PersonNode) => string | null;
  if (typeof groupBy === 'function') read = groupBy;
  else if (typeof groupBy === 'string' && groupBy !== '') {
    read = (_id, attributes) => {
      const own = Object.hasOwn(attributes, groupBy) ? (attributes as unknown as Record<string, unknown>)[groupBy] : undefined;
      const value =
        own ?? (attributes.data !== undefined && Object.hasOwn(attributes.data, groupBy) ? attributes.data[groupBy] : undefined);
      return value === null || value === undefined ? null : String(value);
    };
  } else throw new TypeError(`${module}: groupBy must be an attribute name or a function; got ${String(groupBy)}.`);
  const out = new Map<string, string | null>();
  people.forEachNode((id, attributes) => {
    const group = read(id, attributes);
    out.set(id, group === null || group === undefined || String(group).trim() === '' ? null : String(group));
  });
  return out;
}
