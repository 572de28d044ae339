import type { ImportProgress, MetricId } from '@bridgegraph/core';

/** Reports long work on stderr; does nothing when stderr is not a terminal or `--quiet` was given. */
export interface Progress {
  importing: (progress: ImportProgress) => void;
  computing: (progress: { metric: MetricId; done: number; total: number }) => void;
  /** Clears the progress line. */
  done: () => void;
}

const SILENT: Progress = { importing: () => {}, computing: () => {}, done: () => {} };

function seconds(ms: number): string {
  return ms < 60_000 ? `${Math.ceil(ms / 1000)} s` : `${Math.ceil(ms / 60_000)} min`;
}

/** A progress line on a terminal (redrawn at most ten times a second), or silence. */
export function createProgress(options: { quiet?: boolean; stream?: NodeJS.WriteStream } = {}): Progress {
  const stream = options.stream ?? process.stderr;
  if (options.quiet || !stream.isTTY) return SILENT;
  let last = 0;
  let shown = false;
  let fileStart = { file: '', at: 0 };
  const show = (text: string, force = false) => {
    const now = Date.now();
    if (!force && now - last < 100) return;
    last = now;
    shown = true;
    const width = Math.max(20, (stream.columns || 80) - 1);
    stream.write(`\r${text.slice(0, width).padEnd(width)}`);
  };
  return {
    importing: (p) => {
      if (p.file !== fileStart.file) fileStart = { file: p.file, at: Date.now() };
      let text = `importing ${p.file.replace(/^.*[\\/]/, '')}: ${p.rowsRead.toLocaleString('en')} rows`;
      if (p.totalBytes !== null && p.totalBytes > 0 && p.bytesRead > 0) {
        const share = Math.min(1, p.bytesRead / p.totalBytes);
        const elapsed = Date.now() - fileStart.at;
        text += ` (${Math.round(share * 100)}%`;
        if (share > 0.02 && share < 1 && elapsed > 500) text += `, about ${seconds((elapsed * (1 - share)) / share)} left`;
        text += ')';
      }
      show(text);
    },
    computing: (p) => show(`computing ${p.metric} (${p.done + 1} of ${p.total})`, true),
    done: () => {
      if (!shown) return;
      const width = Math.max(20, (stream.columns || 80) - 1);
      stream.write(`\r${' '.repeat(width)}\r`);
      shown = false;
    },
  };
}
