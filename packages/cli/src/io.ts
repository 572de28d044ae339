/** Where a command writes: stdout for results, stderr for messages. Tests pass their own. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
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
