import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The viewer package, and the folder of it that holds the built demo app. */
export const VIEWER_PACKAGE = '@bridgegraph/viewer';
export const APP_FOLDER = 'dist-app';

/** How many folders up we look for the viewer package before giving up. */
const MAX_LEVELS = 40;

function isViewerPackage(dir: string): boolean {
  try {
    const json = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown };
    return json.name === VIEWER_PACKAGE;
  } catch {
    return false;
  }
}

/** Whether this folder holds a built app (an index.html). */
export function hasIndex(appDir: string): boolean {
  try {
    return statSync(join(appDir, 'index.html')).isFile();
  } catch {
    return false;
  }
}

/**
 * The places the built app may be, nearest first: in every folder from `from` up to the root,
 * `node_modules/@bridgegraph/viewer/dist-app` (an installed package, symlinked by pnpm or not) and
 * the monorepo's `packages/viewer/dist-app`. Only folders above `from` are looked at, so the
 * answer depends on where the command is installed, not on the process's module resolution.
 */
export function viewerAppCandidates(from: string = dirname(fileURLToPath(import.meta.url))): string[] {
  const out: string[] = [];
  let dir = from;
  for (let level = 0; level < MAX_LEVELS; level++) {
    const installed = join(dir, 'node_modules', '@bridgegraph', 'viewer');
    if (existsSync(installed) && isViewerPackage(installed)) out.push(join(installed, APP_FOLDER));
    const workspace = join(dir, 'packages', 'viewer');
    if (existsSync(workspace) && isViewerPackage(workspace)) out.push(join(workspace, APP_FOLDER));
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return [...new Set(out)];
}

/** Where the built app is: the first candidate holding an index.html. */
export interface AppLocation {
  /** The folder to serve, or null when the app is not built (or the viewer is not installed). */
  appDir: string | null;
  /** Every folder looked at, for the message when none has the app. */
  searched: string[];
}

export function findViewerApp(from?: string): AppLocation {
  const searched = viewerAppCandidates(from);
  return { appDir: searched.find(hasIndex) ?? null, searched };
}
