import { createReadStream, statSync } from 'node:fs';
import type { CsvSource } from '../import/csv-source.js';

/** A CSV source that streams a file from disk, named by `name` (default: the path as given). */
export function fileSource(path: string, options: Omit<CsvSource, 'chunks' | 'name'> & { name?: string } = {}): CsvSource {
  const { name, ...rest } = options;
  return {
    size: statSync(path).size,
    ...rest,
    name: name ?? path,
    chunks: () => createReadStream(path, { highWaterMark: 256 * 1024 }) as AsyncIterable<Uint8Array>,
  };
}
