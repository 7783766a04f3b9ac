import type { Place } from '../reference/places.js';

/** Words that make a phrase an event: "SCO summit", "22nd meeting of the Council of Heads of Government". */
const EVENT_WORDS =
  /\b(?:summit|meeting|session|conference|forum|assembly|dialogue|ceremony|council|congress|convention|consultations|commission|committee|games|expo|talks|retreat|symposium|sidelines|margins|festival|celebrations?|parade|exercise|round)\b/i;
/** An event word alone says nothing: "during the meeting". */
const BARE_EVENT =
  /^(?:(?:this|that|same|first|second|recent)\s+)?(?:meeting|talks|session|call|visit|sidelines|margins|discussions?)$/i;
/** Words that make a phrase a venue: "Prime Minister’s House", "presidential palace Akorda". */
const VENUE_WORDS =
  /\b(?:house|palace|hall|hotel|cent(?:re|er)|office|ministry|embassy|residence|secretariat|headquarters|kremlin|building|villa|chancellery|pavilion|complex|white house|akorda)\b/i;
/** Where a phrase after "at", "on the sidelines of" … ends. */
const PHRASE_END =
  /\s+(?:in|on|at|being|held|which|where|when|to|local|during|from|this|last|next|along|today|yesterday|tomorrow|tonight|hosted|chaired|organi[sz]ed|attended|and\s+(?:discussed|agreed|exchanged|held|met|said))\b|[,;:.!?"“”]\s|[,;:.!?"“”]$|\s+\((?![A-Z]{2,8}\))|\s+—|\s+–/;

/** The first part of a phrase up to where it ends (see PHRASE_END), without a leading "the". */
export function phraseHead(text: string): string {
  const m = PHRASE_END.exec(text);
  const head = (m ? text.slice(0, m.index) : text).trim().replace(/[.,;:]+$/, '');
  return head.replace(/^the\s+/i, '');
}

/**
 * The event a sentence places a meeting at: "on the sidelines/margins of X", "at the X summit", "during the X".
 * @example findEvent('met on the sidelines of the SCO summit in Dushanbe') // → 'SCO summit'
 */
export function findEvent(sentence: string): string | undefined {
  for (const m of sentence.matchAll(
    /\b(?:on the (?:sidelines?|margins?|fringes?) of|at the|during the|on the occasion of|at a|while attending|attending the|to attend the)\s+/gi,
  )) {
    const head = phraseHead(sentence.slice(m.index + m[0].length));
    if (head.split(/\s+/).length > 20 || !/\p{L}/u.test(head) || /\bwith\b/i.test(head) || BARE_EVENT.test(head))
      continue;
    if (EVENT_WORDS.test(head) && !VENUE_WORDS.test(head)) return head;
  }
  return undefined;
}

/**
 * The venue a sentence names: "at the Prime Minister’s House", "@ presidential palace Akorda".
 * @example findVenue('During a meeting at the Prime Minister’s House on the margins of') // → 'Prime Minister’s House'
 */
export function findVenue(sentence: string): string | undefined {
  for (const m of sentence.matchAll(/(?:\bat|@|\binside)\s+(?:the\s+)?/gi)) {
    const head = phraseHead(sentence.slice(m.index + m[0].length));
    if (head.split(/\s+/).length <= 6 && VENUE_WORDS.test(head) && /\p{Lu}/u.test(head)) return head;
  }
  return undefined;
}

/** A place named in a sentence, with where it stands. */
export interface PlaceMention {
  place: Place;
  index: number;
}

/**
 * Cities a sentence names after "in", "at", "to" or "from" (or "here", which is the dateline's city).
 * @example findPlaces('met Lavrov in Bishkek in June 2019', places) // → [{ place: { name: 'Bishkek', … }, index: 14 }]
 */
export function findPlaces(sentence: string, places: ReadonlyMap<string, Place>, dateline?: Place): PlaceMention[] {
  const found: PlaceMention[] = [];
  for (const m of sentence.matchAll(
    /\b(?:in|at|to|from|into)\s+((?:\p{Lu}[\p{L}'’-]+)(?:\s+(?:(?:de|es|del|da|do|al|el|la|le|sur)\s+)?\p{Lu}[\p{L}'’-]+){0,2})/gu,
  )) {
    const place = places.get(m[1]!.toLowerCase());
    if (place) found.push({ place, index: m.index + m[0].length - m[1]!.length });
  }
  if (dateline) for (const m of sentence.matchAll(/\bhere\b/gi)) found.push({ place: dateline, index: m.index });
  return found.sort((a, b) => a.index - b.index);
}

