import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Folder of the real seed briefings. */
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));
/** Folder of the corpus fixtures written for these tests. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));

/** Reads a seed briefing by its number prefix ('000' … '004'): its file name and raw text. */
export function readSeed(prefix: string): { file: string; raw: string } {
  const file = readdirSync(SEEDS_DIR).find((name) => name.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no seed ${prefix}`);
  return { file, raw: readFileSync(SEEDS_DIR + file, 'utf8') };
}

/** Reads a fixture's raw text. */
export function readFixture(name: string): string {
  return readFileSync(FIXTURES_DIR + name, 'utf8');
}
