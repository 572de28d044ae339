import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import {
  type ExchangeNetwork,
  fromGexf,
  fromGraphml,
  roleFromFileName,
  stringifyNetwork,
  toCsvPackage,
  toGexf,
  toGraphml,
} from '@bridgegraph/core';
import { writeFileAtomic } from '@bridgegraph/core/node';
import type { Command } from 'commander';
import { EXIT, type Io, UsageError } from '../io.js';
import { addInputOptions, type InputFlags } from '../options/input-options.js';
import { runLoad } from './run-import.js';

/** The formats `convert` writes, chosen by the output path. */
export type ConvertFormat = 'csv' | 'json' | 'gexf' | 'graphml';

const BY_EXTENSION: Record<string, ConvertFormat> = { '.json': 'json', '.gexf': 'gexf', '.graphml': 'graphml' };

/** The format of an output path: its extension, or a CSV data package for a folder (no extension, or a trailing `/`). */
export function formatOfOutput(path: string): ConvertFormat {
  if (/[\\/]$/.test(path)) return 'csv';
  const extension = extname(path).toLowerCase();
  if (extension === '') return 'csv';
  const format = BY_EXTENSION[extension];
  if (format === undefined) {
    throw new UsageError(
      `cannot tell the format of '${path}' from its extension '${extname(path)}': use .json, .gexf, .graphml, or a folder (a path without extension, or ending in /) for a CSV data package.`,
    );
  }
  return format;
}

function describe(network: ExchangeNetwork): string {
  const count = { person: 0, group: 0, exchange: 0 };
  network.forEachNode((_key, a) => {
    count[a.type]++;
  });
  return `${count.person} people, ${count.exchange} exchanges, ${count.group} groups, ${network.size} edges`;
}

/** Reads the input: a GEXF or GraphML file, or (through the shared input flags) a data package or our JSON. */
async function readInput(input: string, flags: InputFlags, io: Io): Promise<{ network: ExchangeNetwork | null; clean: boolean }> {
  const extension = extname(input).toLowerCase();
  if (extension === '.gexf' || extension === '.graphml') {
    if (!existsSync(input) || !statSync(input).isFile()) throw new UsageError(`no such file: '${input}'.`);
    let read: ReturnType<typeof fromGexf>;
    try {
      const text = readFileSync(input, 'utf8');
      read = extension === '.gexf' ? fromGexf(text) : fromGraphml(text);
    } catch (error) {
      io.err(`bridgegraph: ${input}: ${(error as Error).message}\n`);
      return { network: null, clean: false };
    }
    for (const warning of read.warnings) io.err(`${input}: ${warning}\n`);
    return { network: read.network, clean: read.warnings.length === 0 };
  }
  const loaded = await runLoad([input], flags, io, 'the conversion keeps');
  return { network: loaded.network, clean: loaded.problems.length === 0 };
}

/** The files to write, by path. */
function render(network: ExchangeNetwork, format: ConvertFormat, output: string): Map<string, string> {
  if (format === 'json') return new Map([[output, stringifyNetwork(network)]]);
  if (format === 'gexf') return new Map([[output, toGexf(network)]]);
  if (format === 'graphml') return new Map([[output, toGraphml(network)]]);
  return new Map(Object.entries(toCsvPackage(network)).map(([name, text]) => [join(output, name), text as string]));
}

/** A folder to write a package into must not hold other package files, which a later import would read with ours. */
function checkPackageFolder(folder: string, writing: ReadonlySet<string>): void {
  if (!existsSync(folder)) return;
  if (!statSync(folder).isDirectory()) throw new UsageError(`'${folder}' is a file: a CSV data package is written into a folder.`);
  const stale = readdirSync(folder).filter(
    (name) => roleFromFileName(name) !== null && /\.(csv|tsv|txt)$/i.test(name) && !writing.has(name),
  );
  if (stale.length > 0) {
    throw new UsageError(
      `'${folder}' already holds ${stale.join(', ')}, which an import would read along with the new package: write into an empty folder.`,
    );
  }
}

/** `bridgegraph convert <input> <output>`: between a CSV data package, our JSON, GEXF and GraphML. */
export function convertCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command('convert')
    .description('convert between a CSV data package (a folder), network JSON (.json), GEXF (.gexf, for Gephi) and GraphML (.graphml)')
    .argument('<input>', 'a data package folder (or file), a network .json, a .gexf or a .graphml file')
    .argument('<output>', 'the file to write: .json, .gexf or .graphml; a folder (no extension, or ending in /) for a CSV data package')
    .addHelpText(
      'after',
      [
        '',
        'The output format is taken from the output path. GEXF is dynamic (time intervals from the',
        'dates of exchanges, ties, participations and memberships) and opens in Gephi; GraphML is',
        'static, with dates as ISO 8601 text. A .gexf or .graphml written by another tool is read',
        'as people joined by ties, its attributes kept as data columns.',
        '',
        'Example:',
        '  $ bridgegraph convert datasets/sample-programme sample.gexf',
        '  $ bridgegraph convert sample.gexf sample-package/',
      ].join('\n'),
    );
  addInputOptions(command).action(async (input: string, output: string, flags: InputFlags) => {
    const format = formatOfOutput(output);
    if (resolve(input) === resolve(output)) throw new UsageError(`the output '${output}' is the input: write somewhere else.`);
    const { network, clean } = await readInput(input, flags, io);
    if (network === null) {
      setExit(EXIT.dataErrors);
      return;
    }
    let files: Map<string, string>;
    try {
      files = render(network, format, output);
    } catch (error) {
      io.err(`bridgegraph: ${(error as Error).message}\n`);
      setExit(EXIT.dataErrors);
      return;
    }
    if (format === 'csv') checkPackageFolder(output, new Set([...files.keys()].map((path) => basename(path))));
    for (const [path, text] of files) writeFileAtomic(path, text);
    const written = format === 'csv' ? `${[...files.keys()].map((path) => basename(path)).join(', ')} in ${output}` : output;
    io.out(`Wrote ${written} (${describe(network)})\n`);
    setExit(clean ? EXIT.ok : EXIT.dataErrors);
  });
}
