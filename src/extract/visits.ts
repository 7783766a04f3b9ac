/**
 * Visits to a country, as a meeting of the visitor and that country: "who is on a working visit to Morocco", "paid
 * an official visit to Greece", "will visit Iraq next year", "who is currently visiting the Sultanate". Pure.
 */
import type { Place, PlaceLookup } from '../reference/places.js';
import type { Lexicon } from '../reference/lexicon.js';
import type { ResolvedDate } from './types.js';
import type { Mention } from './mentions.js';
import type { Tok } from './tokens.js';
import type { Trigger } from './triggers.js';
import { countryAt, countryOfWord, DETERMINERS } from './mentions.js';
import { isPossessive } from './tokens.js';
import { anyOf, pattern } from '../text/regex.js';

/** Words of a visit: the noun and the verb. */
const VISIT_WORDS = new Set(['visit', 'visits', 'visited', 'visiting']);
/** Verbs of a journey, a visit only when it is ahead: "is expected to travel to Dhaka", "would fly to Islamabad". */
const TRAVEL_WORDS = new Set(['travel', 'fly', 'head', 'go', 'come']);
/** Words before a visit noun that make it one: "a", "his", "an official", "her first". */
const NOUN_BEFORE = new Set(['a', 'an', 'his', 'her', 'their', 'its', 'the']);
/** Words that say the visit is ahead: "will visit", "is to visit", "is expected to pay a visit". */
const AHEAD = anyOf(
  [
    /\b(?:will|shall|would|(?:is|are|was|were) to|upcoming|forthcoming|next)\b/,
    /\b(?:plans?|planned|expected|scheduled|due|set) to\b/,
    /\b(?:planned|scheduled|slated|set|due) for\b/,
  ],
  'i',
);
/** What says the visit did not happen: "cancelled his visit", "did not visit". */
const NOT_HELD = /\b(?:cancel\w*|postpone\w*|call(?:ed)? off|not|never|denied|rejected|declined|shelved|scrapped)\b/i;
/** A journey only asked about or rumoured: "asked whether she would travel to Benghazi", "rumours that A would fly". */
const DOUBTED = /\b(?:whether|if|rumou?rs?|speculation|reports? that|denied|rejected)\b/i;
/** Words between a traveller and the journey ahead: "is expected to", "would", "will also". */
const TRAVEL_GAP_WORDS =
  'is are was were will would shall also now then still expected due set scheduled plans? planning to';
const TRAVEL_GAP = new RegExp(`^\\s*(?:(?:${TRAVEL_GAP_WORDS.split(' ').join('|')}) )*$`, 'i');
/** A journey to a gathering, not to the country: "will travel to Brussels for the NATO ministerial". */
const GATHERINGS = 'summit ministerial conference forum assembly session signing ceremony congress inauguration';
const TO_GATHERING = new RegExp(
  `^[^.;]*?\\bfor (?:the |an? )?(?:[\\w'’-]+ ){0,5}?(?:${GATHERINGS.split(' ').join('|')}|meeting of)\\b`,
  'i',
);
/**
 * A gathering of two countries only, whose session a journey there is a visit for: "the next meeting of the
 * Iran-Turkey High-Level Cooperation Council", "the joint commission", "bilateral consultations".
 */
function isBilateral(gathering: string, lexicon: Lexicon): boolean {
  if (/\b(?:bilateral|joint|bi-?national)\b/i.test(gathering)) return true;
  return gathering.split(/\s+/).some((w) => {
    const parts = w.split(/[-–]/);
    return parts.length === 2 && parts.every((x) => countryOfWord(x, lexicon) !== undefined);
  });
}

/** A word of telling right before a day: "officials said on Tuesday", "the ministry announced on". */
const TOLD_ON = /\b(?:said|says|announced|stated|confirmed|reported|told (?:reporters|journalists))\s*$/i;

/** An invitation to visit. */
const INVITED = /\binvit\w*/i;
/**
 * An invitation the visitor accepted, its inviter unnamed or named after it: "accepted an invitation to visit
 * Wellington next year", "accepted the invitation to pay an official visit to Laos", "accepted the invitation of his
 * counterpart to make a visit to Libreville", "also accepted an invitation, extended through the minister, to …".
 */