/**
 * The city of an article's dateline: "ISLAMABAD:", "DUSHANBE/MOSCOW (Reuters) -", "BRASILIA, March 4 (Reuters) -".
 * @example findDateline('ISLAMABAD: Prime Minister …', places)?.name // → 'Islamabad'
 */
export function findDateline(firstParagraph: string, places: ReadonlyMap<string, Place>): Place | undefined {
  const m =
    /^\s*(\p{Lu}[\p{Lu} .'’/-]{2,40}?),\s*\p{Lu}\p{Ll}+\.?\s+\d{1,2}\.\s*\/\p{Lu}+\/\.?\s/u.exec(firstParagraph) ??
    /^\s*(\p{Lu}[\p{Lu} .'’/-]{2,40}?)(?:,\s*(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}|\d{1,2}\s+\p{Lu}\p{Ll}+))?\s*(?:\([^)]{1,40}\))?(?::\s|\s*[—–]\s?|\s+-{1,2}\s)/u.exec(
      firstParagraph,
    );
  if (!m) return undefined;
  const city = m[1]!.split('/')[0]!.trim().toLowerCase();
  return places.get(city);
}

/** Cues after which briefings list what was discussed. Specific lists first. */
const TOPIC_CUES = [
  /\b(?:in (?:the )?areas? of|areas? of|fields? of|sectors? of|including|such as|ranging from)\s+/gi,
  /\b(?:(?:talks|discussions|consultations|meeting|conversation|call) (?:on|about)|discussed|discussing|talked about|exchanged (?:views|ideas|opinions) on|reviewed|focused on|deliberated on|touched (?:up)?on|covered|the need (?:of|for)|emphasi[sz]ed (?:on )?the need (?:of|for)|support(?:ing)? (?:for )?|cooperation (?:in|on)|agreed on|signed (?:an? )?(?:agreements?|memorand(?:um|a)|mous?) on)\s+/gi,
];

const TOPIC_STOP =
  /^(?:including|such as|especially|particularly|notably|the|a|an|their|its|his|her|our|various|other|others|all|both|bilateral|mutual|issues?|matters?|ways?|means?|areas?|entire spectrum of|whole range of|a wide range of|wide range of|range of|possibility of|potential for|prospects? (?:of|for))\s+/i;

/** Clean one listed topic: no leading determiners, at most six words, no trailing punctuation. */
export function cleanTopic(item: string): string | undefined {
  let t = item
    .trim()
    .replace(/[.;:,)"“”]+$/, '')
    .replace(/^[("“”]+/, '');
  for (let i = 0; i < 4 && TOPIC_STOP.test(t); i += 1) t = t.replace(TOPIC_STOP, '');
  t = t
    .replace(/^\p{Lu}[\p{L}-]*['’]s\s+/u, '')
    .replace(/\s+(?:to|so as to|in order to)\s+\p{Ll}+\b.*$/u, '')
    .replace(/^(\S+(?:\s+\S+)?)\s+(?:between|among|amongst|with)\s+.*$/u, '$1');
  if (
    /^(?:others?|etc\.?|beyond|more|each other|one another|so on|(?:the )?(?:two|both) (?:countries|sides|nations|governments))$/i.test(
      t,
    )
  )
    return undefined;
  const words = t.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6 || !/\p{L}{3}/u.test(t)) return undefined;
  return words.join(' ');
}

/**
 * What a sentence says was discussed or agreed: the items of the list after a cue such as "discussed",
 * "in areas of", "including".
 * @example findTopics('agreed to cooperate in areas of trade, energy and connectivity.') // → ['trade', 'energy', 'connectivity']
 */
export function findTopics(sentence: string, isCountry: (word: string) => boolean = () => false): string[] {
  const topics: string[] = [];
  for (const cue of TOPIC_CUES) {
    for (const m of sentence.matchAll(cue)) {
      const rest = sentence.slice(m.index + m[0].length);
      const end =
        /[.;:!?](?:\s|$)|,?\s+(?:further|furthermore|meanwhile|also),?\s|\s+(?:while|where|which|marking|and (?:agreed|noted|said|expressed|reaffirmed|stressed|underscored|shared|also)|according to|as well as the need)\b|,\s+(?:said|according|officials|the (?:statement|ministry|office))\b/i.exec(
          rest,
        );
      const list = end ? rest.slice(0, end.index) : rest;
      for (const item of list.split(/,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)) {
        const topic = cleanTopic(item);
        if (topic && !isCountry(topic) && !topics.some((t) => t.toLowerCase() === topic.toLowerCase()))
          topics.push(topic);
      }
    }
    if (topics.length > 0) break;
  }
  return topics;
}
