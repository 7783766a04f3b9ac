#!/usr/bin/env node
// Entry point of `npm start` and `npx briefbot`. It runs the JavaScript that `npm install` compiled into dist/ (the
// `prepare` script, scripts/build.js). When dist/ is missing, or older than a file under src/ (a `git pull` without
// `npm install`), it runs the TypeScript sources through tsx instead, saying so in one line: slower to start, more
// memory, the same answers. BRIEFBOT_SOURCES=1 (set, or in .env) runs the sources without a word (`npm run dev`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { whyNotCompiled } from '../scripts/dist.js';

if (existsSync('.env')) process.loadEnvFile('.env');
const root = fileURLToPath(new URL('..', import.meta.url));
const why = process.env.BRIEFBOT_SOURCES === '1' ? 'asked for' : whyNotCompiled(root);
if (why !== undefined) {
  if (why !== 'asked for')
    process.stderr.write(
      `briefbot: running the TypeScript sources through tsx, slower to start (${why}; npm run build)\n`,
    );
  const { register } = await import('tsx/esm/api');
  register();
}
const { runCli } = await import(why === undefined ? '../dist/cli.js' : '../src/cli.ts');
process.exitCode = await runCli(process.argv.slice(2), process.env, process);
