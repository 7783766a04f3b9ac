/**
 * What a question asks about besides the meeting: "did the visa thing come up?", "did they sign the annex?", "was
 * it after attaf's invite?". The words left when names, places, dates, offices and the words of asking are taken
 * out; the answer quotes what a briefing of the meeting says of them.
 */
import { splitSentences } from '../corpus/paragraphs.js';
import { stripDateline } from '../corpus/title.js';
import type { Meeting } from '../extract/types.js';
import { anyOf } from '../text/regex.js';
import { withoutMarks } from '../text/words.js';
import type { Article } from '../types.js';

/** Words of asking, of meeting, of time, of offices and of filler: none is a subject asked about. */
const NOT_SUBJECTS = new Set(
  [
    // Asking, and the small words between.
    'what when where who whom whose which why how many much did does do done doing has have had having is are was',
    'were be been being will would could should can shall may might must the a an and or but so if then than of to',
    'in on at by for from with without about into onto over after before since during while between among as up',
    'down out off again also too yet still ever ago just only even both either any some all each other another same',
    'not no yes he she they them him her his hers their theirs it its we us our you your me my that this these',
    'those there here eh pls plz please thanks thx ok okay hey hi actually exactly really already recently lately',
    'anything something thing things stuff happen happened happening get got go going gone went come came coming',
    'make made take took taken bring brought give gave given hand handed put set end ended start started',
    'say says said tell told know known according report reported reports briefing briefings mention mentioned',
    'note noted confirm confirmed remind check need want wondering wonder sure proper properly real',
    'now anywhere else way home iirc smth heard think guess apparently finally officially formally whether quick',
    'well planned upcoming scheduled expected due supposed policy late early mid',
    // A name, a place or how long asked; "right?".
    'whats name named long lasted lasting hour hours minute minutes right city town place venue location',
    // Meeting, and its kinds and times.
    'meet meets met meeting meetings mtg mtgs talk talks talked talking discuss discussed discussing discussion',
    'visit visits visited visiting trip trips tour leg call calls called calling phone phoned phoning',
    'spoke speak spoken sit sat sitting see saw seen seeing host hosts hosted hosting receive received receiving',
    'bilateral bilaterals bilat bilats sidelines margins held hold holding session sessions round rounds dialogue',
    'consultations conversation encounter face person persons time times first second third last next previous',
    'recent day days date dates week weeks month months year years yr yrs today yesterday tomorrow later earlier',
    'morning evening afternoon night soon once twice ones one two three four five number exact',
    'summit conference forum event occasion sideline trilateral multilateral one-on-one tete-a-tete',
    // Offices and sides.
    'fm fms pm pms minister ministers ministry president presidents presidential prime foreign affairs deputy',
    'secretary secretaries king queen emir sultan crown prince princess chancellor premier counterpart counterparts',
    'envoy envoys ambassador ambassadors head heads state states government governments leader leaders officials',
    'official side sides delegation delegations mr mrs ms dr sheikh hh hrh excellency guy man woman people team',
    'chief vice acting new former current incumbent eam mofa',
  ]
    .join(' ')
    .split(' '),
);

/**
 * The words of a question that ask about something besides the meeting: not a word of asking or meeting, nor one
 * `named` says names someone, a place or a country, nor a date's.
 * @example askedSubjects('did the visa thing come up when joly met barcena?', isName) // → ['visa']
 */
export function askedSubjects(text: string, named: (word: string) => boolean): string[] {
  const words = withoutMarks(text)
    .replace(/['’]s\b/g, '')
    .match(/\p{L}[\p{L}'’-]*/gu);
  const subjects = (words ?? []).filter((w) => {
    const word = w.toLowerCase();
    return word.length >= 3 && !NOT_SUBJECTS.has(word) && !MONTH_OR_DAY.test(word) && !named(w);
  });
  return [...new Set(subjects.map((w) => w.toLowerCase()))];
}
const MONTH_OR_DAY = anyOf([
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/,
  /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?$/,
]);

/** A wire's dateline before its story, which {@link stripDateline} leaves: "ALMATY, MAY 11, ARMENPRESS. ". */
const WIRE_DATELINE = /^\p{Lu}[\p{Lu}\s'’./-]+,\s*\p{L}{3,9}\.?\s+\d{1,2},\s*\p{Lu}[\p{Lu}\s-]*[.:–—-]\s*/u;

/** The longest sentence quoted for a subject, in characters. */
const SUBJECT_SENTENCE_MOST = 320;

/** The start of a subject's word that its other forms share: "invite" finds "invitation", "visas" finds "visa". */
function stemOf(word: string): string {
  const single = word.length > 4 ? word.replace(/e?s$/, '') : word;
  return single.length > 5 ? single.slice(0, 5) : single;
}

/**
 * What a briefing of the meetings says of the subjects asked: the sentence that names most of them (a word that
 * starts as the subject does), in the paragraphs the meetings cite first, then in the rest of their briefings. None
 * when no sentence names one, or the answer quotes it already.
 */
export function subjectSaid(
  subjects: readonly string[],
  meetings: readonly Meeting[],
  articles: ReadonlyMap<string, Article>,
  answer: string,
): { subject: string; sentence: string } | undefined {
  const stems = subjects.map(stemOf);
  // Each briefing once, with the paragraphs the meetings cite in it.
  const cited = new Map<string, Set<number>>();
  for (const { articleId, paragraph } of meetings.flatMap((m) => m.sources))
    cited.set(articleId, (cited.get(articleId) ?? new Set()).add(paragraph));
  let best: { subject: string; sentence: string; score: number } | undefined;
  for (const [articleId, paragraphs] of cited) {
    for (const p of articles.get(articleId)?.paragraphs ?? []) {
      for (const { text } of splitSentences(p.text)) {
        const words =
          withoutMarks(text)
            .toLowerCase()
            .match(/\p{L}[\p{L}-]*/gu) ?? [];
        const hits = stems.filter((s) => words.some((w) => w.startsWith(s)));
        if (hits.length === 0 || text.length > SUBJECT_SENTENCE_MOST || answer.includes(text)) continue;
        const score = hits.length * 2 + (paragraphs.has(p.n) ? 1 : 0);
        const sentence = stripDateline(text.trim().replace(WIRE_DATELINE, ''));
        if (!best || score > best.score) best = { subject: subjects[stems.indexOf(hits[0]!)]!, sentence, score };
      }
    }
  }
  return best && { subject: best.subject, sentence: best.sentence };
}
