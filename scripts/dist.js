// Whether the compiled JavaScript in dist/ can be run in place of the TypeScript sources: shared by scripts/build.js,
// which writes dist/'s stamp, and bin/briefbot.js, which reads it at every start.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The file in dist/ that records when the build that made dist/ started. */
export const STAMP = 'build-stamp.json';

/**
 * The newest modification time under a folder, in milliseconds: of its files and of its folders, whose time changes
 * when a file is added, removed or renamed in them.
 * @param {string} dir
 * @returns {number}
 */
export function newestChange(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Why `root`'s dist/ cannot stand for its src/, in words; undefined when it can. dist/ is missing or unfinished
 * without its stamp (never built: `npm install --ignore-scripts`, a failed build), and stale when anything under src/
 * changed after its build started (a `git pull` or an edit without `npm install` or `npm run build` after it). A
 * tree without src/ (dist/ shipped alone) has nothing newer.
 * @param {string} root the folder that holds src/ and dist/
 * @returns {string | undefined}
 */
export function whyNotCompiled(root) {
  let startedMs;
  try {
    startedMs = JSON.parse(readFileSync(join(root, 'dist', STAMP), 'utf8')).startedMs;
  } catch {
    return 'dist/ is not built';
  }
  if (typeof startedMs !== 'number') return 'dist/ is not built';
  const src = join(root, 'src');
  return existsSync(src) && newestChange(src) > startedMs ? 'src/ changed after dist/ was built' : undefined;
}
