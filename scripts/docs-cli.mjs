#!/usr/bin/env node
// Writes docs/command-line.md from the built command's --help (run `npm run build` first).
import { writeFileSync } from 'node:fs';
import { commandLineDocs } from '../packages/cli/dist/command-line-docs.js';

writeFileSync(new URL('../docs/command-line.md', import.meta.url), await commandLineDocs());
console.log('wrote docs/command-line.md');
