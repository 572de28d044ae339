import { ImportError, type ImportProblem, summarizeNetwork } from '@bridgegraph/core';
import { InputError, type LoadResult, loadNetwork } from '@bridgegraph/core/node';
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

/** Loads the inputs for a command that goes on to use the network; a strict stop gives no network. */
export async function runLoad(
  inputs: string[],
  flags: InputFlags,
): Promise<{ network: LoadResult['network'] | null; problems: ImportProblem[] }> {
  const progress = createProgress({ quiet: flags.quiet === true });
  try {
    const result = await loadNetwork(inputs, { ...loadOptionsFrom(flags), onProgress: progress.importing }).finally(progress.done);
    return { network: result.network, problems: result.problems };
  } catch (error) {
    if (error instanceof ImportError) return { network: null, problems: [error.problem] };
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
}

export function exitCodeOf(report: ImportReportJSON): number {
  return report.valid ? EXIT.ok : EXIT.dataErrors;
}

export function writeJSON(io: Io, value: unknown): void {
  io.out(`${JSON.stringify(value, null, 2)}\n`);
}
