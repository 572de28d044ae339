import { readFile } from 'node:fs/promises';
import type { CsvSource, FileRole } from '../import/csv-source.js';
import { type DataPackage, type ImportOptions, type ImportResult, importNetwork } from '../import/import-network.js';
import { networkFromJSON } from '../io/network-json.js';
import { fileSource } from './file-source.js';
import { type ResolvedInput, resolveInputs } from './resolve-inputs.js';

export interface LoadOptions extends ImportOptions {
  /** Files given by role, overriding what names suggest. */
  files?: Partial<Record<FileRole, string>>;
  /** Per role, options for reading the file: a header for a headerless file, a delimiter. */
  sources?: Partial<Record<FileRole, Omit<CsvSource, 'name' | 'chunks'>>>;
}

export interface LoadResult extends ImportResult {
  input: ResolvedInput;
}

/** Reads a folder, the files of a data package, or a JSON network from disk into a network. */
export async function loadNetwork(inputs: readonly string[], options: LoadOptions = {}): Promise<LoadResult> {
  const input = resolveInputs(inputs, options.files);
  if (input.kind === 'json') {
    const network = networkFromJSON(await readFile(input.file, 'utf8'));
    return { network, problems: [], files: [], input };
  }
  const pkg: DataPackage = {};
  for (const [role, path] of Object.entries(input.files) as [FileRole, string][]) {
    pkg[role] = fileSource(path, options.sources?.[role] ?? {});
  }
  const { files: _files, sources: _sources, ...importOptions } = options;
  const result = await importNetwork(pkg, { name: input.name, ...importOptions });
  return { ...result, input };
}
