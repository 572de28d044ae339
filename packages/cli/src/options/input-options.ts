import type { ColumnMappings, FileRole } from '@bridgegraph/core';
import { assertTimeZone, FILE_ROLES, STANDARD_COLUMNS } from '@bridgegraph/core';
import type { LoadOptions } from '@bridgegraph/core/node';
import { type Command, Option } from 'commander';
import { UsageError } from '../io.js';

/** The flags every command that reads a data package shares. */
export interface InputFlags {
  people?: string;
  exchanges?: string;
  participations?: string;
  ties?: string;
  groups?: string;
  memberships?: string;
  map: string[];
  header: string[];
  missing: string[];
  strict?: boolean;
  quiet?: boolean;
  unknownReferences: 'reject' | 'placeholder';
  timeZone: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** Adds the input flags to a command. */
export function addInputOptions(command: Command): Command {
  for (const role of FILE_ROLES) command.option(`--${role} <file>`, `read ${role} from this file`);
  return command
    .option(
      '--map <role.column=name>',
      "map a standard column to your file's column, e.g. participations.person=participant_id (repeatable)",
      collect,
      [],
    )
    .option(
      '--header <role=a,b,c>',
      'the column names of a file that has no header row, e.g. ties=time,source,target (repeatable)',
      collect,
      [],
    )
    .option('--missing <value>', 'a cell value that means missing, e.g. NA (repeatable)', collect, [])
    .option('--strict', 'stop at the first problem')
    .addOption(
      new Option('--unknown-references <how>', 'rows naming an unknown person, exchange or group')
        .choices(['reject', 'placeholder'])
        .default('reject'),
    )
    .option('--time-zone <zone>', 'IANA time zone of dates written without an offset', 'UTC')
    .option('--quiet', 'no progress on stderr (it is shown only on a terminal anyway)');
}

function isRole(value: string): value is FileRole {
  return (FILE_ROLES as readonly string[]).includes(value);
}

/** Turns the input flags into options for `loadNetwork`, rejecting malformed ones. */
export function loadOptionsFrom(flags: InputFlags): LoadOptions {
  const files: Partial<Record<FileRole, string>> = {};
  for (const role of FILE_ROLES) {
    const path = flags[role];
    if (path !== undefined) files[role] = path;
  }
  const columns: ColumnMappings = {};
  for (const entry of flags.map) {
    const match = /^([a-z]+)\.([a-z_]+)=(.+)$/.exec(entry);
    if (!match) throw new UsageError(`--map '${entry}' is not of the form role.column=name (e.g. participations.person=participant_id).`);
    const [, role, column, name] = match as unknown as [string, string, string, string];
    if (!isRole(role)) throw new UsageError(`--map '${entry}': '${role}' is not a file role (${FILE_ROLES.join(', ')}).`);
    const standard = STANDARD_COLUMNS[role] as readonly string[];
    if (!standard.includes(column))
      throw new UsageError(`--map '${entry}': ${role} has no column '${column}' (it has ${standard.join(', ')}).`);
    (columns[role] as Record<string, string> | undefined) ??= {};
    (columns[role] as Record<string, string>)[column] = name;
  }
  const sources: LoadOptions['sources'] = {};
  for (const entry of flags.header) {
    const match = /^([a-z]+)=(.+)$/.exec(entry);
    if (!match) throw new UsageError(`--header '${entry}' is not of the form role=a,b,c.`);
    const [, role, names] = match as unknown as [string, string, string];
    if (!isRole(role)) throw new UsageError(`--header '${entry}': '${role}' is not a file role (${FILE_ROLES.join(', ')}).`);
    sources[role] = { header: names.split(',').map((n) => n.trim()) };
  }
  try {
    assertTimeZone(flags.timeZone);
  } catch (error) {
    throw new UsageError(`--time-zone: ${(error as Error).message.replace(/^bridgegraph\/time: /, '')}`);
  }
  return {
    files,
    sources,
    columns,
    missingValues: flags.missing,
    mode: flags.strict ? 'strict' : 'lenient',
    unknownReferences: flags.unknownReferences,
    timeZone: flags.timeZone,
  };
}
