import { fileURLToPath } from 'node:url';
import { firstContacts, networkToJSON, peopleNetwork } from '@bridgegraph/core';
import { loadNetwork } from '@bridgegraph/core/node';
import { describe, expect, it } from 'vitest';
import { buildScene, frameAt, groupScene } from '../../src/scene/index.js';

const SAMPLE = fileURLToPath(new URL('../../../../datasets/sample-programme', import.meta.url));

describe('the sample programme', async () => {
  const { network } = await loadNetwork([SAMPLE]);
  const before = JSON.stringify(networkToJSON(network));
  const scene = buildScene(network, { layout: 'none' });

  it('counts at the end of the span what the core counts', () => {
    const people = peopleNetwork(network);
    const withTies = people.filterNodes((node) => people.degree(node) > 0);
    const contacts = firstContacts(network, { groupBy: 'country' });
    const countries = new Set(withTies.map((id) => people.getNodeAttribute(id, 'country')).filter((c) => c !== null));
    const span = scene.span as { start: number; end: number };
    const frame = frameAt(scene, span.end, { mode: 'cumulative', windowMs: 0 });
    expect(frame.counters).toEqual({
      people: withTies.length,
      groups: countries.size,
      ties: contacts.length,
      crossGroupTies: contacts.filter((c) => c.groupA !== null && c.groupB !== null && c.groupA !== c.groupB).length,
    });
    expect(scene.nodes).toHaveLength(people.order);
    expect(scene.edges).toHaveLength(people.size);
    // Nothing is drawn before the first contact, and the counts only grow.
    expect(frameAt(scene, span.start - 1, { mode: 'cumulative', windowMs: 0 }).counters.ties).toBe(0);
    let ties = 0;
    for (let t = span.start; t <= span.end; t += (span.end - span.start) / 50) {
      const now = frameAt(scene, t, { mode: 'cumulative', windowMs: 0 }).counters.ties;
      expect(now).toBeGreaterThanOrEqual(ties);
      ties = now;
    }
  });

  it('has each tie first seen at its first contact, in both modes', () => {
    const contacts = firstContacts(network);
    const firsts = scene.edges.map((e) => e.firstContact).sort((a, b) => (a ?? 0) - (b ?? 0));
    expect(firsts).toEqual(contacts.map((c) => c.firstContact).sort((a, b) => (a ?? 0) - (b ?? 0)));
    // Every tie of the sample is dated: its first period starts at its first contact, when a
    // sliding window of zero width shows it.
    const frame = frameAt(scene, 0, { mode: 'sliding', windowMs: 0 });
    scene.edges.forEach((edge, k) => {
      expect(edge.periods[0]).toBe(edge.firstContact);
      if (k % 25 === 0) expect(frameAt(scene, edge.firstContact as number, { mode: 'sliding', windowMs: 0 }, frame).edgeAlpha[k]).toBe(1);
    });
  });

  it('builds the group view and never edits the network', () => {
    const groups = groupScene(scene);
    expect(groups.nodes.map((n) => n.id)).toEqual(scene.groups);
    expect(groups.nodes.reduce((sum, n) => sum + (n.size as number), 0)).toBe(scene.nodes.filter((n) => n.group !== null).length);
    expect(groups.edges.reduce((sum, e) => sum + e.weight, 0)).toBe(scene.edges.length);
    expect(JSON.stringify(networkToJSON(network))).toBe(before);
  });
});
