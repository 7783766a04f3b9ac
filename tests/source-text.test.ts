/**
 * The sources hold no control characters: a "\b" written through a tool that reads escapes becomes a backspace, and a
 * pattern that starts with one never matches (it happened, silently, to two of the question patterns).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : Promise.resolve([join(dir, e.name)]))),
  );
  return nested.flat().filter((f) => /\.(?:ts|js|mts)$/.test(f));
}

describe('the sources', () => {
  it('hold no control characters', async () => {
    const files = (await Promise.all(['src', 'bin', 'scripts', 'eval', 'bench'].map(filesUnder))).flat();
    expect(files.length).toBeGreaterThan(50);
    const bad = [];
    for (const file of files) {
      const lines = (await readFile(file, 'utf8')).split('\n');
      bad.push(...lines.flatMap((line, i) => (CONTROL.test(line) ? [`${file}:${i + 1}`] : [])));
    }
    expect(bad).toEqual([]);
  });
});
