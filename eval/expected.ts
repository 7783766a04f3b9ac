/** Reads a folder's `.expected.json` files into a corpus's expected meetings. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  ExpectedFileError,
  fileStem,
  mergeExpected,
  parseExpectedFile,
  type ExpectedMeeting,
  type ExpectedMeetingSpec,
} from './score.js';

/** File name suffix of an expectation file. */
export const EXPECTED_SUFFIX = '.expected.json';

/** The expectations of one folder: each file's meetings (by file stem) and the merged corpus meetings. */
export interface Expectations {
  byFile: [string, ExpectedMeetingSpec[]][];
  meetings: ExpectedMeeting[];
}

/**
 * Reads every `NAME.expected.json` directly in `dir` (sorted by name) and merges them; throws ExpectedFileError
 * naming the file when one is not valid JSON or not a valid expectation file.
 */
export async function readExpectations(dir: string): Promise<Expectations> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(EXPECTED_SUFFIX)).sort();
  const byFile: [string, ExpectedMeetingSpec[]][] = [];
  for (const name of names) {
    const text = await readFile(join(dir, name), 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new ExpectedFileError(
        `briefbot eval: ${join(dir, name)} is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
      );
    }
    byFile.push([fileStem(name), parseExpectedFile(json, join(dir, name))]);
  }
  return { byFile, meetings: mergeExpected(byFile) };
}
