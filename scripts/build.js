#!/usr/bin/env node
// `npm run build`, and `prepare`, which `npm install` and `npm ci` run: compiles src/ into dist/ with tsc
// (tsconfig.build.json) from scratch, then stamps dist/ with the time the build started (scripts/dist.js), by which
// bin/briefbot.js tells whether dist/ is as new as src/. A type error fails the build, and so `npm install`.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STAMP } from './dist.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const startedMs = Date.now();
rmSync(dist, { recursive: true, force: true });

let tsc;
try {
  tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
} catch {
  // An install without the dev dependencies (`npm install --omit=dev`) has no compiler: briefbot runs its sources.
  console.error('briefbot: TypeScript is not installed, so dist/ is not built: briefbot runs its sources through tsx');
  process.exit(0);
}
const build = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
if (build.status !== 0) {
  rmSync(dist, { recursive: true, force: true });
  console.error('briefbot: error: the build failed (above); dist/ is removed, so briefbot would run its sources');
  process.exit(build.status ?? 1);
}
writeFileSync(join(dist, STAMP), `${JSON.stringify({ startedMs, builtAt: new Date().toISOString() })}\n`);
