import { join } from 'node:path';
import { firstContacts, programmeReach, REACH_UNITS, type ReachUnit, reachFiles } from '@bridgegraph/core';
import { writeFileAtomic } from '@bridgegraph/core/node';
import { type Command, Option } from 'commander';
import { EXIT, type Io } from '../io.js';
import { addInputOptions, type InputFlags } from '../options/input-options.js';
import { runLoad } from './run-import.js';

interface ReachFlags extends InputFlags {
  out: string;
  by: ReachUnit;
  groupBy: string;
}

/** `bridgegraph reach <inputs...> --by programme --out <dir>`: what each programme added, and who first met whom through what. */
export function reachCommand(program: Command, io: Io, setExit: (code: number) => void): void {
  const command = program
    .command('reach')
    .description(
      'measure what each programme (or kind of exchange, or exchange) added to the network and write programmes.csv and first-contacts.csv',
    )
    .argument('[inputs...]', 'a folder holding people.csv, exchanges.csv, ... or the files themselves (or a network .json)')
    .requiredOption('--out <dir>', 'the folder to write programmes.csv and first-contacts.csv into')
    .addOption(
      new Option('--by <unit>', 'one row per programme, per kind of exchange, or per exchange')
        .choices([...REACH_UNITS])
        .default('programme'),
    )
    .option('--group-by <attribute>', 'the attribute whose values count as countries (country, or any column of people.csv)', 'country')
    .addHelpText(
      'after',
      [
        '',
        'programmes.csv: one row per programme (first column named after --by): exchanges, participants,',
        'new_participants (their first exchange was in it), returning_participants, countries,',
        'new_cross_country_ties (pairs from two countries who first met at one of its exchanges),',
        'share_gaining_cross_tie, alumni_reach_2, then without_* / delta_* (delta = with - without):',
        'the network without its exchanges. first-contacts.csv: person_a, person_b, first_contact, via',
        '(exchange:<id> or tie:<key>, e.g. tie:tie#12 for the 13th tie row). See docs/metrics.md.',
        '',
        'Example:',
        '  $ bridgegraph reach datasets/sample-programme --by programme --out reach',
        '  $ bridgegraph reach datasets/sample-programme --by exchange --out reach-by-exchange --group-by country',
      ].join('\n'),
    );
  addInputOptions(command).action(async (inputs: string[], flags: ReachFlags) => {
    const loaded = await runLoad(inputs, flags, io, 'the results use');
    if (!loaded.network) {
      setExit(EXIT.dataErrors);
      return;
    }
    const programmes = programmeReach(loaded.network, { by: flags.by, groupBy: flags.groupBy });
    const contacts = firstContacts(loaded.network, { groupBy: flags.groupBy });
    const files = reachFiles({ by: flags.by, programmes, contacts });
    for (const [name, text] of Object.entries(files)) writeFileAtomic(join(flags.out, name), text);
    const unit = flags.by === 'exchange' ? 'exchanges' : flags.by === 'kind' ? 'kinds of exchange' : 'programmes';
    const cross = contacts.filter((c) => c.groupA !== null && c.groupB !== null && c.groupA !== c.groupB).length;
    io.out(`Wrote ${Object.keys(files).join(', ')} to ${flags.out}\n`);
    io.out(`  ${programmes.length} ${unit}, ${contacts.length} pairs of people who met (${cross} across two values of ${flags.groupBy})\n`);
    if (programmes.length === 0) io.out('  (the data have no exchanges, so programmes.csv has no rows)\n');
    setExit(loaded.problems.length > 0 ? EXIT.dataErrors : EXIT.ok);
  });
}
