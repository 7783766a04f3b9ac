import type { Article, Paragraph, PartialDate } from '../types.js';
import { formatPartialDate, partialDateBounds } from '../calendar.js';
import type { Lexicon } from '../reference/lexicon.js';
import type { Place, PlaceLookup } from '../reference/places.js';
import type { MeetingKind, ResolvedDate } from './types.js';
import { isPossessive, tokenize, type Tok } from './tokens.js';
import { optional } from '../optional.js';
import {
  countryAt,
  findMentions,
  HONORIFICS,
  spanText,
  withOffice,
  type Mention,
  type TitleTable,
} from './mentions.js';
import { ABBREVIATIONS } from '../reference/abbreviations.js';
import { droppedVerbTriggers, findTriggers, FUTURE_ANYWHERE, isNegatedAt, type Trigger } from './triggers.js';
import { analyzeDates, NUMBER_WORDS, type DateMention } from './date-mentions.js';
import { eventCity } from '../reference/venues.js';
import { datelineAt, findEvent, findPlaces, findTopics, findVenue, type PlaceMention } from './features.js';
import { alternatives, anyOf, pattern } from '../text/regex.js';
import { nameWords } from '../text/names.js';
import { visitsOf } from './visits.js';

/** What extraction needs besides the article: reference data built once at start. */
export interface ExtractContext {
  lexicon: Lexicon;
  titles: TitleTable;
  places: ReadonlyMap<string, Place>;
  /** A city as written, misspelt or not. */
  findPlace: PlaceLookup;
}

/** A sentence of an article, in reading order, with its tokens and mentions. */
export interface SentenceInfo {
  paragraph: number;
  /** The sentence as analysed: a dateline before it is blanked out ("DHAKA, Dec 10 (BSS) -" is no meeting date). */
  text: string;
  /** The sentence as written, when it differs from `text`: what a citation quotes. */
  evidence?: string;
  toks: Tok[];
  mentions: Mention[];
  triggers: Trigger[];
  /** The briefing is a release in its author's words: "I" is the author (a mention), "we" and "our" are no quote. */
  author?: boolean;
  /** The day of the heading the sentence stands under ("March 3, 2025" over a readout): its date when it gives none. */
  section?: ResolvedDate;
}

/** A meeting as one sentence reports it, before people are resolved across the article and the corpus. */
export interface Candidate {
  sentence: number;
  paragraph: number;
  evidence: string;
  kind: MeetingKind;
  status: 'held' | 'planned';
  sides: Mention[][];
  date?: ResolvedDate;
  /** A date phrase was there but could not be resolved (undated article): never guess one. */
  dateUnknown?: boolean;
  location?: Place;
  venue?: string;
  event?: string;
  topics: string[];
  /** Country-level sides of a planned session ("the two sides confirmed that the 10th meeting … will be held"). */
  countrySides?: boolean;
  /** The sides are those of the meeting before ("the two last met in Geneva"), plus any named here. */
  sameSides?: boolean;
  /**
   * "The next meeting will be held in Tallinn", "after sessions in Tallinn in January": the sides are those of a
   * meeting told just before (`sameSides`).
   */
  next?: boolean;
  /**
   * "The two premiers discussed the railway": a pair said to have talked, with no verb of meeting; its sides are two
   * people the sentence before names together, when no meeting of theirs was told just before.
   */
  pairTalked?: boolean;
  /** "Later that afternoon", "on the same day": the date of the meeting reported before. */
  sameDay?: boolean;
  /**
   * "A day earlier", "the previous day", "on the eve" (-1); "the following day", "a day later" (1): the day before or
   * after the meeting reported before.
   */
  dayAway?: -1 | 1;
  /** One side hosted the other (see {@link Trigger.hosting}). */
  hosting?: boolean;
  /** Proper names and acronyms of the sentence and its context that are no person or place ("CASA-1000", "BRICS"). */
  keywords: string[];
  /** Its own words place it in the past, away from the occasion the briefing reports ("had met", "recalled"). */
  recalled?: boolean;
  /** A visit to a country (ISO alpha-3): the one side of `sides` visited it ("who is on a working visit to"). */
  visited?: string;
}

/** Words that place a meeting in the past, away from the occasion an article reports. */
const RECALLED = pattern(
  [
    /\b/,
    alternatives([
      'earlier (?:this|that|in the) (?:year|month|week)',
      'previously',
      'last met',
      'had met',
      'first met',
      'in the past',
      'ago',
      'former',
      'recalled',
      'recalling',
    ]),
    /\b/,
  ],
  'i',
);

/** How many sentences after a meeting may still speak of it. */
const CONTEXT_SENTENCES = 8;

/**
 * An invitation taken up: "which he accepted", "the invitation was accepted with gratitude", or its trip given a time
 * ("the trip could take place in January").
 */
const ACCEPTED = pattern(
  [
    /\baccept(?:ed|s|ing)?\b/,
    // "renewed an invitation for A to travel to Algiers; sources said the trip could take place in January".
    /|\b(?:trip|visit|journey)\b[^.;]{0,40}?\b(?:could|would|will|should|may|might|is (?:expected|set|due) to)/,
    /\s+(?:take place|happen|go ahead)\b/,
  ],
  'i',
);

/** Phrases that date a meeting the day after the one reported before it. */
const DAY_AFTER = /\b(?:the (?:following|next) (?:day|morning|afternoon|evening)|a day later)\b/i;

/** Phrases that date a meeting the day before the one reported before it. */
const DAY_BEFORE = pattern(
  [
    /\b/,
    alternatives([
      'a day (?:earlier|before)',
      'the (?:previous|preceding) (?:day|evening|night)',
      'the day before',
      'the (?:evening|night) before',
      'on the eve\\b(?! of)',
    ]),
    /\b/,
  ],
  'i',
);

/** A clause after a meeting that tells what it was about: ", focusing on …", ", covering …". */
const TOPIC_CLAUSE = /,\s+(?:\p{Ll}+ing|aimed at|centred on|centered on)\b/u;

/**
 * A sentence up to the clause after its meeting that tells what it was about: "held a meeting with B, focusing on the
 * meetings Timor-Leste is expected to attend this year" plans nothing of its own.
 */
function withoutTopicClause(s: SentenceInfo, t: Trigger): string {
  const from = s.toks[t.to]?.start ?? s.text.length;
  const at = s.text.slice(from).search(TOPIC_CLAUSE);
  return at < 0 ? s.text : s.text.slice(0, from + at);
}

/** Phrases that date a meeting by the one reported before it. */
const SAME_DAY = pattern(
  [
    /\b/,
    alternatives([
      '(?:later|earlier) (?:that|the same|in the) (?:day|morning|afternoon|evening)',
      'on the same day',
      'the same day',
      'that (?:same )?(?:morning|afternoon|evening)',
    ]),
    /\b/,
  ],
  'i',
);

/**
 * Words that may stand between a meeting verb and the person met ("received the …", "was received by His
 * Highness …").
 */
const OBJECT_GAP_WORDS = new Set([
  'the',
  'his',
  'her',
  'their',
  'its',
  'a',
  'an',
  'both',
  'also',
  'separately',
  'warmly',
  'visiting',
  'newly',
  'appointed',
  'outgoing',
  'then',
  'my',
  'our',
]);

