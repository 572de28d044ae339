import { describe, expect, it } from 'vitest';
import { alphaDecayFor, computeLayout, defaultIterations, type LayoutWorker, layoutInWorker } from '../../src/layout/index.js';
import { type LayoutRequest, type LayoutResponse, runLayoutRequest } from '../../src/layout/layout-protocol.js';

// A ring of 12 with a chord, and a separate pair.
const NODES = 14;
const EDGES = Int32Array.from([...Array.from({ length: 12 }, (_, i) => [i, (i + 1) % 12]).flat(), 0, 6, 12, 13]);

describe('computeLayout', () => {
  it('gives the same positions for the same seed and others for another seed', () => {
    const a = computeLayout(NODES, EDGES, { seed: 7, iterations: 100 });
    const b = computeLayout(NODES, EDGES, { seed: 7, iterations: 100 });
    const c = computeLayout(NODES, EDGES, { seed: 8, iterations: 100 });
    expect(a.length).toBe(NODES * 2);
    expect([...a]).toEqual([...b]);
    expect([...a]).not.toEqual([...c]);
    expect(a.every(Number.isFinite)).toBe(true);
  });

  it('keeps tied people closer than the others and the components together', () => {
    const xy = computeLayout(NODES, EDGES, { seed: 1 });
    const distance = (i: number, j: number) =>
      Math.hypot((xy[2 * i] as number) - (xy[2 * j] as number), (xy[2 * i + 1] as number) - (xy[2 * j + 1] as number));
    expect(distance(12, 13)).toBeLessThan(distance(3, 9));
    for (let i = 0; i < NODES; i++) expect(Math.hypot(xy[2 * i] as number, xy[2 * i + 1] as number)).toBeLessThan(300);
  });

  it('keeps fixed nodes where they are and uses weights', () => {
    const initial = new Float64Array(NODES * 2).fill(Number.NaN);
    initial[0] = 100;
    initial[1] = -50;
    const fixed = new Uint8Array(NODES);
    fixed[0] = 1;
    const xy = computeLayout(NODES, EDGES, { iterations: 50, initial, fixed });
    expect([xy[0], xy[1]]).toEqual([100, -50]);
    const weighted = computeLayout(NODES, EDGES, { iterations: 50, weights: new Float64Array(EDGES.length / 2).fill(5) });
    expect([...weighted]).not.toEqual([...computeLayout(NODES, EDGES, { iterations: 50 })]);
  });

  it('copes with no nodes, one node and no ticks, and refuses bad input', () => {
    expect(computeLayout(0, new Int32Array(0)).length).toBe(0);
    expect(computeLayout(1, []).every(Number.isFinite)).toBe(true);
    expect(computeLayout(2, [0, 1], { iterations: 0 }).length).toBe(4);
    expect(() => computeLayout(2, [0, 2])).toThrow(/^bridgegraph\/viewer\/layout: edge 0 \(0, 2\) must join two different nodes/);
    expect(() => computeLayout(2, [1, 1])).toThrow(/must join two different nodes/);
    expect(() => computeLayout(2, [0])).toThrow(/pairs/);
    expect(() => computeLayout(2, [0, 1], { weights: [1, 2] })).toThrow(/one value per edge/);
    expect(() => computeLayout(-1, [])).toThrow(/nodeCount/);
  });

  it('chooses fewer ticks for large networks and decays alpha to its minimum over them', () => {
    expect(defaultIterations(100)).toBe(300);
    expect(defaultIterations(5000)).toBe(300);
    expect(defaultIterations(10_000)).toBe(150);
    expect(defaultIterations(20_000)).toBe(75);
    expect(defaultIterations(100_000)).toBe(60);
    expect(defaultIterations(0)).toBe(300);
    expect((1 - alphaDecayFor(300)) ** 300).toBeCloseTo(0.001, 9);
  });
});

describe('layoutInWorker', () => {
  it('falls back to the synchronous layout without a worker', async () => {
    const positions = await layoutInWorker(NODES, EDGES, { seed: 3, iterations: 40 });
    expect([...positions]).toEqual([...computeLayout(NODES, EDGES, { seed: 3, iterations: 40 })]);
    await expect(layoutInWorker(2, Int32Array.of(0, 5))).rejects.toThrow(/must join two different nodes/);
    const factory = () => {
      throw new Error('no workers here');
    };
    expect([...(await layoutInWorker(NODES, EDGES, { createWorker: factory, iterations: 5 }))]).toEqual([
      ...computeLayout(NODES, EDGES, { iterations: 5 }),
    ]);
  });

  it('runs in the worker a factory makes, leaves the arrays passed unchanged and terminates it', async () => {
    const made: FakeWorker[] = [];
    class FakeWorker implements LayoutWorker {
      terminated = false;
      transferred: Transferable[] = [];
      private listeners: ((event: MessageEvent<LayoutResponse>) => void)[] = [];
      postMessage(message: LayoutRequest, transfer: Transferable[]): void {
        this.transferred = transfer;
        const response = runLayoutRequest(message, computeLayout);
        setTimeout(() => {
          for (const listener of this.listeners) listener({ data: response } as MessageEvent<LayoutResponse>);
        }, 0);
      }
      addEventListener(type: 'message' | 'error', listener: (event: never) => void): void {
        if (type === 'message') this.listeners.push(listener as (event: MessageEvent<LayoutResponse>) => void);
      }
      terminate(): void {
        this.terminated = true;
      }
    }
    const edges = EDGES.slice();
    const positions = await layoutInWorker(NODES, edges, {
      seed: 5,
      iterations: 30,
      createWorker: () => {
        const worker = new FakeWorker();
        made.push(worker);
        return worker;
      },
    });
    expect([...positions]).toEqual([...computeLayout(NODES, EDGES, { seed: 5, iterations: 30 })]);
    expect(made).toHaveLength(1);
    expect(made[0]?.terminated).toBe(true);
    expect(made[0]?.transferred).toHaveLength(1);
    expect([...edges]).toEqual([...EDGES]);
  });

  it('is abandoned when its signal aborts', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(layoutInWorker(NODES, EDGES, { signal: controller.signal })).rejects.toThrow('stop');
  });
});
