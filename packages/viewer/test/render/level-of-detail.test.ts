import { describe, expect, it } from 'vitest';
import { LEVEL_OF_DETAIL_DEFAULTS, thinTies } from '../../src/render/level-of-detail.js';
import type { Frame, Scene, SceneEdge } from '../../src/scene/types.js';

// Six ties among four people: 0 internal (day 1), 1 cross-group (day 2), 2 bridge (day 3),
// 3 internal (day 4), 4 cross-group (day 5), 5 internal and undated.
const edge = (source: number, target: number, firstContact: number | null, kind: 'internal' | 'cross' | 'bridge'): SceneEdge => ({
  source,
  target,
  weight: 1,
  periods: Float64Array.of(firstContact ?? Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY),
  firstContact,
  crossGroup: kind !== 'internal',
  bridge: kind === 'bridge',
});
const scene: Scene = {
  nodes: ['a', 'b', 'c', 'd'].map((id, i) => ({ id, name: null, group: i < 2 ? 'X' : 'Y', x: 0, y: 0, activeFrom: null, size: null })),
  edges: [
    edge(0, 1, 1, 'internal'),
    edge(1, 2, 2, 'cross'),
    edge(0, 3, 3, 'bridge'),
    edge(2, 3, 4, 'internal'),
    edge(0, 2, 5, 'cross'),
    edge(1, 3, null, 'internal'),
  ],
  span: { start: 1, end: 5 },
  groups: ['X', 'Y'],
};
const frameWith = (edgeAlpha: number[]): Frame => ({
  time: 5,
  nodeAlpha: new Float32Array(4).fill(1),
  edgeAlpha: Float32Array.from(edgeAlpha),
  counters: { people: 4, groups: 2, crossGroupTies: 0, ties: 0 },
});
const all = frameWith([1, 1, 1, 1, 1, 1]);

describe('thinTies', () => {
  it('keeps everything (null) when the ties on screen fit the budget', () => {
    expect(thinTies(scene, all, 6)).toBeNull();
    expect(thinTies(scene, frameWith([1, 0, 0, 0.5, 0, 0]), 2)).toBeNull();
    expect(thinTies(scene, all)).toBeNull();
    expect(LEVEL_OF_DETAIL_DEFAULTS.maxAnimatedTies).toBeGreaterThan(0);
  });

  it('keeps bridges, then cross-group ties, then the others, the most recent first, in edge order', () => {
    expect([...(thinTies(scene, all, 1) ?? [])]).toEqual([2]);
    expect([...(thinTies(scene, all, 2) ?? [])]).toEqual([2, 4]);
    expect([...(thinTies(scene, all, 3) ?? [])]).toEqual([1, 2, 4]);
    expect([...(thinTies(scene, all, 4) ?? [])]).toEqual([1, 2, 3, 4]);
    // Undated ties come last among their kind.
    expect([...(thinTies(scene, all, 5) ?? [])]).toEqual([0, 1, 2, 3, 4]);
    expect([...(thinTies(scene, all, 0) ?? [])]).toEqual([]);
  });

  it('only chooses among the ties drawn in the frame (opacity > 0), fading ones included', () => {
    // The bridge and tie 4 are not there yet; tie 1 is fading in.
    expect([...(thinTies(scene, frameWith([1, 0.2, 0, 1, 0, 1]), 2) ?? [])]).toEqual([1, 3]);
  });

  it('leaves the scene and frame unchanged, and names itself in errors', () => {
    const before = [...all.edgeAlpha];
    thinTies(scene, all, 2);
    expect([...all.edgeAlpha]).toEqual(before);
    expect(scene.edges.map((e) => e.firstContact)).toEqual([1, 2, 3, 4, 5, null]);
    expect(() => thinTies(scene, all, -1)).toThrow(/^bridgegraph\/viewer\/level-of-detail: maxTies/);
    expect(() => thinTies(scene, all, Number.NaN)).toThrow(TypeError);
  });
});
