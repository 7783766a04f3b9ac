/**
 * Briefings added to, dated in and removed from the corpus folder while the bot runs (from Slack): each change is
 * written to the folder, then read through the corpus's own update ({@link LiveCorpus.follow}), so that answers hold
 * it by the time the caller hears it is done. Nothing is ever deleted: a removed briefing is moved to `removed/`
 * beside the corpus folder, whence it can be moved back.
 */
import { randomBytes } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { copyFile, link, mkdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { AskContext } from '../ask/types.js';
import { briefingFileText, SLACK_FOLDER, slackFileName, withDate } from '../corpus/briefing-file.js';
import { MAX_FILE_BYTES } from '../corpus/load-corpus.js';
import { parseArticle } from '../corpus/parse-article.js';
import type { Meeting } from '../extract/types.js';
import { fail, ok, type Result } from '../result.js';
import type { Article, PartialDate } from '../types.js';

/** What changing the corpus folder needs of the running bot. */
export interface CorpusDesk {
  /** The corpus folder (BRIEFBOT_CORPUS), as configured. */
  dir: string;
  /** Read the named files of the folder again (names inside it: `slack/x.md`), resolving once answers hold them. */
  follow(names: ReadonlySet<string>): Promise<void>;
  /** The answering context as it is now; throws while the first load is under way. */
  context(): AskContext;
}

/** A briefing to add: its text, and what its front matter is to say. */
export interface NewBriefing {
  text: string;
  addedBy: string;
  /** The Slack permalink of the file or message it came from. */
  source?: string;
  /** The name of the file shared, when it came from one. */
  originalFile?: string;
}

/** Why a briefing was not added (nothing was written). */
export type AddRefusal =
  /** No text at all. */
  | { kind: 'empty' }
  /** Text that is no briefing (too short, data or code): the corpus's own reason. */
  | { kind: 'not-a-briefing'; reason: string }
  /** The folder would not take the file. */
  | { kind: 'write-failed'; reason: string }
  /** With its front matter, larger than the corpus reads. */
  | { kind: 'too-large'; bytes: number };

/** A briefing as the corpus now holds it: its file, the article, its meetings, and the briefing it repeats. */
export interface Saved {
  /** Its name inside the corpus folder: `slack/x.md`. */
  file: string;
  article: Article;
  meetings: readonly Meeting[];
  /** A briefing of the same text that was in the corpus before: answers cite that one. */
  duplicateOf?: Article;
  /** Why the corpus did not take it, when it did not (and it repeats no briefing): the file is kept all the same. */
  skipped?: string;
}

/** The name of the folder beside the corpus folder that removed briefings are moved to. */
export const REMOVED_FOLDER = 'removed';

/**
 * Where briefings removed from a corpus folder go: `removed/` beside it.
 * @example removedFolder('./seeds') // → 'removed'
 */
export const removedFolder = (dir: string): string => join(dirname(dir), REMOVED_FOLDER);

/**
 * Add a briefing: save its text in the corpus folder's `slack/` folder with front matter (title and date as the corpus
 * reads them in the text), then wait until the corpus holds it. Refused, with nothing written, when the text is empty
 * or no briefing, or the folder will not take it.
 */
export async function addBriefing(desk: CorpusDesk, briefing: NewBriefing): Promise<Result<Saved, AddRefusal>> {
  const text = briefing.text.replace(/\r\n?/g, '\n').trim();
  if (!text) return fail({ kind: 'empty' });
  const parsed = parseArticle(`${SLACK_FOLDER}/new.md`, text);
  if (!parsed.article) {
    const reason = parsed.warning ?? 'no text';
    return fail(reason === 'empty file' ? { kind: 'empty' } : { kind: 'not-a-briefing', reason });
  }
  const { title, published, contentHash } = parsed.article;
  const content = briefingFileText(
    {
      title,
      ...(published ? { date: published } : {}),
      ...(briefing.source ? { source: briefing.source } : {}),
      addedBy: briefing.addedBy,
      ...(briefing.originalFile ? { originalFile: briefing.originalFile } : {}),
    },
    text,
  );
  const bytes = Buffer.byteLength(content, 'utf8');
  if (bytes > MAX_FILE_BYTES) return fail({ kind: 'too-large', bytes });
  const before = desk.context();
  const duplicateOf = [...before.index.articles.values()].find((a) => a.contentHash === contentHash);
  const written = await writeNew(desk, before, briefing.originalFile, title, content);
  if (!written.ok) return fail({ kind: 'write-failed', reason: written.error });
  await desk.follow(new Set([written.value]));
  return ok(savedAs(desk, written.value, content, duplicateOf));
}

/**
 * Write `content` under a new name in the `slack/` folder: the file appears whole (written aside, then linked in
 * under its name, which fails rather than replace a file another addition just took).
 */
async function writeNew(
  desk: CorpusDesk,
  context: AskContext,
  original: string | undefined,
  title: string,
  content: string,
): Promise<Result<string>> {
  const folder = join(desk.dir, SLACK_FOLDER);
  const ids = context.index.articles;
  const temp = join(folder, `.adding-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(temp, content, { encoding: 'utf8', flag: 'wx' });
    for (let tries = 0; tries < 20; tries += 1) {
      const name = slackFileName(original, title, (stem) => ids.has(stem) || existsSync(join(folder, `${stem}.md`)));
      try {
        await claim(temp, join(folder, name));
        return ok(`${SLACK_FOLDER}/${name}`);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
    return fail('no free file name');
  } catch (error) {
    return fail(reasonOf(error));
  } finally {
    await unlink(temp).catch(() => {});
  }
}

/**
 * Give the file at `temp` the name `path`, failing with EEXIST rather than replacing a file of that name: a hard link
 * (the file appears whole), or a copy where the file system has no links.
 */
async function claim(temp: string, path: string): Promise<void> {
  try {
    await link(temp, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw error;
    await copyFile(temp, path, constants.COPYFILE_EXCL);
  }
}

/** A file system error in words: its code and what it was doing, never a stack. */
const reasonOf = (error: unknown): string => {
  const e = error as NodeJS.ErrnoException;
  return e?.code ? `${e.code}${e.syscall ? ` on ${e.syscall}` : ''}` : String(e?.message ?? error);
};

/** The briefing saved as `file`, as the corpus holds it now (or, when it holds another copy instead, as parsed). */
function savedAs(desk: CorpusDesk, file: string, content: string, duplicateOf: Article | undefined): Saved {
  const context = desk.context();
  const held = [...context.index.articles.values()].find((a) => a.file === file);
  const article = held ?? parseArticle(file, content).article!;
  const meetings = context.meetings.ofArticle((held ?? duplicateOf ?? article).id);
  const copy = duplicateOf && duplicateOf.file !== file ? { duplicateOf } : {};
  const skipped = held || duplicateOf ? undefined : context.warnings.find((w) => w.file === file && !w.loaded);
  return { file, article, meetings, ...copy, ...(skipped ? { skipped: skipped.reason } : {}) };
}

/** Why a briefing could not be dated or removed. */
export type ChangeRefusal =
  /** The file is no longer in the corpus folder. */
  | { kind: 'gone' }
  /** Its front matter cannot be read, or the folder would not take the change. */
  | { kind: 'failed'; reason: string };

/** The text of a briefing's file, or that it is gone or cannot be read. */
export async function readBriefing(desk: CorpusDesk, file: string): Promise<Result<string, ChangeRefusal>> {
  try {
    return ok(await readFile(join(desk.dir, file), 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? { kind: 'gone' } : { kind: 'failed', reason: reasonOf(error) });
  }
}

/** Set a briefing's date in its front matter (the rest of the file as it was), then wait until answers have it. */
export async function dateBriefing(
  desk: CorpusDesk,
  file: string,
  date: PartialDate,
): Promise<Result<Saved, ChangeRefusal>> {
  const raw = await readBriefing(desk, file);
  if (!raw.ok) return raw;
  const dated = withDate(raw.value, date);
  if (!dated.ok) return fail({ kind: 'failed', reason: dated.error });
  const path = join(desk.dir, file);
  const temp = join(dirname(path), `.dating-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, dated.value, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    return fail({ kind: 'failed', reason: reasonOf(error) });
  }
  await desk.follow(new Set([file]));
  return ok(savedAs(desk, file, dated.value, undefined));
}

/** Where a removed briefing went: its place in the corpus folder, and in `removed/` (paths as configured). */
export interface Moved {
  from: string;
  to: string;
}

/**
 * Remove a briefing from the corpus: move its file (never delete it) into `removed/` beside the corpus folder, keeping
 * its path inside the folder (`removed/slack/x.md`, a number added when that is taken), then wait until answers no
 * longer cite it.
 */
export async function removeBriefing(desk: CorpusDesk, file: string): Promise<Result<Moved, ChangeRefusal>> {
  const from = join(desk.dir, file);
  const base = join(removedFolder(desk.dir), file);
  try {
    await stat(from);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(code === 'ENOENT' ? { kind: 'gone' } : { kind: 'failed', reason: reasonOf(error) });
  }
  let to = base;
  try {
    await mkdir(dirname(base), { recursive: true });
    for (let n = 2; existsSync(to); n += 1) to = base.replace(/(\.[^./]*)?$/, (ext) => `-${n}${ext}`);
    await moveFile(from, to);
  } catch (error) {
    return fail({ kind: 'failed', reason: reasonOf(error) });
  }
  await desk.follow(new Set([file]));
  return ok({ from, to });
}

/** Move a file; across file systems, copy it (never over another) and only then remove the original. */
async function moveFile(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await copyFile(from, to, constants.COPYFILE_EXCL);
    await unlink(from);
  }
}
