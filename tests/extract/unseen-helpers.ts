/** What the tests of briefings never tuned on share: briefings from text, and meetings written as "A + B". */
import { parseArticle } from '../../src/corpus/parse-article.js';
import { buildExtractContext, extractMeetings } from '../../src/extract/extract.js';
import { buildTitleTable } from '../../src/extract/mentions.js';
import type { Meeting, Participant } from '../../src/extract/types.js';
import { formatPartialDate } from '../../src/calendar.js';
import { buildLexicon } from '../../src/reference/lexicon.js';

export const lexicon = buildLexicon();
export const ctx = buildExtractContext(lexicon);
export const table = buildTitleTable();

const FILLER =
  'Officials said a joint working group would meet before the end of the year to review progress on the projects ' +
  'and report back to both governments.';

/** The meetings of a corpus of briefings, each given as a file's text, with filler prose after. */
export const meetingsOfFiles = (...raws: string[]): Meeting[] => {
  const articles = raws.map((raw, i) => parseArticle(`unseen-${i}.txt`, `${raw}\n\n${FILLER}\n`).article!);
  return extractMeetings({ dir: 'test', articles, warnings: [] }, lexicon, ctx);
};
/** The meetings of one briefing dated `date`. */
export const meetingsOf = (text: string, date = '2025-03-06'): Meeting[] =>
  meetingsOfFiles(` date ${date} \n\n${text}`);
/** A participant by name, else as "Title of Country". */
export const who = (p: Participant): string =>
  p.name ?? [p.title, p.country ?? p.organization].filter(Boolean).join(' of ');
/** Each meeting as its participants, sorted: "A + B". */
export const pairsOf = (meetings: Meeting[]): string[] =>
  meetings.map((m) => m.participants.map(who).sort().join(' + ')).sort();
/** The meetings of one briefing as "A + B". */
export const pairs = (text: string, date?: string): string[] => pairsOf(meetingsOf(text, date));
/** Each meeting as "A + B · date", or "A + B · date · place" with `place`. */
export const rowsOf = (meetings: Meeting[], place = false): string[] =>
  meetings
    .map((m) => {
      const row = `${m.participants.map(who).sort().join(' + ')} · ${m.date ? formatPartialDate(m.date) : 'no date'}`;
      return place ? `${row} · ${m.location ?? 'no place'}` : row;
    })
    .sort();
