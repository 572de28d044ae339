import { Command, CommanderError } from 'commander';
import { analyzeCommand } from './commands/analyze.js';
import { convertCommand } from './commands/convert.js';
import { reachCommand } from './commands/reach.js';
import { serveCommand } from './commands/serve.js';
import { summaryCommand } from './commands/summary.js';
import { timelineCommand } from './commands/timeline.js';
import { validateCommand } from './commands/validate.js';
import { EXIT, type Io, outputConfiguration, processIo, UsageError } from './io.js';

export const VERSION = '0.1.0';

/**
 * Runs the `bridgegraph` command line with these arguments (without `node` and the script) and
 * returns the exit code: 0 success, 1 the data had errors, 2 the command was used wrongly.
 */
export async function main(args: readonly string[], io: Io = processIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const setExit = (code: number) => {
    exitCode = code;
  };
  const debug = args.includes('--debug');
  const program = new Command('bridgegraph')
    .description('Bridgegraph: how people-to-people exchanges build bridges between countries and communities.')
    .version(VERSION)
    .option('--debug', 'show stack traces for unexpected errors')
    .exitOverride()
    .configureOutput(outputConfiguration(io))
    .showHelpAfterError('(run with --help for usage)');
  program.addHelpText('after', '\nExample:\n  $ bridgegraph summary datasets/sample-programme');
  validateCommand(program, io, setExit);
  summaryCommand(program, io, setExit);
  analyzeCommand(program, io, setExit);
  timelineCommand(program, io, setExit);
  reachCommand(program, io, setExit);
  serveCommand(program, io, setExit);
  convertCommand(program, io, setExit);
  for (const sub of program.commands) sub.exitOverride().configureOutput(outputConfiguration(io));

  try {
    await program.parseAsync(
      args.filter((a) => a !== '--debug'),
      { from: 'user' },
    );
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; every other commander error is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      io.err(`bridgegraph: ${error.message}\n`);
      return EXIT.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.err(`bridgegraph: ${message}\n`);
    if (debug && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
    else io.err('(this is unexpected: run again with --debug for details and report it)\n');
    return EXIT.dataErrors;
  }
  return exitCode;
}
