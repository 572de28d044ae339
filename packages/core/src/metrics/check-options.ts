/**
 * Validation of metric options at the public boundary. Every error names the module it comes
 * from (`bridgegraph/metrics/<name>: ...`).
 */

/** Checks that an edge-weight getter is an attribute name, a function, null or undefined. */
export function checkEdgeWeightGetter(module: string, value: unknown): void {
  if (value === undefined || value === null || typeof value === 'function') return;
  if (typeof value === 'string' && value !== '') return;
  throw new TypeError(`${module}: getEdgeWeight must be an attribute name, a function or null, got ${String(value)}.`);
}

/** Checks an options argument: an object or undefined. */
export function checkOptionsObject(module: string, options: unknown): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${module}: options must be an object, got ${String(options)}.`);
  }
}

/** Returns `value`, or throws unless it is an integer ≥ `min`. */
export function checkInteger(module: string, name: string, value: unknown, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
    throw new RangeError(`${module}: ${name} must be an integer ≥ ${min}, got ${String(value)}.`);
  }
  return value;
}

/** Returns `value`, or throws unless it is a finite number with `low` < value (or ≤ when `lowIncluded`) and value < `high`. */
export function checkNumber(module: string, name: string, value: unknown, low: number, high: number, lowIncluded = false): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || (lowIncluded ? value < low : value <= low) || value >= high) {
    const range = `${lowIncluded ? '[' : '('}${low}, ${high})`;
    throw new RangeError(`${module}: ${name} must be a number in ${range}, got ${String(value)}.`);
  }
  return value;
}

/** Throws unless `value` is a boolean or undefined. */
export function checkBoolean(module: string, name: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean') {
    throw new TypeError(`${module}: ${name} must be true or false, got ${String(value)}.`);
  }
}
