/**
 * What a meeting's briefings report was said, discussed or agreed at it, and what they say was not told: the
 * sentences of the paragraph that reports the meeting and of those around it that go on about it.
 */
import type { Meeting, MeetingSource } from '../extract/types.js';
import type { Article } from '../types.js';
import { stripDateline } from '../corpus/title.js';
import { partialDateBounds } from '../calendar.js';
import { clipText } from '../text/clip.js';
import { alternatives, anyOf, pattern } from '../text/regex.js';
import { withoutMarks } from '../text/words.js';
import type { AskContext } from './types.js';

/** "held talks there with the Guatemalan foreign minister on migration …", not "on Thursday", "on his visit". */
const TALKS_ON = pattern([
  /(?:talks|met|meeting|spoke|t[eê]te-[aà]-t[eê]te|conversation|call|consultations|session|discussions?)/,
  /\b[^.;]{0,100}?\b(?:on|about|regarding|over)\s+/,
  /(?!\d|(?:the )?(?:sidelines|margins)\b)/,
  /(?!(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)/,
  /(?!(?:behalf|arrival|the (?:same|eve|occasion)|(?:his|her|their|its|a|an) (?:visit|trip|way|arrival))\b)/,
]);

/** Words of a sentence that report what was said, discussed or agreed, or what came of it. */
const STRONGLY_SAID = pattern(
  [
    /\b/,
    alternatives([
      /discuss\w*|agree\w*|sign\w*|talks? focused|review\w*|exchang\w*|express\w*|focus\w*/,
      /cover\w*|underlin\w*|stress\w*|emphasi\w*|call\w* for|reaffirm\w*|pledg\w*|welcom\w*|urg\w*/,
      /said|says|told|noted|conveyed|invited|raised|briefed|touched (?:on|upon)|explored|highlighted/,
      /affirm\w*|suggest\w*|propos\w*|apprecia\w*|applaud\w*|hail\w*|praised|declared|stated|added|asked|sought/,
      /consensus|commit(?:s|ted|ments?)?|promis\w*|vow\w*|announc\w*|offer\w*|request\w*|backed|condemn\w*/,
      /outcomes?|deals?|accords?|agreements?|memorand\w*|MoUs?|agenda|topics?|heart of|cent(?:er|re)d? on/,
      /dominated|attention|concluded|handed over|delivered|(?:written |verbal )?messages? from/,
    ]),
    /\b/,
  ],
  'i',
);
/** The same, or talks said to be on something: weaker, so quoted after the others. */
const SAID = anyOf([STRONGLY_SAID, TALKS_ON], 'i');

/**
 * Who reports a sentence, at its end: ", Turkish diplomatic sources said.", ", according to the ministry." It tells
 * who told the meeting, not what was said at it.
 */
const ATTRIBUTION = anyOf(
  [
    pattern([
      /(?:,[”"’]?|[”"’])\s+(?:[\p{L}'’-]+\s+){0,5}/u,
      /(?:said|says|reported|reports|added|stated|announced)\s*[.!]?$/,
    ]),
    /,\s+according to [^,;]+[.!]?$/,
  ],
  'iu',
);
/** A page's tags and topic links: "Related topics: #Türkiye #Serbia", "Tags: diplomacy". */
const TAGS = /#\p{L}|^(?:related(?: topics| stories)?|tags?|topics?)\s*:/iu;

/** A line on who would not comment: "The State Department did not immediately respond to a request for comment." */
const NO_COMMENT = anyOf(
  [
    /\bdid(?: no|n['’])t (?:immediately )?(?:respond|reply) to (?:a |an )?(?:requests?|quer(?:y|ies)) for comment/,
    /\b(?:declined|refused) to comment\b|\bcould not be reached for comment\b/,
  ],
  'i',
);

/** A photo's caption, which shows who met, not what they said: "[Photo caption: …", "Photo: …". */
const CAPTION = /^\[|^(?:photo|picture|image|caption)\b/i;

/** At most this many characters of one sentence of what a briefing says was said or agreed. */
const SAID_CHARS = 440;
/** At most this many sentences of what was said, over a meeting's briefings. */
const SAID_SENTENCES = 3;
/** How many paragraphs after a meeting's own may go on about it; and before it. */
const AFTER = 5;
const BEFORE = 2;
/** How many paragraphs after a meeting's own one sentence naming one of its people is taken to go on about it. */
const NEAR = 2;

/** A sentence that goes on about the meeting before it: "They agreed …", "The two sides …", "At the talks …". */
const GOES_ON = anyOf(
  [
    /^(?:they|he|she|both|discussions|talks)\b/,
    // "The Hon. Minister expressed …": one of them by office.
    /^the (?:hon(?:ourable)?\.? )?(?:minister|president|prime minister|ambassador|envoy|secretary)\b/,
    /\b(?:the two \w+|both (?:sides|leaders|ministers|men|women))\b/,
    /\bthe (?:leaders|ministers|sides|parties|interlocutors)\b/,
    /\b(?:the|their|his|her) (?:talks|meeting|discussions?|exchanges?|conversation|call|guest|host|visitor|heads of)\b/,
    /\b(?:the|its|their) (?:\w+ )?(?:outcome|result|deal|agreement)s?\b/,
  ],
  'i',
);

/** "no details were given", "no details of that audience were released". */
const NO_DETAILS = pattern([
  /no (?:further )?details (?:(?:of|on|about) (?:the|that|this|their|his|her) \w+ )?/,
  /(?:were|was) (?:given|released|provided|disclosed)/,
]);
/** Words of a briefing that says it does not say what was discussed. */
const WITHHELD = pattern(
  [
    /\b/,
    alternatives([
      /(?:did|does|do) not (?:give|provide|disclose|reveal|release) (?:any )?details/,
      NO_DETAILS,
      // "…, the ministry said, without giving details".
      /without (?:giving|providing|disclosing|offering) (?:any |further )?details/,
      /(?:were|was) not (?:disclosed|made public|released)/,
    ]),
    /\b/,
  ],
  'i',
);

/** A sentence of an article and the paragraph it is in. */
interface Line {
  text: string;
  n: number;
}

/** Text without case or accents, for comparing names. */
const fold = (text: string): string => withoutMarks(text).toLowerCase();

/** The folded words of a sentence. */
const wordsOf = (text: string): string[] => fold(text).split(/[^\p{L}]+/u);

/** Words of a name that say nothing of whose it is: "bin", "al", "de". */
const PARTICLES = new Set([
  'bin',
  'ibn',
  'binti',
  'al',
  'el',
  'de',
  'da',
  'di',
  'del',
  'van',
  'von',
  'der',
  'la',
  'le',
]);

/** The folded words of each named participant's name, family names in first place included ("Wang Yi"). */
const namesOf = (ms: readonly Meeting[]): Set<string>[] =>
  ms.flatMap((m) =>
    m.participants.flatMap((p) =>
      p.name ? [new Set(wordsOf(p.name).filter((w) => w.length >= 2 && !PARTICLES.has(w)))] : [],
    ),
  );

/** The lines of an article's paragraphs from `first` to `last`: the meeting's own first, then after, then before. */
function linesAround(article: Article, own: number, first: number, last: number): Line[] {
  const lines = article.paragraphs
    .filter((p) => p.n >= first && p.n <= last)
    .flatMap((p) => p.sentences.map((s) => ({ text: s.text.trim(), n: p.n })));
  const rank = (n: number): number => (n === own ? 0 : n > own ? 1 : 2);
  return lines
    .map((l, i) => ({ l, i }))
    .sort((a, b) => rank(a.l.n) - rank(b.l.n) || a.i - b.i)
    .map((x) => x.l);
}

/**
 * Whether a sentence near a meeting reports what was said at it: in the paragraph that reports it, unless it names
 * only people of another meeting of the article; after it, when it goes on about the meeting ("Both sides …"), names
 * two of its people, or (just after) one of them; before it, when it names two of its people or goes on about it
 * with no other meeting reported between ("The two discussed …" after another meeting's paragraph is of that one).
 */
function aboutMeeting(
  source: MeetingSource,
  own: Set<string>[],
  strangers: Set<string>,
  theirs: readonly number[],
): (line: Line) => boolean {
  return ({ text, n }) => {
    if (text === source.sentence.trim()) return true;
    const words = new Set(wordsOf(text));
    const ours = own.filter((name) => [...name].some((w) => words.has(w))).length;
    if ([...words].some((w) => strangers.has(w))) return false;
    if (n === source.paragraph || ours >= 2) return true;
    const between = n < source.paragraph && theirs.some((p) => p <= n);
    if (GOES_ON.test(text)) return !between;
    return n > source.paragraph && n <= source.paragraph + NEAR && ours >= 1;
  };
}

/** The paragraphs of an article that report some of these meetings. */
const paragraphsOf = (ms: readonly Meeting[], articleId: string): number[] =>
  ms.flatMap((o) => o.sources.filter((x) => x.articleId === articleId).map((x) => x.paragraph));

/** The sentences of one of a meeting's briefings that report what was said or agreed at it. */
function saidIn(m: Meeting, source: MeetingSource, ctx: AskContext): string[] {
  const article = ctx.index.articles.get(source.articleId);
  if (!article) return [];
  const others = ctx.meetings.ofArticle(source.articleId).filter((o) => o !== m);
  const theirs = paragraphsOf(others, source.articleId);
  const next = theirs.filter((n) => n > source.paragraph);
  const last = Math.min(source.paragraph + AFTER, Math.min(...next) - 1);
  const own = namesOf([m]);
  const ownWords = new Set(own.flatMap((name) => [...name]));
  const strangers = new Set(namesOf(others).flatMap((name) => [...name].filter((w) => !ownWords.has(w))));
  const about = aboutMeeting(
    source,
    own,
    strangers,
    theirs.filter((n) => n < source.paragraph),
  );
  return (
    linesAround(article, source.paragraph, source.paragraph - BEFORE, last)
      // A question in the article (a headline's "What did they agree?") reports nothing.
      .filter(
        (x) =>
          SAID.test(x.text.replace(ATTRIBUTION, '')) &&
          !/\?["”’]?$/.test(x.text) &&
          !CAPTION.test(x.text) &&
          !TAGS.test(x.text) &&
          !NO_COMMENT.test(x.text) &&
          about(x),
      )
      .sort((x, y) => Number(STRONGLY_SAID.test(y.text)) - Number(STRONGLY_SAID.test(x.text)))
      .map((x) => clipText(stripDateline(x.text), SAID_CHARS))
  );
}

/** The sentences of a meeting's briefings that report what was said or agreed at it, cut with care. */
export function saidSentences(m: Meeting, ctx: AskContext, saying?: string): string[] {
  if (inPassing(m, ctx))
    return m.sources.flatMap((x) => (TOLD_IN_PASSING.test(x.sentence) ? [clipText(x.sentence, SAID_CHARS)] : []));
  const all = [...new Set(m.sources.flatMap((source) => saidIn(m, source, ctx)))];
  return sayingFirst(all, saying).slice(0, SAID_SENTENCES);
}

/** "what did NZ commit to?": the sentences with that word of saying (its stem) first, the others after in order. */
export function sayingFirst(sentences: readonly string[], saying?: string): string[] {
  if (!saying) return [...sentences];
  const word = new RegExp(`\\b${saying}`, 'i');
  const has = (x: string): boolean => word.test(x);
  return [...sentences.filter(has), ...sentences.filter((x) => !has(x))];
}

/** How many days before another meeting of its briefing a meeting is one the briefing recalls. */
const RECALLED_DAYS = 5;
/** Words of a meeting only recalled that still tell what came of it: "when they signed the water accord". */
const TOLD_IN_PASSING = /\b(?:discuss\w*|agree\w*|signed)\b/i;

/**
 * Whether every briefing of a meeting only recalls it beside another meeting it reports held days later, in the same
 * paragraph or before it: "Tokayev recalled his telephone conversation with Mirziyoyev on 9 January". What
 * the sentences around it say is of the other meeting.
 */
export function inPassing(m: Meeting, ctx: AskContext): boolean {
  if (!m.date) return false;
  const end = Date.parse(partialDateBounds(m.date)[1]);
  return m.sources.every((source) =>
    ctx.meetings
      .ofArticle(source.articleId)
      .some(
        (o) =>
          o !== m &&
          o.status === 'held' &&
          o.date !== undefined &&
          Date.parse(partialDateBounds(o.date)[0]) - end >= RECALLED_DAYS * 86_400_000 &&
          o.sources.some((x) => x.articleId === source.articleId && x.paragraph <= source.paragraph),
      ),
  );
}

/** Whether a meeting's own sentence says its talks were not told ("received by the President, without details"). */
export const toldWithoutDetails = (m: Meeting): boolean => m.sources.some((s) => WITHHELD.test(s.sentence));

/** The sentences near a meeting that say what was discussed was not told. */
export function withheldSentences(m: Meeting, ctx: AskContext): string[] {
  return m.sources.flatMap((source) => {
    const article = ctx.index.articles.get(source.articleId);
    const near = article?.paragraphs.filter((p) => Math.abs(p.n - source.paragraph) <= BEFORE) ?? [];
    return near.flatMap((p) => p.sentences.map((x) => x.text.trim()).filter((t) => WITHHELD.test(t)));
  });
}

/** "lasted about 40 minutes", "for nearly two hours". */
const LASTED_FOR = pattern([
  /(?:lasted|lasting|for)\s+/,
  /(?:(?:about|around|nearly|almost|over|more than|less than|just (?:under|over)|close to|some|roughly)\s+)?/,
  /(?:an?|one|two|three|four|five|six|\d+|half an?|twenty|thirty|forty|fifty|ninety)(?:\s+and a half)?\s+/,
  /(?:hours?|minutes?)/,
]);
/** How long a meeting lasted: "lasted about 40 minutes", "the hour-long meeting", "lasted late into the night". */
const LASTED = pattern(
  [/\b/, alternatives([LASTED_FOR, /(?:[\w-]+-)?(?:hour|minute)-long/, /lasted (?:late|longer|well)/]), /\b/],
  'i',
);

/**
 * The first sentence of a meeting's briefings that says how long it lasted: in the paragraph that reports it, or in
 * the next when that reports no other meeting of the briefing.
 */
export function lastedSentence(ms: readonly Meeting[], ctx: AskContext): string | undefined {
  for (const m of ms)
    for (const source of m.sources) {
      const article = ctx.index.articles.get(source.articleId);
      const others = ctx.meetings.ofArticle(source.articleId).filter((o) => o !== m);
      const next = source.paragraph + 1;
      const nextOwn = !paragraphsOf(others, source.articleId).includes(next);
      const lines = (article?.paragraphs ?? [])
        .filter((p) => p.n === source.paragraph || (p.n === next && nextOwn))
        .flatMap((p) => p.sentences.map((x) => x.text.trim()));
      const found = lines.find((line) => LASTED.test(line));
      if (found) return clipText(stripDateline(found), SAID_CHARS);
    }
  return undefined;
}
