// Every label is inserted as text: the viewer's sources and the demo app never use HTML parsing sinks.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const viewerDir = fileURLToPath(new URL('../..', import.meta.url));
const SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser)\b|\.html\(/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|js|mjs|html)$/.test(name) ? [path] : [];
  });
}

describe('no HTML sinks in the viewer', () => {
  it('src/ and app/ never use innerHTML (or other HTML parsing)', () => {
    const files = [...sources(join(viewerDir, 'src')), ...sources(join(viewerDir, 'app'))];
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => ({ line, at: `${relative(viewerDir, file)}:${i + 1}` }))
        .filter(({ line }) => SINKS.test(line))
        .map(({ at, line }) => `${at}: ${line.trim()}`),
    );
    expect(offenders).toEqual([]);
  });
});
