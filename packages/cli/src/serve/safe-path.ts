/** The longest request target we look at; longer ones are refused. */
export const MAX_URL_LENGTH = 2048;

/**
 * Turns a request target (`/assets/app.js?v=1`) into the path segments of a file under the served
 * folder (`['assets', 'app.js']`), or `null` when it does not name one: anything that does not start
 * with a single `/`, backslashes, NUL bytes and control characters (raw or percent-encoded), empty,
 * `.` and `..` segments (raw or encoded), segments that hide a `/` or a drive letter (`%2F`, `C:`),
 * dotfiles, malformed percent-encoding and targets longer than MAX_URL_LENGTH. The root (`/`) gives
 * `[]`. Nothing is normalised: a target that would need normalising is refused.
 */
export function urlPathSegments(target: string | undefined): string[] | null {
  if (target === undefined || target.length > MAX_URL_LENGTH) return null;
  if (!target.startsWith('/') || target.startsWith('//')) return null;
  const end = target.search(/[?#]/);
  const path = end === -1 ? target : target.slice(0, end);
  if (path === '/') return [];
  const raw = path.slice(1).split('/');
  const segments: string[] = [];
  for (const part of raw) {
    let segment: string;
    try {
      segment = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (!isSafeSegment(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

function isSafeSegment(segment: string): boolean {
  if (segment === '' || segment.startsWith('.')) return false; // '', '.', '..', dotfiles
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[/\\:\u0000-\u001f\u007f]/.test(segment)) return false;
  return true;
}
