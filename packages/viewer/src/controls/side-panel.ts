import { type Analysis, type ExchangeNetwork, exchangesOfPerson, groupsOfPerson } from '@bridgegraph/core';
import { el, formatDay } from './dom.js';

/** What the side panel shows about one person or group, as plain data. */
export interface Details {
  title: string;
  subtitle: string;
  facts: [string, string][];
  exchanges: string[];
  groups: string[];
  metrics: [string, string][];
}

const formatNumber = (v: number | null | undefined) =>
  v === null || v === undefined ? '—' : Number.isInteger(v) ? String(v) : v.toPrecision(3).replace(/\.?0+$/, '');

/** The details of a person from the core's queries (exchanges, groups) and the analysis row. */
export function personDetails(
  network: ExchangeNetwork,
  id: string,
  group: string | null,
  analysis?: Analysis,
  size?: number | null,
): Details {
  const key = `person:${id}`;
  const attrs = network.hasNode(key) ? network.getNodeAttributes(key) : null;
  const person = attrs?.type === 'person' ? attrs : null;
  const exchanges = person
    ? exchangesOfPerson(network, id).map(({ node, edge }) => {
        const when = `${formatDay(edge.start ?? node.start)} – ${formatDay(edge.end ?? node.end)}`;
        const what = [node.kind, node.programme].filter(Boolean).join(', ');
        return `${node.name ?? node.id}${what ? ` (${what})` : ''}, ${when}${edge.role ? `, ${edge.role}` : ''}`;
      })
    : [];
  const groups = person
    ? groupsOfPerson(network, id).map(({ node, edge }) => `${node.name ?? node.id}${edge.role ? ` (${edge.role})` : ''}`)
    : [];
  const row = analysis?.people.find((r) => r.id === id);
  const metrics: [string, string][] = [];
  if (row) {
    for (const [name, value] of Object.entries(row))
      if (name !== 'id' && name !== 'group' && typeof value === 'number') metrics.push([name, formatNumber(value)]);
  } else if (size !== undefined && size !== null) metrics.push(['size', formatNumber(size)]);
  return {
    title: person?.name ?? id,
    subtitle: `id ${id}`,
    facts: [
      ['Group', group ?? '—'],
      ['Country', person?.country ?? '—'],
    ],
    exchanges,
    groups,
    metrics,
  };
}

export interface SidePanel {
  element: HTMLElement;
  show(details: Details): void;
  hide(): void;
}

function section(title: string, items: readonly string[], empty: string): HTMLElement {
  const list = items.length
    ? el(
        'ul',
        {},
        items.map((text) => el('li', { text })),
      )
    : el('p', { className: 'bg-muted', text: empty });
  return el('section', {}, [el('h3', { text: `${title} (${items.length})` }), list]);
}

/** The panel that opens when a person (or group) is selected; every value is set as text. */
export function createSidePanel(onClose: () => void): SidePanel {
  const element = el('aside', { className: 'bg-panel', attrs: { 'aria-label': 'Selection', hidden: '' } });
  return {
    element,
    show(details) {
      const close = el('button', { className: 'bg-close', text: '×', attrs: { type: 'button', 'aria-label': 'Close panel' } });
      close.addEventListener('click', onClose);
      const facts = el(
        'dl',
        {},
        details.facts.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })]),
      );
      const metrics = el(
        'dl',
        { className: 'bg-metrics' },
        details.metrics.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })]),
      );
      element.replaceChildren(
        close,
        el('h2', { className: 'bg-panel-title', text: details.title }),
        el('p', { className: 'bg-muted', text: details.subtitle }),
        facts,
        section('Exchanges', details.exchanges, 'No exchanges.'),
        section('Groups', details.groups, 'No groups.'),
        el('section', {}, [
          el('h3', { text: 'Metrics' }),
          details.metrics.length ? metrics : el('p', { className: 'bg-muted', text: 'No metrics.' }),
        ]),
      );
      element.hidden = false;
    },
    hide() {
      element.hidden = true;
      element.replaceChildren();
    },
  };
}
