#!/usr/bin/env node
// Entry point of `npm start` and `npx briefbot`: runs the TypeScript sources through tsx, with no build step.
import { existsSync } from 'node:fs';
import { register } from 'tsx/esm/api';

register();
if (existsSync('.env')) process.loadEnvFile('.env');
const { runCli } = await import('../src/cli.ts');
process.exitCode = await runCli(process.argv.slice(2), process.env, process);
