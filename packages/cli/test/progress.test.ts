import { describe, expect, it } from 'vitest';
import { createProgress } from '../src/progress.js';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, stream: { isTTY, columns: 60, write: (t: string) => writes.push(t) } as unknown as NodeJS.WriteStream };
}

describe('progress on stderr', () => {
  it('is silent when stderr is not a terminal, or with --quiet', () => {
    for (const [tty, quiet] of [
      [false, false],
      [true, true],
    ] as const) {
      const { writes, stream } = fakeStream(tty);
      const p = createProgress({ quiet, stream });
      p.importing({ file: 'people.csv', role: 'people', rowsRead: 10, bytesRead: 10, totalBytes: 100 });
      p.computing({ metric: 'betweenness', done: 0, total: 3 });
      p.done();
      expect(writes).toEqual([]);
    }
  });

  it('on a terminal: rows, share of the file, the metric being computed, then a cleared line', () => {
    const { writes, stream } = fakeStream(true);
    const p = createProgress({ stream });
    p.importing({ file: 'participations.csv', role: 'participations', rowsRead: 120000, bytesRead: 50, totalBytes: 200 });
    p.computing({ metric: 'betweenness', done: 2, total: 15 });
    p.done();
    expect(writes[0]).toMatch(/^\rimporting participations\.csv: 120,000 rows \(25%\) +$/);
    expect(writes[1]).toMatch(/^\rcomputing betweenness \(3 of 15\) +$/);
    expect(writes[2]).toBe(`\r${' '.repeat(59)}\r`);
    expect(writes.every((w) => w.length <= 61)).toBe(true);
  });
});
