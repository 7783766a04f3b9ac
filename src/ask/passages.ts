/**
 * What the briefings' sentences say when their meetings do not: a meeting of the asked people that a sentence
 * reports but meeting extraction missed, and the person a briefing says is "known as" a name no meeting has.
 */
import { isInRange, partialDateBounds } from '../calendar.js';
import { splitSentences } from '../corpus/paragraphs.js';
import { meetingDate } from '../extract/date-mentions.js';
import { datelineAt } from '../extract/features.js';
import { buildTitleTable, findMentions } from '../extract/mentions.js';
import { tokenize } from '../extract/tokens.js';
import { titlesCompatible } from '../extract/people.js';
import type { Meeting, Participant, ResolvedDate } from '../extract/types.js';
import { analyzeQuery, analyzeText, type QueryUnit } from '../index/analyze.js';
import { countryKeys, termsOf, unitsMatch } from '../index/meeting-index.js';
import { countryKey, type Lexicon } from '../reference/lexicon.js';
import type { Place } from '../reference/places.js';
import type { DateRange } from '../calendar.js';
import type { Article, PartialDate } from '../types.js';
import { alternatives, anyOf, literal, pattern } from '../text/regex.js';
import { withoutMarks } from '../text/words.js';
import { optional } from '../optional.js';
import type { AskContext } from './types.js';

/** Articles read for a sentence that reports a meeting of the asked people, best first. */
const REPORTING_ARTICLES = 10;

/** Words that say a meeting was put off, called off or denied: "has been postponed", "no such meeting took place". */
const CALLED_OFF = anyOf(
  [
    /\b(?:postponed|put off|pushed back|deferred|cancel+ed|called off|scrapped|shelved)\b/,
    // "will not take place", "announced that he would not travel to Johannesburg", "will never take place".
    /\b(?:will|would|did) not (?:take place|go(?: ahead)?|travel|attend)\b|\bnever (?:take|took) place\b/,
    /\b(?:did not|never|failed to) materiali[sz]ed?\b|\bfell through\b/,
    // "a stop in Beirut was taken off the schedule", "Beirut stop dropped".
    /\b(?:taken off|dropped from|removed from) (?:the |its |his |her )?(?:schedule|program(?:me)?|itinerary|agenda)\b/,
    /\b(?:stop|leg|visit|trip|meeting) (?:was |has been |had been )?dropped\b/,
    /\b(?:den(?:y|ied|ies)|dismiss(?:ed|es)?|no such (?:meeting|talks|encounter|visit)|not (?:been )?confirmed)\b/,
  ],
  'i',
);

/**
 * The sentence of the best-matching briefing that names every word of an occasion asked of by its name alone ("when is
 * the korea-central asia summit?"), at the place asked if one is: what the briefings say of it when no meeting of it
 * is read. Undefined when no sentence names it whole.
 * @example occasionSaid('Gulf-Central Asia summit', ctx) // → 'The second Gulf-Central Asia summit … put off …'
 */
export function occasionSaid(occasion: string, ctx: AskContext, place?: string): string | undefined {
  const { lexicon } = ctx.index;
  const units = analyzeQuery(`${occasion} ${place ?? ''}`, lexicon);
  const outcome = ctx.index.search(`${occasion} ${place ?? ''}`, {}, REPORTING_ARTICLES, { allWords: true });
  if (!outcome.matchedAll) return undefined;
  for (const hit of outcome.hits)
    for (const p of hit.article.paragraphs)
      for (const { text } of splitSentences(p.text)) if (unitsMatch(units, termsOf(text, lexicon))) return text;
  return undefined;
}

/** Words by which a sentence calls back the pair a briefing is about: "a planned meeting between the two". */
const THE_PAIR = /\b(?:the two|both (?:sides|leaders|ministers|men|women))\b/i;

