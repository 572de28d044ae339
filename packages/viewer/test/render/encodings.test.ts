import { describe, expect, it } from 'vitest';
import { DEFAULT_PALETTE, encodingsFor, groupMarker, MARKER_SHAPES, OKABE_ITO } from '../../src/render/encodings.js';
import type { Scene } from '../../src/scene/types.js';

const sceneOf = (groups: string[]): Scene => ({ nodes: [], edges: [], span: null, groups: [...groups].sort() }) as unknown as Scene;

describe('groupMarker', () => {
  it('cycles the colours within each block of palette-length groups and changes the shape per block', () => {
    expect(groupMarker(0, 8)).toEqual({ color: 0, shape: 'circle', repeated: false });
    expect(groupMarker(7, 8)).toEqual({ color: 7, shape: 'circle', repeated: false });
    expect(groupMarker(8, 8)).toEqual({ color: 0, shape: 'square', repeated: false });
    expect(groupMarker(11, 8)).toEqual({ color: 3, shape: 'square', repeated: false });
    expect(groupMarker(16, 8)).toEqual({ color: 0, shape: 'triangle', repeated: false });
    expect(groupMarker(24, 8).shape).toBe('diamond');
    expect(groupMarker(32, 8).shape).toBe('triangle-down');
  });

  it('gives every group its own colour × shape pair up to palette × shapes groups, then repeats (and says so)', () => {
    for (const n of [1, 3, 8, 10]) {
      const limit = n * MARKER_SHAPES.length;
      const pairs = new Set<string>();
      for (let i = 0; i < limit; i++) {
        const m = groupMarker(i, n);
        expect(m.repeated).toBe(false);
        pairs.add(`${m.color}/${m.shape}`);
      }
      expect(pairs.size).toBe(limit);
      expect(groupMarker(limit, n)).toEqual({ color: 0, shape: 'circle', repeated: true });
    }
  });

  it('keeps to circles while the palette is long enough', () => {
    for (let i = 0; i < 12; i++) expect(groupMarker(i, 20).shape).toBe('circle');
  });
});

describe('encodingsFor', () => {
  it('uses Okabe-Ito by default, with black last (used from the 8th group only)', () => {
    expect(DEFAULT_PALETTE).toBe(OKABE_ITO);
    expect(OKABE_ITO).toHaveLength(8);
    expect(OKABE_ITO.indexOf('#000000')).toBe(7);
  });

  it('gives the 12 countries of the sample 12 distinct colour × shape pairs', () => {
    const countries = ['AM', 'DE', 'ES', 'FR', 'GE', 'IT', 'MA', 'PL', 'SE', 'TN', 'TR', 'UA'];
    const enc = encodingsFor(sceneOf(countries));
    const pairs = new Set(countries.map((c) => `${enc.color(c)}/${enc.shape(c)}`));
    expect(pairs.size).toBe(12);
    expect(enc.color('AM')).toBe(OKABE_ITO[0]);
    expect(enc.shape('AM')).toBe('circle');
    expect(enc.color('PL')).toBe('#000000');
    expect(enc.color('SE')).toBe(OKABE_ITO[0]);
    expect(enc.shape('SE')).toBe('square');
    expect(enc.shape('UA')).toBe('square');
    expect(enc.shape(null)).toBe('circle');
    expect(enc.markersRepeat).toBe(false);
  });

  it('keeps a user palette and still uses shapes beyond its length', () => {
    const enc = encodingsFor(sceneOf(['a', 'b', 'c']), ['#111111', '#222222']);
    expect([enc.color('a'), enc.color('b'), enc.color('c')]).toEqual(['#111111', '#222222', '#111111']);
    expect([enc.shape('a'), enc.shape('b'), enc.shape('c')]).toEqual(['circle', 'circle', 'square']);
  });

  it('says when colour × shape pairs repeat', () => {
    const groups = Array.from({ length: 11 }, (_, i) => `g${String(i).padStart(2, '0')}`);
    const enc = encodingsFor(sceneOf(groups), ['#111111', '#222222']);
    expect(enc.markersRepeat).toBe(true);
    expect(enc.shape('g10')).toBe('circle');
  });
});
