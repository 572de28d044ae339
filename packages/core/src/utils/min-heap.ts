/**
 * A binary min-heap of (priority, item) pairs over typed arrays, for Dijkstra's algorithm with lazy
 * deletion: an item may be pushed again with a smaller priority, and the caller skips the stale
 * copies it pops. Items with equal priorities come out in no particular (but deterministic) order.
 */
export class MinHeap {
  private priorities: Float64Array;
  private items: Int32Array;
  private count = 0;

  constructor(capacity = 16) {
    const size = Math.max(1, capacity);
    this.priorities = new Float64Array(size);
    this.items = new Int32Array(size);
  }

  /** Number of pairs in the heap. */
  get size(): number {
    return this.count;
  }

  /** Empties the heap (keeping its memory). */
  clear(): void {
    this.count = 0;
  }

  push(priority: number, item: number): void {
    if (this.count === this.items.length) this.grow();
    const priorities = this.priorities;
    const items = this.items;
    let at = this.count++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      const p = priorities[parent] as number;
      if (p <= priority) break;
      priorities[at] = p;
      items[at] = items[parent] as number;
      at = parent;
    }
    priorities[at] = priority;
    items[at] = item;
  }

  /** Priority of the smallest pair; undefined behaviour when the heap is empty (check `size`). */
  peekPriority(): number {
    return this.priorities[0] as number;
  }

  /** Removes the pair with the smallest priority and returns its item (check `size` first). */
  pop(): number {
    const priorities = this.priorities;
    const items = this.items;
    const top = items[0] as number;
    const last = --this.count;
    if (last > 0) {
      const priority = priorities[last] as number;
      const item = items[last] as number;
      let at = 0;
      for (;;) {
        let child = 2 * at + 1;
        if (child >= last) break;
        if (child + 1 < last && (priorities[child + 1] as number) < (priorities[child] as number)) child++;
        if ((priorities[child] as number) >= priority) break;
        priorities[at] = priorities[child] as number;
        items[at] = items[child] as number;
        at = child;
      }
      priorities[at] = priority;
      items[at] = item;
    }
    return top;
  }

  private grow(): void {
    const priorities = new Float64Array(this.items.length * 2);
    const items = new Int32Array(this.items.length * 2);
    priorities.set(this.priorities);
    items.set(this.items);
    this.priorities = priorities;
    this.items = items;
  }
}