const ACCEPTED_INVITATION = pattern(
  [
    // "also accepted an invitation, extended through the Angolan minister, to undertake a state visit to".
    /^\s*(?:(?:has|had|also|formally|gladly|readily)\s+)*accept(?:ed|s)\s+(?:an?|the|his|her|their)\s+invitation\s*/,
    /(?:,[^,;]{1,60},\s*)?/,
    /(?:(?:of|from)\s+(?:[\p{L}'’.-]+\s+){1,5}?)?to/u,
    /(?:\s+(?:pay|make|undertake)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?)?\s*$/,
  ],
  'iu',
);
/** "the Kingdom", "the Sultanate": the country of the briefing's dateline, as readouts call their own. */
const OWN_COUNTRY = new Set(['kingdom', 'sultanate', 'country', 'republic', 'emirates', 'state', 'emirate']);

/** What a visit is read from: a sentence's text, tokens, people and meeting words. */
export interface VisitSentence {
  text: string;
  toks: Tok[];
  mentions: Mention[];
  triggers: Trigger[];
}

/** A visit a sentence reports: who, to which country (ISO alpha-3), the city when said, the day, whether ahead. */
export interface Visit {
  visitor: Mention;
  country: string;
  city?: Place;
  date?: ResolvedDate;
  ahead: boolean;
}

/** What a visit needs of its article. */
export interface VisitContext {
  lexicon: Lexicon;
  findPlace: PlaceLookup;
  dateline?: Place;
  meetingDate: (text: string) => ResolvedDate | undefined;
  /** The briefing says an invitation of the sentence was taken up, in it or the next ("she accepted with pleasure"). */
  accepted?: boolean;
}

/** The country (and the city, when one is named) at token i: "Iraq", "the United Arab Emirates", "Baghdad". */
function visitedAt(s: VisitSentence, i: number, ctx: VisitContext): { country: string; city?: Place } | undefined {
  const k = s.toks[i]?.norm === 'the' ? i + 1 : i;
  // A country by its name ("Iraq", "the Czech Republic"), or its capital ("the Armenian capital"); not "the Australian
  // Federal Police".
  const country = [k, i].map((at) => ({ at, found: countryAt(s.toks, at, ctx.lexicon) })).find((c) => c.found);
  if (country?.found) {
    const words = s.toks.slice(country.at, country.found.to).map((t) => t.text.toLowerCase());
    const named = ctx.lexicon.countries.some((c) => c.names.some((n) => n.toLowerCase() === words.join(' ')));
    const capital = s.toks[country.found.to]?.norm === 'capital';
    return named || capital ? { country: country.found.code } : undefined;
  }
  if (OWN_COUNTRY.has(s.toks[k]?.norm ?? '') && k > i && ctx.dateline)
    return { country: ctx.dateline.country, city: ctx.dateline };
  for (let n = 3; n >= 1; n -= 1) {
    const words = s.toks.slice(i, i + n);
    if (words.length < n || !words.every((t) => t.word && t.cap)) continue;
    const city = ctx.findPlace(words.map((t) => t.text).join(' '));
    if (city) return { country: city.country, city };
  }
  return undefined;
}

/** The visitor: the nearest person before the visit word in its part of the sentence. */
function visitorBefore(s: VisitSentence, at: number): Mention | undefined {
  // "accepted an invitation from His Majesty to visit Amman", "extended through the Angolan minister": not the one
  // the invitation is from or came through.
  const object = (m: Mention): boolean => {
    const k = DETERMINERS.has(s.toks[m.from - 1]?.norm ?? '') ? m.from - 2 : m.from - 1;
    return ['from', 'of', 'by', 'through', 'via'].includes(s.toks[k]?.norm ?? '');
  };
  const before = s.mentions.filter((m) => m.to <= at && m.kind !== 'group' && !object(m));
  const last = before.at(-1);
  if (!last || s.toks.slice(last.to, at).some((t) => t.norm === ';')) return undefined;
  return last;
}

/**
 * The visits a sentence reports: the visitor, the country, the city where said, and whether ahead. A visit told as
 * a verb beside another meeting of the sentence ("visited Baghdad, when he met A") is that meeting's trip, not one
 * more; a visit told as a noun ("who is on a working visit to") stands on its own.
 */
export function visitsOf(s: VisitSentence, ctx: VisitContext): Visit[] {
  for (const [i, t] of s.toks.entries()) {
    const travel = TRAVEL_WORDS.has(t.norm) && s.toks[i + 1]?.norm === 'to';
    if (!VISIT_WORDS.has(t.norm) && !travel) continue;
    const noun = (t.norm === 'visit' || t.norm === 'visits') && nounOpening(s, i);
    // "the state visit of the Leader of the Nation of Tajikistan to Kazakhstan": the visitor between "of" and "to".
    const of = noun ? visitorOf(s, i) : undefined;
    // "arrived in Islamabad on Sunday for a three-day visit": the visitor is before the arrival.
    const arrival = noun ? arrivedAt(s, i) : -1;
    const place =
      visitedAt(s, of ? of.to + 1 : s.toks[i + 1]?.norm === 'to' ? i + 2 : i + 1, ctx) ??
      (arrival >= 0 ? visitedAt(s, arrival + 2, ctx) : undefined);
    if (!place) continue;
    const met = s.triggers.some((x) => !x.among && x.kind !== 'visit' && (x.to <= i || x.from > i));
    // "would travel to Islamabad for talks with officials": the journey ahead, whoever is met there.
    if (!noun && !travel && t.norm !== 'visiting' && met) continue;
    // "an official visit to India by President A": the visitor after the place.
    const by = of ?? (noun ? visitorAfter(s, i) : undefined);
    const visitor = by ?? visitorBefore(s, arrival >= 0 ? arrival : i);
    if (!visitor) continue;
    const clause = s.text.slice(0, t.start);
    // The words between the visitor and the visit: "is expected to", "will also".
    const since = clause.slice(s.toks[visitor.to]?.start ?? 0);
    if (NOT_HELD.test(by ? s.text : since)) continue;
    // A journey is its traveller's only when told right after them, and neither doubted nor denied.
    const rest = s.text.slice(t.end);
    // A gathering's words run to the clause's end: "… for the next meeting of the Iran-Turkey Council, but …".
    const gathering = TO_GATHERING.test(rest) ? rest.split(/[,;]/)[0] : undefined;
    const toOthers = gathering !== undefined && !isBilateral(gathering, ctx.lexicon);
    if (travel && (!TRAVEL_GAP.test(`${since.trim()} `) || DOUBTED.test(clause) || toOthers)) continue;
    // An invitation to visit is the inviter's and the invitee's meeting (see triggers.ts); one accepted of no one named
    // is the invitee's visit ahead, and so is one taken up by the invitee named after it or after "to": "A invited B
    // to pay a visit to Vietnam; she accepted", "conveyed to B an invitation from C to visit Moldova".
    const accepted = ACCEPTED_INVITATION.test(since) || (ctx.accepted === true && isInvitee(s, visitor, i));
    if (INVITED.test(clause) && !accepted) continue;
    // "will undertake a state visit to Angola, officials said on Tuesday": a day of the telling is not the visit's.
    const said = ctx.meetingDate(s.text);
    const told = said !== undefined && TOLD_ON.test(s.text.slice(0, s.text.indexOf(said.text)));
    // A headline's infinitive, "Shehbaz to visit Turkiye", is a plan too (a visitor after "by" never opens one).
    const headline = visitor.from === 0 && /^\s*to\s*$/.test(since);
    const ahead = AHEAD.test(by ? s.text : since) || headline || accepted || said?.future === true;
    const date = told && ahead ? undefined : said;
    if (travel && !ahead) continue;
    const city = place.city ?? (ctx.dateline?.country === place.country ? ctx.dateline : undefined);
    // One visit a sentence: "will pay visits to Hungary, Slovakia and the Czech Republic" is read as its first.
    return [
      {
        visitor,
        country: place.country,
        ...(city && !(ahead && !place.city) ? { city } : {}),
        ...(date ? { date } : {}),
        ahead,
      },
    ];
  }
  return [];
}

/** Words of arriving somewhere: "arrived in Islamabad", "landed at Abuja". */
const ARRIVED = new Set(['arrive', 'arrived', 'arrives', 'arriving', 'land', 'landed', 'lands']);

/** Where the arrival before a visit noun at i is told: "arrived in Islamabad on Sunday for a three-day visit". */
const arrivedAt = (s: VisitSentence, at: number): number =>
  s.toks.findLastIndex((t, j) => j < at && ARRIVED.has(t.norm) && ['in', 'at'].includes(s.toks[j + 1]?.norm ?? ''));

/** Whether the visitor before a visit word at i is the one invited: named after the invitation, or after "to". */
function isInvitee(s: VisitSentence, visitor: Mention, at: number): boolean {
  const invitation = s.toks.findLastIndex((t, k) => k < at && INVITED.test(t.norm));
  return invitation >= 0 && (visitor.from > invitation || s.toks[visitor.from - 1]?.norm === 'to');
}

/** The visitor of a visit noun at i told after its place: "a visit to India by President A". */
function visitorAfter(s: VisitSentence, at: number): Mention | undefined {
  const by = s.toks.findIndex((t, k) => k > at && k <= at + 6 && t.norm === 'by');
  return by < 0 ? undefined : s.mentions.find((m) => m.kind === 'named' && m.from >= by + 1 && m.from <= by + 2);
}

/** The visitor of a visit noun at i told as "the visit of A to B". */
function visitorOf(s: VisitSentence, at: number): Mention | undefined {
  if (s.toks[at + 1]?.norm !== 'of') return undefined;
  const visitor = s.mentions.find((m) => m.kind !== 'group' && m.from === at + 2);
  return visitor && s.toks[visitor.to]?.norm === 'to' ? visitor : undefined;
}

/** Whether "visit" at i is a noun: after "a", "his", a possessive, past its adjectives ("a two-day official visit"). */
function nounOpening(s: VisitSentence, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k -= 1) {
    const w = s.toks[k]!;
    if (NOUN_BEFORE.has(w.norm) || isPossessive(w)) return true;
    if (!w.word || w.cap) return false;
  }
  return false;
}
