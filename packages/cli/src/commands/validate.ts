import type { Command } from 'commander';
import { formatFiles, formatProblems } from '../format/import-report.js';
import type { Io } from '../io.js';
import { addInputOptions, type InputFlags } from '../options/input-options.js';
import { exitCodeOf, runImport, writeJSON } from './run-import.js';

/** `bridgegraph validate <inputs...>`: what was imported and what was rejected, and why. */
export function validateCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command('validate')
    .description('check a data package: rows read, accepted and rejected, and each problem with its file, line and column')
    .argument('[inputs...]', 'a folder holding people.csv, exchanges.csv, ... or the files themselves')
    .option('--json', 'print the report as JSON on stdout')
    .addHelpText(
      'after',
      '\nExample:\n  $ bridgegraph validate datasets/sample-programme-dirty\n  $ bridgegraph validate contacts.csv --json',
    );
  addInputOptions(command).action(async (inputs: string[], flags: InputFlags & { json?: boolean }) => {
    const report = await runImport(inputs, flags);
    if (flags.json) writeJSON(io, report);
    else {
      const rejected = report.files.reduce((n, f) => n + f.rowsRejected, 0);
      const read = report.files.reduce((n, f) => n + f.rowsRead, 0);
      io.out(`${formatFiles(report.files)}\n${formatProblems(report.problems)}`);
      io.out(
        report.valid
          ? `\nValid: ${read} rows read, all accepted.\n`
          : `\nNot valid: ${report.problems.length} problems; ${rejected} of ${read} rows rejected.\n`,
      );
    }
    setExit(exitCodeOf(report));
  });
}
