import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { roleFromFileName } from '../import/columns.js';
import type { FileRole } from '../import/csv-source.js';

/** The files of one input: a CSV data package (a file per role) or a network in our JSON schema. */
export type ResolvedInput =
  | { kind: 'csv'; name: string; files: Partial<Record<FileRole, string>> }
  | { kind: 'json'; name: string; file: string };

/** A problem with what the user asked to read (not with the data): a missing path, an unknown file name. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}

const DATA_EXTENSIONS = new Set(['.csv', '.tsv', '.txt']);

/**
 * Works out which file plays which role. Folders are searched for `people.csv`, `exchanges.csv`,
 * `participations.csv`, `ties.csv`, `groups.csv` and `memberships.csv` (or `.tsv`/`.txt`, and the
 * synonyms of {@link roleFromFileName}); files are assigned by their names; a single file with
 * another name is read as an edge list (ties). `explicit` assigns files to roles by hand.
 */
export function resolveInputs(inputs: readonly string[], explicit: Partial<Record<FileRole, string>> = {}): ResolvedInput {
  const files: Partial<Record<FileRole, string>> = {};
  const assign = (role: FileRole, path: string) => {
    const previous = files[role];
    if (previous !== undefined && resolve(previous) !== resolve(path)) {
      throw new InputError(`two files for ${role}: '${previous}' and '${path}'. Give one, or name them with --${role} FILE.`);
    }
    files[role] = path;
  };
  const unassigned: string[] = [];
  let name = '';
  for (const input of inputs) {
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(input);
    } catch {
      throw new InputError(`'${input}' does not exist.`);
    }
    if (!name) name = basename(resolve(input));
    if (stat.isDirectory()) {
      const found = readdirSync(input)
        .filter((f) => DATA_EXTENSIONS.has(extname(f).toLowerCase()))
        .sort();
      let any = false;
      for (const f of found) {
        const role = roleFromFileName(f);
        if (role) {
          assign(role, join(input, f));
          any = true;
        }
      }
      const json = readdirSync(input).filter((f) => f.toLowerCase() === 'network.json');
      if (!any && json.length === 1 && inputs.length === 1) return { kind: 'json', name, file: join(input, json[0] as string) };
      if (!any)
        throw new InputError(
          `'${input}' has none of people.csv, exchanges.csv, participations.csv, ties.csv, groups.csv, memberships.csv.`,
        );
    } else if (extname(input).toLowerCase() === '.json') {
      if (inputs.length > 1) throw new InputError(`'${input}' is a JSON network: give it alone.`);
      return { kind: 'json', name, file: input };
    } else {
      const role = roleFromFileName(input);
      if (role) assign(role, input);
      else unassigned.push(input);
    }
  }
  for (const [role, path] of Object.entries(explicit) as [FileRole, string][]) {
    if (path === undefined) continue;
    if (!existsSync(path)) throw new InputError(`'${path}' (given for ${role}) does not exist.`);
    files[role] = path;
    if (!name) name = basename(path).replace(/\.[^.]*$/, '');
  }
  if (unassigned.length === 1 && files.ties === undefined && inputs.length === 1) files.ties = unassigned[0] as string;
  else if (unassigned.length > 0) {
    throw new InputError(
      `cannot tell what '${unassigned[0]}' holds: name it people.csv, exchanges.csv, participations.csv, ties.csv, groups.csv or memberships.csv, or give it with --people, --ties, ... FILE.`,
    );
  }
  if (Object.keys(files).length === 0) throw new InputError('no input files: give a folder or the files of a data package.');
  return { kind: 'csv', name: name || 'network', files };
}
