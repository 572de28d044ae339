import { createNetwork } from '@bridgegraph/core';
import { describe, expect, it } from 'vitest';
import { buildScene, FADE_FLOOR, type Frame, frameAt } from '../../src/scene/index.js';
import { DAY, day, endOf, network, SMALL } from './fixtures.js';

const alphas = (frame: Frame) => ({ nodes: [...frame.nodeAlpha], edges: [...frame.edgeAlpha] });

describe('frameAt', async () => {
  // People a b c d e f; ties ab (from 5 Jan 2020; periods 5-10 Jan and June), ac (1-5 Mar), bd (from
  // 1 Feb, no end), cd (undated: always), df (1-2 Jan 2021, the bridge).
  const scene = buildScene(await network(SMALL), { layout: 'none' });
  const cumulative = { mode: 'cumulative', windowMs: 0 } as const;

  it('shows, in cumulative mode, every tie from its first contact on', () => {
    const before = frameAt(scene, day('2019-01-01'), cumulative);
    expect(alphas(before)).toEqual({ nodes: [0, 0, 1, 1, 0, 0], edges: [0, 0, 0, 1, 0] });
    expect(before.counters).toEqual({ people: 2, groups: 2, ties: 1, crossGroupTies: 1 });

    const february = frameAt(scene, day('2020-02-15'), cumulative);
    expect(alphas(february)).toEqual({ nodes: [1, 1, 1, 1, 0, 0], edges: [1, 0, 1, 1, 0] });
    expect(february.counters).toEqual({ people: 4, groups: 3, ties: 3, crossGroupTies: 3 });
    expect(february.time).toBe(day('2020-02-15'));

    // At the instant of a first contact the tie is there.
    expect(frameAt(scene, day('2020-03-01'), cumulative).edgeAlpha[1]).toBe(1);
    const end = frameAt(scene, endOf('2021-01-02'), cumulative);
    expect(alphas(end)).toEqual({ nodes: [1, 1, 1, 1, 0, 1], edges: [1, 1, 1, 1, 1] });
    expect(end.counters).toEqual({ people: 5, groups: 4, ties: 5, crossGroupTies: 4 });
  });

  it('fades ties and people in', () => {
    const frame = frameAt(scene, day('2020-01-06'), { ...cumulative, fadeMs: 2 * DAY });
    const half = FADE_FLOOR + (1 - FADE_FLOOR) * 0.5;
    expect(frame.edgeAlpha[0]).toBeCloseTo(half, 6);
    expect(frame.nodeAlpha[0]).toBeCloseTo(half, 6);
    expect(frame.counters.ties).toBe(2);
    // At its first instant a tie is drawn faintly, not hidden.
    expect(frameAt(scene, day('2020-01-05'), { ...cumulative, fadeMs: DAY }).edgeAlpha[0]).toBeCloseTo(FADE_FLOOR, 6);
    expect(frameAt(scene, day('2020-01-08'), { ...cumulative, fadeMs: 2 * DAY }).edgeAlpha[0]).toBe(1);
  });

  it('shows, in a sliding window, only the ties in contact within it', () => {
    const sliding = { mode: 'sliding', windowMs: 0 } as const;
    const during = frameAt(scene, day('2020-01-07'), sliding);
    expect(alphas(during)).toEqual({ nodes: [1, 1, 1, 1, 0, 0], edges: [1, 0, 0, 1, 0] });
    expect(during.counters).toEqual({ people: 4, groups: 3, ties: 2, crossGroupTies: 2 });

    // The exchange has ended: a-b is gone, b-d (open) not yet begun.
    const after = frameAt(scene, day('2020-01-15'), sliding);
    expect(alphas(after)).toEqual({ nodes: [0, 0, 1, 1, 0, 0], edges: [0, 0, 0, 1, 0] });
    expect(after.counters).toEqual({ people: 2, groups: 2, ties: 1, crossGroupTies: 1 });

    // A week's window still holds it.
    expect(frameAt(scene, day('2020-01-15'), { mode: 'sliding', windowMs: 7 * DAY }).edgeAlpha[0]).toBe(1);
    // The tie without an end stays; the short bridge comes and goes.
    expect([...frameAt(scene, day('2021-01-01'), sliding).edgeAlpha]).toEqual([0, 0, 1, 1, 1]);
    expect([...frameAt(scene, day('2021-02-01'), sliding).edgeAlpha]).toEqual([0, 0, 1, 1, 0]);
  });

  it('fades ties out after their last period, without counting them', () => {
    const frame = frameAt(scene, endOf('2020-01-10') + 5 * DAY, { mode: 'sliding', windowMs: 0, fadeMs: 10 * DAY });
    expect(frame.edgeAlpha[0]).toBeCloseTo(0.5, 6);
    expect(frame.nodeAlpha[0]).toBeCloseTo(0.5, 6);
    expect(frame.counters).toEqual({ people: 2, groups: 2, ties: 1, crossGroupTies: 1 });
    expect(frameAt(scene, endOf('2020-01-10') + 10 * DAY, { mode: 'sliding', windowMs: 0, fadeMs: 10 * DAY }).edgeAlpha[0]).toBe(0);
    // With a window, the fade starts when the period leaves the window.
    expect(
      frameAt(scene, endOf('2020-01-10') + 7 * DAY, { mode: 'sliding', windowMs: 2 * DAY, fadeMs: 10 * DAY }).edgeAlpha[0],
    ).toBeCloseTo(0.5, 6);
  });

  it('fades in from the start of the run that keeps a tie in the window', () => {
    const fade = 10 * DAY;
    // a-b's second period (June) after a gap the window does not cover: it fades in again.
    expect(frameAt(scene, day('2020-06-03'), { mode: 'sliding', windowMs: 0, fadeMs: fade }).edgeAlpha[0]).toBeCloseTo(
      FADE_FLOOR + (1 - FADE_FLOOR) * 0.2,
      6,
    );
    // A window that spans the gap keeps it from January on.
    expect(frameAt(scene, day('2020-06-03'), { mode: 'sliding', windowMs: 200 * DAY, fadeMs: fade }).edgeAlpha[0]).toBe(1);
  });

  it('fills a frame in place when given one', () => {
    const first = frameAt(scene, day('2019-01-01'), cumulative);
    const { nodeAlpha, edgeAlpha, counters } = first;
    const again = frameAt(scene, endOf('2021-01-02'), { mode: 'sliding', windowMs: 400 * DAY }, first);
    expect(again).toBe(first);
    expect(again.nodeAlpha).toBe(nodeAlpha);
    expect(again.edgeAlpha).toBe(edgeAlpha);
    expect(again.counters).toBe(counters);
    expect(again.counters.ties).toBe(5);
    expect(again.time).toBe(endOf('2021-01-02'));
    // A frame of another size is not reused.
    expect(frameAt(buildScene(createNetwork()), 0, cumulative, first)).not.toBe(first);
  });

  it('draws people with no tie only when asked', () => {
    const frame = frameAt(scene, day('2019-01-01'), { ...cumulative, showIsolated: true });
    expect([...frame.nodeAlpha]).toEqual([0, 0, 1, 1, 1, 0]);
    expect(frame.counters).toEqual({ people: 3, groups: 3, ties: 1, crossGroupTies: 1 });
  });

  it('copes with an empty network, one person and undated ties', async () => {
    const empty = frameAt(buildScene(createNetwork()), 0, cumulative);
    expect(empty.counters).toEqual({ people: 0, groups: 0, ties: 0, crossGroupTies: 0 });
    expect(empty.nodeAlpha.length).toBe(0);

    const one = buildScene(await network({ people: 'id,country\nsolo,DE\n' }), { layout: 'none' });
    expect(frameAt(one, 0, cumulative).counters.people).toBe(0);
    expect(frameAt(one, 0, { ...cumulative, showIsolated: true }).counters).toEqual({ people: 1, groups: 1, ties: 0, crossGroupTies: 0 });

    const undated = buildScene(await network({ ties: 'source,target\np,q\n' }), { layout: 'none' });
    for (const mode of ['cumulative', 'sliding'] as const) {
      for (const time of [-1e15, 0, 1e15])
        expect(frameAt(undated, time, { mode, windowMs: 0, fadeMs: DAY }).counters).toMatchObject({ people: 2, ties: 1 });
    }
  });

  it('never edits the scene and rejects bad options', () => {
    const before = JSON.stringify(scene, (_k, v) => (v instanceof Float64Array ? [...v].map(String) : v));
    frameAt(scene, day('2020-06-10'), { mode: 'sliding', windowMs: DAY, fadeMs: DAY });
    expect(JSON.stringify(scene, (_k, v) => (v instanceof Float64Array ? [...v].map(String) : v))).toBe(before);
    expect(() => frameAt(scene, Number.NaN, cumulative)).toThrow(/^bridgegraph\/viewer\/frame: time must be a number/);
    expect(() => frameAt(scene, 0, { mode: 'sliding', windowMs: -1 })).toThrow(/windowMs must be a number ≥ 0/);
    expect(() => frameAt(scene, 0, { mode: 'all' as 'sliding', windowMs: 0 })).toThrow(/mode must be/);
    expect(() => frameAt(scene, 0, { ...cumulative, fadeMs: -1 })).toThrow(/fadeMs/);
  });
});
