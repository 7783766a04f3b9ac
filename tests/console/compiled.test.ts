/**
 * The compiled build: `bin/briefbot.js` runs dist/ (what `npm install` compiles) when it is as new as src/, and the
 * TypeScript sources through tsx, saying so in one line, when dist/ is missing or older than src/.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workerScript } from '../../src/live/build-in-worker.js';
import { STAMP, whyNotCompiled } from '../../scripts/dist.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

describe('whether dist/ stands for src/', () => {
  let root: string;
  const t0 = Date.now() - 60_000;
  const at = (ms: number): Date => new Date(ms);
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'briefbot-dist-'));
    mkdirSync(join(root, 'src', 'ask'), { recursive: true });
    for (const file of ['src/cli.ts', 'src/ask/answer.ts']) {
      writeFileSync(join(root, file), '');
      utimesSync(join(root, file), at(t0), at(t0));
    }
    for (const dir of ['src/ask', 'src']) utimesSync(join(root, dir), at(t0), at(t0));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is not built without its stamp, built when the build started after every change, stale after one', () => {
    expect(whyNotCompiled(root)).toBe('dist/ is not built');
    mkdirSync(join(root, 'dist'));
    expect(whyNotCompiled(root)).toBe('dist/ is not built');
    writeFileSync(join(root, 'dist', STAMP), JSON.stringify({ startedMs: t0 + 1000 }));
    expect(whyNotCompiled(root)).toBeUndefined();
    utimesSync(join(root, 'src/ask/answer.ts'), at(t0 + 2000), at(t0 + 2000));
    expect(whyNotCompiled(root)).toBe('src/ changed after dist/ was built');
    utimesSync(join(root, 'src/ask/answer.ts'), at(t0), at(t0));
    expect(whyNotCompiled(root)).toBeUndefined();
    rmSync(join(root, 'src/ask/answer.ts')); // a file removed (a git pull) changes its folder's time
    expect(whyNotCompiled(root)).toBe('src/ changed after dist/ was built');
  });

  it('stands for a tree without src/ (dist/ shipped alone)', () => {
    const alone = mkdtempSync(join(tmpdir(), 'briefbot-dist-alone-'));
    mkdirSync(join(alone, 'dist'));
    writeFileSync(join(alone, 'dist', STAMP), JSON.stringify({ startedMs: t0 }));
    expect(whyNotCompiled(alone)).toBeUndefined();
    rmSync(alone, { recursive: true, force: true });
  });
});

describe('the worker script', () => {
  it('is the compiled worker beside a compiled module, and tsx then the .ts worker beside a source', () => {
    expect(workerScript('file:///app/dist/live/build-in-worker.js')).toEqual({
      script: new URL('file:///app/dist/live/snapshot-worker.js'),
      eval: false,
    });
    const source = workerScript('file:///app/src/live/build-in-worker.ts');
    expect(source.eval).toBe(true);
    expect(source.script).toContain('"file:///app/src/live/snapshot-worker.ts"');
    expect(source.script).toContain('register()');
  });
});

describe('the briefbot executable without a usable dist/', () => {
  let copy: string;
  const env = { PATH: process.env.PATH ?? '', BRIEFBOT_DB: '' };
  beforeAll(() => {
    // A checkout of its own that shares the sources and the dependencies but has no dist/.
    copy = mkdtempSync(join(tmpdir(), 'briefbot-nodist-'));
    for (const dir of ['bin', 'scripts']) cpSync(join(ROOT, dir), join(copy, dir), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
    for (const dir of ['src', 'node_modules', 'seeds']) symlinkSync(join(ROOT, dir), join(copy, dir));
    env.BRIEFBOT_DB = join(copy, 'data', 'briefbot.db');
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it('runs the sources through tsx and says so in one line', async () => {
    const { stdout, stderr } = await run(process.execPath, ['bin/briefbot.js', 'search', 'Lavarov', '--json'], {
      cwd: copy,
      env,
    });
    expect(JSON.parse(stdout).results[0].file).toBe('002_9f8474191b6e5a16.txt');
    expect(stderr).toMatch(
      /^briefbot: running the TypeScript sources through tsx, .*\(dist\/ is not built; npm run build\)\n/,
    );
  });

  it('says nothing of it when asked to run the sources (BRIEFBOT_SOURCES=1, npm run dev)', async () => {
    const { stdout, stderr } = await run(process.execPath, ['bin/briefbot.js', '--version'], {
      cwd: copy,
      env: { ...env, BRIEFBOT_SOURCES: '1' },
    });
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(stderr).toBe('');
  });
});

// After `npm install` (CI's `npm ci` too) dist/ is built and as new as src/; after an edit it is not, and these wait.
describe.skipIf(whyNotCompiled(ROOT) !== undefined)('the compiled build', () => {
  let data: string;
  beforeAll(() => {
    data = mkdtempSync(join(tmpdir(), 'briefbot-compiled-'));
  });
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it('runs from dist/ without a note, with its version from package.json', async () => {
    const env = { PATH: process.env.PATH ?? '', BRIEFBOT_DB: join(data, 'briefbot.db') };
    const search = await run(process.execPath, ['bin/briefbot.js', 'search', 'Lavarov', '--json'], { cwd: ROOT, env });
    expect(JSON.parse(search.stdout).results[0].file).toBe('002_9f8474191b6e5a16.txt');
    expect(search.stderr).not.toContain('tsx');
    const version = await run(process.execPath, ['bin/briefbot.js', '--version'], { cwd: ROOT, env });
    const { version: expected } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version).toEqual({ stdout: `${expected}\n`, stderr: '' });
  });

  it('builds a corpus in its compiled worker thread', async () => {
    const script = join(data, 'worker.mjs');
    writeFileSync(
      script,
      `import { createLoader, loadLive } from ${JSON.stringify(join(ROOT, 'dist/live/load.js'))};
      const logger = { info() {}, warn: console.error, error: console.error };
      const snapshotPath = ${JSON.stringify(join(data, 'worker.bin'))};
      const live = await loadLive(createLoader({ dir: 'seeds', logger, snapshotPath, workerMinFiles: 1 }));
      console.log(live.context.index.articles.size, live.context.meetings.meetings.length);`,
    );
    const { stdout, stderr } = await run(process.execPath, [script], { cwd: ROOT });
    expect({ stdout, stderr }).toEqual({ stdout: '5 15\n', stderr: '' });
  });
});
