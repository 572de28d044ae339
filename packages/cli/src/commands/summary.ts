import type { Command } from 'commander';
import { formatFiles, formatProblems, formatSummary } from '../format/import-report.js';
import type { Io } from '../io.js';
import { addInputOptions, type InputFlags } from '../options/input-options.js';
import { exitCodeOf, runImport, writeJSON } from './run-import.js';

/** `bridgegraph summary <inputs...>`: the imported network in numbers, and what was rejected. */
export function summaryCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command('summary')
    .description('import a data package and summarise the network: people, countries, groups, exchanges, ties, time span')
    .argument('[inputs...]', 'a folder holding people.csv, exchanges.csv, ... or the files themselves (or a network .json)')
    .option('--json', 'print the summary as JSON on stdout')
    .addHelpText(
      'after',
      '\nExample:\n  $ bridgegraph summary datasets/sample-programme\n  $ bridgegraph summary datasets/florentine-families --json',
    );
  addInputOptions(command).action(async (inputs: string[], flags: InputFlags & { json?: boolean }) => {
    const report = await runImport(inputs, flags);
    if (flags.json) writeJSON(io, report);
    else {
      const parts = [];
      if (report.summary) parts.push(formatSummary(report.summary));
      parts.push(formatFiles(report.files));
      parts.push(formatProblems(report.problems));
      io.out(parts.filter((p) => p !== '').join('\n'));
    }
    setExit(exitCodeOf(report));
  });
}