/** Numbers said in words, as counts ("three times") and as ranks ("their third meeting"). */
const COUNT_WORDS = ['once', 'twice', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const RANK_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** "their third meeting this year", "the 4th round of talks", "for the second time": how many there have been. */
const RANK_OF_MEETING = new RegExp(
  `\\b(${RANK_WORDS.join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+(?:(?:such|bilateral|face-to-face|in-person|formal|` +
    `official|round of|time)\\s+)*(?:meeting|encounter|talks|sit-down|time|round)\\b`,
  'i',
);
/** "was their third this year", "their second since January": a rank with its noun left out. */
const RANK_ALONE = new RegExp(
  `\\btheir\\s+(${RANK_WORDS.join('|')}|\\d{1,2}(?:st|nd|rd|th))\\b(?=\\s+(?:this|so far|since|in)\\b|\\s*[.,;])`,
  'i',
);
/** "the two have met three times", "had met twice before": how many times. */
const TIMES_MET = new RegExp(
  `\\b(?:met|meeting|held talks|sat down)\\b[^.;]{0,40}?\\b` +
    `(twice|(?:${COUNT_WORDS.slice(2).join('|')}|\\d{1,2}) times)\\b`,
  'i',
);

/** "between Lubetkin and the Slovak commissioner", "with his Slovak counterpart": the other side described. */
const BETWEEN_DESCRIBED = /\b(?:between \p{L}+ and|with) (?:the|his|her) \p{Lu}?\p{Ll}+/u;

/** "their third meeting this year": a count of the year the briefing is dated in. */
const THIS_YEAR = /\b(?:this|the current) year\b/i;

/**
 * Whether a count a briefing of that day gives is of the period asked: any count of a briefing dated by the end of a
 * period open at its start ("by March 2025"); of a year asked ("in 2025", "so far this year"), a count the sentence
 * says is of that year, in a briefing dated in it ("their third meeting this year"). Any count of no period asked.
 */
function countOfPeriod(sentence: string, published: PartialDate | undefined, range?: DateRange): boolean {
  if (!range) return true;
  if (!published) return false;
  const [first, last] = partialDateBounds(published);
  if (range.to !== undefined && first > range.to) return false;
  if (range.from === undefined) return true;
  const year = String(published.year);
  const ofYear = range.from === `${year}-01-01` && (range.to === undefined || range.to.startsWith(year));
  return ofYear && last >= range.from && (THIS_YEAR.test(sentence) || sentence.includes(year));
}

/** The number a rank or a count says: "third" → 3, "4th" → 4, "twice" → 2, "five times" → 5. */
function countSaid(words: string): number {
  const w = words.toLowerCase().replace(/\s+times$/, '');
  const n = Number.parseInt(w, 10);
  if (Number.isFinite(n)) return n;
  const rank = RANK_WORDS.indexOf(w);
  return rank >= 0 ? rank + 1 : COUNT_WORDS.indexOf(w) + 1;
}

/**
 * How many times a briefing says the asked pair have met, when it says so: "their third meeting this year", "the two
 * have met four times". Read in the briefings of their meetings, in a sentence that names both or calls them "the
 * two" or "their"; the highest such count, with its sentence. Undefined when no briefing counts their meetings.
 * @example statedCount(['Bourita', 'Rangel'], found, ctx) // → { count: 3, sentence: '… their third meeting …' }
 */
export function statedCount(
  people: readonly string[],
  found: readonly Meeting[],
  ctx: AskContext,
  range?: DateRange,
): { count: number; sentence: string } | undefined {
  if (people.length !== 2) return undefined;
  const { lexicon } = ctx.index;
  const asked = people.map((p) => sought(p, ctx));
  const articles = new Set(found.flatMap((m) => m.sources.map((x) => x.articleId)));
  let best: { count: number; sentence: string } | undefined;
  for (const id of articles) {
    // Surnames of the others the briefing reports meeting.
    const others = new Set(
      ctx.meetings
        .ofArticle(id)
        .flatMap((m) => m.participants)
        .filter((x) => x.name && !people.some((query) => ctx.meetings.participantMatches(x, query)))
        .flatMap((x) => nameWords(x.name!).slice(-1).map(fold)),
    );
    const article = ctx.index.articles.get(id);
    for (const p of article?.paragraphs ?? []) {
      for (const { text } of splitSentences(p.text)) {
        const said = RANK_OF_MEETING.exec(text)?.[1] ?? RANK_ALONE.exec(text)?.[1] ?? TIMES_MET.exec(text)?.[1];
        if (!said || !countOfPeriod(text, article?.published, range)) continue;
        const terms = termsOf(text, lexicon);
        const words = new Set(fold(text).split(/[^\p{L}]+/u));
        const named = asked.filter((x) => names(x, terms, words)).length;
        // Of fewer than both named, "their" or one named beside one described: not in a sentence that names someone
        // else ("their fourth meeting with his Paraguayan counterpart", of another's meetings). "The two" is the pair.
        const ours = /\btheir\b/i.test(text) || (named === 1 && BETWEEN_DESCRIBED.test(text));
        const pair = THE_PAIR.test(text) || (ours && ![...others].some((w) => words.has(w)));
        if (named < 2 && !pair) continue;
        const count = countSaid(said);
        if (count >= 2 && count > (best?.count ?? 0)) best = { count, sentence: text };
      }
    }
  }
  return best;
}

/** Numbers of things said in words, one to twenty. */
const NUMBER_WORDS = (
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen ' +
  'eighteen nineteen twenty'
).split(' ');
/** "signed 14 documents", "three memoranda of understanding": a number of signed things. */
const THINGS_NUMBERED = new RegExp(
  `\\b(\\d{1,3}|${NUMBER_WORDS.join('|')})\\s+(?!of\\b)(?:[\\p{L}-]+\\s+){0,3}?` +
    '(?:documents?|agreements?|memorand(?:a|ums?)|MoUs?|deals?|accords?|instruments?|pacts?|contracts?|protocols?)\\b',
  'iu',
);

/**
 * How many things (documents, agreements, memoranda) a briefing of the meetings found says were signed or reached,
 * with its sentence: the first sentence that numbers them, read in the meetings' own paragraphs first, then in the rest
 * of their briefings. Undefined when none does.
 * @example thingsCounted(found, ctx) // → { count: 14, sentence: 'The two sides signed 14 documents …' }
 */
export function thingsCounted(
  found: readonly Meeting[],
  ctx: AskContext,
): { count: number; sentence: string } | undefined {
  const own = found.flatMap((m) => m.sources.map((x) => `${x.articleId}:${x.paragraph}`));
  const paragraphs = [...new Set(found.flatMap((m) => m.sources.map((x) => x.articleId)))].flatMap((id) =>
    (ctx.index.articles.get(id)?.paragraphs ?? []).map((p) => ({ text: p.text, own: own.includes(`${id}:${p.n}`) })),
  );
  for (const p of [...paragraphs.filter((x) => x.own), ...paragraphs.filter((x) => !x.own)])
    for (const { text } of splitSentences(p.text)) {
      const said = THINGS_NUMBERED.exec(text)?.[1]?.toLowerCase();
      if (said) return { count: NUMBER_WORDS.indexOf(said) + 1 || Number(said), sentence: text };
    }
  return undefined;
}

/**
 * A sentence of the best-matching briefings that says the asked people's meeting (at the place asked, if one is)
 * was put off, called off or denied: what a "No" answers with. The sentence names them all; or names one of them,
 * or calls them "the two", in a briefing that names them all ("Rajji's Budapest trip has been put off", "the
 * Prime Minister's visit to Canberra was postponed"). For two people, or one and a place; undefined when no
 * sentence says so.
 * @example calledOff(['Papadimitriou', 'Aydinoglu'], ctx) // → '… has been postponed …'
 */
export function calledOff(people: readonly string[], ctx: AskContext, place?: string): string | undefined {
  if (people.length + (place ? 1 : 0) < 2) return undefined;
  const { lexicon } = ctx.index;
  // The place may be said otherwise ("in the Omani capital") when two people are asked: they are enough.
  const asked = people.map((p) => sought(p, ctx));
  const where = people.length < 2 && place ? [{ units: analyzeQuery(place, lexicon), surnames: [] }] : [];
  const things = [...asked, ...where];
  const queries = asked.map((x, k) => x.surnames[0] ?? people[k]!);
  // Those named apart in a briefing ("Araghchi", "Witkoff" and "Oman"): its briefings that name the first.
  const search = (query: string) => ctx.index.search(query, {}, REPORTING_ARTICLES, { allWords: true });
  // Names searched together may read as one name ("Sybiha Sikorski"): the briefings of the first are read too.
  const together = search(queries.join(' '));
  const first = search(queries[0]!).hits;
  const hits = together.matchedAll
    ? [...together.hits, ...first.filter((h) => !together.hits.some((t) => t.article.id === h.article.id))]
    : first;
  const said = (text: string): Sought[] => {
    const terms = termsOf(text, lexicon);
    const words = new Set(fold(text).split(/[^\p{L}]+/u));
    return things.filter((x) => names(x, terms, words));
  };
  const table = buildTitleTable();
  // Of no one else named in full: "Ishiba had also considered a stop in Jakarta to meet President Prabowo Subianto,
  // but the plan was shelved" is not of Ishiba's summit with Marcos.
  const ofNoOneElse = (text: string): boolean =>
    findMentions(tokenize(text), table, lexicon).every(
      (m) => !m.name || m.name.split(/\s+/).length < 2 || said(m.name).length > 0,
    );
  const loose: string[] = [];
  for (const hit of hits) {
    const sentences = hit.article.paragraphs.flatMap((p) => splitSentences(p.text).map((x) => x.text));
    const inArticle = said(hit.article.paragraphs.map((p) => p.text).join(' ')).length === things.length;
    for (const text of sentences.filter((x) => CALLED_OFF.test(x))) {
      const named = said(text).length;
      if (named === things.length) return text;
      const of = named >= 2 || ((named > 0 || THE_PAIR.test(text)) && ofNoOneElse(text));
      if (inArticle && of) loose.push(text);
    }
  }
  return loose[0];
}

/** Words that report people meeting, talking or calling. */
const MEETING_CUE = anyOf(
  [
    /\b(?:met|meets?|meeting|talks|talked|received|receives?|hosted|hosts?|welcomed|welcomes?|visit(?:ed|s)?)\b/,
    /\b(?:phoned?|spoke|conversation|consultations|(?:telephone|phone|video) call|sidelines)\b/,
    /\bcall(?:ed)? (?!for|on|upon)\b/,
    // "President Marcos and Chancellor Scholz on Tuesday agreed to deepen …": what two sides do together.
    /\b(?:agreed|discussed|signed|vowed|pledged|reaffirmed)\b/,
  ],
  'i',
);
/** Words that make a reported meeting a plan rather than a fact. */
const PLANNED_CUE =
  /\b(?:will|would|to (?:meet|visit|hold|host|receive|travel)|due to|expected|scheduled|plans?|planned|set to|next)\b/i;
/** Words that deny or undo a meeting: such a sentence is no evidence that it took place. */
const DENIED = anyOf(
  [
    /\b(?:not|never|no|without|cancel\w*|postpon\w*|called off|refus\w*|declin\w*|skipp?\w*|absen\w*|instead)\b/,
    /\b(?:fail\w*|collaps\w*|boycott\w*|snub\w*|pulled out|withdr\w*|would|could|might|if|unless|hop(?:e|ed|es))\b/,
    /\b(?:claim\w*|alleg\w*|den(?:y|ied|ies)|dismiss\w*|fabricat\w*|rumou?r\w*|false|report(?:s|ed)? that)\b/,
  ],
  'i',
);
/** A paragraph that says a meeting did not happen: none of its sentences is evidence of one. */
const NO_MEETING_SAID = /\b(?:no meeting|did not meet|didn't meet|ha(?:s|ve) not met|never met|not (?:be )?meet\w*)\b/i;
/** Most characters between the asked people's names in a sentence that reports them meeting. */
const NAMES_APART = 160;

/** How a sentence may name an asked person: the words a search matches, and the surnames of whom the query names. */
interface Sought {
  units: QueryUnit[];
  surnames: string[];
}

/** How many of the meetings a query finds give the surnames it may be written by: an office's are many. */
const SURNAME_MEETINGS = 12;

/**
 * How to find an asked person in sentences: a country or an office by the words a search matches ("Italian" is
 * Italy), someone the meetings know also by the surnames of the participants the query names ("Dbeibah" is
 * Aldabaiba), the commonest first, read from a few of their meetings.
 */
function sought(query: string, ctx: AskContext): Sought {
  const units = analyzeQuery(query, ctx.index.lexicon);
  if (countryKeys(units) || ctx.meetings.holders(query) === 0) return { units, surnames: [] };
  const counts = new Map<string, number>();
  for (const m of ctx.meetings.find({ with: [query] }, SURNAME_MEETINGS))
    for (const p of m.participants)
      if (p.name && ctx.meetings.participantMatches(p, query)) {
        const surname = nameWords(p.name).at(-1);
        if (surname) counts.set(surname, (counts.get(surname) ?? 0) + 1);
      }
  return { units, surnames: [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w) };
}

/** Someone named by another's name: "Harris's predecessor", "Lammy's spokesman" name neither. */
const SOMEONE_ELSE = new RegExp(
  `\\b\\p{Lu}[\\p{L}-]*['’]s? ${alternatives([
    ...['predecessor', 'successor', 'wife', 'husband', 'spouse', 'son', 'daughter', 'spokes(?:man|woman|person)'],
    ...['aides?', 'advis[eo]rs?', 'envoy', 'deputy', 'office', 'party', 'government', 'administration'],
  ])}\\b`,
  'gu',
);
/** Words before a place that make it where something is: "in", "at", "to", "visited". */
const AT_PLACE = /\b(?:in|at|to|into|for|visit(?:ed|ing|s)?|toured|reached)\s+(?:the\s+)?$/i;
/** Words after a place that make it where something is: "the Dublin talks". */
const PLACE_OF = /^[\s-]*(?:talks|meeting|summit|visit|trip|round|conference|forum)\b/i;

/**
 * Whether a sentence has something happen at the asked place ("in Dublin", "the Dublin talks"), not the place as its
 * government ("Dublin welcomed the commitment").
 */
function placesThere(text: string, place: Sought, lexicon: Lexicon): boolean {
  const first = place.units
    .flatMap((u) => (u.kind === 'word' ? [u] : u.words))
    .find((u): u is Extract<QueryUnit, { kind: 'word' }> => u.kind === 'word');
  if (!first) return false;
  return analyzeText(text, lexicon).some(
    (t) =>
      (t.term === first.term || first.alternatives.includes(t.term)) &&
      (AT_PLACE.test(text.slice(0, t.start)) || PLACE_OF.test(text.slice(t.end))),
  );
}

/** Characters between the first and the last of the asked people a sentence names (each at its first mention). */
function spread(text: string, asked: readonly Sought[], lexicon: Lexicon): number {
  const tokens = analyzeText(text, lexicon);
  const at = asked.map((x) => {
    const hit = tokens.find(
      (t) =>
        x.surnames.includes(fold(text.slice(t.start, t.end))) ||
        x.units.some((u) => u.kind === 'word' && (u.term === t.term || u.alternatives.includes(t.term))),
    );
    return hit?.start ?? 0;
  });
  return Math.max(...at) - Math.min(...at);
}

/** True when a sentence (its terms and folded words) names a person as {@link sought} says. */
const names = (x: Sought, terms: ReadonlySet<string>, words: ReadonlySet<string>): boolean =>
  unitsMatch(x.units, terms) || x.surnames.some((w) => words.has(w));

/**
 * A meeting of the asked people that a sentence of the best-matching briefings reports and the meetings do not hold:
 * the first sentence that names every asked person (see {@link sought}) and the place asked, and reports them
 * meeting — not denied, and within the period asked. Its date is read as meeting extraction reads one (relative days
 * against the article's date), its place is the place asked or one meetings were held in, its people are the
 * participants the questions' words name. For two people or more, or for one person and a place: their trip there,
 * a visit made or ahead (see {@link tripSaid}). Undefined when no sentence says so.
 * @example reportedMeeting(['Meloni', 'Aldabaiba'], { in: 'Tripoli' }, ctx)?.date
 *   // → { year: 2023, month: 1, day: 28 }
 */
export function reportedMeeting(
  people: readonly string[],
  filter: { in?: string; range?: DateRange },
  ctx: AskContext,
): Meeting | undefined {
  // One person and a place: a trip there, made or ahead ("is Rubio coming to Ottawa?").
  const trip = people.length === 1 && filter.in !== undefined;
  if (people.length < 2 && !trip) return undefined;
  const { lexicon } = ctx.index;
  const asked = people.map((p) => sought(p, ctx));
  const place = filter.in ? sought(filter.in, ctx) : undefined;
  // By the surname the meetings give; one asked of a trip, as asked when no briefing names them so ("Sayyid Badr").
  const search = (names: readonly string[]) =>
    ctx.index.search([...names, filter.in ?? ''].join(' '), {}, REPORTING_ARTICLES, { allWords: true });
  const bySurname = search(asked.map((x, k) => x.surnames[0] ?? people[k]!));
  const outcome = bySurname.matchedAll || !trip ? bySurname : search(people);
  if (!outcome.matchedAll) return undefined;
  const traveller = [...asked[0]!.surnames, ...fold(people[0]!).split(/\s+/)];
  const placeName = filter.in && (lexicon.places.get(filter.in.toLowerCase())?.name ?? filter.in);
  for (const hit of outcome.hits) {
    for (const passage of hit.passages) {
      const paragraph = hit.article.paragraphs.find((p) => p.n === passage.paragraph);
      if (!paragraph || NO_MEETING_SAID.test(paragraph.text)) continue;
      for (const { text } of splitSentences(paragraph.text)) {
        if (!(trip ? TRIP_CUE : MEETING_CUE).test(text)) continue;
        const own = text.replace(SOMEONE_ELSE, ' ');
        const terms = termsOf(own, lexicon);
        const words = new Set(fold(own).split(/[^\p{L}]+/u));
        if (!asked.every((x) => names(x, terms, words)) || (place && !placesThere(text, place, lexicon))) continue;
        if (!trip && spread(text, asked, lexicon) > NAMES_APART) continue;
        const date = meetingDate(text, hit.article.published);
        const status = trip ? tripSaid(text, traveller, date) : meetingSaid(text, date);
        if (!status || (filter.range && !isInRange(date?.date ?? hit.article.published, filter.range))) continue;
        const near = !date || datesApart(date.date, hit.article.published) <= DATELINE_DAYS;
        const location = placeOf(text, ctx) ?? placeName ?? (near ? datelineCity(hit.article, ctx) : undefined);
        return {
          id: `reported:${hit.article.id}:${passage.paragraph}`,
          status,
          kind: trip ? 'visit' : CALL_CUE.test(text) ? 'telephone' : 'talks',
          ...(date ? { date: date.date, dateText: date.text, dateBasis: date.basis } : {}),
          ...(location ? { location } : {}),
          participants: [
            ...people.map((query) => participantOf(query, ctx)),
            ...(trip ? [{ country: countryOfPlace(filter.in!, ctx) ?? filter.in! }] : []),
          ],
          topics: [],
          sources: [
            { articleId: hit.article.id, file: hit.article.file, paragraph: passage.paragraph, sentence: text },
          ],
        };
      }
    }
  }
  return undefined;
}

/** Whether a sentence that names the asked people meeting reports it held or ahead; undefined when it denies it. */
const meetingSaid = (text: string, date: ResolvedDate | undefined): Meeting['status'] | undefined =>
  DENIED.test(text) || CALLED_OFF.test(text)
    ? undefined
    : date?.future === true || PLANNED_CUE.test(text)
      ? 'planned'
      : 'held';

/**
 * How a sentence tells a trip of the asked person (by the words of their name): ahead ("invited Rubio to Ottawa", "is
 * expected in Accra in July", "Oli's trip to New Delhi"), made ("visited Delhi last week"), or not theirs: put off,
 * or someone else's ("Wadephul's predecessor last visited Beijing").
 */
function tripSaid(
  text: string,
  traveller: readonly string[],
  date: ResolvedDate | undefined,
): Meeting['status'] | undefined {
  const folded = fold(text);
  const whose = (w: string): RegExp => new RegExp(`\\b${literal(w)}['’]s (?!(?:[\\p{L}-]+ )?${TRIP_NOUN})`, 'u');
  if (traveller.some((w) => w.length > 2 && whose(w).test(folded))) return undefined;
  if (CALLED_OFF.test(text)) return undefined;
  if (TRIP_AHEAD.test(text) || date?.future === true) return UNDONE.test(text) ? undefined : 'planned';
  if (DENIED.test(text)) return undefined;
  return TRIP_MADE.test(text) || date !== undefined ? 'held' : 'planned';
}
/** Nouns of a trip, which a traveller's possessive may stand before: "Oli's trip", "Oli's official visit". */
const TRIP_NOUN = '(?:trip|visit|journey|tour|travel)';
/** Words that say a trip was made. */
const TRIP_MADE = /\b(?:visited|travell?ed|arrived|flew|landed|went|came|paid|toured|stopped|(?:was|were) in)\b/i;

/** Words that report a trip to a place, made or ahead. */
const TRIP_CUE = anyOf(
  [
    /\b(?:visit\w*|trip|tour\w*|travel\w*|arriv\w*|flew|fly|flies|landed|stop(?:over)?|head(?:ed|ing|s)? to)\b/,
    /\b(?:come|comes|coming|going)\b/,
    /\binvit\w*|\b(?:expected|due) (?:in|at)\b/,
  ],
  'i',
);
/** Words that put a trip ahead: an invitation, or a plan (see {@link PLANNED_CUE}). */
const TRIP_AHEAD = anyOf(
  [/\binvit\w*|\binten\w*|\bto (?:come|go|pay|make|undertake)\b|\b(?:coming|going|expected|due|agenda)\b/, PLANNED_CUE],
  'i',
);
/**
 * Words that undo or doubt a trip ahead, besides its being called off ("reports that she would fly to Niamey were
 * false"): "would" and "hope" are a plan's words, and do not.
 */
const UNDONE = anyOf(
  [
    /\b(?:not|never|no longer) (?:be )?(?:visit\w*|travel\w*|go\w*|com\w*|tak\w* place|happen\w*)\b/,
    /\b(?:refus\w*|declin\w*|rumou?r\w*|speculat\w*|false|untrue|no plans?|den(?:y|ied|ies)|reports? (?:that|of))\b/,
  ],
  'i',
);

/** The country a place asked about is in, by its usual name: "Ottawa" is Canada, "Kenya" Kenya. */
function countryOfPlace(place: string, ctx: AskContext): string | undefined {
  const { countries, places } = ctx.index.lexicon;
  const code = places.get(place.toLowerCase())?.country;
  const [key] = countryKeys(analyzeQuery(place, ctx.index.lexicon)) ?? [];
  return countries.find((c) => c.code === code || countryKey(c.code) === key)?.name;
}

/** Words that report a call rather than a meeting in person. */
const CALL_CUE = /\b(?:phoned?|(?:tele)?phone (?:call|conversation)|by (?:tele)?phone|video (?:call|conference))\b/i;

/** The participant the meetings know by a query's words, or one named by them as asked. */
function participantOf(query: string, ctx: AskContext): Participant {
  const known = ctx.meetings.holders(query) > 0 ? ctx.meetings.find({ with: [query] }) : [];
  const p = known.flatMap((m) => m.participants.filter((x) => ctx.meetings.participantMatches(x, query)))[0];
  return p ?? { name: query };
}

/** A place meetings were held in that a sentence says they met in: "… in Tripoli yesterday". */
function placeOf(sentence: string, ctx: AskContext): string | undefined {
  for (const m of sentence.matchAll(/\b(?:in|at) ((?:\p{Lu}[\p{L}'’-]+ ?){1,3})/gu)) {
    const words = m[1]!.trim().split(' ');
    for (let n = words.length; n >= 1; n--) {
      const place = words.slice(0, n).join(' ');
      if (ctx.meetings.heldIn(place)) return place;
    }
  }
  return undefined;
}

/** How many days from its briefing's date a reported meeting may be to be its news, held where it was filed. */
const DATELINE_DAYS = 2;

/** Days between two dates of the briefings (their first days); 0 when either is not known. */
function datesApart(a: PartialDate | undefined, b: PartialDate | undefined): number {
  if (!a || !b) return 0;
  return Math.abs(Date.parse(partialDateBounds(a)[0]) - Date.parse(partialDateBounds(b)[0])) / 86_400_000;
}

/** The city a briefing is filed from, as its dateline says ("BERLIN —", "Abuja, May 3 (NAN) -"), if a known place. */
function datelineCity(article: Article, ctx: AskContext): string | undefined {
  const find = (name: string): Place | undefined => ctx.index.lexicon.places.get(name.toLowerCase());
  for (const p of article.paragraphs.slice(0, 4)) {
    const place = datelineAt(p.text, find)?.place;
    if (place) return place.name;
  }
  return undefined;
}

/**
 * The city the briefing reporting a meeting is filed from, when it reports the meeting within two days of its date:
 * where a meeting the briefings give no place may well have been, said as the dateline, not as the place.
 * @example filedFrom(meeting, ctx) // → 'Panama City'
 */
export function filedFrom(meeting: Meeting, ctx: AskContext): string | undefined {
  for (const source of meeting.sources) {
    const article = ctx.index.articles.get(source.articleId);
    if (!article || !meeting.date || !article.published) continue;
    if (datesApart(meeting.date, article.published) > DATELINE_DAYS) continue;
    const city = datelineCity(article, ctx);
    if (city) return city;
  }
  return undefined;
}

/** Words that say a name is another's: "known at home as Tok Mat", "his nom de guerre Abu Mohammed al-Jolani". */
const ALIAS_CUE = pattern(
  [
    /\b/,
    alternatives([
      ...['known (?:\\p{L}+ ){0,3}?(?:as|by)', 'nicknamed', 'dubbed', 'alias', 'a\\.k\\.a\\.?', 'aka'],
      ...['nom de guerre', 'also called', 'called by', 'styled'],
    ]),
    /\b/,
  ],
  'iu',
);

/**
 * The participant a briefing says a name belongs to, when no meeting has that name: in a sentence that gives it as
 * another name ("Mohamad, popularly known as Tok Mat"), the participant of that briefing's meetings named last before
 * the cue. Undefined when no briefing says so.
 * @example aliasHolder('Tok Mat', ctx)?.name // → 'Mohamad Hasan'
 */
export function aliasHolder(name: string, ctx: AskContext): Participant | undefined {
  const wanted = fold(name);
  const outcome = ctx.index.search(name, {}, REPORTING_ARTICLES, { allWords: true });
  if (!outcome.matchedAll) return undefined;
  for (const hit of outcome.hits) {
    const people = ctx.meetings.ofArticle(hit.article.id).flatMap((m) => m.participants.filter((p) => p.name));
    for (const passage of hit.passages) {
      const paragraph = hit.article.paragraphs.find((p) => p.n === passage.paragraph);
      for (const { text } of paragraph ? splitSentences(paragraph.text) : []) {
        const nicknamed = quotedNickname(text, wanted);
        const known = nicknamed ? people.find((p) => nameWords(p.name!).includes(nicknamed)) : undefined;
        if (known) return known;
        const at = fold(text).indexOf(wanted);
        const cue = ALIAS_CUE.exec(text);
        if (at < 0 || !cue || cue.index > at) continue;
        // The name right before the cue ("Mohamad, popularly known as"), a participant's or as the sentence says it.
        const said = NAME_BEFORE_CUE.exec(text.slice(0, cue.index))?.[1];
        if (!said) continue;
        const words = new Set(fold(said).split(/[^\p{L}]+/u));
        // "Foreign Minister Datuk Seri Mohamad Hasan, popularly known as …": the name without its office and styles.
        const named = findMentions(tokenize(said), buildTitleTable(), ctx.index.lexicon).findLast((m) => m.name);
        return people.find((p) => nameWords(p.name!).some((w) => words.has(w))) ?? { name: named?.name ?? said };
      }
    }
  }
  return undefined;
}

/**
 * Who a briefing says someone is when no meeting of theirs names them ("The message was delivered by Minister of
 * Foreign Affairs of Tajikistan Sirojiddin Muhriddin"): the office and country the first sentence naming them in
 * full gives them. Undefined when no sentence does.
 */
export function namedHolder(name: string, ctx: AskContext): Participant | undefined {
  const wanted = fold(name);
  const outcome = ctx.index.search(name, {}, REPORTING_ARTICLES, { allWords: true });
  if (!outcome.matchedAll || wanted.split(/\s+/).length < 2) return undefined;
  const table = buildTitleTable();
  for (const hit of outcome.hits)
    for (const passage of hit.passages) {
      const paragraph = hit.article.paragraphs.find((p) => p.n === passage.paragraph);
      for (const { text } of paragraph ? splitSentences(paragraph.text) : []) {
        if (!fold(text).includes(wanted)) continue;
        const said = findMentions(tokenize(text), table, ctx.index.lexicon).find(
          (m) => m.kind === 'named' && m.name && fold(m.name).includes(wanted) && (m.title || m.country),
        );
        const country = said?.country && ctx.index.lexicon.countries.find((c) => c.code === said.country)?.name;
        if (said?.name) return { name: said.name, ...optional('title', said.title), ...optional('country', country) };
      }
    }
  return undefined;
}

/** A nickname in quotes and the family name after it: '"Bongbong" Marcos', 'Joko "Jokowi" Widodo'. */
const QUOTED_NICKNAME = /["“‘](\p{Lu}[\p{L}-]+)["”’],?\s+(?:\p{Lu}[\p{L}-]+\s+){0,2}?(\p{Lu}[\p{L}'-]{2,})/gu;

/**
 * The family name, folded, of the one a sentence gives a nickname in quotes that the asked name is or starts with
 * ("bongbong marcos", "Jokowi"); undefined when it gives none.
 * @example quotedNickname('"Bongbong" Marcos will meet President Pavel', 'bongbong marcos') // → 'marcos'
 */
function quotedNickname(sentence: string, wanted: string): string | undefined {
  for (const [, nickname, family] of sentence.matchAll(QUOTED_NICKNAME)) {
    const [first, ...rest] = wanted.split(/\s+/);
    if (first !== fold(nickname!)) continue;
    const surname = fold(family!);
    if (rest.length === 0 || rest.every((w) => w === surname)) return surname;
  }
  return undefined;
}

/**
 * A name (capitalised words, with particles) and the few words that may stand between it and an alias cue: "Mohamad,
 * who is popularly known as", "Mohamed Hamdan Dagalo, the RSF commander better known as".
 */
const NAME_WORD = /(?:\p{Lu}[\p{L}'’.-]+|al-\p{L}+|bin|ibn)/u.source;
const NAME_BEFORE_CUE = new RegExp(`(${NAME_WORD}(?:\\s+${NAME_WORD}){0,4}),?\\s+(?:[^\\s,.;]+\\s+){0,5}$`, 'u');

const fold = (text: string): string => withoutMarks(text).toLowerCase();

/** The words of a name a sentence may call someone by: each of at least three letters, folded. */
const nameWords = (name: string): string[] =>
  fold(name)
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length >= 3 && !/^(?:al|el|bin|ibn|abu|de|da|van|von)$/.test(w));

/**
 * The participant who holds an office asked of a country when the meetings do not say whose they are: among the
 * meetings of the other people asked, in briefings that name the country, the one participant of unknown country
 * with that office ("Foreign Minister Luigi Di Maio" for "the Italian foreign minister" who received Mangoush).
 * Undefined when none, or more than one, is.
 * @example roleHolder('Italian foreign minister', 'foreign minister', ['Mangoush'], {}, ctx)?.name
 *   // → 'Luigi Di Maio'
 */
export function roleHolder(
  query: string,
  office: string,
  others: readonly string[],
  range: DateRange | undefined,
  ctx: AskContext,
): Participant | undefined {
  const { lexicon } = ctx.index;
  const countryWords = query.replace(new RegExp(`\\b${office}\\b`, 'i'), ' ').replace(/'s\b/gi, ' ');
  const country = analyzeQuery(countryWords.replace(/\bthe\b/gi, ' ').trim(), lexicon);
  if (others.length === 0 || !countryKeys(country)) return undefined;
  // Whether a briefing names the country: read once a briefing, and only for a meeting with a candidate.
  const naming = new Map<string, boolean>();
  const names = (article: string): boolean => {
    const known = naming.get(article);
    if (known !== undefined) return known;
    const said = ctx.index.articles.get(article)?.paragraphs.some((p) => unitsMatch(country, termsOf(p.text, lexicon)));
    naming.set(article, said === true);
    return said === true;
  };
  const found = new Map<string, Participant>();
  for (const m of ctx.meetings.find({ ...(range ? { range } : {}), with: [...others] })) {
    const candidates = m.participants.filter(
      (p) =>
        p.name &&
        p.title &&
        !p.country &&
        titlesCompatible(p.title, office) &&
        !others.some((o) => ctx.meetings.participantMatches(p, o)),
    );
    if (candidates.length === 0 || !m.sources.some((s) => names(s.articleId))) continue;
    for (const p of candidates) found.set(p.name!, p);
    if (found.size > 1) return undefined;
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** Briefings read to tell whether a word is written as a name. */
const WORD_ARTICLES = 5;

/**
 * Whether the briefings write a word only as a word, in lower case wherever it is not a sentence's first: "collegium",
 * "quadripartite" are no one's names, whatever a question's words around them. False of a word they never write.
 * @example writtenAsWord('collegium', ctx) // → true of "the ministry's collegium met in Minsk"
 */
export function writtenAsWord(word: string, ctx: AskContext): boolean {
  const outcome = ctx.index.search(word, {}, WORD_ARTICLES, { allWords: true });
  if (!outcome.matchedAll) return false;
  const written = new RegExp(`(?<![\\p{L}\\d-])${literal(word)}(?![\\p{L}\\d-])`, 'giu');
  let seen = false;
  for (const hit of outcome.hits)
    for (const p of hit.article.paragraphs)
      for (const { text } of splitSentences(p.text))
        for (const m of text.matchAll(written)) {
          if (text.slice(0, m.index).trim() === '') continue;
          if (m[0] !== m[0].toLowerCase()) return false;
          seen = true;
        }
  return seen;
}
