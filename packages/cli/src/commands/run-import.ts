import { ImportError, type ImportProblem, summarizeNetwork } from '@bridgegraph/core';
import { InputError, type LoadResult, loadNetwork } from '@bridgegraph/core/node';
import { formatProblems } from '../format/import-report.js';
import { EXIT, type Io, UsageError } from '../io.js';
import { type InputFlags, loadOptionsFrom } from '../options/input-options.js';
import { createProgress } from '../progress.js';

/** What `validate` and `summary` print with --json. */
export interface ImportReportJSON {
  input: string;
  valid: boolean;
  files: LoadResult['files'];
  problems: ImportProblem[];
  summary: ReturnType<typeof summarizeNetwork> | null;
}

/** Loads the inputs; a strict import that stops turns into a report with that one problem. */
export async function runImport(inputs: string[], flags: InputFlags): Promise<ImportReportJSON> {
  const progress = createProgress({ quiet: flags.quiet === true });
  const options = { ...loadOptionsFrom(flags), onProgress: progress.importing };
  try {
    const result = await loadNetwork(inputs, options).finally(progress.done);
    return {
      input: result.input.name,
      valid: result.problems.length === 0,
      files: result.files,
      problems: result.problems,
      summary: summarizeNetwork(result.network),
    };
  } catch (error) {
    if (error instanceof ImportError) return { input: inputs.join(' '), valid: false, files: [], problems: [error.problem], summary: null };
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
}

/**
 * Loads the inputs for a command that goes on to use the network, and prints the data's problems
 * on stderr, saying what `use` (for example 'the analysis uses') does with the accepted rows. A
 * strict stop gives no network.
 */
export async function runLoad(
  inputs: string[],
  flags: InputFlags,
  io: Io,
  use: string,
): Promise<{ network: LoadResult['network'] | null; problems: ImportProblem[] }> {
  const progress = createProgress({ quiet: flags.quiet === true });
  let loaded: { network: LoadResult['network'] | null; problems: ImportProblem[] };
  try {
    const result = await loadNetwork(inputs, { ...loadOptionsFrom(flags), onProgress: progress.importing }).finally(progress.done);
    loaded = { network: result.network, problems: result.problems };
  } catch (error) {
    if (error instanceof ImportError) loaded = { network: null, problems: [error.problem] };
    else if (error instanceof InputError) throw new UsageError(error.message);
    else throw error;
  }
  if (loaded.problems.length > 0) {
    io.err(formatProblems(loaded.problems));
    io.err(`bridgegraph: the data had problems (above); ${use} the rows that were accepted.\n`);
  }
  return loaded;
}

export function exitCodeOf(report: ImportReportJSON): number {
  return report.valid ? EXIT.ok : EXIT.dataErrors;
}

export function writeJSON(io: Io, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}
