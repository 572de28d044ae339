import { analysisFiles, analyze, type ExchangeNetwork, stringifyNetwork } from '@bridgegraph/core';
import { Command, CommanderError } from 'commander';
import { EXIT, type Io, outputConfiguration, UsageError } from '../io.js';
import { addInputOptions, type InputFlags } from '../options/input-options.js';
import { findViewerApp, hasIndex } from '../serve/locate-app.js';
import { isLoopbackHost } from '../serve/loopback.js';
import { DEFAULT_HOST, DEFAULT_PORT, type RunningServer, ServeError, startServer } from '../serve/static-server.js';
import { waitForStopSignal } from '../serve/wait-for-signal.js';
import { runLoad } from './run-import.js';

interface ServeFlags extends InputFlags {
  port: string;
  host: string;
  analysis: boolean;
  groupBy: string;
}

/** What tests (or another embedding) may change about `serve`. */
export interface ServeOptions {
  /** The folder of the built app; by default it is looked for next to the viewer package. */
  appDir?: string;
  /**
   * Called once the server listens; serving stops (and the command returns) when the promise
   * settles. By default, until the process gets SIGINT (Ctrl+C) or SIGTERM.
   */
  waitForStop?: (server: RunningServer) => Promise<unknown>;
}

const NOT_BUILT = [
  'the viewer app is not built, so there is nothing to serve.',
  'Build it first: run `npm run demo` (or `npm run build`) at the root of the Bridgegraph repository.',
].join('\n');

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isInteger(port) || port > 65535)
    throw new UsageError(`--port must be a whole number from 0 to 65535 (0 takes any free port), not '${text}'.`);
  return port;
}

function parseHost(text: string): string {
  const host = text.trim().replace(/^\[(.*)\]$/, '$1');
  if (host === '' || /[\s/?#@]/.test(host)) throw new UsageError(`--host must be a host name or an IP address, not '${text}'.`);
  return host;
}

function networkName(network: ExchangeNetwork, inputs: readonly string[]): string {
  const name = network.getAttribute('name');
  if (typeof name === 'string' && name !== '') return name;
  return inputs.length > 0 ? inputs.join(' ') : 'the network';
}

/** `bridgegraph serve <inputs...> [--port N] [--host H]`: the viewer on the user's data, on this machine. */
export function serveCommand(program: Command, io: Io, setExit: (code: number) => void, options: ServeOptions = {}): void {
  const command = program
    .command('serve')
    .description('open the viewer on your data: serve the built viewer app and the network on this machine')
    .argument('[inputs...]', 'a folder holding people.csv, exchanges.csv, ... or the files themselves (or a network .json)')
    .option('--port <n>', 'the port to listen on (0 takes any free port)', String(DEFAULT_PORT))
    .option('--host <address>', 'the address to listen on; anything but loopback exposes your data to the network', DEFAULT_HOST)
    .option(
      '--group-by <attribute>',
      'the attribute that defines groups for the analysis (country, or any column of people.csv)',
      'country',
    )
    .option('--no-analysis', 'do not compute the network-level metrics (served as /data/analysis.json)')
    .addHelpText(
      'after',
      [
        '',
        'The viewer app must be built first (npm run demo, or npm run build, in the repository). The server',
        'answers only on this machine (127.0.0.1) unless --host says otherwise, serves the app, your network',
        'as /data/network.json and its analysis as /data/analysis.json, and runs until Ctrl+C.',
        '',
        'Example:',
        '  $ bridgegraph serve datasets/sample-programme',
        '  $ bridgegraph serve datasets/davis-southern-women --port 0 --group-by dgg_group',
      ].join('\n'),
    );
  addInputOptions(command).action(async (inputs: string[], flags: ServeFlags) => {
    const port = parsePort(flags.port);
    const host = parseHost(flags.host);
    const location =
      options.appDir === undefined
        ? findViewerApp()
        : { appDir: hasIndex(options.appDir) ? options.appDir : null, searched: [options.appDir] };
    const appDir = location.appDir;
    if (appDir === null) {
      io.err(`bridgegraph: ${NOT_BUILT}\n`);
      if (location.searched.length > 0) io.err(`(looked in ${location.searched.join(', ')})\n`);
      else io.err('(the @bridgegraph/viewer package was not found next to this command)\n');
      setExit(EXIT.dataErrors);
      return;
    }

    const loaded = await runLoad(inputs, flags, io, 'the viewer shows');
    if (!loaded.network) {
      setExit(EXIT.dataErrors);
      return;
    }
    const data: Record<string, string> = { 'network.json': stringifyNetwork(loaded.network) };
    if (flags.analysis) {
      try {
        data['analysis.json'] = analysisFiles(analyze(loaded.network, { groupBy: flags.groupBy }))['network.json'];
      } catch (error) {
        io.err(`bridgegraph: warning: no analysis to serve: ${error instanceof Error ? error.message : String(error)}\n`);
      }
    }

    if (!isLoopbackHost(host))
      io.err(`bridgegraph: warning: listening on ${host}, not only on this machine: anyone who can reach it can read your data.\n`);
    let server: RunningServer;
    try {
      server = await startServer({ root: appDir, data, host, port });
    } catch (error) {
      if (!(error instanceof ServeError)) throw error;
      if (error.code === 'ENOAPP') io.err(`bridgegraph: ${NOT_BUILT}\n(looked in ${appDir})\n`);
      else io.err(`bridgegraph: ${error.message}\n`);
      setExit(EXIT.dataErrors);
      return;
    }
    io.out(`Serving ${networkName(loaded.network, inputs)} at ${server.url} (Ctrl+C to stop)\n`);
    try {
      await (options.waitForStop ?? (() => waitForStopSignal()))(server);
    } finally {
      await server.close();
    }
    setExit(EXIT.ok);
  });
}

/**
 * Runs `bridgegraph serve` with these arguments (those after `serve`) on a program of its own, as
 * `main` would once the command is registered, and returns the exit code: 0 success (after the
 * server stopped), 1 the data could not be loaded or the server could not start (or the app is not
 * built), 2 the command was used wrongly.
 */
export async function runServe(args: readonly string[], io: Io, options: ServeOptions = {}): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('bridgegraph').exitOverride().configureOutput(outputConfiguration(io));
  serveCommand(
    program,
    io,
    (code) => {
      exitCode = code;
    },
    options,
  );
  for (const sub of program.commands) sub.exitOverride().configureOutput(outputConfiguration(io));
  try {
    await program.parseAsync(['serve', ...args], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof UsageError) {
      io.err(`bridgegraph: ${error.message}\n`);
      return EXIT.usage;
    }
    io.err(`bridgegraph: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.dataErrors;
  }
  return exitCode;
}
