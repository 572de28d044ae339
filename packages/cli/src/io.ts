/** Where a command writes: stdout for results, stderr for messages. Tests pass their own. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Width to wrap `--help` at; default: the terminal's, or 80. */
  helpWidth?: number;
}

/** commander's output settings for this Io. */
export function outputConfiguration(io: Io) {
  const width = () => io.helpWidth ?? (process.stdout.isTTY ? process.stdout.columns : undefined) ?? 80;
  return { writeOut: io.out, writeErr: io.err, getOutHelpWidth: width, getErrHelpWidth: width };
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Exit codes: 0 success, 1 the data had errors, 2 the command was used wrongly. */
export const EXIT = { ok: 0, dataErrors: 1, usage: 2 } as const;

/** A mistake in how the command was called; exits with code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
