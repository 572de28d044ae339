/** The role a CSV file plays in a data package. */
export type FileRole = 'people' | 'exchanges' | 'participations' | 'ties' | 'groups' | 'memberships';

/** Every file role, in the order files are imported (referenced records before references). */
export const FILE_ROLES: readonly FileRole[] = ['groups', 'people', 'exchanges', 'memberships', 'participations', 'ties'];

/** Encodings other than UTF-8 that a source can be decoded from. */
export type SourceEncoding = 'latin1' | 'windows-1252' | 'utf-16le';

/** One delimited text file to import, read as a stream of chunks. */
export interface CsvSource {
  /** How the file is named in messages (a file name or path). */
  name: string;
  /** The file's bytes (UTF-8) or text, in chunks; called once. */
  chunks: () => AsyncIterable<Uint8Array | string>;
  /** The field delimiter; detected from the first line when absent. */
  delimiter?: ',' | ';' | '\t' | '|';
  /**
   * Column names for a file that has no header row. When given, the first line is data and
   * line numbers count from 1 for it.
   */
  header?: readonly string[];
  /**
   * The file's encoding when it is not UTF-8: its bytes are decoded with `TextDecoder` before they
   * are read. `latin1` is decoded as `windows-1252`, as the WHATWG Encoding Standard (and every
   * browser) does. Default: UTF-8, and bytes that are not UTF-8 are an `encoding` problem.
   */
  encoding?: SourceEncoding;
  /** The file's size in bytes, when known: lets progress reports estimate the time left. */
  size?: number;
}

/** A CSV source over text held in memory (tests, the browser's File.text(), small inputs). */
export function textSource(name: string, text: string, options: Omit<CsvSource, 'name' | 'chunks'> = {}): CsvSource {
  return {
    name,
    ...options,
    chunks: async function* () {
      yield text;
    },
  };
}
