/**
 * Where the project's evaluation data lives: ../shared next to the repository (CI and the
 * developers' machines), or $ISNAD_SHARED. A user's clone has none: callers must skip cleanly.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

function sharedDir(): string | null {
  const dir = process.env.ISNAD_SHARED ? resolve(process.env.ISNAD_SHARED) : resolve(ROOT, '../shared');
  return existsSync(dir) ? dir : null;
}

/** Path of a file or folder under ../shared, or null when it is not there. */
export function sharedPath(...parts: string[]): string | null {
  const dir = sharedDir();
  if (!dir) return null;
  const p = resolve(dir, ...parts);
  return existsSync(p) ? p : null;
}

/** For scripts: the path, or a plain message and exit code 0 (absence is not a failure). */
export function sharedOrExit(what: string, ...parts: string[]): string {
  const p = sharedPath(...parts);
  if (!p) {
    console.log(`Skipped: ${what} needs ../shared/${parts.join('/')}, which is not present on this machine.`);
    process.exit(0);
  }
  return p;
}
