import { main } from './program.js';

const COMMANDS = ['validate', 'summary', 'analyze', 'timeline', 'reach', 'convert', 'serve'] as const;

async function helpOf(command: string): Promise<string> {
  let text = '';
  await main([command, '--help'], { out: (t) => (text += t), err: (t) => (text += t), helpWidth: 100 });
  return text.trimEnd();
}

/** docs/command-line.md, generated from the commands' own `--help`, so that it never drifts. */
export async function commandLineDocs(): Promise<string> {
  const parts = [
    '# The command line',
    '',
    '<!-- Generated from `bridgegraph <command> --help` by `npm run docs:cli`; a test fails when it drifts. -->',
    '',
    'Every command reads a data package the same way: a folder holding `people.csv`,',
    '`exchanges.csv`, `participations.csv`, `ties.csv`, `groups.csv` and `memberships.csv` (any of',
    'them), the files themselves, or a network saved as JSON (see [the data format](data-format.md)).',
    '',
    'Exit codes: **0** success, **1** the data had problems (they are listed, and the accepted rows',
    'are still used), **2** the command was used wrongly (a missing folder, an unknown flag or metric).',
    'Errors are one readable line on stderr; `--debug` adds a stack trace for unexpected errors.',
    '',
    'What the output files hold is defined in [the metrics reference](metrics.md) (`analyze`) and',
    '[over time and per programme](metrics.md#over-time-and-per-programme) (`timeline`, `reach`).',
  ];
  for (const command of COMMANDS) {
    parts.push('', `## bridgegraph ${command}`, '', '```text', await helpOf(command), '```');
  }
  return `${parts.join('\n')}\n`;
}