/** Verbs of joint action: "A and B agreed …" reports talks between them. */
const JOINT_VERBS = pattern([
  '^',
  alternatives([
    'met',
    'sat',
    'agreed',
    'discussed',
    'signed',
    'reviewed',
    'exchanged',
    'pledged',
    'reaffirmed',
    'underscored',
    'vowed',
    'decided',
    'inaugurated',
    'launched',
    'stressed',
    'emphasi[sz]ed',
    'expressed',
    'called',
    'shared',
    'noted',
    'welcomed',
    'hailed',
    'affirmed',
    'explored',
    'co-chaired',
    'co-chair',
    // The present tense of headlines and previews: "A and B meet today", "A and B agree on …".
    'meet',
    'discuss',
    'agree',
    'sign',
  ]),
  '$',
]);
/** Words that open a sentence about something else: the context of a meeting ends there. */
const DISCOURSE_BREAK = pattern(
  [
    '^',
    alternatives([
      'meanwhile',
      'relatedly',
      'separately',
      'in another development',
      'on the other hand',
      'earlier',
      'apart from',
      'in a separate',
      'elsewhere',
      'later',
      'also on',
    ]),
    /\b/,
  ],
  'i',
);
/** First person outside quotes: a release's author speaks, or a quote runs on. "US" is a country. */
const FIRST_PERSON = /(?:^|[^\p{L}])(?:I|[Ww]e|[Oo]ur|us|[Mm]y|me)(?:[^\p{L}]|$)/u;
/** The author's own words: "I", "me", "my". */
const FIRST_PERSON_SINGULAR = /(?:^|[^\p{L}])(?:I|[Mm]y|me)(?:[^\p{L}]|$)/u;
/** How many paragraphs into a release its author first speaks ("Today I welcomed …"). */
const AUTHOR_SPEAKS_BY = 3;
const outsideQuotes = (text: string): string => text.replace(/[“"][^”"]*[”"]/g, ' ');
/** "the new Ambassador of Spain to our country": how a readout names its own country, no one speaking. */
const OUR_COUNTRY = /\bour (?:country|nation|two countries|capital)\b/gi;
/** A sentence's words outside quotes and without a readout's "our country": where "we" or "I" would be a speaker's. */
const ownWords = (text: string): string => outsideQuotes(text).replace(OUR_COUNTRY, ' ');
const isPerson = (m: Mention): boolean => m.kind !== 'group';

/** Date look-ups of one article, each text parsed once (chrono is the slowest part of extraction). */
interface ArticleDates {
  find(text: string): DateMention[];
  meeting(text: string): ResolvedDate | undefined;
}

function articleDates(articleDate: PartialDate | undefined): ArticleDates {
  const parsed = new Map<string, { mentions: DateMention[]; meeting?: ResolvedDate }>();
  const analyze = (text: string): { mentions: DateMention[]; meeting?: ResolvedDate } =>
    parsed.get(text) ?? parsed.set(text, analyzeDates(text, articleDate)).get(text)!;
  return {
    find: (text) => analyze(text).mentions,
    meeting: (text) => {
      const { mentions, meeting } = analyze(text);
      const masked = maskPeriodStarts(text, mentions);
      return masked === text ? meeting : analyze(masked).meeting;
    },
  };
}

/**
 * A planned meeting's date whose year was taken from the article falls after it: "accepted an invitation … to visit
 * in June".
 */
function aheadIfPlanned(date: ResolvedDate | undefined, future: boolean): ResolvedDate | undefined {
  if (!date || !future || date.future || !/year from the article/.test(date.basis)) return date;
  return {
    ...date,
    date: { ...date.date, year: date.date.year + 1 },
    basis: `${date.basis}, the next one as the meeting is planned`,
    future: true,
  };
}

/** Blank out dates that start or end a period rather than date a meeting ("since Manele took office in May"). */
function maskPeriodStarts(text: string, mentions: DateMention[]): string {
  let out = text;
  for (const m of mentions) {
    const before = text.slice(Math.max(0, m.start - 60), m.start);
    if (/\b(?:since|until|till|ever since)\b[^,;.]*$/i.test(before))
      out = out.slice(0, m.start) + ' '.repeat(m.end - m.start) + out.slice(m.end);
  }
  return out;
}

/** Read an article's sentences with tokens and mentions. */
export function readSentences(article: Article, ctx: ExtractContext): SentenceInfo[] {
  const dateline = articleDateline(article, ctx);
  // Names that are a town's or a province's too ("Holguin", "Texas"), an everyday word opening a sentence ("Sobers,
  // meanwhile, …") or in a title line, set aside until the briefing shows whether one of its people bears them.
  const doubtful = new Map<Tok[], Mention[]>();
  const read = (p: Paragraph): SentenceInfo[] =>
    p.sentences.map((s, i) => {
      // "Tashkant — President …": the dateline is no name and no part of the sentence's people; nor is a dated one
      // further down a page of several items ("ZAGREB, Oct 28 (Hina) - …"), whose date is the item's, not the
      // meeting's.
      const own = dateline?.paragraph === p.n ? dateline : i === 0 ? datelineAt(s.text, ctx.findPlace) : undefined;
      const lead =
        own && (own === dateline || own.date !== undefined)
          ? own
          : i === 0
            ? innerDateline(s.text, ctx.findPlace)
            : undefined;
      const masked =
        lead && i === 0 && lead.end <= s.text.length ? ' '.repeat(lead.end) + s.text.slice(lead.end) : s.text;
      const toks = tokenize(withoutNicknames(masked));
      // "AIM - Agência de Informação … | English service | Português": a site's menu names no one.
      const all = isMenuLine(s.text) ? [] : findMentions(toks, ctx.titles, ctx.lexicon);
      // A title line capitalises every word: "… for Joint Permanent Commission".
      const titled = isTitleLine(s.text);
      const word = (m: Mention): boolean =>
        titled && m.to - m.from === 1 && !m.title && !m.country && ctx.lexicon.common.has(toks[m.from]!.norm);
      const doubtfulName = (m: Mention): boolean =>
        m.kind === 'named' &&
        (ctx.places.has(m.name!.toLowerCase()) || ctx.lexicon.regions.has(m.name!.toLowerCase()) || word(m));
      const mentions = all.filter((m) => !doubtfulName(m));
      const opener = toks[0]?.cap && toks[0].word && toks[1]?.norm === ',' && !all.some((m) => m.from === 0);
      const set = [
        ...all.filter(doubtfulName),
        ...(opener ? [{ from: 0, to: 1, kind: 'named' as const, name: toks[0]!.text }] : []),
      ];
      if (set.length > 0) doubtful.set(toks, set);
      const evidence = masked === s.text ? {} : { evidence: s.text };
      const found = findTriggers(toks);
      const ends = mentions.filter((m) => m.kind === 'named' || m.kind === 'unnamed').map((m) => m.to);
      const triggers = [...found, ...droppedVerbTriggers(toks, found, ends)].sort((a, b) => a.from - b.from);
      return { paragraph: p.n, text: masked, ...evidence, toks, mentions, triggers };
    });
  const sections = sectionDates(article, ctx.findPlace);
  // A subhead with a word of meeting is read where it stands; other headings are no sentences.
  const subhead = (p: Paragraph): Paragraph | undefined => {
    const text = p.n > 1 ? asHeadline(p.text, ctx.lexicon) : undefined;
    return text ? { ...p, text, sentences: [{ text, start: 0, end: text.length }] } : undefined;
  };
  const body = quotedSpeakers(
    article.paragraphs
      .flatMap((p) => {
        if (!p.heading) return read(p);
        // Cited as written, read as a headline.
        const h = subhead(p);
        return h ? read(h).map((s) => ({ ...s, evidence: p.text })) : [];
      })
      .map((s) => (sections.has(s.paragraph) ? { ...s, section: sections.get(s.paragraph)! } : s)),
  );
  const author = releaseAuthor(article, body, read);
  const text = headlineText(article, ctx.lexicon);
  // The headline, after the body: "Sisi, Ramaphosa discuss Sudan in video call" may be all a briefing says of it.
  const head = text ? read(headlineParagraph(text)) : [];
  const sentences = [...(author ? body.map((s) => withAuthor(s, author)) : body), ...head];
  return withAliases(doubtful.size > 0 ? withDoubtfulPeople(sentences, doubtful) : sentences);
}

/**
 * "UN envoy Maria Angela Holguin … Holguin, who landed in Larnaca …", "Minister Sean Sobers … Sobers, meanwhile":
 * a town's name or an everyday word is a person's where the briefing names a person with that surname, last or, as
 * Korean and Chinese names put it, first ("Defense Minister Shin Won-sik … Shin, for his part, met …").
 */
function withDoubtfulPeople(sentences: SentenceInfo[], doubtful: Map<Tok[], Mention[]>): SentenceInfo[] {
  const surnames = new Set(
    sentences.flatMap((s) =>
      s.mentions.flatMap((m) => {
        const words = m.kind === 'named' ? m.name!.split(' ') : [];
        return words.length > 1 ? [words[0]!, words.at(-1)!] : [];
      }),
    ),
  );
  return sentences.map((s) => {
    const people = (doubtful.get(s.toks) ?? []).filter((m) => surnames.has(m.name!));
    return people.length === 0 ? s : { ...s, mentions: [...s.mentions, ...people].sort((a, b) => a.from - b.from) };
  });
}

/** A short name: one or two capitalised words. */
const SHORT_NAME = /(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)/u.source;
/**
 * A short name written right after a full one: " 'Prachanda'", " (MBZ)", ", fondly known as Tok Mat", " - widely
 * known as Tok Mat -".
 */
const ALIAS_AFTER = new RegExp(
  `^(?:,? ?[('‘"“] ?${SHORT_NAME} ?['’"”)]|(?:,| ?[-–—]) (?:\\w+ )?(?:known|nicknamed) as ${SHORT_NAME})`,
  'u',
);

/**
 * The short names a briefing gives its people ("Pushpa Kamal Dahal 'Prachanda'", "Mohamed bin Zayed (MBZ)",
 * "Mohamad Hasan, fondly known as Tok Mat"), each read as the full name wherever it stands; a short name given to two
 * people stands for neither.
 */
function withAliases(sentences: SentenceInfo[]): SentenceInfo[] {
  const found = new Map<string, Set<string>>();
  for (const s of sentences)
    for (const m of s.mentions) {
      if (m.kind !== 'named' || !m.name || nameWords(m.name).length < 2) continue;
      const after = ALIAS_AFTER.exec(s.text.slice(s.toks[m.to - 1]!.end));
      const short = after?.[1] ?? after?.[2];
      if (short && !m.name.includes(short)) (found.get(short) ?? found.set(short, new Set()).get(short)!).add(m.name);
    }
  const aliases = new Map([...found].filter(([, f]) => f.size === 1).map(([short, f]) => [short, [...f][0]!]));
  if (aliases.size === 0) return sentences;
  const full = (m: Mention): Mention => (m.name && aliases.has(m.name) ? { ...m, name: aliases.get(m.name)! } : m);
  return sentences.map((s) => ({ ...s, mentions: s.mentions.map(full) }));
}

/**
 * "Deputy FM meets Chinese Ambassador [Yemen News Agency (SABA)] ADEN, Oct. 21 (Saba) - Deputy Foreign Minister …": a
 * listing's item title run into its dated dateline; the sentence starts after the dateline.
 */
function innerDateline(text: string, findPlace: PlaceLookup): { end: number; date: string } | undefined {
  const at = text.search(/ (?=\p{Lu}{3,}(?: \p{Lu}{3,})?, )/u);
  const found = at > 0 ? datelineAt(text.slice(at + 1), findPlace) : undefined;
  return found?.date ? { end: at + 1 + found.end, date: found.date } : undefined;
}

/** The day an item of a listing gives itself: "13.02.2024 12:30 …", "… ADEN, Oct. 21 (Saba) - …". */
function itemDay(text: string, findPlace: PlaceLookup): string | undefined {
  return ITEM_STAMP.exec(text)?.[0] ?? datelineAt(text, findPlace)?.date ?? innerDateline(text, findPlace)?.date;
}

/** A line of a page's menu: three or more items set apart by bars. */
const isMenuLine = (text: string): boolean => (text.match(/ \| /g) ?? []).length >= 2;

/** The paragraph number of a briefing's headline read as a sentence (its paragraphs count from 1). */
export const HEADLINE_PARAGRAPH = 0;

/** A date posted with its time, or ending a title: "October 9, 2025, 19:40", "… READOUT MARCH 13, 2025". */
const POSTED_AT = /\b\d{4},?\s+\d{1,2}[:.]\d{2}\b|\b\d{1,2},?\s+\d{4}\s*$/;

/** A paragraph opening with a day and a time: "13.02.2024 12:30", "2024-02-13 12:30", "Feb 13, 2024 12:30". */
const ITEM_STAMP = pattern(
  [
    /^\s*/,
    alternatives([
      /\d{1,2}[./-]\d{1,2}[./-]\d{4}/,
      /\d{4}-\d{2}-\d{2}/,
      /\p{L}{3,9}\.? \d{1,2},? \d{4}/u,
      /\d{1,2} \p{L}{3,9}\.? \d{4}/u,
    ]),
    /,? \d{1,2}[:.]\d{2}\b/,
  ],
  'u',
);

/**
 * The day each paragraph stands under: that of the last heading between paragraphs of text above it that names a day
 * ("March 3, 2025", "Tuesday"), never a page's header ("Tuesday, 12 August 2025 | …") nor a day after the briefing's.
 */
function sectionDates(article: Article, findPlace: PlaceLookup): Map<number, ResolvedDate> {
  const out = new Map<number, ResolvedDate>();
  let current: ResolvedDate | undefined;
  let text = false;
  // A listing dates two items or more; one dated paragraph is the briefing's own dateline.
  const items = new Map(article.paragraphs.flatMap((p) => (p.heading ? [] : [[p.n, itemDay(p.text, findPlace)]])));
  const listing = [...items.values()].filter(Boolean).length >= 2;
  for (const p of article.paragraphs) {
    // A date over the whole briefing is its own date, which the briefing's days are read against already. An item's
    // title block on a listing page, dated at its end or to the minute ("Meeting with … October 9, 2025, 19:40
    // Dushanbe"), heads it too; a quoted post is no title.
    const titleBlock =
      text &&
      !p.heading &&
      POSTED_AT.test(p.text) &&
      isTitleLine(p.text) &&
      p.text.length <= 240 &&
      !/^[>"“]/.test(p.text);
    // A listing's item, dated: "13.02.2024 12:30 Foreign minister receives … CHISINAU, 13 Feb - …", "ZAGREB, Oct 28
    // (Hina) - …".
    const stamp = listing ? items.get(p.n) : undefined;
    if (((p.heading || titleBlock) && text) || stamp) {
      const dated = stamp ?? (p.text.includes('|') ? undefined : p.text);
      const day = dated === undefined ? undefined : analyzeDates(dated, article.published).mentions[0]?.resolved;
      const published = article.published?.day !== undefined ? formatPartialDate(article.published) : undefined;
      const ahead = day && published && formatPartialDate(day.date) > published;
      // "2025-08-15 06:30" under a headline, the briefing's own day: its paragraphs are read as the briefing's.
      if (day && formatPartialDate(day.date) === published) current = undefined;
      else if (day?.date.day !== undefined && !ahead) current = { ...day, basis: `the heading '${day.text}'` };
      if (stamp && current) out.set(p.n, current);
    } else if (!p.heading) {
      text = true;
      if (current) out.set(p.n, current);
    }
  }
  return out;
}

/** Words a headline that reports a meeting has, one of them at least (a cheap test before reading it). */
const HEADLINE_CUE = pattern(
  [
    /\b/,
    alternatives([
      'meet',
      'met',
      'talk',
      'call',
      'receiv',
      'host',
      'visit',
      'discuss',
      'bilateral',
      'audience',
      'hold',
    ]),
    '|',
    /\b/,
    alternatives(['held', 'agree', 'sign', 'welcom', 'confer', 'phone', 'spoke', 'speak', 'sit', 'sat', 'review']),
    '|',
    /\b/,
    alternatives(['t[eê]te', 'consult', 'exchang', 'co-?chair', 'chair']),
  ],
  'i',
);

/** A headline as a paragraph of one sentence, numbered {@link HEADLINE_PARAGRAPH}. */
const headlineParagraph = (text: string): Paragraph => ({
  n: HEADLINE_PARAGRAPH,
  text,
  heading: true,
  sentences: [{ text, start: 0, end: text.length }],
});

/** Most words a headline has. */
const HEADLINE_WORDS = 25;

/**
 * A briefing's headline, when it has one of its own (not its first sentence cut short), with its commas between
 * names read as "and": "Wang Yi meets Blinken, Lavrov in Jakarta" is "… Blinken and Lavrov …".
 */
function headlineText(article: Article, lexicon: Lexicon): string | undefined {
  const title = article.title.trim();
  const first = article.paragraphs[0]?.text ?? '';
  const cut = first.startsWith(title.replace(/(?:…|\.\.\.)$/, ''));
  return !title || cut ? undefined : asHeadline(title, lexicon);
}

/**
 * A headline or a live blog's subhead ("14:35 – Pashinyan receives Kallas") as a sentence, when it is short and has a
 * word of meeting: everyday words of a title in title case lower-cased, commas between names read as "and".
 */
function asHeadline(title: string, lexicon: Lexicon): string | undefined {
  const words = title.split(/\s+/);
  if (words.length > HEADLINE_WORDS || !HEADLINE_CUE.test(title)) return undefined;
  // "PM Abiy Holds Talks With Leaders": in a headline in title case, everyday words are lower case.
  const titleCase = words.filter((w) => /^\p{Lu}/u.test(w)).length >= words.length * 0.7;
  const cased = titleCase
    ? title.replace(/\b\p{Lu}\p{Ll}+\b/gu, (w) => (lexicon.common.has(w.toLowerCase()) ? w.toLowerCase() : w))
    : title;
  return cased.replace(/(\p{Lu}[\p{L}'’.-]*),\s+(?=\p{Lu})/gu, '$1 and ');
}

/**
 * The author of a release written in the first person ("Today I welcomed …"): the first person named above the
 * first sentence where they speak, headings included ("Senator the Hon Penny Wong / Minister for Foreign Affairs").
 * None when the first person is only quoted or comes late (a quote running on).
 */
function releaseAuthor(
  article: Article,
  body: SentenceInfo[],
  read: (p: Paragraph) => SentenceInfo[],
): Mention | undefined {
  const speaks = body.findIndex((s) => FIRST_PERSON_SINGULAR.test(outsideQuotes(s.text)));
  const first = body[speaks];
  if (!first || /[“”"]/.test(first.text)) return undefined;
  const paragraphs = article.paragraphs.filter((p) => p.n <= first.paragraph);
  if (paragraphs.filter((p) => !p.heading).length > AUTHOR_SPEAKS_BY) return undefined;
  const title = headlineParagraph(article.title);
  const before = [title, ...paragraphs].flatMap((p) =>
    p.heading ? read(titleCased(p)) : body.slice(0, speaks).filter((s) => s.paragraph === p.n),
  );
  for (const s of before) {
    const at = s.mentions.findIndex((m) => m.kind === 'named');
    const [named, next] = [s.mentions[at], s.mentions[at + 1]];
    if (!named) continue;
    if (named.title || named.organization) return named;
    // A header's lines run together: "Hon. Dr Amina Yusuf / Minister of Foreign Affairs of Nigeria".
    if (next?.kind === 'unnamed' && next.title && s.toks.slice(named.to, next.from).every((t) => t.norm === ','))
      return withOffice(named, next, named.from, named.to);
  }
  return undefined;
}

/** Two or more words in capitals: "SENATOR THE HON PENNY WONG". */
const CAPITALS_RUN = /\b\p{Lu}{2,}(?:\s+\p{Lu}{2,})+\b/gu;

/** A header with a name in capitals read as names are written: "Senator The Hon Penny Wong". */
function titleCased(p: Paragraph): Paragraph {
  const cased = (t: string): string =>
    t.replace(CAPITALS_RUN, (run) => run.replace(/\p{L}+/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase()));
  return { ...p, text: cased(p.text), sentences: p.sentences.map((x) => ({ ...x, text: cased(x.text) })) };
}

/** What introduces a quote: "the Tánaiste said:", "she told reporters:". */
const INTRODUCES_QUOTE = /(?:\b(?:said|says|stated|states|told \w+|wrote|writes|posted|added|declared)\s*|:)\s*$/;

/**
 * Sentences of a quote in its speaker's words ("Speaking in Amman, the Tánaiste said: “This morning I met …”"),
 * with the speaker standing for "I" and "me": the last official named before it. The quote runs on, over
 * paragraphs, to its closing mark.
 */
function quotedSpeakers(body: SentenceInfo[]): SentenceInfo[] {
  let speaker: Mention | undefined;
  return body.map((s, i) => {
    const text = s.text.trim();
    if (!speaker && /^[“"]/.test(text) && i > 0 && INTRODUCES_QUOTE.test(body[i - 1]!.text.trim()))
      speaker = speakerBefore(body, i);
    // "“Minister Safadi and I last met in New York …,” Mr Peters says.": the speaker named after the quote.
    const after = speaker ? undefined : speakerAfter(s);
    if (after) return withAuthor(s, after, true);
    if (!speaker) return s;
    const out = withAuthor(s, speaker, true);
    if (/[”"][^“"]*$/.test(text.slice(1))) speaker = undefined;
    return out;
  });
}

/** Who speaks a quote that opens sentence i: the last official named before it ("Ana Ruiz … the minister said:"). */
function speakerBefore(body: SentenceInfo[], i: number): Mention | undefined {
  const official = (m: Mention): boolean =>
    m.kind === 'named' && !!(m.title || m.country || m.organization || m.name?.includes(' '));
  for (let k = i - 1; k >= 0; k -= 1) {
    const named = body[k]!.mentions.find(official);
    if (named) return named;
  }
  return undefined;
}

/** Who speaks a quote that opens a sentence, named right after it with a verb of saying: "…,” Mr Peters says." */
function speakerAfter(s: SentenceInfo): Mention | undefined {
  const open = /^\s*[“"]/.exec(s.text);
  if (!open) return undefined;
  const close = s.text.slice(open[0].length).search(/[”"]/) + open[0].length;
  if (close < open[0].length) return undefined;
  const named = s.mentions.find((m) => m.kind === 'named' && s.toks[m.from]!.start > close);
  if (!named) return undefined;
  const between = s.text.slice(close + 1, s.toks[named.from]!.start);
  const next = s.text.slice(s.toks[named.to - 1]!.end);
  // Between the quote and the name only a comma, a verb of saying and an honorific: "…,” said Mr Peters".
  const before = /^[\s,]*((?:says|said|adds|added)\s+)?(?:(?:mr|ms|mrs|dr)\.?\s*)?$/i.exec(between);
  return before && (before[1] !== undefined || SAYS_NEXT.test(next)) ? named : undefined;
}
const SAYS_NEXT = /^\s*(?:says|said|adds|added|told)\b/i;

/** A sentence with the author standing for "I" and "me" (in a quote of theirs too). */
function withAuthor(s: SentenceInfo, author: Mention, quote = false): SentenceInfo {
  const quoted = quote ? s.text : outsideQuotes(s.text);
  const speaking = s.toks.flatMap((t, i) =>
    (t.text === 'I' || t.norm === 'me') && quoted.slice(t.start, t.end) === t.text
      ? [{ ...author, from: i, to: i + 1 }]
      : [],
  );
  if (speaking.length === 0) return { ...s, author: true };
  return { ...s, author: true, mentions: [...s.mentions, ...speaking].sort((a, b) => a.from - b.from) };
}

/** Words after ", the" that open a description of the person before: ", the first US Secretary of State to …,". */
const RANK_WORDS = new Set(['first', 'second', 'third', 'last', 'only', 'latest']);
/** Verbs that say who someone is: "was the first …", "became the only …". */
const COPULAS = new Set(['is', 'was', 'became', 'becomes', 'remains', 'remained']);

/**
 * Token ranges of relative clauses (", who has pushed for …,") and of descriptions (", the first US Secretary of
 * State to visit Guyana since Mike Pompeo,"): their people are not the subject.
 */
function relativeClauses(toks: Tok[]): [number, number][] {
  const out: [number, number][] = [];
  toks.forEach((t, i) => {
    const next = toks[i + 1]?.norm ?? '';
    // "A, a close aide to President B, will …": who A is.
    const described =
      (next === 'the' && RANK_WORDS.has(toks[i + 2]?.norm ?? '')) ||
      ((next === 'a' || next === 'an') && toks[i - 1]?.cap === true);
    if (t.norm !== ',' || !(['who', 'which', 'whose', 'whom'].includes(next) || described)) return;
    const end = toks.findIndex((x, k) => k > i + 1 && x.norm === ',');
    if (end > 0) out.push([i, end]);
  });
  return out;
}

/** Words before "by" of those who come along with someone: "accompanied by", "flanked by". */
const ALONG = new Set(['accompanied', 'flanked', 'escorted']);

/**
 * The subject side of a trigger: the nearest person before it in its clause, with a joint "A and B"; or a group
 * ("the two").
 */
function subjectOf(s: SentenceInfo, t: Trigger): Mention[] {
  const clauses = relativeClauses(s.toks);
  // "Marcelo Ebrard, who as then Mexican canciller hosted Sandra Jovel in 2019, …": in a clause opened by "who"
  // after a name, the one who met is that name, whatever office the clause gives them.
  const own = clauses.find(([a, b]) => a < t.from && t.to <= b && s.toks[a + 1]?.norm === 'who');
  const named = own && s.mentions.find((m) => m.to === own[0] && m.kind === 'named');
  // "… President Tinubu and President Mahama, who met at the Villa": both, when the name is the last of two.
  const pair = named && s.mentions.find((m) => m.kind === 'named' && spanText(s.toks, m.to, named.from) === 'and');
  if (named && !s.mentions.some((m) => m.from > own![0] && m.to <= t.from && m.kind === 'named'))
    return pair ? [pair, named] : [named];
  const inClause = (m: Mention): boolean => clauses.some(([a, b]) => m.from > a && m.to <= b && b < t.from);
  // "Holness, as incoming CARICOM chairman, will hold talks": an office set off after a name says who the name is.
  const asRole = (m: Mention): boolean => {
    if (m.kind !== 'unnamed') return false;
    const before = s.toks.slice(Math.max(0, m.from - 5), m.from).map((x) => x.norm);
    const as = before.lastIndexOf('as');
    return as > 0 && before[as - 1] === ',' && !before.slice(as + 1).includes(',');
  };
  // "Peters, accompanied by business leaders, met …": those who came along, set off by commas, did not meet.
  const along = (m: Mention): boolean => {
    const comma = s.toks.slice(0, m.from).findLastIndex((x) => x.norm === ',');
    const opener = s.toks.slice(comma + 1, comma + 3).map((x) => x.norm);
    return (
      comma >= 0 &&
      ALONG.has(opener[0] ?? '') &&
      opener[1] === 'by' &&
      s.toks.slice(m.to, t.from).some((x) => x.norm === ',')
    );
  };
  // "Fidan was the first foreign minister to sit down with …": the office after "was the first" is who Fidan was.
  const predicate = (m: Mention): boolean => {
    const the = [m.from, m.from - 2].find(
      (k) => s.toks[k]?.norm === 'the' && RANK_WORDS.has(s.toks[k + 1]?.norm ?? ''),
    );
    return m.kind === 'unnamed' && the !== undefined && COPULAS.has(s.toks[the - 1]?.norm ?? '');
  };
  // "Mahama received him and …": an object pronoun is no subject.
  s = {
    ...s,
    mentions: s.mentions.filter((m) => !inClause(m) && !asRole(m) && !m.object && !along(m) && !predicate(m)),
  };
  const nearest = s.mentions
    .filter((m) => m.to <= t.from && !s.toks.slice(m.to, t.from).some((x) => x.norm === ';'))
    .pop();
  // "The two leaders discussed … and recalled their meeting": a group that opens the sentence is its subject.
  const opening =
    nearest !== undefined &&
    nearest.from <= 1 &&
    s.mentions[0] === nearest &&
    !t.hosting &&
    // "The two premiers, who met before the ceremony, discussed …": a clause closed before the verb is set apart.
    !s.toks
      .slice(nearest.to, t.from)
      .some((x, k) => RELATIVE_WORDS.has(x.norm) && !clauses.some(([a, b]) => nearest.to + k > a && b < t.from));
  if (nearest?.kind === 'group' && (t.from - nearest.to <= 3 || opening)) {
    const first = s.toks[nearest.from]?.norm ?? '';
    // "…, and the three ministers met again in Kabul": a group counted after "the".
    const counted = s.toks[nearest.from - 2]?.norm === 'the' && groupCount(s.toks, nearest) !== undefined;
    const definite = ['the', 'both', 'they', 'two'].includes(first) || counted;
    return definite && !nearest.organization && !nearest.country ? [nearest] : [];
  }
  // "headed to the Grand Serail to meet …": a bare name after "to the" is where the one who met went.
  const before = s.mentions.filter(
    (m) =>
      m.to <= t.from && isPerson(m) && !isVenue(s.toks, m) && !s.toks.slice(m.to, t.from).some((x) => x.norm === ';'),
  );
  // "At the invitation of A, B will pay a visit …": the guest is named after the host.
  if (t.prepositional && before.length === 0 && t.from === 0) {
    const after = s.mentions.filter((m) => m.from >= t.to && isPerson(m));
    return after[1] && s.toks.slice(after[0]!.to, after[1].from).some((x) => x.norm === ',') ? [after[1]] : [];
  }
  if (t.prepositional) {
    // "A said B is expected in Bogota in March for talks with C": the one said to go, not the one who said it.
    const saidOf = (m: Mention): boolean => {
      const k = s.toks[m.from - 1]?.norm === 'that' ? m.from - 2 : m.from - 1;
      return REPORTING_VERBS.has(s.toks[k]?.norm ?? '');
    };
    const said = before.find((m, k) => k > 0 && saidOf(m));
    // "The Tánaiste and Minister for Foreign Affairs Simon Harris said …, after hosting B": the one named, not
    // a lone office of no country joined to them.
    const [lone, named] = before;
    const joined =
      lone?.kind === 'unnamed' &&
      !lone.country &&
      named?.kind === 'named' &&
      spanText(s.toks, lone.to, named.from) === 'and';
    return said ? [said] : joined ? [named] : before.slice(0, 1);
  }
  const last = before[before.length - 1];
  if (!last) return [];
  // The sentence's first subject's: "Iwaya told Cho about his meeting with Rubio", and a second predicate ("A flies to
  // Tokyo, alongside B and C, and is set to hold talks with D").
  const gap = s.toks.slice(last.to, t.from).map((x) => x.norm);
  const possessive = ['his', 'her'].includes(s.toks[t.from - 1]?.norm ?? '');
  // "Sugiono conveyed the regards of President Prabowo and handed over a letter to …": a name after "of" is no
  // subject.
  const afterPreposition = ['of', 'to', 'from', 'with', 'by', 'for'].includes(s.toks[last.from - 1]?.norm ?? '');
  const secondPredicate =
    (gap[0] === ',' && gap[1] === 'and' && PREDICATE_WORDS.has(gap[2] ?? '')) ||
    (gap.length === 1 && gap[0] === 'and' && afterPreposition);
  // "A will meet B in Nuku'alofa on Wednesday, before flying to Rarotonga to hold talks with C": A's trip.
  const onward = gap.some((w, k) => ['before', 'after', 'then'].includes(w) && /ing$/.test(gap[k + 1] ?? ''));
  if ((possessive || secondPredicate || onward) && before[0] !== last) return [before[0]!];
  // A joint subject is a list, "A and B" or "A, B and C": the last two joined by "and", any before them by commas, or
  // "A and his French and German counterparts, B and C".
  const prev = before[before.length - 2];
  // "Massad Boulos, the senior US adviser for Africa, spoke …": an office set off by commas is the name's.
  const apposed =
    last.kind === 'unnamed' &&
    prev?.kind === 'named' &&
    s.toks[prev.to]?.norm === ',' &&
    last.from - prev.to <= 4 &&
    s.toks[t.from - 1]?.norm === ',';
  if (apposed) return [prev];
  if (!prev || listGap(s.toks, prev, last) !== 'and') return [last];
  const side = [prev, last];
  for (let k = before.length - 3; k >= 0; k -= 1) {
    const gap = listGap(s.toks, before[k]!, side[0]!);
    if (gap !== ',' && !(gap === 'and' && side.length === 2)) break;
    side.unshift(before[k]!);
  }
  return side;
}

/** Words that open a relative clause: a verb after them is not the sentence's. */
const RELATIVE_WORDS_LIST = ['which', 'who', 'whom', 'that', 'where', 'when', 'whose'];
const RELATIVE_WORDS = new Set(RELATIVE_WORDS_LIST);

/** Words that open a description set off after a name: "A, the host of the meeting, and B". */
const APPOSITION_LEADS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'who']);

/** Words that open a sentence's second predicate after ", and": "…, and is set to hold talks with". */
const PREDICATE_WORDS = new Set(['is', 'was', 'are', 'were', 'will', 'has', 'had', 'then', 'also', 'later', 'would']);

/**
 * The words between two mentions, with a comma before "and" and articles after it dropped ("A, and the visiting B"):
 * "and", ",", or anything else. A semicolon separates items as a comma does, "as well as", "together with" and
 * "alongside" join as "and" does, and the last item may be described before its name: "… and the head of the Kyrgyz
 * Foreign Ministry, Jeenbek Kulubaev".
 */
const listGap = (toks: Tok[], a: Mention, b: Mention): string => {
  let end = b.from;
  // "…; Dr. Kao Kim Hourn": an honorific before the next name is no word between them.
  while (end > a.to && (toks[end - 1]!.text === '.' || (toks[end - 1]!.cap && HONORIFICS.has(toks[end - 1]!.norm))))
    end -= 1;
  // "Ferdinand Marcos Jr. and …": the abbreviation's full stop is the name's.
  const abbreviated = toks[a.to]?.text === '.' && /^(?:Jr|Sr|\p{Lu})$/u.test(toks[a.to - 1]?.text ?? '');
  // "Presidents A (Senegal), B (Malawi) and …": a gloss in brackets after a name is no word between them.
  const glossed = toks[a.to]?.norm === '(' ? toks.findIndex((x, k) => k > a.to && x.norm === ')') : -1;
  const from = glossed > a.to && glossed - a.to <= 4 && glossed < end ? glossed + 1 : abbreviated ? a.to + 1 : a.to;
  // "A in Tokyo and B in Seoul": where each is met is no word between them.
  const gap = toks.slice(from, end).filter((x, k, all) => !isPlaceWord(all, k));
  const all = gap
    .map((x) => (x.norm === ';' ? ',' : x.norm))
    .join(' ')
    .replace(/\bas well as\b|\b(?:together|along) with\b|\balongside\b/g, 'and')
    .split(' ')
    .filter((w) => w !== '');
  // "…, the newly elected Chairperson of …": an article and the words of an office before the next item.
  let lead = all.length;
  while (lead > 0 && ITEM_LEAD_WORDS.has(all[lead - 1]!)) lead -= 1;
  const words = all.slice(0, lead);
  const and = words.indexOf('and');
  // "A, the host of the meeting, and with B": a description set off after A is no word between them.
  const apposed = words[0] === ',' && words[and - 1] === ',' && and <= 10 && APPOSITION_LEADS.has(words[1] ?? '');
  // "A, National Defense Minister B": a word in capitals that opens the next one's office, which the office leaves.
  const afterComma = gap.slice(gap.findIndex((x) => x.norm === ',') + 1);
  if (and < 0 && words[0] === ',' && afterComma.length <= 2 && afterComma.every((x) => x.cap && x.word)) return ',';
  if (and < 0 || !(apposed || words.slice(0, and).every((x) => x === ','))) return words.join(' ');
  const rest = gap.slice(gap.findLastIndex((x) => x.norm === 'and' || x.norm === 'as') + 1);
  const afterAnd = gap.slice(gap.findIndex((x) => x.norm === 'and') + 1);
  const described = isDescription(rest) || isDescription(afterAnd) || isDescribedItem(afterAnd);
  // "… and Parliament Speaker Nabih Berri": an office in capitals before the last name; "… and intelligence chief
  // A", "… and National Intelligence Organization (MIT) head A": words and an acronym in brackets, then an office's
  // head.
  const named = rest.filter((x) => x.word);
  const office =
    (rest.length > 0 && rest.length <= 4 && rest.every((x) => x.cap && x.word)) ||
    (rest.length <= 8 &&
      OFFICE_HEADS.has(named.at(-1)?.norm ?? '') &&
      rest.every((x) => x.word || x.norm === '(' || x.norm === ')'));
  return words.slice(and + 1).every(isGapWord) || described || office ? 'and' : words.join(' ');
};

/** Words an office ends with, in any case: "intelligence chief", "… Organization head". */
const OFFICE_HEADS = new Set(['chief', 'head', 'minister', 'secretary', 'director', 'adviser', 'advisor', 'envoy']);

/** The city right after a person, after "in": "… Yoko Kamikawa in Tokyo". */
function placeAfter(toks: Tok[], m: Mention, findPlace: PlaceLookup): Place | undefined {
  if (toks[m.to]?.norm !== 'in') return undefined;
  let end = m.to + 1;
  while (toks[end]?.cap && toks[end]!.word && end - m.to <= 3) end += 1;
  return end > m.to + 1 ? findPlace(spanText(toks, m.to + 1, end)) : undefined;
}

/** A place after "in" or "at" between listed people: the preposition and its capitalised words. */
function isPlaceWord(gap: Tok[], k: number): boolean {
  let p = k;
  while (p >= 0 && gap[p]!.cap && gap[p]!.word) p -= 1;
  return p >= 0 && ['in', 'at'].includes(gap[p]!.norm) && gap[p + 1]?.cap === true;
}

/** Words that lead into a listed person's office: "the newly elected Chairperson", "the visiting …". */
const ITEM_LEAD_WORDS = new Set([
  'the',
  'newly',
  'elected',
  'arrived',
  'accredited',
  'new',
  'incoming',
  'outgoing',
  'visiting',
  'then',
  'host',
]);

/**
 * Words that describe listed people before their names: "the head of the … Ministry,", "his French and German
 * counterparts,".
 */
const DESCRIPTION_WORDS = new Set([
  'the',
  'of',
  'head',
  'chief',
  'leader',
  ',',
  'his',
  'her',
  'their',
  'and',
  'counterparts',
  'colleagues',
  'peers',
]);
/** A description ending in a comma, of capitalised words and {@link DESCRIPTION_WORDS}. */
const isDescription = (toks: Tok[]): boolean =>
  toks.at(-1)?.norm === ',' && toks.every((x) => x.cap || DESCRIPTION_WORDS.has(x.norm));
/**
 * A listed person's description before the name, set off by a comma: "… and Myanmar's military ruler, Senior General
 * Min Aung Hlaing". At most six words, led by a possessor or an article, with no verb or clause word among them.
 */
function isDescribedItem(toks: Tok[]): boolean {
  // "…, Senior General Min Aung Hlaing": a rank between the comma and the name. Without a comma the office opens
  // the person's mention: "… and Myanmar's military [leader, Senior General Min Aung Hlaing]".
  const comma = toks.findLastIndex((x) => x.norm === ',');
  const rank = comma < 0 ? [] : toks.slice(comma + 1);
  const words = comma < 0 ? toks : toks.slice(0, comma);
  return (
    words.length >= 1 &&
    words.length <= 6 &&
    rank.length <= 2 &&
    rank.every((x) => x.word && x.cap) &&
    (isPossessive(words[1]) || isPossessive(words[2]) || ['the', 'his', 'her', 'their'].includes(words[0]!.norm)) &&
    words.every((x) => isPossessive(x) || (x.word && !CLAUSE_WORDS.has(x.norm) && (x.cap || !/ed$/.test(x.norm))))
  );
}

/** Words that may stand between listed people besides "and": "met A and later B", the one met after. */
const isGapWord = (norm: string): boolean =>
  OBJECT_GAP_WORDS.has(norm) || ['from', 'with', 'later', 'afterwards'].includes(norm);

/**
 * Words of the adjuncts that may stand between a meeting verb and the person met: when, where and how ("received on
 * Sunday, 16 February 2025, in Cairo, Ambassador …", "had a phone call on Saturday from …").
 */
const ADJUNCT_WORDS = new Set([
  'on',
  'in',
  'at',
  'from',
  'with',
  'by',
  'via',
  'during',
  'this',
  'that',
  'last',
  'next',
  'early',
  'late',
  'earlier',
  'later',
  'previous',
  'preceding',
  'today',
  'yesterday',
  'tomorrow',
  'morning',
  'afternoon',
  'evening',
  'night',
  'week',
  'day',
  'month',
  'of',
  'here',
  'there',
  'capital',
  'city',
]);

/** How far after its verb the person met may come when adjuncts stand between. */
const OBJECT_REACH = 16;

/**
 * Words that end an adjunct and lead to the person: "… on Saturday from …", "… in Cairo, …",
 * "… in Cairo his".
 */
const ADJUNCT_ENDS = new Set([',', 'with', 'from', 'by', 'his', 'her', 'their']);

/** Times that close a place before the person: "received at the Akorda today Chinese Ambassador …". */
const PLACE_CLOSING_TIMES = new Set(['today', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night']);

/** Prepositions that open a place: what follows them up to a comma or "with" is the place, not the person met. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'to', 'near']);

/** Up to six words ending in a possessive, with no comma: "the interim Afghan government's". */
const isPossessor = (gap: Tok[]): boolean =>
  gap.length >= 2 && gap.length <= 7 && /^['’]s$/.test(gap.at(-1)!.text) && !gap.some((x) => x.text === ',');

/**
 * Whether the words between a verb and a person are only articles, or adjuncts of time and place (names and numbers
 * too): "received on Sunday, 16 February 2025, in Cairo, Ambassador …", "received today …". A place opened by "in"
 * must be closed by a comma or "with", "from", "by" before the person: "the two met in Mexico City that day" meets no
 * "City".
 */
function isObjectGap(gap: Tok[], opensWithArticle = false): boolean {
  if (isDelegationLedBy(gap)) return true;
  // "received a courtesy call from the new British High Commissioner": the words that lead into an office too.
  if (gap.every((x) => !x.word || x.cap || OBJECT_GAP_WORDS.has(x.norm) || ITEM_LEAD_WORDS.has(x.norm))) return true;
  // "will host her French and Polish counterparts, Pierre Dubois and …", "talks with her counterparts Yoko Kamikawa"
  const described = gap.every((x) => x.cap || DESCRIPTION_WORDS.has(x.norm));
  if (described && gap.some((x) => ['counterparts', 'colleagues', 'peers'].includes(x.norm))) return true;
  // "talks with the interim Afghan government's acting foreign minister": whose official it is.
  if (isPossessor(gap)) return true;
  // "in the Casa de Nariño": a particle inside a venue's name.
  const particle = (k: number): boolean =>
    NAME_PARTICLES.has(gap[k]!.norm) && gap[k - 1]?.cap === true && gap[k + 1]?.cap === true;
  const adjunct = (x: Tok, k: number): boolean =>
    !x.word || x.cap || /^\d/.test(x.norm) || OBJECT_GAP_WORDS.has(x.norm) || ADJUNCT_WORDS.has(x.norm) || particle(k);
  if (!gap.every(adjunct) || gap.some((x) => x.norm === ';' || x.norm === '(')) return false;
  const place = gap.findLastIndex((x) => PLACE_PREPOSITIONS.has(x.norm));
  return (
    place < 0 ||
    opensWithArticle ||
    gap.slice(place + 1).some((x) => ADJUNCT_ENDS.has(x.norm) || PLACE_CLOSING_TIMES.has(x.norm))
  );
}

/** Small words inside a place's or a venue's name: "Casa de Nariño", "Palais de l'Élysée", "Bab al Bahrain". */
const NAME_PARTICLES = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'la', 'le', 'les', 'al', 'el', 'di']);

/**
 * "a delegation of the ECOWAS Commission led by its", "on Monday in Kabul with a delegation led by": the delegation's
 * leader is the person met, after adjuncts if any.
 */
const DELEGATION_LED_BY = pattern([
  /(?:^| )(?:a|an|the) (?:[^ ,;]+ ){0,2}(?:delegation|team|mission|group)/,
  /(?: [^;]*?)? (?:led|headed) by(?: (?:its|his|her|their|the))?$/,
]);

function isDelegationLedBy(written: Tok[]): boolean {
  // "led by Senate President …": the office's first words before the mention's.
  const gap = written.slice(0, written.length - countTrailing(written, (x) => x.cap && x.word));
  const text = gap.map((x) => x.norm).join(' ');
  const found = DELEGATION_LED_BY.exec(text);
  if (!found) return false;
  const before = text.slice(0, found.index).trim();
  const adjuncts = gap.slice(0, before === '' ? 0 : before.split(' ').length).filter((x) => x.norm !== 'with');
  return adjuncts.length === 0 || isAdjunctChain(adjuncts);
}

/** How many tokens at the end of a list pass a test. */
const countTrailing = (toks: Tok[], test: (x: Tok) => boolean): number => {
  const last = toks.findLastIndex((x) => !test(x));
  return toks.length - 1 - last;
};

/** Prepositions that open an adjunct of time, place or purpose between a verb and the person met. */
const ADJUNCT_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'for', 'near', 'inside', 'outside', 'via', 'over']);

/** Words that end a phrase: a clause, a verb or a conjunction starts there, so no adjunct runs across them. */
const CLAUSE_WORDS = new Set([
  ...RELATIVE_WORDS_LIST,
  'and',
  'or',
  'but',
  'to',
  'as',
  'not',
  'said',
  'says',
  'told',
  'is',
  'was',
  'are',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'after',
  'before',
  'while',
  'if',
  'because',
  'since',
  'than',
]);

/**
 * Whether the words between a verb and a titled person are adjuncts only: phrases opened by a preposition, commas
 * and words of time, with any nouns inside the phrases ("received on the same day the Minister …", "received at the
 * ministry's headquarters in Riyadh on Tuesday the ambassador of Kenya"). A noun before any preposition is the
 * object itself ("met reporters in Kyiv"), and a verb, a conjunction or a relative word ends the adjuncts.
 */
function isAdjunctChain(gap: Tok[]): boolean {
  let inPhrase = false;
  let closed = false;
  for (const x of gap) {
    // "at Maison Quéau de Quinssy, Mont Fleuri, with …": a place's district or town after a comma goes on with it.
    const placeGoesOn = closed && x.word && x.cap;
    closed = x.norm === ',' && inPhrase;
    if (x.norm === ',') inPhrase = false;
    else if (ADJUNCT_PREPOSITIONS.has(x.norm) || placeGoesOn) inPhrase = true;
    else if (PLACE_CLOSING_TIMES.has(x.norm) || ADJUNCT_WORDS.has(x.norm) || OBJECT_GAP_WORDS.has(x.norm)) continue;
    else if (!inPhrase || CLAUSE_WORDS.has(x.norm) || (x.word && !x.cap && /ed$/.test(x.norm))) return false;
  }
  return gap.some((x) => ADJUNCT_PREPOSITIONS.has(x.norm));
}

/** "held talks with the three ministers": a group of so many met, whom the briefing named before. */
function countedGroupObject(s: SentenceInfo, t: Trigger): Mention[] {
  const group = s.mentions.find((m) => m.from >= t.to && m.from - t.to <= OBJECT_REACH);
  if (group?.kind !== 'group' || groupCount(s.toks, group) === undefined) return [];
  // Said as people told of before ("the three ministers", "both leaders"), not as new ones ("five new envoys").
  const gap = s.toks.slice(t.to, group.from).map((x) => x.norm);
  const told = gap.includes('the') || gap.includes('both') || s.toks[group.from]?.norm === 'both';
  return told && gap.every((w) => ['the', 'all'].includes(w) || countOf(w) !== undefined) ? [group] : [];
}

/** Most people a group counted and met may be: a bigger one is seldom named person by person just before. */
const MOST_COUNTED = 5;

/** How many people a word says a group is: "both", "three", "4"; undefined for any other word. */
function countOf(norm: string): number | undefined {
  const n = norm === 'both' ? 2 : /^\d$/.test(norm) ? Number(norm) : NUMBER_WORDS[norm];
  return n !== undefined && n >= 2 && n <= MOST_COUNTED ? n : undefined;
}

/** How many people a group mention says it is ("the three ministers": 3), if it says. */
export function groupCount(toks: Tok[], group: Mention): number | undefined {
  const words = [toks[group.from - 1], ...toks.slice(group.from, group.to)].filter((x) => x !== undefined);
  return words.map((x) => countOf(x.norm)).find((n) => n !== undefined);
}

/** The object side: the first person after the trigger, and those joined to it by "and". */
function objectOf(s: SentenceInfo, t: Trigger): Mention[] {
  const found = s.mentions.find(
    (m) => m.from >= t.to && isPerson(m) && m.from - t.to <= 2 * OBJECT_REACH && !isVenue(s.toks, m, true),
  );
  if (!found) return [];
  const gap = s.toks.slice(t.to, found.from);
  // "sat down with the Baltic foreign ministers — Estonia's A, Latvia's B and …": the group, then its members, also
  // after the group's own time and place and a colon ("the credentials of three new ambassadors at the Presidency: A
  // of Japan, B of Italy and …").
  const lead = (x: Tok): boolean => x.cap || COUNT_WORDS.test(x.norm) || OBJECT_GAP_WORDS.has(x.norm);
  const group = s.mentions.find(
    (m) => m.kind === 'group' && m.to <= found.from && m.from - t.to <= 3 && s.toks.slice(t.to, m.from).every(lead),
  );
  const membersGap = group === undefined ? [] : s.toks.slice(group.to, found.from);
  const colon = membersGap.findIndex((x) => x.norm === ':');
  const members =
    group !== undefined &&
    (membersGap.every((x) => !x.word) ||
      (colon >= 0 &&
        membersGap.slice(colon + 1).every((x) => !x.word) &&
        isAdjunctChain(membersGap.slice(0, colon).filter((x) => x.word))));
  // Farther than a few words, only a delegation's leader: "at the palace, in the capital, with a delegation led by".
  if (found.from - t.to > OBJECT_REACH && !members && !isDelegationLedBy(gap)) return [];
  // "received at El Mouradia Palace the Deputy Prime Minister …": "the" and an office end the place.
  const titled = found.title !== undefined && ['the', 'his', 'her'].includes(s.toks[found.from]?.norm ?? '');
  const first = officialOf(s, found);
  // "during President Prabowo's first trip": a possessor is no person met.
  const strong = (first.title !== undefined || first.country !== undefined) && !isPossessive(s.toks[first.to]);
  // "on the sidelines of the funeral of the late President Geingob": whose event it was, not whom they met.
  const words = gap.filter((x) => x.word && !['the', 'late', 'former'].includes(x.norm));
  const whose = words.at(-1)?.norm === 'of';
  // "visited the Mausoleum of Mohammed V": a place named after someone.
  if (whose && words.at(-2)?.cap === true) return [];
  // "a meeting with the akim of Turkistan region, Darkhan Satybaldy, on …": a description set off before the name.
  const after = s.toks[first.to]?.norm;
  // Without a comma, "from his brother HM King Abdullah II", not "the chairmanship gavel from Anwar".
  const closed = gap.at(-1)?.norm === ',' || !gap.some((x) => GAP_PREPOSITIONS.has(x.norm));
  const apposed = closed && isDescribedItem(gap) && (after === undefined || APPOSITION_ENDS.has(after));
  if (!members && !apposed && !isObjectGap(gap, titled) && !(strong && !whose && isAdjunctChain(gap))) return [];
  const out = [first];
  let listEnd = 1;
  let previous = first;
  for (const m of s.mentions.filter((x) => x.from > first.from && isPerson(x))) {
    // "Lao Prime Minister Sonexay Siphandone, the current ASEAN chair, and …": the office of the one before.
    if (previous === out.at(-1) && isApposedOffice(s.toks, previous, m)) {
      previous = m;
      continue;
    }
    const gap = listGap(s.toks, previous, m);
    const gapped = gap !== 'and' && gap !== ',' && isGapped(s.toks, previous, m);
    if (gap !== 'and' && gap !== ',' && !gapped) break;
    out.push(m);
    previous = m;
    if (gap === 'and' || gapped) listEnd = out.length;
  }
  // A list ends at its "and": "B, C and D"; a name after a bare comma is someone else ("…, Minister X announced").
  // A headline lists with commas only: "Marcos to meet Takaichi, Lula, Carney in KL".
  return isHeadline(s) ? out : out.slice(0, listEnd);
}

/** What may follow a name set off after its description: not a verb ("…, Zelensky said"). */
const APPOSITION_ENDS = new Set([
  ',',
  '.',
  ';',
  ':',
  '(',
  'on',
  'in',
  'at',
  'to',
  'for',
  'and',
  'who',
  'whom',
  'during',
]);

/** Prepositions that end a description: the person after them is someone else's ("the gavel from A"). */
const GAP_PREPOSITIONS = new Set(['from', 'with', 'by', 'in', 'on', 'at', 'to', 'for', 'about', 'over', 'after']);

/** How many people a group is: "three new ambassadors", "12 leaders", "several envoys". */
const COUNT_WORDS = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some)$/;

/** An office set off by commas after a named person, of no other country: theirs, not someone else's. */
const isApposedOffice = (toks: Tok[], before: Mention, m: Mention): boolean =>
  m.kind === 'unnamed' &&
  before.kind === 'named' &&
  toks[before.to]?.norm === ',' &&
  toks.slice(before.to + 1, m.from).every((x) => x.word && !x.cap && !CLAUSE_WORDS.has(x.norm)) &&
  toks[m.to]?.norm === ',' &&
  (!m.country || m.country === before.country);

/** How many words may stand between a possessor and its official: "Trump's Middle East envoy, …". */
const OFFICIAL_REACH = 6;

/**
 * "Trump's Middle East envoy Steve Witkoff", "Abiy Ahmed's special envoy, Ambassador Mesfin Tadesse": a person
 * followed by "'s" names whose official the next person is; that official is the one met.
 */
function officialOf(s: SentenceInfo, m: Mention): Mention {
  if (!isPossessive(s.toks[m.to])) return m;
  // The official's mention may open on the "'s" itself ("'s special envoy Steve Witkoff").
  const named = s.mentions.filter((x) => x.from >= m.to && x.from - m.to <= OFFICIAL_REACH && isPerson(x));
  const official = named.find((x) => x.name !== undefined) ?? named[0];
  if (!official) return m;
  const between = s.toks.slice(m.to + 1, official.from);
  const commas = between.filter((x) => x.norm === ',').length;
  const plain = between.every((x) => x.norm === ',' || (x.word && !CLAUSE_WORDS.has(x.norm)));
  return plain && commas <= 1 ? official : m;
}

/** A line with no full stop at its end: a headline, a subhead, a caption or a link. */
export const isTitleLine = (text: string): boolean => !/[.!?"”'’)\]]\s*$/.test(text);
/** A headline, or a line written as one (no closing stop). */
const isHeadline = (s: SentenceInfo): boolean => s.paragraph === HEADLINE_PARAGRAPH || isTitleLine(s.text);

/** What may follow the person of a gapped clause: its own time or place, or the sentence's end. */
const GAPPED_AFTER = new Set([
  'on',
  'in',
  'at',
  'during',
  'later',
  'earlier',
  'separately',
  'the',
  'and',
  ',',
  '.',
  ';',
]);

/**
 * "She met A on Tuesday in the north, and B on Wednesday at the palace": a second person met, after the first one's
 * own time or place and "and", with a time, a place or nothing after them (not "…, and B said").
 */
function isGapped(toks: Tok[], a: Mention, b: Mention): boolean {
  const gap = toks.slice(a.to, b.from);
  const and = gap.findLastIndex((x) => x.norm === 'and');
  if (and < 1 || gap.slice(and + 1).some((x) => x.word && !x.cap && x.norm !== 'the')) return false;
  const adjuncts = gap.slice(0, gap[and - 1]!.norm === ',' ? and - 1 : and);
  const next = toks[b.to];
  return adjuncts.length > 0 && isAdjunctChain(adjuncts) && (!next || GAPPED_AFTER.has(next.norm));
}

/**
 * "received at the Akorda today …", "talks at Maison Quéau de Quinssy, Mont Fleuri, with …": a bare word after a
 * place's preposition, or set off by commas after a place named so (its district), is a venue, not the person met.
 */
function isVenue(toks: Tok[], m: Mention, object = false): boolean {
  if (m.kind !== 'named' || m.title || m.country || m.organization || m.to - m.from > 4) return false;
  let before = m.from - 1;
  // Set off by commas after a verb; a sentence's subject after "In Hanoi," is no district.
  if (object && toks[before]?.norm === ',' && toks[m.to]?.norm === ',') {
    before -= 1;
    while (before > 0 && (toks[before]!.cap || NAME_PARTICLES.has(toks[before]!.norm))) before -= 1;
  }
  if (toks[before]?.norm === 'the') before -= 1;
  return PLACE_PREPOSITIONS.has(toks[before]?.norm ?? '');
}

/** Nouns after a joint subject that say its people met: "A and B sat down for talks", "are to hold a video call". */
const JOINT_NOUNS = new Set([
  'talks',
  'meeting',
  'discussions',
  'consultations',
  'negotiations',
  'tete-a-tete',
  'call',
  'summit',
]);
/** "A, B and C are in Kuala Lumpur for the summit", "… attending the meeting": an event they go to, not talks. */
const isAttended = (toks: Tok[], j: number): boolean => {
  const before = toks[j - 1]?.norm === 'the' ? j - 2 : j - 1;
  return (
    ['summit', 'meeting'].includes(toks[j]!.norm) &&
    /^(?:for|at|to|attend\w*|during|of)$/.test(toks[before]?.norm ?? '')
  );
};
/** Words between a joint subject and its verb or noun that put the meeting ahead: "will hold", "are to hold". */
const JOINT_FUTURE = new Set(['will', 'shall', 'to', 'scheduled', 'expected', 'set', 'due']);

/**
 * Where a clause of "who" set off by commas at token i ends: after its closing comma. Narrower than
 * {@link relativeClauses}: "who" only, and short, as a clause between two people and their joint verb is.
 */
function clauseEnd(toks: Tok[], i: number): number | undefined {
  if (toks[i]?.text !== ',' || toks[i + 1]?.norm !== 'who') return undefined;
  const close = toks.findIndex((t, k) => k > i + 1 && k <= i + RELATIVE_CLAUSE_TOKENS && t.text === ',');
  return close < 0 ? undefined : close + 1;
}
/** How long a clause set off by commas after a name may be. */
const RELATIVE_CLAUSE_TOKENS = 16;

/**
 * "A and B agreed …", "A and B sat down for talks", "A and B will hold their first round of talks": two people joined
 * by "and" before a verb of joint action or a meeting noun, read as talks, or as a call when the noun is a phone or
 * video call; planned when "will", "are to" and the like come between.
 */
function jointTrigger(s: SentenceInfo): Trigger | undefined {
  const people = s.mentions.filter((m) => m.kind !== 'group');
  for (let i = 0; i + 1 < people.length; i += 1) {
    const [a, b] = [people[i]!, people[i + 1]!];
    if (listGap(s.toks, a, b) !== 'and') continue;
    // "he and Sybiha opened …": a verb of no meeting's own is read only of people named.
    const named = a.kind === 'named' && b.kind === 'named';
    // "A and his Polish counterpart B, who came to Vilnius on Wednesday, agreed …": past the clause of B.
    const from = clauseEnd(s.toks, b.to) ?? b.to;
    const end = Math.min(s.toks.length, from + 8);
    let light: number | undefined;
    for (let j = from; j < end; j += 1) {
      const norm = s.toks[j]!.norm;
      // "held"/"hold" say nothing of the kind until their noun: "are to hold a video call".
      if (LIGHT_VERBS.has(norm)) light ??= j;
      else if (
        JOINT_VERBS.test(norm) ||
        (JOINT_NOUNS.has(norm) && !isAttended(s.toks, j)) ||
        isSawEachOther(s.toks, j) ||
        isBilateral(s.toks, j) ||
        (named && isJointAct(s.toks, from, j, isHeadline(s) && opensLine(s.toks, a)))
      ) {
        const phone = norm === 'call' && ['phone', 'telephone', 'video'].includes(s.toks[j - 1]?.norm ?? '');
        // "… that A and B would meet at some point": a guess, no meeting.
        if (isNegatedAt(s.toks, light ?? j)) return undefined;
        if (norm !== 'call' || phone) return jointAt(s.toks, from, j, phone ? 'telephone' : 'talks');
      }
    }
    if (light !== undefined && !isNegatedAt(s.toks, light)) return jointAt(s.toks, from, light, 'talks');
  }
  return undefined;
}
const LIGHT_VERBS = new Set(['held', 'hold']);
/** Words that may stand between two people and what they did together: "A and B jointly launched". */
const BEFORE_ACT = new Set('both also jointly together then later today yesterday'.split(' '));
/**
 * Past tenses of things done apart, against each other or on the way, as companions of one country do: no meeting of
 * the two ("A and B clashed", "A and B travelled to Paris", "A and B have confirmed their attendance").
 */
const APART = pattern([
  '^(?:',
  'accused|blamed|clashed|traded|critici[sz]ed|disagreed|differed|denied|rejected|insisted|claimed|attended|',
  'confirmed|announced|travel+ed|arrived|returned|landed|departed|headed',
  ')$',
]);
/** Past tenses with no "-ed" that two people do together. */
const TOGETHER_PAST = new Set(['spoke', 'took', 'led', 'gave', 'saw']);
/** Words after two people in a headline that are no verb of theirs. */
const NOT_ACT = new Set('of in at to for on with vs and or the a an relations ties'.split(' '));
/** Whether a mention (its title, if it has one, is part of it) opens its line: the subject of a headline. */
const opensLine = (toks: Tok[], m: Mention): boolean => toks.slice(0, m.from).every((t) => !t.word);

/**
 * "A and B conferred for three hours", "A and B launched the railway": a verb in the past right after two people is
 * something they did together; in a headline ("A and B review the CEMAC agenda") the present says it.
 */
function isJointAct(toks: Tok[], from: number, j: number, headline: boolean): boolean {
  const t = toks[j]!;
  if (!t.word || t.cap || !toks.slice(from, j).every((x) => x.word && BEFORE_ACT.has(x.norm))) return false;
  if (/^[a-z]{3,}ed$/.test(t.norm) || TOGETHER_PAST.has(t.norm)) return !APART.test(t.norm);
  // "Lula and Sánchez meetings": a noun in the plural, no verb.
  return headline && j === from && /^[a-z]{2,}[^s]$/.test(t.norm) && !NOT_ACT.has(t.norm);
}
/** "A and B have just wrapped up a bilateral", "… a bilateral on the sidelines": the noun, not "bilateral ties". */
const isBilateral = (toks: Tok[], j: number): boolean =>
  toks[j]!.norm === 'bilateral' &&
  ['a', 'their'].includes(toks[j - 1]?.norm ?? '') &&
  (!toks[j + 1]?.word || ['on', 'at', 'in', 'today', 'this', 'before', 'after'].includes(toks[j + 1]!.norm));
/** "A and B last saw each other in Sharm el-Sheikh", "had last seen each other". */
const isSawEachOther = (toks: Tok[], j: number): boolean =>
  ['saw', 'seen', 'see'].includes(toks[j]!.norm) && toks[j + 1]?.norm === 'each' && toks[j + 2]?.norm === 'other';

/** A joint trigger at token j, planned when "will", "are to" and the like stand between the subject and it. */
/** A trigger of words that are no pattern's (a joint verb, a noun, a layout): active, held, no side hosting. */
const plainTrigger = (from: number, to: number, kind: MeetingKind): Trigger => ({
  from,
  to,
  kind,
  passive: false,
  future: false,
  prepositional: false,
  between: false,
  hosting: false,
});

const jointAt = (toks: Tok[], from: number, j: number, kind: MeetingKind): Trigger => ({
  ...plainTrigger(j, j + 1, kind),
  future: toks.slice(from, j).some((t) => JOINT_FUTURE.has(t.norm)),
});

/** Travel on after the meeting: "… before flying to Jaffna", "and then leaves for Auckland". */
const ONWARD = pattern(
  [
    /\b(?:before|then|after(?:wards)?|and)\s+(?:\S+\s+)?/,
    alternatives([
      'fl(?:ying|ies)',
      'leav(?:ing|es)',
      'travel(?:l?ing|s)',
      'head(?:ing|s)',
      'depart(?:ing|s)',
      'return(?:ing|s)',
    ]),
    /\s+(?:on\s+|back\s+|home\s+)?(?:to|for)\s+$/,
  ],
  'i',
);

/** Coming to the city the meeting was in: "welcomed A to Canberra", "who travelled to Montevideo", "a visit to …". */
const CAME_TO = pattern(
  [
    alternatives([
      /\b(?:welcom|travell?|arriv|fl[eo]w|came|come|went|return)\w*(?:\s+\S+){0,12}/,
      /\b(?:visit|trip|tour|journey)/,
    ]),
    /\s+to\s+$/,
  ],
  'i',
);

/**
 * Where a sentence's meeting took place, of the cities it names: one a clause opens with ", where" ("flew in from
 * Riyadh, where on Monday he held talks …"), else the first after the verb, else the first; never a city left ("from
 * Bangkok") nor one travelled on to after it ("before flying to Jaffna").
 */
function meetingPlace(
  text: string,
  places: PlaceMention[],
  triggerAt: number,
  held: boolean,
  topicVerb = false,
): Place | undefined {
  const where = places.find((p) => p.index < triggerAt && /^[^,.;]*,\s*where\b/.test(text.slice(p.index)));
  if (where) return where.place;
  // After a meeting held, "to Jakarta" is somewhere else ("the planned visit of delegations to Jakarta"), unless the
  // meeting was on that visit.
  const elsewhere = (p: PlaceMention, before: string): boolean =>
    held && p.index >= triggerAt && /\bto\s+$/i.test(before) && !CAME_TO.test(before);
  // "…, touching on Brazil's G20 presidency and the COP30 conference in Belem", "since Blinken travelled to Riyadh":
  // a city after what was discussed, or after "since", is of the topic or of another time.
  // "A and B discussed on Thursday efforts to consolidate the ceasefire in Gaza": after the verb, what they
  // discussed; not "discussed in Amman on Thursday".
  const aside = (p: PlaceMention): boolean =>
    p.index > triggerAt &&
    (TOPIC_OR_SINCE.test(text.slice(triggerAt, p.index)) ||
      (topicVerb && DISCUSSED_THING.test(text.slice(triggerAt, p.index))));
  const usable = places.filter((p) => {
    const before = text.slice(0, p.index);
    const lives = LIVES_IN.test(before);
    return !/\bfrom\s+$/i.test(before) && !ONWARD.test(before) && !elsewhere(p, before) && !aside(p) && !lives;
  });
  return (usable.find((p) => p.index >= triggerAt) ?? usable[0])?.place;
}

/** A verb whose object is what was talked about: "discussed", "reviewed". */
const TOPIC_VERB = /^(?:discuss(?:ed|es)?|review(?:ed|s)?)$/i;

/** Where someone lives, not where they met: "the new Ambassador …, who resides in Canberra". */
export const LIVES_IN = /\b(?:resid(?:es|ing|ent)|based)\s+in\s+$/i;

/** A word of what was discussed between the verb and a place: a noun, not a day, a time or a preposition. */
const DISCUSSED_THING =
  /\b(?!(?:on|in|at|the|this|that|last|next|[a-z]+day|morning|afternoon|evening|with)\b)[a-z]{3,}\b/;

/**
 * Words after a meeting's verb that turn to its topics ("talks … over the pipeline"), to another time or to whoever
 * sent a message.
 */
const TOPIC_OR_SINCE = pattern(
  [
    /\b/,
    alternatives([
      'discuss(?:ed|ing)',
      'touch(?:ed|ing) on',
      'talk(?:ed|ing) about',
      'focus(?:ed|ing) on',
      'review(?:ed|ing)',
      'over the',
      'since',
      // "to deliver a message from the Transitional Authorities in Ouagadougou": the sender's city.
      '(?:message|letter|greetings) from',
    ]),
    /\b/,
  ],
  'i',
);

/** Split a sentence that recalls several meetings ("in Bishkek in June 2019 and … in Moscow in September 2020"). */
function segments(
  text: string,
  from: number,
  dates: ArticleDates,
  separator = /\band\b/,
): { text: string; date?: ResolvedDate }[] {
  // "(the Springboks had beaten the Wallabies twice this year)": an aside's date is no meeting's; nor is "this year"
  // beside a day of it.
  const aside = (at: number): boolean => text.lastIndexOf('(', at) > text.lastIndexOf(')', at);
  const resolved = dates.find(text).filter((d) => d.start >= from && d.resolved && !aside(d.start));
  const found = resolved.filter((d) => !resolved.some((e) => e !== d && contains(d.resolved!.date, e.resolved!.date)));
  const distinct = found.filter(
    (d, i) => found.findIndex((e) => JSON.stringify(e.resolved!.date) === JSON.stringify(d.resolved!.date)) === i,
  );
  if (distinct.length < 2) return [{ text }];
  const listed = distinct.slice(1).every((d, i) => {
    const between = text.slice(distinct[i]!.end, d.start);
    return (
      separator.test(between) &&
      between.split(/\s+/).filter(Boolean).length <= 16 &&
      !/\b(?:discuss\w*|agreed|said|signed|talked|exchanged|reviewed|preparations?|will|would)\b/i.test(between)
    );
  });
  if (!listed) return [{ text }];
  return distinct.map((d, i) => ({
    text: text.slice(
      i === 0 ? 0 : distinct[i - 1]!.end,
      i === distinct.length - 1 ? text.length : distinct[i + 1]!.start,
    ),
    date: d.resolved!,
  }));
}

/** Whether a year or a month holds a more precise date: 2025 holds 23 November 2025. */
function contains(coarse: PartialDate, fine: PartialDate): boolean {
  const [[cf, cl], [ff, fl]] = [partialDateBounds(coarse), partialDateBounds(fine)];
  return cf <= ff && fl <= cl && (cf !== ff || cl !== fl);
}

/** Words after a group's verb that show the group met itself: "the two met again", "met in person", "met today". */
const GROUP_MET_WORDS = pattern([
  '^',
  alternatives([
    'again',
    'in',
    'of',
    'on',
    'at',
    'later',
    'next',
    'last',
    'this',
    'for',
    'to',
    'with',
    'once',
    'twice',
    'yesterday',
    'today',
    'tomorrow',
    'person',
    'personally',
    'face',
    'separately',
    'privately',
    'briefly',
    'informally',
    'soon',
    'regularly',
    'often',
    // "met as heads of state in Harare", "met during the summit", "met virtually".
    'as',
    'during',
    'after',
    'before',
    'when',
    'virtually',
    'online',
    // "the two had met earlier", "met only weeks before", "met previously in Astana".
    'earlier',
    'previously',
    'recently',
    'only',
    'just',
    'first',
  ]),
  '$',
]);
/** A span back after a group's verb: "the two met three weeks earlier", "had met a year ago". */
const groupMetSpan = ([count, unit]: Tok[]): boolean =>
  count !== undefined &&
  (NUMBER_WORDS[count.norm] !== undefined || /^\d{1,3}$/.test(count.norm)) &&
  /^(?:days?|weeks?|months?|years?)$/.test(unit?.norm ?? '');

/**
 * What says, after the words that report it, that a meeting did not happen: "… was called off", "… did not take
 * place", "has still not taken place", "the plan was shelved", "had not been granted one".
 */
const WAS = alternatives(['was', 'were', 'has been', 'have been', 'had been', 'been', 'is', 'got']);
const DID_NOT = alternatives([
  'did not',
  "didn't",
  'does not',
  'has not',
  'have not',
  'had not',
  'has still not',
  'never',
  'could not',
  "couldn't",
  'cannot',
  'will not',
  "won't",
]);
/** "did not respond", "… answer" of a call: at the clause's end, or "to the call". */
const UNANSWERED = '(?:respond|answer|pick up|reply)(?= *(?:[.,;]|$| to (?:the|her|his|their|any|those) calls?))';
const CALLED_OFF = anyOf(
  [
    `\\b${WAS} (?:\\w+ )?(?:cancel+ed|called off|scrapped|shelved|dropped)\\b`,
    // "… has been postponed at the request of the Greek side", with no new day ("postponed to 5 May" is a plan).
    `\\b${WAS} (?:\\w+ )?(?:postponed|put off|deferred)\\b(?! (?:to|until|till|for) )`,
    `\\b${DID_NOT} (?:yet )?(?:take|taken|took place|materiali[sz]e|happen|go ahead)\\b`,
    /\bnot (?:yet )?(?:been )?(?:granted|held|materiali[sz]ed|planned)\b/,
    // "… briefly exchanged greetings, but no bilateral meeting was held between the two".
    /\bno (?:\w+ ){0,2}(?:meeting|talks|encounter) (?:was|were|has been|had been) held\b/,
    // "Reports that A and B would meet were not confirmed, and no such meeting took place".
    /\bno such (?:meeting|talks|encounter|visit) (?:took place|happened|was held)\b/,
    `\b${WAS} (?:never|not) (?:been )?confirmed\b`,
    /\bfell through\b/,
    // "A called B several times, but he did not return the call": a call no one answered.
    `\\b${DID_NOT} (?:\\w+ )?(?:return (?:the|her|his|their|any) calls?|${UNANSWERED})`,
    /\bremains? elusive\b/,
    /\bnot on the (?:schedule|agenda|cards)\b/,
    // "a meeting with Takaichi may be arranged if time permits": not yet planned.
    /\b(?:may|might|could) (?:still )?(?:be (?:arranged|held|organi[sz]ed|scheduled)|take place)\b/,
  ],
  'i',
);

/**
 * Where a guest lands: whoever receives them there only welcomes them. ("Upon arrival in San Francisco, A was received
 * by the governor, who expressed …" may be a meeting.)
 */
const ARRIVAL = /\b(?:airport|airbase|air base|tarmac)\b/i;

/** Where a sentence turns to another meeting: "…, but a planned meeting with …", "…, though another talk …". */
const ANOTHER_MEETING = /[,;]? (?:but|though|although|while|whereas) (?:a|an|another) /i;

/** Words that make a sentence no verbless report: it says, tells or is something else. */
const CLAUSE_VERBS = new Set(
  (
    'said says told tells announced added noted is are was were has have had will would could can may might should ' +
    'must do does did be been being become became'
  ).split(' '),
);

/**
 * A sentence whose verb was dropped ("On Monday, Foreign Minister A several visiting ministers on the sidelines,
 * among them B and C"), when the headline or the next sentence reports meetings: its first person met each official
 * named after them. None when the sentence has a verb of its own.
 */
function verblessMeetings(s: SentenceInfo): { subject: Mention; objects: Mention[]; trigger: Trigger } | undefined {
  if (s.toks.some((t) => t.word && !t.cap && (CLAUSE_VERBS.has(t.norm) || /ed$/.test(t.norm)))) return undefined;
  const people = s.mentions.filter(
    (m) => m.kind === 'named' || (m.kind === 'unnamed' && (m.country || m.organization)),
  );
  const [subject, ...objects] = people;
  if (!subject || subject.kind !== 'named' || objects.length === 0) return undefined;
  return { subject, objects, trigger: plainTrigger(subject.to, subject.to, 'talks') };
}

/** A stop of a tour: a city and the day the itinerary gives for it. */
interface Stop {
  place?: Place;
  date?: ResolvedDate;
  /** No date but `date`: the sentence's other days are not the meeting's. */
  dateless?: boolean;
}

/** Where a sentence goes on to say who told it: ", the ministry said in a statement Thursday". */
const SAID_AFTER = /,\s+(?:the|a|an|its|his|her)\s+[^,]*?\b(?:said|says|announced|reported|added)\b/i;

/** A city just before a date: "Hanoi on 12 May", "in Jakarta from 14 May". */
const CITY_BEFORE_DATE = /(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?),? (?:on|from) $/u;

/** The stops of an itinerary in a sentence, in order: each day named right after a city. */
function itinerary(text: string, dates: ArticleDates, findPlace: PlaceLookup): Stop[] {
  return dates.find(text).flatMap((d) => {
    const city = d.resolved?.date.day !== undefined ? CITY_BEFORE_DATE.exec(text.slice(0, d.start)) : null;
    const place = city ? findPlace(city[1]!) : undefined;
    return place && d.resolved ? [{ place, date: d.resolved }] : [];
  });
}

/** The next trigger of a sentence after the one at `ti` that is a verb of its own. */
const followingTrigger = (all: Trigger[], ti: number): Trigger | undefined => all.slice(ti + 1).find((x) => !x.among);

/**
 * "met A on Tuesday, and B and C in separate meetings on Wednesday": the day each person met is the first one said
 * after them, up to the next trigger. None unless the people are met on two days or more.
 */
function ownDays(s: SentenceInfo, object: Mention[], next: Trigger | undefined, dates: ArticleDates): Stop[] {
  const end = next ? s.toks[next.from]!.start : s.text.length;
  const spans = object.map((o, i) =>
    s.text.slice(s.toks[o.from]!.start, object[i + 1] ? s.toks[object[i + 1]!.from]!.start : end),
  );
  const days = spans.map((span) => dates.find(span).find((d) => d.resolved)?.resolved);
  const own = days.map((_, i) => days.slice(i).find((d) => d !== undefined));
  const distinct = new Set(own.flatMap((d) => (d ? [formatPartialDate(d.date)] : [])));
  return distinct.size < 2 ? [] : own.map((date) => ({ ...(date ? { date } : {}) }));
}

/** A nickname in quotes inside a name: "Ma. Theresa “Tess” Lazaro", "Sheikh Mohammed “MBZ” bin Zayed". */
const NICKNAME = /(?<=\p{Lu}[\p{L}.'’-]*\s+)["“‘'](?:\p{Lu}[\p{L}.'’-]*\s?){1,2}["”’'](?=\s+\p{Lu})/gu;

/** A sentence with each nickname in quotes inside a name blanked out, so the name is read whole; offsets kept. */
const withoutNicknames = (text: string): string => text.replace(NICKNAME, (m) => ' '.repeat(m.length));

/** Meetings a sentence reports. */
function sentenceCandidates(
  s: SentenceInfo,
  index: number,
  dates: ArticleDates,
  ctx: ExtractContext,
  dateline?: Place,
  backed = false,
  accepted = false,
): Candidate[] {
  if (!s.author && (FIRST_PERSON.test(ownWords(s.text)) || /^[“"]/.test(s.text.trim()))) return [];
  const triggers = s.triggers;
  // "A and B sat down together …, where they first discussed …": a joint verb outranks "discussed".
  const joint = triggers.every((t) => t.among) ? jointTrigger(s) : undefined;
  const out: Candidate[] = [];
  const all = joint ? [joint] : triggers;
  const verbless = triggers.every((t) => t.among) && !joint && backed ? verblessMeetings(s) : undefined;
  const isCountry = isCountryWord(ctx);
  const pushCandidate = (
    t: Trigger,
    ti: number,
    sides: Mention[][],
    group: boolean,
    stop?: Stop,
    pairTalked = false,
  ): void => {
    const triggerAt = s.toks[t.to - 1]?.end ?? 0;
    // "… met Zhang Ming and discussed connectivity": what was discussed belongs to the meeting before it.
    const nextTrigger = all.slice(ti + 1).find((x) => !x.among);
    // "met A on Monday, but a planned meeting with B was cancelled": a denial after the next trigger, or of another
    // meeting ("a", "another"), is not this one's; "…, but the meeting did not materialise" is.
    const own = s.text
      .slice(s.toks[t.from]?.start ?? 0, nextTrigger ? s.toks[nextTrigger.from]?.start : undefined)
      .split(ANOTHER_MEETING)[0]!;
    if (CALLED_OFF.test(own) || (t.invitation && !accepted)) return;
    // "was received at Paro International Airport by …": a welcome, no meeting.
    const previous = all.slice(0, ti).findLast((x) => !x.among);
    const around = s.text.slice(previous ? (s.toks[previous.to]?.start ?? 0) : 0, s.toks[t.to]?.start);
    if (t.hosting && (ARRIVAL.test(around) || ARRIVAL.test(own))) return;
    const clause = s.text.slice(
      joint ? 0 : (s.toks[t.from]?.start ?? 0),
      nextTrigger ? s.toks[nextTrigger.from]?.start : undefined,
    );
    // "spoke with A by phone", "agreed in a call on Monday", "co-chaired the session virtually": a call.
    const clauseKind = t.kind === 'talks' && CALL_WORDS.test(clause) ? 'telephone' : t.kind;
    const verb = spanText(s.toks, t.from, t.to);
    // "X was received by Y, who recalled his talks with Z in April": the recollection is the next meeting's.
    const recalled = RECALLED.test(around + own.split(/,\s*(?:who|whom|which|where|when)\b/)[0]!);
    const segs = stop ? [{ text: s.text, date: stop.date }] : segments(s.text, triggerAt, dates);
    const fronted = s.text.slice(0, s.toks[t.from]?.start ?? 0);
    for (const seg of segs) {
      const scope = segs.length > 1 ? seg.text : clause;
      // "first spoke by telephone on Oct. 22 and held face-to-face talks in November": each part's own way of meeting.
      const kind = segs.length > 1 && t.kind !== 'visit' ? partKind(scope, clauseKind) : clauseKind;
      // "On Monday he received A …; on Wednesday morning he was received by B": the date of the trigger's own part.
      const read =
        seg.date ?? (stop?.dateless ? undefined : seg.text === s.text ? ownDate(s, t, dates) : dates.meeting(seg.text));
      // "Earlier that morning, A hosted a breakfast … to coordinate their positions in 2025": a verb in the past
      // holds no day after the briefing's; that day is what they spoke of. Not "signed … and agreed to convene … in
      // 2025", nor a second date, which may start another meeting.
      const past = (): boolean =>
        !t.future && segs.length === 1 && PAST_VERB.test(verb) && !FUTURE_ANYWHERE.test(withoutTopicClause(s, t));
      const own = read?.future && past() ? undefined : read;
      const away = DAY_BEFORE.test(seg.text) ? -1 : DAY_AFTER.test(seg.text) ? 1 : undefined;
      const section = own || SAME_DAY.test(seg.text) || away ? undefined : s.section;
      // "… last met on June 18, 2024, when they agreed to restore consultations": the day of the meeting held before
      // the plan's words, not the plan's.
      const earlier = t.future && previous !== undefined && !previous.future && own !== undefined && !own.future;
      const date = earlier ? undefined : aheadIfPlanned(own ?? section, t.future);
      const dateUnknown = !date && !earlier && dates.find(seg.text).some((d) => !d.resolved);
      // As for dates: a city after the next meeting word is that meeting's ("… recalled his talks with B in Ankara").
      const cut = nextTrigger && seg.text === s.text ? s.toks[nextTrigger.from]!.start : seg.text.length;
      const places = findPlaces(seg.text, ctx.findPlace, dateline).filter((p) => p.index < cut);
      const location =
        kind === 'telephone'
          ? undefined
          : (stop?.place ??
            meetingPlace(seg.text, places, seg.text === s.text ? triggerAt : 0, !t.future, TOPIC_VERB.test(verb)));
      const future = t.future || date?.future === true;
      const sameDay = !date && SAME_DAY.test(seg.text);
      const dayAway = !date && !sameDay ? away : undefined;
      out.push({
        sentence: index,
        paragraph: s.paragraph,
        evidence: s.evidence ?? s.text,
        kind,
        status: future ? 'planned' : 'held',
        sides,
        ...(group ? { sameSides: true } : {}),
        ...(pairTalked ? { pairTalked: true } : {}),
        ...(t.hosting ? { hosting: true } : {}),
        ...(date ? { date } : {}),
        ...(dateUnknown ? { dateUnknown } : {}),
        ...(sameDay ? { sameDay } : {}),
        ...(dayAway ? { dayAway } : {}),
        ...(location ? { location } : {}),
        ...optional('venue', findVenue(scope)),
        // "On the sidelines of the G20 summit, A met B": an occasion said before the first meeting's verb is its own.
        ...optional('event', findEvent(scope) ?? (previous || segs.length > 1 ? undefined : findEvent(fronted))),
        topics: findTopics(clause, isCountry),
        keywords: findKeywords(s, ctx, joint ? 0 : t.from, nextTrigger?.from),
        recalled,
      });
    }
  };
  if (verbless) {
    for (const o of verbless.objects) pushCandidate(verbless.trigger, 0, [[verbless.subject], [o]], false);
    return out;
  }
  let previous: { subject: Mention[]; object: Mention[]; to: number } | undefined;
  all.forEach((t, ti) => {
    if (t.between) {
      const group = s.mentions.find((m) => m.from >= t.to && m.from - t.to <= 1 && m.kind === 'group');
      const pair = group && s.toks[group.to]?.norm === ',' ? objectOf(s, { ...t, to: group.to + 1 }) : objectOf(s, t);
      // "talks between A and B hosted by C", "The meeting, chaired by C, brought together A and B": the host met them
      // too.
      const host =
        pair.length >= 2 ? (hostOf(s, pair, all[ti + 1]?.from ?? s.toks.length) ?? chairBefore(s, t)) : undefined;
      if (pair.length >= 2)
        pushCandidate(
          t,
          ti,
          [...pair, ...(host ? [host] : [])].map((m) => [m]),
          false,
        );
      // "the previous round of talks between the two ministers took place in …": the two the briefing told of, when
      // the sentence names no one ("… between the two, when A met B" names them).
      else if (pair.length === 0 && group && !s.mentions.some((m) => m.kind === 'named'))
        pushCandidate(t, ti, [[group]], true);
      return;
    }
    const own = subjectOf(s, t);
    const between = previous
      ? s.toks
          .slice(previous.to, t.from)
          .map((x) => x.norm)
          .join(' ')
      : '';
    // "A receives call from B, meets C", as a headline joins its verbs: A meets C.
    const headline = isHeadline(s);
    const listed = (from: number, to: number): boolean =>
      s.toks
        .slice(from, to)
        .map((x) => x.norm)
        .join(' ') === ',';
    const coordinated =
      previous &&
      previous.subject.length > 0 &&
      own.every((m) => previous!.object.includes(m)) &&
      (/\band\b/.test(between) || (headline && listed(previous.object.at(-1)?.to ?? previous.to, t.from)));
    const subject = coordinated ? previous!.subject : own;
    // "The two premiers, who met before the ceremony, discussed …": a pair said to have talked.
    const pairTalked =
      t.among &&
      !joint &&
      subject.length === 1 &&
      subject[0]!.kind === 'group' &&
      groupCount(s.toks, subject[0]!) === 2;
    if (pairTalked) {
      pushCandidate(t, ti, [subject], true, undefined, true);
      return;
    }
    if (t.among && (subject.length < 2 || subject.some((m) => m.kind === 'group'))) return;
    const found = joint || t.among ? [] : namedAfterColon(s, objectOf(s, t));
    const told = found.length === 0 ? relativeAntecedent(s, subject) : found;
    const object = told.length === 0 && !joint && !t.among ? countedGroupObject(s, t) : told;
    previous = { subject, object, to: t.to };
    const group = subject.length === 1 && subject[0]!.kind === 'group';
    const after = s.toks.slice(t.to, t.to + 2);
    if (
      group &&
      object.length === 0 &&
      after[0]?.word &&
      (!after[0].cap || after[0].norm === 'the') &&
      !GROUP_MET_WORDS.test(after[0].norm) &&
      // "had held a telephone conversation shortly after …": a word of manner or time.
      !/ly$/.test(after[0].norm) &&
      !groupMetSpan(after) &&
      after.some((x) => x.word && !x.cap && !OBJECT_GAP_WORDS.has(x.norm))
    )
      return;
    const expectsObject = / (?:with|on|upon|by|for|to)$/.test(spanText(s.toks, t.from, t.to).toLowerCase());
    // "— talks with A (3 February)", "The programme included a meeting with B": the briefing's own person met them.
    // "In his meeting with A, the two sides discussed …": "his" is the one the briefing is about.
    const possessed = t.prepositional && t.from === 0 && ['his', 'her'].includes(s.toks[1]?.norm ?? '');
    if (subject.length === 0 && object.length > 0 && (programmeItem(s, t) || possessed)) subject.push(unsaidSubject(t));
    const sides = group
      ? [subject, object].filter((x) => x.length > 0)
      : object.length === 0 && subject.length >= 2 && !expectsObject
        ? subject.map((m) => [m])
        : [subject, object];
    if (!group && (sides.length < 2 || sides.some((side) => side.length === 0))) return;
    const host = group ? undefined : hostOf(s, object, all[ti + 1]?.from ?? s.toks.length);
    if (host) {
      pushCandidate(t, ti, [subject, [...object, host]], false);
      return;
    }
    // "Ambassadors A and B presented their credentials to C": each envoy calls on the head of state alone.
    if (!group && subject.length > 1 && object.length === 1 && t.each) {
      subject.forEach((m) => pushCandidate(t, ti, [[m], object], false));
      return;
    }
    // "received A, B and C" hosts them together; not "received the credentials of the envoys of A, B and C", nor
    // "received at the Akorda today an ambassador, a foreign minister and a trade minister", each on their own.
    const hosted =
      t.receives === true && !CREDENTIALS.test(s.text) && new Set(object.map((o) => o.title?.toLowerCase())).size === 1;
    if (!group && object.length > 1 && !(t.together || togetherIn(s, t, subject.length > 1 || hosted))) {
      // "will visit Hanoi on 12 May and Jakarta on 14 May for talks with A and B": A in Hanoi, B in Jakarta.
      const tour = itinerary(s.text, dates, ctx.findPlace);
      // "with her counterparts A in Tokyo and B in Seoul": each where the text puts them.
      const placed = object.map((o) => placeAfter(s.toks, o, ctx.findPlace));
      const stops =
        tour.length === object.length
          ? tour
          : placed.every((p) => p)
            ? placed.map((place) => ({ place: place! }))
            : ownDays(s, object, followingTrigger(all, ti), dates);
      object.forEach((o, i) => pushCandidate(t, ti, [subject, [o]], false, stops[i]));
      return;
    }
    pushCandidate(t, ti, sides, group);
  });
  const call = out.length === 0 ? callBetween(s) : undefined;
  if (call) pushCandidate(call.trigger, 0, [[call.subject], [call.object]], false);
  // "Diop last visited Moscow in November 2023, when he and Lavrov signed a plan": the two who acted together in a
  // clause of "when" or "where" met, though the sentence's verb was another's.
  const together = out.length === 0 && !joint && /, (?:when|where) /.test(s.text) ? jointTrigger(s) : undefined;
  const pair = together ? subjectOf(s, together) : [];
  const whenClause = ['when', 'where'].includes(s.toks[(pair[0]?.from ?? 0) - 1]?.norm ?? '');
  if (together && whenClause && pair.length >= 2 && pair.every((m) => m.kind !== 'group'))
    pushCandidate(
      together,
      0,
      pair.map((m) => [m]),
      false,
    );
  const recalled = out.length === 0 ? pairMeetingRecalled(s) : undefined;
  // The day after "since" is the earlier meeting's, though "since" keeps it from any other meeting.
  const after = recalled?.since ? dates.meeting(s.text.slice(s.toks[recalled.trigger.from]!.start)) : undefined;
  if (recalled) pushCandidate(recalled.trigger, 0, [[recalled.group]], true, after && { date: after });
  const heads = out.length === 0 ? sideHeads(s) : undefined;
  if (heads) pushCandidate(heads.trigger, 0, [[heads.first], [heads.second]], false);
  const turns = out.length === 0 ? meetingsInTurn(s) : undefined;
  // "…, followed by B, the ministry said in a statement Thursday": the day of the saying is not theirs.
  const turnDay = turns && { date: dates.meeting(s.text.split(SAID_AFTER)[0]!), dateless: true };
  for (const o of turns?.met ?? [])
    pushCandidate(turns!.trigger, 0, [[unsaidSubject(turns!.trigger)], [o]], false, turnDay);
  return out;
}

/** "The first was with A, followed by B and C": meetings told in turn, of the one the briefing is about. */
const FIRST_WAS_WITH = /^\W*(?:the )?first (?:(?:meeting|one|talks|call|of (?:them|these|the \w+)) )?was with\b/i;

/** The people of a sentence that tells meetings in turn ({@link FIRST_WAS_WITH}), and a trigger for them. */
function meetingsInTurn(s: SentenceInfo): { met: Mention[]; trigger: Trigger } | undefined {
  if (!FIRST_WAS_WITH.test(s.text)) return undefined;
  const at = s.toks.findIndex((t) => t.norm === 'with');
  const met = s.mentions.filter((m) => m.from > at && (m.kind === 'named' || m.kind === 'unnamed'));
  return met.length > 0 ? { met, trigger: plainTrigger(at, at + 1, 'talks') } : undefined;
}

/**
 * Words that open the items of a visit's programme: "The programme of the visit included: …", "The final leg, in
 * Pristina, brought meetings with …".
 */
const PROGRAMME =
  /\b(?:includ(?:ed|es|ing)|programmes?|programs?|agenda|itinerary|schedule|legs?|stops?|tour|trip|visit)\b/i;

/**
 * A meeting word no one stands before, in an item of a list ("— talks with A (3 February)") or after the words of a
 * programme ("The visit's programme included talks with A"): its subject is left unsaid.
 */
function programmeItem(s: SentenceInfo, t: Trigger): boolean {
  if (t.among || s.mentions.some((m) => m.from < t.from)) return false;
  return LIST_ITEM.test(s.text) || PROGRAMME.test(spanText(s.toks, 0, t.from));
}

/** The subject a programme item leaves unsaid: read as "he" would be, the one the briefing is about. */
const unsaidSubject = (t: Trigger): Mention => ({ from: t.from, to: t.from, kind: 'pronoun' });

/** "The Omani side was headed by", "the Hungarian one by": a side of talks and its head. */
const SIDE_LED_BY = /\b(?:side|delegation|team)s? (?:(?:was|were|is|are|will be) )?(?:led|headed|chaired) by\b/i;
/** The words that lead to a side's head: "headed by", "led by the", "the Hungarian one by". */
const HEAD_LEADS = new Set(['led', 'headed', 'chaired', 'one', 'side', 'delegation', 'team']);

/**
 * "The Omani side was headed by A, while the Korean side was led by B", "The Azerbaijani delegation was led by A, the
 * Hungarian one by B": the two heads of the sides of the talks met.
 */
function sideHeads(s: SentenceInfo): { first: Mention; second: Mention; trigger: Trigger } | undefined {
  if (!SIDE_LED_BY.test(s.text)) return undefined;
  const by = (m: Mention): number => (s.toks[m.from - 1]?.norm === 'by' ? m.from - 1 : m.from - 2);
  const heads = s.mentions.filter(
    (m) =>
      isPerson(m) &&
      s.toks[by(m)]?.norm === 'by' &&
      HEAD_LEADS.has(s.toks[by(m) - 1]?.norm ?? '') &&
      (by(m) === m.from - 1 || ['the', 'his', 'her'].includes(s.toks[m.from - 1]!.norm)),
  );
  if (heads.length !== 2) return undefined;
  const [first, second] = heads as [Mention, Mention];
  return { first, second, trigger: plainTrigger(by(first), by(first) + 1, 'talks') };
}

/** The words between those met and whoever hosted them: "on March 18 in a meeting hosted by the". */
const HOSTED_BY = pattern([
  // "… and Abiy Ahmed hosted by Turkish President …": the host right after those met, too.
  /^(?:.*\b(?:in|at|during) (?:a|an|the) (?:[^ ,;]+ ){0,2}(?:meeting|talks|summit) )?/,
  /(?:hosted|chaired|mediated|brokered|convened) by(?: the)?$/,
]);

/** "… met Félix Tshisekedi on March 18 in a meeting hosted by the Emir of Qatar": the host, who met them too. */
function hostOf(s: SentenceInfo, object: Mention[], end: number): Mention | undefined {
  const last = object.at(-1);
  const host = last && s.mentions.find((m) => m.from >= last.to && m.from < end && isPerson(m));
  const gap = host ? spanText(s.toks, last!.to, host.from).toLowerCase() : '';
  return host && !gap.includes(';') && HOSTED_BY.test(gap) ? host : undefined;
}

/** "The meeting, chaired by C, brought together A and B": the one who chaired, named before the trigger. */
function chairBefore(s: SentenceInfo, t: Trigger): Mention | undefined {
  return s.mentions.find(
    (m) =>
      m.to <= t.from &&
      isPerson(m) &&
      s.toks[m.from - 1]?.norm === 'by' &&
      ['chaired', 'hosted', 'convened'].includes(s.toks[m.from - 2]?.norm ?? ''),
  );
}

/** "… met Andrii Sybiha, whom he had last met in Kyiv": the one "whom" stands for, met by the clause's subject. */
function relativeAntecedent(s: SentenceInfo, subject: Mention[]): Mention[] {
  const at = subject[0]?.from ?? 0;
  if (subject.length !== 1 || s.toks[at - 1]?.norm !== 'whom' || s.toks[at - 2]?.norm !== ',') return [];
  const before = s.mentions.find((m) => m.to === at - 2 && (m.kind === 'named' || m.kind === 'unnamed'));
  return before ? [before] : [];
}

/** Words between "their" and the meeting: "their first face-to-face summit", "the two leaders' previous talks". */
const RECALLED_MEETING_WORDS = new Set(
  'first last previous most recent earlier latest second third only face-to-face in-person bilateral official'.split(
    ' ',
  ),
);
/** Nouns of a meeting two people had. */
const PAIR_MEETING_NOUNS = new Set(['meeting', 'summit', 'talks', 'encounter']);
/** What a pair's meeting may be counted since: "since the leader's official visit to Moscow". */
const SINCE_NOUNS = new Set(['visit', 'meeting', 'talks', 'summit', 'trip']);
/** Words that say it happened: "took place", "was held", "was in Seoul", "came in June". */
const HAPPENED_WORDS = new Set(['took', 'was', 'were', 'came', 'held']);

/**
 * "Their first summit took place at Panmunjom on April 27", "The two leaders' previous meeting, in Singapore in June,
 * was cordial": a meeting of the pair the briefing spoke of before, held on the day or at the place the sentence
 * gives.
 */
function pairMeetingRecalled(s: SentenceInfo): { group: Mention; trigger: Trigger; since: boolean } | undefined {
  const { toks } = s;
  for (let i = 0; i < Math.min(toks.length, 8); i += 1) {
    // The sentence's subject: first, or after a fronted phrase ("In Seoul, their …"); not "Following their talks".
    // "It was their first meeting since …" too.
    const itWas = i === 2 && /^(?:it|this) (?:was|is)$/.test(`${toks[0]!.norm} ${toks[1]!.norm}`);
    if (i > 0 && toks[i - 1]!.norm !== ',' && !itWas) continue;
    let k = i;
    if (toks[k]?.norm === 'their') k += 1;
    else if (toks[k]?.norm === 'the' && ['two', 'pair'].includes(toks[k + 1]?.norm ?? '')) {
      k += 2;
      if (toks[k]?.word && !toks[k]!.cap && isPossessive(toks[k + 1])) k += 1;
      if (!isPossessive(toks[k]) && toks[k]?.text !== '’' && toks[k]?.text !== "'") continue;
      k += 1;
    } else continue;
    while (RECALLED_MEETING_WORDS.has(toks[k]?.norm ?? '')) k += 1;
    if (!PAIR_MEETING_NOUNS.has(toks[k]?.norm ?? '')) return undefined;
    // "… their first face-to-face meeting since the Cuban leader's official visit to Moscow in November 2022": the
    // meeting before, where and when the words after "since" say.
    const since =
      toks[k + 1]?.norm === 'since' ? toks.findIndex((t, j) => j > k + 1 && j <= k + 8 && SINCE_NOUNS.has(t.norm)) : -1;
    if (since < 0 && !toks.slice(k + 1, k + 9).some((t) => HAPPENED_WORDS.has(t.norm))) return undefined;
    const at = since < 0 ? k : since;
    return { group: { from: i, to: k, kind: 'group' }, trigger: plainTrigger(at, at + 1, 'talks'), since: since >= 0 };
  }
  return undefined;
}

/**
 * The date of a trigger's meeting in a whole sentence: that of its part between semicolons, and never one in a clause
 * about a person. The sentence is parsed again only when one of its date phrases stands where it cannot count.
 */
function ownDate(s: SentenceInfo, t: Trigger, dates: ArticleDates): ResolvedDate | undefined {
  const at = s.toks[t.from]?.start ?? 0;
  // "Talking to the Turkish minister, A recalled his talks with B in Ankara in May 2022": a date after the next
  // meeting word is that meeting's.
  const next = s.triggers.find((x) => x.from >= t.to && !x.among);
  const cut = next ? s.toks[next.from]!.start : s.text.length;
  const whole = withoutWhoClauses(s.text, at).slice(0, cut).padEnd(s.text.length);
  const part = semicolonPart(whole, at);
  const start = part === undefined ? 0 : whole.lastIndexOf(';', at) + 1;
  const end = start + (part ?? whole).length;
  const blanked = (d: DateMention): boolean => whole.slice(d.start, d.end).trim() === '';
  const found = dates.find(s.text);
  // "… met in Ahmedabad in February 2020, though they spoke by phone on January 27": after another meeting word, the
  // day in this one's own clause.
  const previous = s.triggers.findLast((x) => x.to <= t.from && !x.among);
  const clause = previous ? Math.max(s.toks[previous.to - 1]!.end, s.text.lastIndexOf(',', at)) : -1;
  const clauseEnd = Math.min(cut, end);
  if (previous && found.some((d) => d.start >= at && d.end <= clauseEnd && !blanked(d)))
    return dates.meeting(s.text.slice(clause, clauseEnd));
  // "… Dar's visit to Beijing earlier this week, where on Wednesday he sat down with …", "met Sybiha, whom he had
  // last met in Kyiv in September": the clause's own day.
  // "Wong made his visit in June 2024, and the pair met again in Vientiane in October": so is a clause after "and".
  // "… said the two countries will press together, after hosting B in Dublin today": the clause's own day.
  const where = Math.max(...[', where ', ', whom ', ', and ', ', after '].map((w) => whole.lastIndexOf(w, at)));
  if (where > start && found.some((d) => d.start > where && d.end <= end && !blanked(d)))
    return dates.meeting(whole.slice(where + 2, end));
  // "A told reporters on Tuesday that he had spoken with B on Monday": the day of what was told, not of the telling.
  const that = whole.lastIndexOf(' that ', at);
  const told = that > start && SPEECH_VERB.test(whole.slice(start, that));
  if (told && found.some((d) => d.start > that && d.end <= end && !blanked(d)))
    return dates.meeting(whole.slice(that + 1, end));
  const elsewhere = found.some((d) => d.start < start || d.end > end || blanked(d));
  if (!elsewhere) return dates.meeting(s.text);
  return (part === undefined ? undefined : dates.meeting(part)) ?? dates.meeting(whole);
}

/** Verbs of saying a reported clause follows, with or without "that": "said B will …". */
const REPORTING_VERBS = new Set(['said', 'says', 'announced', 'stated', 'noted', 'confirmed', 'added', 'explained']);
/** A verb of saying that opens what is told: "said", "told reporters", "confirmed". */
const SPEECH_VERB = pattern(
  [/\b/, alternatives([...REPORTING_VERBS, 'told', 'tells', 'revealed', 'reported']), /\b/],
  'i',
);

/**
 * A text with its clauses about a person blanked out: "…, who took office in May," dates the person, not the meeting.
 * The clause at offset `keep` (the meeting's own) stays, and so does one that tells of the meeting ("the talks, which
 * were held on Monday"); "the port, which is to open in 2028" dates the port.
 */
const withoutWhoClauses = (text: string, keep: number): string =>
  text.replace(
    // "A, a former defence minister who took over the portfolio last year, first sat down with B": the clause of an
    // apposition too.
    pattern(
      [
        /, (?:(?:a|an|the) [^,;]{0,60}? (?=who\b))?/,
        /(?:who|whom|whose|which(?! (?:was|were|will be) held| took place| lasted))\b[^,;]*/,
      ],
      'g',
    ),
    (clause, start: number) => (start <= keep && keep < start + clause.length ? clause : ' '.repeat(clause.length)),
  );

/** The part of a sentence between semicolons that holds offset `at`, when the sentence has more than one. */
function semicolonPart(text: string, at: number): string | undefined {
  if (!text.includes(';')) return undefined;
  const start = text.lastIndexOf(';', at) + 1;
  const end = text.indexOf(';', at);
  return text.slice(start, end < 0 ? undefined : end);
}

/** Words that make talks a call. */
const CALL_WORDS = anyOf(
  [
    /\b(?:by|over the|on the|via|over) (?:tele)?phone\b/,
    /\b(?:by|via) video\b|\bvideo ?(?:link|call|conference)\b/,
    /\bvirtual(?:ly)?\b|\bin a (?:tele)?(?:phone )?call\b/,
    // "In a telephone conversation on Monday, A and B discussed …".
    /\b(?:in|during) (?:a|an|the|their) (?:\S+ ){0,2}?(?:tele)?phone (?:call|conversation|conference)\b/,
  ],
  'i',
);

/** A meeting verb in the past tense: "hosted", "met", "held talks". */
const PAST_VERB = /^(?:\p{L}+ed|met|held|spoke|had|sat|saw|paid|took|gave|led)\b/iu;

/** Words of a meeting in person: "met", "held face-to-face talks", "a meeting". */
const IN_PERSON = /\b(?:face[ -]to[ -]face|in[ -]person|met|meet(?:ing)?s?|talks|visit(?:ed)?)\b/i;

/** How one dated part of a sentence met: by a call its words name, in person its words say, else as the whole. */
const partKind = (part: string, whole: MeetingKind): MeetingKind =>
  CALL_WORDS.test(part) ? 'telephone' : whole === 'telephone' && IN_PERSON.test(part) ? 'talks' : whole;

/** "in a phone call", "during a video conversation", "by telephone": how two people spoke. */
const CALL_PHRASE = pattern(
  [
    /\b(?:in|during|over|by) (?:a |an |the )?(?:[\w-]+ ){0,3}?/,
    /(?:(?:tele)?phone|video)(?: (?:call|conversation|talks))?\b/,
  ],
  'i',
);

/**
 * "Gerapetritis briefed Cypriot Foreign Minister Kombos in a telephone call": whatever the verb, a person it
 * takes, and a call after them, report a call between the sentence's first person and that person. The verb is one
 * or two words right after the first person, who opens the sentence or its clause after a comma.
 */
function callBetween(s: SentenceInfo): { subject: Mention; object: Mention; trigger: Trigger } | undefined {
  const found = /phone|video/i.test(s.text) ? CALL_PHRASE.exec(s.text) : null;
  if (!found) return undefined;
  const callAt = s.toks.findIndex((x) => x.start >= found.index);
  // "he asked for a telephone call with Noboa": a call wished for.
  if (isNegatedAt(s.toks, callAt)) return undefined;
  const [subject, object] = s.mentions.filter((m) => isPerson(m) && m.to <= callAt && m.kind !== 'group');
  if (!subject || !object || subject.kind !== 'named') return undefined;
  const opens = subject.from === 0 || s.toks[subject.from - 1]?.norm === ',';
  const verb = s.toks.slice(subject.to, object.from);
  const verbal = verb.length >= 1 && verb.length <= 2 && verb.every((x) => x.word && !x.cap && !STOP_VERBS.has(x.norm));
  if (!opens || !verbal) return undefined;
  return { subject, object, trigger: plainTrigger(subject.to, object.from, 'telephone') };
}

/** Words after a person that are no verb taking another person: "and", "said", "is". */
const STOP_VERBS = new Set(['and', 'or', 'said', 'says', 'is', 'was', 'of', 'with', 'to', 'by', 'in', 'on', 'at']);

/**
 * "his counterparts from Pakistan, Palestine and Georgia: Ishaq Dar, Varsen Aghabekian Shahin and Maka
 * Bochorishvili, respectively": the names after a colon, one for each country, in order.
 */
function namedAfterColon(s: SentenceInfo, object: Mention[]): Mention[] {
  const last = object[object.length - 1];
  if (object.length < 2 || !object.every((m) => m.kind === 'unnamed' && m.country) || s.toks[last!.to]?.norm !== ':')
    return object;
  const named = s.mentions.filter((m) => m.kind === 'named' && m.from > last!.to).slice(0, object.length);
  if (named.length !== object.length) return object;
  return named.map((m, i) => (m.country ? m : { ...m, country: object[i]!.country! }));
}

/** Envoys presenting credentials, each on their own: "received the letters of credence of the ambassadors of …". */
const CREDENTIALS = /\b(?:credentials?|credence|letters? of (?:credence|accreditation))\b/i;

/**
 * What says that the people one met were met together: otherwise "met A, B and C" is three meetings, one with each.
 */
const TOGETHER = pattern(
  [
    /\b/,
    alternatives([
      'together',
      'jointly',
      'joint',
      'trilateral(?:ly)?',
      'tripartite',
      'quadrilateral',
      'three-way',
      'four-way',
      'all (?:three|four|five)',
      'the (?:three|four|five) (?:leaders|ministers|sides|countries)',
      'group meeting',
      '2\\+2',
      'two-plus-two',
      // "with A and B, who are on a working visit": the guests came together.
      ', (?:who|both of whom) (?:are|were)',
      // "will host A and B for a Weimar Triangle meeting", "hosted A and B in Ankara for talks"; not "for talks with
      // C", nor "apologised for cancelling meeting".
      'for (?:an?|the) (?:\\S+ ){0,3}(?:meeting|summit|dinner|lunch|breakfast|talks|session|dialogue)',
      'for (?:(?![a-z]+ing )[a-z-]+ )?(?:meeting|summit|dinner|lunch|talks|session|dialogue)\\b(?! with\\b)',
      // "hosted A and B on March 31 for what officials described as a historic summit"
      'for what (?:\\S+ ){0,8}?(?:meeting|summit)',
      'in (?:the|a) (?:\\S+ ){0,3}format',
    ]),
    /\b/,
  ],
  'i',
);

/**
 * Whether a trigger's people met together, as its own clause says or as a subject of several meeting several says:
 * not "held bilateral talks with A and B", "met A and B separately", nor "…, as heads of state arrive for the summit"
 * after it.
 */
function togetherIn(s: SentenceInfo, t: Trigger, jointSubject: boolean): boolean {
  const after = s.text.slice(s.toks[t.from]!.start);
  const own = s.text.slice(0, s.toks[t.from]!.start) + after.split(/;|,\s*(?:as|while|which|where|when|after)\b/)[0];
  const words = spanText(s.toks, Math.max(0, t.from - 4), Math.min(t.to + 3, s.toks.length));
  // "hosted a consultative meeting with A, B and C": one meeting, all of them at it.
  const one = /\b(?:a|an) (?:[a-z-]+ ){0,2}(?:meeting|summit)\b/i.test(spanText(s.toks, t.from, t.to));
  // "A and B sat down with their counterparts C and D": two sides of two, one meeting.
  const apart = /\bbilateral(?:ly)?\b/i.test(words) || /\bseparate(?:ly)?\b/i.test(own);
  return (TOGETHER.test(own) || one || jointSubject) && !apart;
}

/** Organisations that host meetings rather than being their subject ("SCO", "UN"): not topics. */
const FORUM_EXPANSION =
  /\b(?:council|organi[sz]ation|union|nations|assembly|community|conference|forum|summit|association|group|heads)\b/i;

/**
 * Proper names and acronyms a sentence mentions beyond its people, places and forums: what a meeting was about
 * when no list says so ("the CASA-1000 Project", "Pakistan's BRICS membership bid", "the crisis in Myanmar").
 * Countries count only in the meeting's own sentence: elsewhere they are as often lists of attendees.
 */
export function findKeywords(
  s: SentenceInfo,
  ctx: ExtractContext,
  from = 1,
  to = s.toks.length,
  countries = true,
): string[] {
  const inMention = (i: number): boolean => s.mentions.some((m) => m.from <= i && i < m.to);
  const out = new Set<string>();
  for (let i = Math.max(1, from); i < to; i += 1) {
    const t = s.toks[i]!;
    if (!t.word || !t.cap || inMention(i)) continue;
    const acronym = /^(?=.*\p{Lu}{2})[\p{Lu}\p{N}-]{2,}$/u.test(t.text) || ctx.lexicon.exact.has(t.text);
    if (acronym) {
      const expansion = ABBREVIATIONS.find((a) => a.short === t.text)?.long[0] ?? '';
      if (
        !FORUM_EXPANSION.test(expansion) &&
        !/^(?:FM|PM|DPM|MOFA|MoFA)$/.test(t.text) &&
        !countryAt(s.toks, i, ctx.lexicon)
      )
        out.add(t.text);
      continue;
    }
    const country = countries ? countryAt(s.toks, i, ctx.lexicon) : undefined;
    if (country && country.to === i + 1 && ctx.lexicon.countries.some((c) => c.name.toLowerCase() === t.norm))
      out.add(t.text);
  }
  return [...out];
}

/** True for a text that is one country word ("Pakistan", "Iranian"): no topic. */
const isCountryWord =
  (ctx: ExtractContext) =>
  (w: string): boolean => {
    const toks = tokenize(w);
    return toks.length === 1 && countryAt(toks, 0, ctx.lexicon) !== undefined;
  };

/**
 * A planned session (group 1: "the 10th meeting of the JCC") and what follows its verb (group 2: " in late
 * September"): "…, and the 10th meeting of the JCC will be held in late September".
 */
const PLANNED_SESSION = pattern(
  [
    alternatives(['^', /\bthat\s+/, /,\s*(?:and\s+)?/, /\band\s+/]),
    /((?:the\s+)?[^,;]{3,140}?)\s+/,
    alternatives([
      pattern([
        alternatives(['will', 'is to', 'is scheduled to', 'is expected to', 'is set to']),
        /\s+/,
        alternatives(['be held', 'take place', 'convene', 'meet']),
      ]),
      // "the next session of the joint commission is scheduled for June in Seville".
      /(?:is|are) (?:now )?(?:scheduled|set|slated|pencil+ed in|planned) for/,
    ]),
    /\b([^,;]*)/,
  ],
  'gi',
);
/** "Estonia will host the next round of the format, pencilled in for March in Tallinn": the session (group 1). */
const HOSTS_NEXT =
  /\b(?:will|is to|is set to|is due to|would|agreed to|offered to) host the ((?:next|following) [^,;.]+)/gi;
/** Words that make a planned event a session between governments. */
const SESSION_WORDS = pattern(
  [
    /\b/,
    alternatives([
      'meeting',
      'session',
      'round',
      'summit',
      'commission',
      'committee',
      'talks',
      'dialogue',
      'consultations',
      'conference',
      'forum',
      'council',
    ]),
    /\b/,
  ],
  'i',
);

/**
 * "The next meeting", "the following round", "the next trilateral meeting": the session after the one the briefing
 * told, of the same sides; not a session of a named body ("the next meeting of the Nepal-Japan Mechanism", read as
 * the two countries' below) nor a gathering of many ("the next summit").
 */
/** A series of sessions of the same sides: "the trilateral format", "political consultations", "talks". */
const SAME_SIDES_SERIES =
  '(?:the )?(?:(?:bi|tri)lateral |political |strategic )?(?:format|talks|consultations|dialogue)';
const NEXT_SESSION = pattern(
  [
    /^(?:next|following|upcoming)\b/,
    // "the next round of the trilateral format", "of political consultations" is still the same sides'.
    `(?!.*\\b(?:of(?! ${SAME_SIDES_SERIES}\\b)|summit|conference|forum)\\b)`,
    /(?!.*\b(?:assembly|council|congress)\b)/,
  ],
  'i',
);

/**
 * "The 10th meeting of the JCC will be held in late September": planned sessions between the sides of a meeting.
 * "The next trilateral meeting will take place in Tallinn in the autumn": the sides of the meeting before meet again.
 */
function plannedSessions(s: SentenceInfo, index: number, dates: ArticleDates, ctx: ExtractContext): Candidate[] {
  const out: Candidate[] = [];
  const bilateral = /\b(?:two|both|the) (?:sides|countries|governments)\b/i.test(s.text);
  const sessions = [
    ...[...s.text.matchAll(PLANNED_SESSION)].map((m) => ({ words: m[0], event: m[1]!, after: m[2]! })),
    ...[...s.text.matchAll(HOSTS_NEXT)].map((m) => {
      const words = s.text.slice(m.index);
      return { words, event: m[1]!, after: words };
    }),
  ];
  for (const m of sessions) {
    const event = m.event
      .replace(/^(?:the two sides (?:confirmed|agreed|announced|said) that\s+)/i, '')
      .replace(/^(?:the|their)\s+/i, '')
      .trim();
    if (!SESSION_WORDS.test(event)) continue;
    const next = NEXT_SESSION.test(event);
    if (!next && !bilateral && !/\b(?:joint|bilateral|intergovernmental)\b/i.test(event)) continue;
    const date = next ? aheadIfPlanned(dates.meeting(m.words), true) : dates.meeting(m.words);
    const place = next ? findPlaces(m.after, ctx.findPlace)[0]?.place : undefined;
    out.push({
      sentence: index,
      paragraph: s.paragraph,
      evidence: s.evidence ?? s.text,
      kind: 'talks',
      status: 'planned',
      sides: [],
      ...(date ? { date } : {}),
      ...(place ? { location: place } : {}),
      ...(next ? { sameSides: true, next: true } : { event, countrySides: true }),
      topics: [],
      keywords: [],
    });
  }
  return out;
}

/** "their third meeting this year", "the second time the two have sat down": a meeting counted in a series. */
const COUNTED_IN_SERIES = pattern(
  [
    /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b(?: [\w'’-]+){0,3}? /,
    alternatives(['meeting', 'time', 'gathering', 'encounter', 'talks', 'session', 'bilateral', 'summit', 'round']),
    /s?\b/,
  ],
  'i',
);
/**
 * What opens the earlier meetings of a series: "after sessions in Tallinn in January and in Riga in June",
 * "following talks on the sidelines of the forum in Jakarta in July", "after Luxon's visit to Suva in February", "the
 * last one having taken place in Astana in October".
 */
const EARLIER_IN_SERIES = anyOf([
  pattern(
    [
      /\b(?:after|following) (?:(?:their|the|a|an|his|her|its|two|three) )?(?:[\w'’-]+ ){0,3}?/,
      alternatives(['talks', 'sessions?', 'meetings?', 'gatherings?', 'encounters?', 'summits?', 'visits?', 'rounds?']),
      /\b/,
    ],
    'i',
  ),
  /\bthe (?:last|previous|latest|most recent) (?:one|meeting|session|round)(?: having)? (?:taken place|been held)\b/i,
]);

/** "The first took place in Lisbon", "The previous one was held in Astana": an earlier meeting of a series. */
const FIRST_OF_SERIES = /^\W*the (?:first|previous|last|earlier)(?: one)? (?:took place|was held|came)\b/i;

/**
 * "It was the three ministers' third gathering this year, after sessions in Tallinn in January and in Riga in June":
 * the earlier meetings of a series, each on its day and at its place, of the sides the sentence or the one before
 * told of. Only days before the briefing's; a part that gives no day at all is no meeting.
 */
function earlierInSeries(
  s: SentenceInfo,
  index: number,
  before: SentenceInfo | undefined,
  dates: ArticleDates,
  ctx: ExtractContext,
): Candidate[] {
  const counted = COUNTED_IN_SERIES.exec(s.text);
  const opening = counted ? EARLIER_IN_SERIES.exec(s.text.slice(counted.index)) : null;
  // "… their second meeting in a year. The first took place in Mexico City on 1 October."
  const first = !opening && before && COUNTED_IN_SERIES.test(before.text) && FIRST_OF_SERIES.test(s.text);
  if (!(counted && opening) && !first) return [];
  const at = counted && opening ? counted.index + opening.index : 0;
  const tail = s.text.slice(at);
  const group = s.mentions.find((m) => m.kind === 'group' && s.toks[m.from]!.start < at);
  // "after sessions in Tallinn in January, in Riga in June and in Warsaw in August": a list of its own.
  return segments(tail, 0, dates, /\band\b|,/).flatMap((seg): Candidate[] => {
    const date = seg.date ?? dates.meeting(seg.text);
    // An undated briefing's "in July" is still a day of its own, though not one to resolve.
    const dateUnknown = !date && dates.find(seg.text).some((d) => !d.resolved);
    if ((!date && !dateUnknown) || date?.future) return [];
    const location = findPlaces(seg.text, ctx.findPlace)[0]?.place;
    return [
      {
        sentence: index,
        paragraph: s.paragraph,
        evidence: s.evidence ?? s.text,
        kind: CALL_WORDS.test(seg.text) ? 'telephone' : 'talks',
        status: 'held',
        sides: group ? [[group]] : [],
        sameSides: true,
        next: true,
        ...(date ? { date } : { dateUnknown }),
        ...(location ? { location } : {}),
        ...optional('event', findEvent(seg.text)),
        topics: [],
        keywords: [],
        recalled: true,
      },
    ];
  });
}

/** Words that make a sentence speak of the meeting before it: "the meeting", "both sides", a leading "he". */
const BACK_DETERMINERS = alternatives(['the', 'this', 'that', 'during the', 'both', 'two']);
const BACK_NOUNS = alternatives([
  'meeting',
  'talks',
  'sides',
  'leaders',
  'ministers',
  'prime ministers',
  'presidents',
  'call',
]);
/** Words a post opens on in praise of the meeting it reports: "Good", "Warm", "Productive". */
const POST_PRAISE = alternatives(
  'good great warm productive excellent useful fruitful cordial wonderful substantive detailed constructive'.split(' '),
);
/** The meeting a post speaks of: "conversation", "discussion", "call". */
const POST_NOUN = alternatives('conversation discussion meeting talks call exchange interaction'.split(' '));
/** How a quoted post about a meeting opens: "Met …", "Good discussion with …", "Warm conversation with …". */
const POST_OPENING = pattern(
  [
    /^\s*[“"]\s*/,
    alternatives([
      'met(?: with)?',
      `(?:(?:very|a|an|extremely|most|really) )?${POST_PRAISE} (?:\\S+ )?${POST_NOUN}s? (?:\\S+ ){0,2}?with`,
      '(?:delighted|pleased|glad|happy) to (?:meet|receive|host|welcome|call on|speak with)',
    ]),
    /\b/,
  ],
  'i',
);
/** Words by which a quoted post is given to its writer: "… ," Mr. Jaishankar posted on X." */
const POSTED = /^(?:posted|wrote|tweeted|said|shared|added)\b/;

/**
 * The writer of a quoted post that opens a sentence ("“Met Chinese FM Wang Yi this morning …,” Mr. Jaishankar
 * posted on X"): a named person just before "posted", "wrote" or "said" in that sentence or the two after it; for
 * "he wrote", the person named as the subject of a sentence before.
 */
function postedBy(
  sentences: SentenceInfo[],
  i: number,
  earlier?: Mention,
): { poster: Mention; sentence: number } | undefined {
  if (!POST_OPENING.test(sentences[i]!.text)) return undefined;
  for (const [k, s] of sentences.slice(i, i + 3).entries()) {
    const by = s.mentions.find(
      (m) => POSTED.test(s.toks[m.to]?.norm ?? '') && /[”"]/.test(s.text.slice(0, s.toks[m.from]!.start)),
    );
    const poster = by?.kind === 'pronoun' ? earlier : by?.kind === 'named' ? by : undefined;
    if (poster) return { poster, sentence: i + k };
  }
  return undefined;
}

/** Meetings of a quoted post: its writer met each official it names. */
function postCandidates(
  s: SentenceInfo,
  index: number,
  poster: Mention,
  postedOn: ResolvedDate | undefined,
  dates: ArticleDates,
  ctx: ExtractContext,
): Candidate[] {
  const open = s.text.search(/[“"]/);
  const close = s.text.slice(open + 1).search(/[”"]/);
  const quoteEnd = close < 0 ? -1 : open + 1 + close;
  const named = s.mentions.filter(
    (m) =>
      (m.kind === 'named' || (m.kind === 'unnamed' && m.country)) &&
      (m.title || m.country || m.organization) &&
      (quoteEnd < 0 || s.toks[m.from]!.start < quoteEnd),
  );
  // "this morning" in a post is the morning of the day it was posted ("… posted on X on Thursday").
  const date = postedOn ?? dates.meeting(s.text);
  const places = findPlaces(s.text, ctx.findPlace);
  return named.map((m) => ({
    sentence: index,
    paragraph: s.paragraph,
    evidence: s.evidence ?? s.text,
    kind: /\bcall\b/i.test(s.text.slice(0, s.toks[m.from]!.start)) ? 'telephone' : 'talks',
    status: 'held',
    sides: [[poster], [m]],
    ...(date ? { date } : {}),
    ...(places[0] ? { location: places[0].place } : {}),
    topics: [],
    keywords: [],
  }));
}

/** A sentence that opens on the meetings just reported: "The meetings focused on …", "The talks covered …". */
const REPORTED_BACK = /^\s*(?:the|these|those|both|all) (?:\w+ )?(?:meetings|talks|discussions|sessions)\b/i;
const REFERS_BACK = anyOf([`\\b${BACK_DETERMINERS} ${BACK_NOUNS}\\b`, /^(?:he|she|they|both)\b/], 'i');

/**
 * What comes shortly before a place that a later sentence gives as the meeting's ("the talks took place in …", "the
 * visit to …"), not a place the talks were about ("developments in Darfur").
 */
const MEETING_PLACE_CUE = pattern(
  [
    /\b/,
    alternatives(['meeting', 'met', 'talks', 'held', 'took place', 'visit', 'visiting', 'arrived', 'hosted', 'venue']),
    // Not across what the talks were about: "the talks covered the situation in Gaza".
    /\b(?:\W+(?!(?:covered|discussed|focused|touched|reviewed|addressed|on|about|over)\b)[\p{L}\d'’-]+){0,6}?\W+$/u,
  ],
  'iu',
);

/**
 * Add what the sentences after a meeting say of it: event, place, venue, topics, until the next meeting or a break.
 */
function addContext(
  c: Candidate,
  following: SentenceInfo[],
  ctx: ExtractContext,
  dates: ArticleDates,
  dateline?: Place,
): Candidate {
  let next = c;
  const names = new Set(c.sides.flat().flatMap((m) => (m.name ? [m.name.split(' ').pop()!.toLowerCase()] : [])));
  for (const s of following.slice(0, CONTEXT_SENTENCES)) {
    if (DISCOURSE_BREAK.test(s.text.trim())) break;
    const subject = s.mentions.find((m) => m.kind === 'named' && m.from <= 2);
    const refersBack =
      REFERS_BACK.test(s.text) ||
      (subject?.name !== undefined && names.has(subject.name.split(' ').pop()!.toLowerCase()));
    if (!refersBack) continue;
    // "… It was their first meeting since they met in Accra in October 2023": another day's place is not this one's.
    const cued = findPlaces(s.text, ctx.findPlace, dateline).filter((p) =>
      MEETING_PLACE_CUE.test(s.text.slice(0, p.index)),
    );
    const days = (): string[] =>
      dates.find(s.text).flatMap((d) => (d.resolved ? [formatPartialDate(d.resolved.date)] : []));
    const otherDay = (found: string[]): boolean =>
      found.length > 0 && (!c.date || !found.includes(formatPartialDate(c.date.date)));
    // Dates are read only for a sentence that offers a place: chrono is the slowest part of extraction.
    const places = cued.length > 0 && !next.location && otherDay(days()) ? [] : cued;
    const newTopics = findTopics(s.text, isCountryWord(ctx)).filter((t) => !next.topics.includes(t));
    next = {
      ...next,
      ...(next.event ? {} : optional('event', findEvent(s.text))),
      ...(next.venue ? {} : optional('venue', findVenue(s.text))),
      ...(next.location || next.kind === 'telephone' || !places[0] ? {} : { location: places[0].place }),
      topics: [...next.topics, ...newTopics].slice(0, 15),
      keywords: [...new Set([...next.keywords, ...findKeywords(s, ctx, 1, s.toks.length, false)])],
    };
  }
  return next;
}

/**
 * The day a briefing's dateline gives ("ABU DHABI, 14th January, 2025 (WAM) --"; "Astana, 5 March (Kazinform) –" in
 * the year the briefing is dated): an undated briefing's own date, and the day of a lead that states none.
 */
/**
 * Words before a year that make it no year of the story's own: ahead ("scheduled for 2026", "by 2030", "until 2027")
 * or behind ("since 2019", "last met in 2019").
 */
const NOT_THE_YEAR = anyOf(
  [
    /\b(?:scheduled|planned|expected|due|set|slated|for|by|until|till|before|ahead of|next|from|through)\s+(?:in\s+)?$/,
    /\b(?:since|met|visited|held)\s+(?:in\s+)?(?:\p{L}+\s+)?$/u,
  ],
  'iu',
);

/**
 * The one year an undated briefing states as its own, in its headline and first paragraphs ("APEC 2024: …", a page
 * header's "18 November 2024") or, when they state none, anywhere ("his first trip abroad in 2025"): the year of a
 * dateline that gives only a day ("Lima, Nov. 16"). None when they name two years or none.
 */
export function statedYear(article: Article): PartialDate | undefined {
  // Years the story states as its own: none ahead of it or of an earlier meeting.
  const yearsIn = (text: string): Set<string> =>
    new Set(
      [...text.matchAll(/\b((?:19|20)\d{2})\b/g)]
        .filter((m) => !NOT_THE_YEAR.test(text.slice(Math.max(0, m.index - 40), m.index)))
        .map((m) => m[1]!),
    );
  const opening = yearsIn([article.title, ...article.paragraphs.slice(0, 3).map((p) => p.text)].join(' '));
  // "TUNIS, Feb. 11 (TAP)" over a story that says only later "his first trip abroad in 2025".
  const years = opening.size > 0 ? opening : yearsIn(article.paragraphs.map((p) => p.text).join(' '));
  // "Accra, May 14, GNA –" on a page whose only year is its copyright line's.
  if (years.size === 0 && article.copyrightYear) return { year: article.copyrightYear };
  return years.size === 1 ? { year: Number([...years][0]) } : undefined;
}

export function datelineDate(
  dateline: { date?: string } | undefined,
  published: PartialDate | undefined,
): PartialDate | undefined {
  const text = dateline?.date;
  const date = text ? analyzeDates(text, published).mentions[0]?.resolved?.date : undefined;
  return date?.day !== undefined ? date : undefined;
}

/**
 * The full date an undated briefing's opening sentences give ("left Tehran on Sunday, November 9, 2025", "on Thursday
 * (July 10, 2025)"): what its other days ("on Monday") are read against. It is the text's own date, never a guess.
 */
export function openingDate(sentences: readonly SentenceInfo[]): PartialDate | undefined {
  // A page header ("Sunday, 12 January 2031 | Buenos Aires 24°C | …") is the day the page was read.
  const prose = sentences.filter((s) => !s.text.includes('|') && s.toks.filter((t) => t.word).length >= 8);
  for (const s of prose.slice(0, 2))
    for (const m of analyzeDates(s.text, undefined).mentions)
      if (!m.relative && m.resolved?.date.day !== undefined) return m.resolved.date;
  return undefined;
}

/** The dateline's city: at the start of one of the first two paragraphs of text, or of a heading above them. */
export function articleDateline(
  article: Article,
  ctx: ExtractContext,
): { place?: Place; end: number; paragraph: number; date?: string } | undefined {
  // A headline the file gives as a paragraph of its own may stand above the dateline: two paragraphs of text, past a
  // page's menus, rules and time stamps ("Home | Politics | …", "-----", "Published: 03/11/2024 14:22").
  // A standfirst under the headline is short: the dateline opens the first paragraph of twenty words or more.
  const words = (p: Article['paragraphs'][number]): number => (p.text.match(/\p{L}{2,}/gu) ?? []).length;
  const isText = (p: Article['paragraphs'][number]): boolean => !p.heading && !p.text.includes('|') && words(p) >= 4;
  const second = article.paragraphs.findIndex(
    (p, i) => isText(p) && (words(p) >= 20 || article.paragraphs.slice(0, i).filter(isText).length >= 2),
  );
  const upToText = article.paragraphs.slice(0, second < 0 ? article.paragraphs.length : second + 1);
  for (const p of upToText) {
    const found = datelineAt(p.text, ctx.findPlace);
    if (found) return { ...found, paragraph: p.n };
  }
  return undefined;
}

/** A sentence that opens where the one before went: "There he is due to be received by …". */
const THERE = /^\s*(?:there|once there|while there)\b/i;

/** "He will travel to Kyiv on Thursday. There he …": the day and the town of the trip, when the meeting has none. */
function thereAsBefore(
  c: Candidate,
  before: SentenceInfo | undefined,
  ctx: ExtractContext,
  datesOf: (s: SentenceInfo) => ArticleDates,
): void {
  if (!before) return;
  const date = c.date ? undefined : aheadIfPlanned(datesOf(before).meeting(before.text), c.status === 'planned');
  if (date) c.date = date;
  const town = findPlaces(before.text, ctx.findPlace).at(-1)?.place;
  if (!c.location && c.kind !== 'telephone' && town) c.location = town;
}

/** "During that one-day visit", "on that trip": the occasion the sentence before told of. */
const THAT_OCCASION =
  /^\W*(?:during|on|at|in the course of) (?:that|this|the same) (?:[\w-]+ ){0,2}(?:visit|trip|tour|stay|occasion)\b/i;

/**
 * "The EAM had flown to Colombo on 4 October 2024. During that one-day visit he … held talks with Herath": a meeting
 * of no day of its own on the occasion the sentence before dates is of that day, and recalled when it is long past.
 */
function onThatOccasion(
  c: Candidate,
  s: SentenceInfo,
  before: SentenceInfo | undefined,
  datesOf: (s: SentenceInfo) => ArticleDates,
  article: Article,
  ctx: ExtractContext,
): Candidate {
  if (c.date || c.dateUnknown || !before || before.paragraph !== s.paragraph || !THAT_OCCASION.test(s.text)) return c;
  const day = datesOf(before).meeting(before.text);
  if (!day) return c;
  const date = { ...day, basis: `the day of the occasion the sentence before tells (${day.text})` };
  const place = c.location ?? findPlaces(before.text, ctx.findPlace)[0]?.place;
  return {
    ...c,
    date,
    ...optional('location', place),
    ...(isRecent(day, article.published) ? {} : { recalled: true }),
  };
}

/** Every meeting candidate of an article, with context from the sentences that follow each. */
export function articleCandidates(article: Article, sentences: SentenceInfo[], ctx: ExtractContext): Candidate[] {
  const dateline = articleDateline(article, ctx)?.place;
  const dates = articleDates(article.published);
  // "19 Mar 2025 - 11:10 GMT" over a live blog's entry: its "on Monday" is the Monday before that day.
  const sectionDates = new Map<string, ArticleDates>();
  const datesOf = (s: SentenceInfo): ArticleDates => {
    if (!s.section) return dates;
    const day = formatPartialDate(s.section.date);
    return sectionDates.get(day) ?? sectionDates.set(day, articleDates(s.section.date)).get(day)!;
  };
  // A headline or a next sentence that speaks of meetings backs a sentence whose verb was dropped.
  const headlineMeets = findTriggers(tokenize(article.title)).length > 0;
  const backed = (i: number): boolean =>
    headlineMeets || (sentences[i + 1] !== undefined && REPORTED_BACK.test(sentences[i + 1]!.text));
  // "… invited B to visit Tbilisi. The invitation was accepted with gratitude."
  const accepted = (i: number): boolean =>
    ACCEPTED.test(sentences[i]!.text) || (sentences[i + 1] !== undefined && ACCEPTED.test(sentences[i + 1]!.text));
  let lastPoster: Mention | undefined;
  const perSentence = sentences.map((s, i) => {
    const post = postedBy(sentences, i, lastPoster);
    if (!post) {
      const found = sentenceCandidates(s, i, datesOf(s), ctx, dateline, backed(i), accepted(i));
      const before = sentences[i - 1];
      if (found.length > 0) return found.map((c) => onThatOccasion(c, s, before, datesOf, article, ctx));
      const listed = listedMeetings(sentences, i, dates, ctx);
      return listed.length > 0 ? listed : includedMeetings(sentences, i, datesOf(s));
    }
    lastPoster = post.poster;
    return postCandidates(s, i, post.poster, dates.meeting(sentences[post.sentence]!.text), dates, ctx);
  });
  // "The two premiers discussed …" goes on about the meeting before when it is one: it starts no meeting's context.
  const starts = new Set(perSentence.flatMap((cs, i) => (cs.some((c) => !c.pairTalked) ? [i] : [])));
  const out: Candidate[] = [];
  perSentence.forEach((cs, i) => {
    const nextStart = [...starts].find((k) => k > i) ?? sentences.length;
    const following = sentences.slice(i + 1, nextStart).filter((x) => x.paragraph !== HEADLINE_PARAGRAPH);
    for (const c of cs) out.push(addContext(c, following, ctx, dates, dateline));
    if (cs.length === 0) out.push(...plannedSessions(sentences[i]!, i, dates, ctx));
    out.push(...earlierInSeries(sentences[i]!, i, sentences[i - 1], datesOf(sentences[i]!), ctx));
  });
  for (const [i, s] of sentences.entries()) {
    if (s.paragraph === HEADLINE_PARAGRAPH) continue;
    const meetingDate = (text: string): ResolvedDate | undefined => datesOf(s).meeting(text);
    const visitCtx = {
      lexicon: ctx.lexicon,
      findPlace: ctx.findPlace,
      meetingDate,
      accepted: accepted(i),
      ...optional('dateline', dateline),
    };
    for (const v of visitsOf(s, visitCtx))
      out.push({
        sentence: i,
        paragraph: s.paragraph,
        evidence: s.evidence ?? s.text,
        kind: 'visit',
        status: v.ahead ? 'planned' : 'held',
        sides: [[v.visitor]],
        visited: v.country,
        ...optional('date', aheadIfPlanned(v.date, v.ahead)),
        ...optional('location', v.city),
        topics: [],
        keywords: [],
      });
  }
  // Meetings read from lists, posts and sessions are recollections when their sentence is one.
  for (const c of out) c.recalled ??= RECALLED.test(c.evidence);
  for (const c of out)
    if (THERE.test(sentences[c.sentence]!.text)) thereAsBefore(c, sentences[c.sentence - 1], ctx, datesOf);
  // An undated briefing's meeting on a day it names ("on Tuesday") was where the dateline is; dated ones are placed
  // after their occasion's (extract.ts).
  if (dateline) {
    for (const c of out)
      if (!c.location && c.status === 'held' && c.kind !== 'telephone' && !c.date && c.dateUnknown)
        c.location = dateline;
  }
  // "on the sidelines of the Munich Security Conference": an event held in one city every time is there; not "ahead
  // of the vote at the UN General Assembly".
  for (const c of out) {
    const at = !c.location && c.kind !== 'telephone' && c.event && AT_EVENT.test(c.evidence);
    const city = at ? eventCity(c.event!) : undefined;
    const place = city ? ctx.findPlace(city) : undefined;
    if (place) c.location = place;
  }
  return out;
}

/** Words that put a meeting at an event: "on the sidelines of", "during", "while attending". */
const AT_EVENT = /\b(?:sidelines|margins|fringes?) of\b|\bduring\b|\battending\b/i;

/** A line of a list: "- Peter Ochieng Odera, Ambassador of the Republic of Kenya.", "2) The Ambassador of Malta". */
const LIST_ITEM = /^\s*(?:[-•*–—]|\d{1,2}[.)])\s+/;

/**
 * "His Majesty received the credentials of a number of ambassadors." "The ambassadors … were:" Then one a line: the
 * sentence's subject met each official the list names, when a group follows its meeting word and the list starts at
 * once or after a line ending in a colon.
 */
function listedMeetings(sentences: SentenceInfo[], i: number, dates: ArticleDates, ctx: ExtractContext): Candidate[] {
  const s = sentences[i]!;
  const t = s.triggers.find((x) => !x.among);
  const after = t ? s.toks.slice(t.to).map((x) => x.norm) : [];
  // "On Friday, the Minister met with:" and a line for each: the one the briefing is about, as "he" would be.
  const colon = after.length === 1 && after[0] === ':';
  const named = t && s.mentions.find((m) => m.kind === 'named' && m.to <= t.from);
  const subject =
    named ??
    (colon && t && s.mentions.some((m) => m.kind !== 'group' && m.to <= t.from)
      ? listerBefore(sentences, i)
      : undefined);
  if (!t || !subject) return [];
  const envoys = ENVOYS.exec(after.join(' '));
  if (!colon && !s.mentions.some((m) => m.kind === 'group' && m.from >= t.to) && !envoys) return [];
  const items = listItems(sentences, i) ?? theyAre(sentences[i + 1], i + 1) ?? eachOpening(sentences, i, envoys);
  if (items.length < 2) return [];
  const date = aheadIfPlanned(dates.meeting(s.text), t.future);
  const place = t.kind === 'telephone' ? undefined : findPlaces(s.text, ctx.findPlace)[0]?.place;
  return items.map(({ item, index, met }) => ({
    sentence: index,
    paragraph: item.paragraph,
    evidence: item.evidence ?? item.text,
    kind: t.kind,
    status: t.future ? 'planned' : 'held',
    sides: [[subject], [met]],
    ...(t.hosting ? { hosting: true } : {}),
    ...(date ? { date } : {}),
    ...(place ? { location: place } : {}),
    topics: [],
    keywords: [],
  }));
}

/** "Her meetings on Wednesday included:", "The minister's bilateral talks were with:": a list of whom one met. */
const MEETINGS_LISTED = pattern(
  [
    /\b(?:meetings|talks|bilaterals|calls|engagements|interlocutors)\b[^:]*/,
    /\b(?:includ(?:ed|es?)|were(?: with)?|(?:took place )?with)\s*:\s*$/,
  ],
  'i',
);

/**
 * The officials listed a line each after a sentence that says they are someone's meetings ({@link MEETINGS_LISTED}):
 * the one it names met each; "her meetings" are those of the one the briefing is about.
 */
function includedMeetings(sentences: SentenceInfo[], i: number, dates: ArticleDates): Candidate[] {
  const s = sentences[i]!;
  const items = MEETINGS_LISTED.test(s.text) ? listItems(sentences, i) : undefined;
  if (!items) return [];
  const kind = /\bcalls\b/i.test(s.text) && !/\bcourtesy calls\b/i.test(s.text) ? 'telephone' : 'talks';
  const trigger = plainTrigger(0, 0, kind);
  const named = s.mentions.find((m) => m.kind === 'named' || m.kind === 'unnamed');
  const date = dates.meeting(s.text);
  return items.map(({ item, met }) => ({
    // Of no one named, resolved as "he" would be in the sentence that opens the list.
    sentence: i,
    paragraph: item.paragraph,
    evidence: item.evidence ?? item.text,
    kind,
    status: 'held',
    sides: [[named ?? unsaidSubject(trigger)], [met]],
    ...(date ? { date } : {}),
    topics: [],
    keywords: [],
  }));
}

/** Who "met with:" a list before sentence i, by name: whom a later "the Minister met with:" is. */
function listerBefore(sentences: SentenceInfo[], i: number): Mention | undefined {
  for (let k = i - 1; k >= 0; k -= 1) {
    const s = sentences[k]!;
    const t = s.triggers.find(
      (x) =>
        !x.among &&
        s.toks
          .slice(x.to)
          .map((y) => y.norm)
          .join(' ') === ':',
    );
    const named = t && s.mentions.find((m) => m.kind === 'named' && m.to <= t.from);
    if (named) return named;
  }
  return undefined;
}

/** A listed official: the sentence's index and the mention. */
interface Listed {
  item: SentenceInfo;
  index: number;
  met: Mention;
}

/** An official of a list: named, or unnamed of a country or an organisation ("the Ambassador of Malta"). */
const isListed = (m: Mention): boolean =>
  m.kind === 'named' || (m.kind === 'unnamed' && (m.country !== undefined || m.organization !== undefined));

/** The officials of a list a line each, from the next sentence or after a line ending in a colon. */
function listItems(sentences: SentenceInfo[], i: number): Listed[] | undefined {
  let j = i + 1;
  if (sentences[j] && !LIST_ITEM.test(sentences[j]!.text) && /:\s*$/.test(sentences[j]!.text)) j += 1;
  const items: Listed[] = [];
  for (; j < sentences.length; j += 1) {
    const item = sentences[j]!;
    // "- Foreign Minister A of Korea. The Ministers discussed …": what an item goes on to say is no item.
    if (!LIST_ITEM.test(item.text)) {
      // A line that opens another list ends this one; one that an item follows is what the item before went on to say.
      const said = items.length > 0 && !/:\s*$/.test(item.text);
      if (said && (items.at(-1)!.item.paragraph === item.paragraph || LIST_ITEM.test(sentences[j + 1]?.text ?? '')))
        continue;
      break;
    }
    const met = item.mentions.find(isListed);
    if (met) items.push({ item, index: j, met });
  }
  return items.length >= 2 ? items : undefined;
}

/** "Envoys", "heads of mission" after a meeting word, and how many when said ("two newly arrived heads of mission"). */
const ENVOYS = pattern([
  `\\b(?:(\\d+|${Object.keys(NUMBER_WORDS).join('|')}) (?:[a-z-]+ ){0,3})?`,
  /(?:envoys|ambassadors(?:-designate)?|heads of missions?|diplomats|high commissioners)\b/,
]);

/**
 * "They are the Ambassador of Brazil, A; the High Commissioner of Canada, B; …", "Those who presented their
 * credentials were …", "Presenting their credentials were …": the officials of one sentence.
 */
const THEY_ARE = pattern(
  [
    /^\W*/,
    alternatives([
      /(?:they|these|those|the (?:new )?(?:envoys|ambassadors|diplomats))(?: (?:who|that) [^,;:]{1,60}?)?/,
      /presenting (?:their |his |her )?(?:credentials|letters of credence)/,
    ]),
    / (?:are|were|include[ds]?)\b/,
  ],
  'i',
);

/** The officials of the sentence after the one that counts them, when it opens "They are …". */
function theyAre(next: SentenceInfo | undefined, index: number): Listed[] | undefined {
  if (!next || !THEY_ARE.test(next.text)) return undefined;
  const items = next.mentions
    .filter((m) => isListed(m) && (m.title !== undefined || m.country !== undefined))
    .map((met) => ({ item: next, index, met }));
  return items.length >= 2 ? items : undefined;
}

/**
 * "… received courtesy calls from two newly arrived heads of mission. Australia's new High Commissioner, A, … .
 * Indonesia's Ambassador, B, …": as many sentences after as the group counts, each opening with one of them.
 */
function eachOpening(sentences: SentenceInfo[], i: number, envoys: RegExpExecArray | null): Listed[] {
  const count = envoys?.[1] ? (NUMBER_WORDS[envoys[1]] ?? Number(envoys[1])) : 0;
  const items: Listed[] = [];
  for (let j = i + 1; j < sentences.length && items.length < count; j += 1) {
    const item = sentences[j]!;
    const met = item.mentions[0];
    if (!met || met.from > 1 || met.kind !== 'named' || (!met.title && !met.country)) break;
    items.push({ item, index: j, met });
  }
  return items.length === count ? items : [];
}

/** True when a meeting's date is within a week before the article's date (news of the day, not a recollection). */
export function isRecent(date: ResolvedDate | undefined, published: PartialDate | undefined): boolean {
  if (!date || !published || date.date.day === undefined || published.day === undefined) return false;
  const d = Date.UTC(date.date.year, (date.date.month ?? 1) - 1, date.date.day);
  const p = Date.UTC(published.year, (published.month ?? 1) - 1, published.day);
  return p - d >= 0 && p - d <= 7 * 86_400_000;
}
