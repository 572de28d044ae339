import { type FileReport, type ImportProblem, type NetworkSummary, problemLocation } from '@bridgegraph/core';
import { textTable } from './text-table.js';

/** How many problems of each kind are listed before "and N more". */
export const PROBLEMS_SHOWN_PER_KIND = 5;

/** Files read, with rows read, accepted and rejected. */
export function formatFiles(files: readonly FileReport[]): string {
  if (files.length === 0) return '';
  const rows: (string | number)[][] = [['file', 'role', 'rows read', 'accepted', 'rejected']];
  for (const f of files)
    rows.push([f.file + (f.complete ? '' : ' (not read to the end)'), f.role, f.rowsRead, f.rowsAccepted, f.rowsRejected]);
  return `Files\n${textTable(rows)}\n`;
}

/** Problems grouped by kind, the first few lines of each. */
export function formatProblems(problems: readonly ImportProblem[], shown = PROBLEMS_SHOWN_PER_KIND): string {
  if (problems.length === 0) return 'No problems found.\n';
  const byCode = new Map<string, ImportProblem[]>();
  for (const p of problems) {
    const list = byCode.get(p.code) ?? [];
    list.push(p);
    byCode.set(p.code, list);
  }
  const lines = [`Problems (${problems.length}), by kind`];
  for (const [code, list] of byCode) {
    lines.push(`  ${code} (${list.length})`);
    for (const p of list.slice(0, shown)) lines.push(`    ${problemLocation(p)}: ${p.message}`);
    if (list.length > shown) lines.push(`    ... and ${list.length - shown} more (use --json for all)`);
  }
  return `${lines.join('\n')}\n`;
}

function top(values: NetworkSummary['countries'], n: number): string {
  const listed = values.slice(0, n).map((v) => `${v.value} ${v.count}`);
  if (values.length > n) listed.push(`and ${values.length - n} more`);
  return listed.join(', ');
}

/** The network in numbers. */
export function formatSummary(summary: NetworkSummary): string {
  const rows: (string | number)[][] = [
    ['people', summary.people],
    ['countries', summary.countries.length],
    ['groups', summary.groups],
    ['exchanges', summary.exchanges],
    ['participations', summary.participations],
    ['memberships', summary.memberships],
    ['ties', summary.ties],
    ['cross-country ties', summary.crossCountryTies],
  ];
  const lines = [`Network${summary.name ? ` ${summary.name}` : ''}`, textTable(rows)];
  const { reference, placeholder } = summary.peopleByOrigin;
  if (reference > 0) lines.push(`  ${reference} people are known only from ties, participations or memberships.`);
  if (placeholder > 0) lines.push(`  ${placeholder} people are placeholders for unknown ids.`);
  if (summary.countries.length > 0) lines.push(`  people by country: ${top(summary.countries, 12)}`);
  if (summary.peopleWithoutCountry > 0 && summary.countries.length > 0)
    lines.push(`  people without a country: ${summary.peopleWithoutCountry}`);
  if (summary.exchanges > 0) {
    lines.push(`  exchanges by kind: ${top(summary.exchangesByKind, 8)}`);
    lines.push(`  exchanges by programme: ${top(summary.exchangesByProgramme, 8)}`);
  }
  lines.push(
    summary.timeSpan === null
      ? '  time span: nothing is dated'
      : `  time span: ${summary.timeSpan.start.slice(0, 10)} to ${summary.timeSpan.end.slice(0, 10)}`,
  );
  return `${lines.join('\n')}\n`;
}
