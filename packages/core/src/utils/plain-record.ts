/**
 * A record with no prototype, so that keys from data such as `__proto__`, `constructor` or
 * `toString` are ordinary entries and cannot reach Object.prototype.
 */
export function plainRecord<V>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
  const out = Object.create(null) as Record<string, V>;
  for (const [key, value] of entries) {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
