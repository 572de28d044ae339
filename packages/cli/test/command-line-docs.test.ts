import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { commandLineDocs } from '../src/command-line-docs.js';

it('docs/command-line.md is what the commands say of themselves (run `npm run docs:cli` after changing a flag)', async () => {
  const committed = readFileSync(resolve(import.meta.dirname, '../../../docs/command-line.md'), 'utf8');
  expect(committed).toBe(await commandLineDocs());
});
