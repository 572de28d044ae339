import {
  type CsvSource,
  type DataPackage,
  type EdgeAttributes,
  type ExchangeNetwork,
  type ImportOptions,
  type ImportProblem,
  type ImportResult,
  importNetwork,
  type NodeAttributes,
} from '@bridgegraph/core';
import { expect } from 'vitest';

/** A source whose file is these bytes, given in one chunk or in the chunks listed. */
export function bytesSource(name: string, ...chunks: Uint8Array[]): CsvSource {
  return {
    name,
    chunks: async function* () {
      yield* chunks;
    },
  };
}

/** A problem without its message, for comparing the fields that locate it. */
export type Located = Omit<ImportProblem, 'message'>;

export function located(problems: readonly ImportProblem[]): Located[] {
  return problems.map(({ message: _message, ...rest }) => rest);
}

/** Checks that every file's rows add up: rows read = rows accepted + rows rejected. */
export function expectRowsReconcile(result: ImportResult): void {
  for (const file of result.files) {
    expect(file.rowsAccepted + file.rowsRejected, `${file.file}: rows read = accepted + rejected`).toBe(file.rowsRead);
  }
}

/** Imports in lenient mode and checks that the rows reconcile. */
export async function importChecked(files: DataPackage, options: ImportOptions = {}): Promise<ImportResult> {
  const result = await importNetwork(files, options);
  expectRowsReconcile(result);
  return result;
}

/** Milliseconds since the epoch of an ISO 8601 instant written with its offset. */
export function ms(iso: string): number {
  const value = Date.parse(iso);
  if (Number.isNaN(value)) throw new Error(`test helper: '${iso}' is not an ISO instant`);
  return value;
}

/** The attributes of a node, checked to be of the type asked for. */
export function nodeOf<T extends NodeAttributes['type']>(
  network: ExchangeNetwork,
  type: T,
  id: string,
): Extract<NodeAttributes, { type: T }> {
  const attributes = network.getNodeAttributes(`${type}:${id}`);
  if (attributes.type !== type) throw new Error(`test helper: ${type}:${id} is a ${attributes.type}`);
  return attributes as Extract<NodeAttributes, { type: T }>;
}

/** The attributes of an edge, checked to be of the type its key names (`tie#0`, `membership#2`...). */
export function edgeOf<T extends EdgeAttributes['type']>(
  network: ExchangeNetwork,
  type: T,
  n: number,
): Extract<EdgeAttributes, { type: T }> {
  const attributes = network.getEdgeAttributes(`${type}#${n}`);
  if (attributes.type !== type) throw new Error(`test helper: ${type}#${n} is a ${attributes.type}`);
  return attributes as Extract<EdgeAttributes, { type: T }>;
}
