import type { Article } from '../types.js';
import type { Lexicon } from '../reference/lexicon.js';
import { formatPartialDate } from '../calendar.js';
import { optional } from '../optional.js';
import type { Meeting, Participant } from './types.js';
import type { Report } from './extract.js';
import { coreTitle } from './people.js';

/** How many topics a meeting keeps, as extraction does. */
const MAX_TOPICS = 15;

/**
 * The meetings without what the given briefings reported: their sources leave, and a meeting that no other briefing
 * reports goes with them. A meeting left untouched is the same object, so its analysis can be reused.
 */
export function withoutArticles(meetings: readonly Meeting[], ids: ReadonlySet<string>): Meeting[] {
  if (ids.size === 0) return [...meetings];
  return meetings.flatMap((m) => {
    if (!m.sources.some((s) => ids.has(s.articleId))) return [m];
    const sources = m.sources.filter((s) => !ids.has(s.articleId));
    return sources.length > 0 ? [{ ...m, sources }] : [];
  });
}

/** The capitalised words of briefings: the names in them, among other words. */
export const capitalisedWords = (articles: readonly Article[]): Set<string> =>
  new Set(articles.flatMap((a) => a.paragraphs.flatMap((p) => p.text.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [])));

/** The people the given meetings name, as reports to resolve new briefings' names against. */
export function knownPeople(meetings: readonly Meeting[], lexicon: Lexicon): Report[] {
  const codeOf = new Map(lexicon.countries.map((c) => [c.name, c.code]));
  const seen = new Map<string, Report>();
  for (const m of meetings) {
    for (const p of m.participants) {
      if (!p.name) continue;
      const report: Report = {
        name: p.name,
        ...optional('title', p.title),
        ...optional('country', p.country ? codeOf.get(p.country) : undefined),
        ...optional('organization', p.organization),
      };
      seen.set(`${report.name}|${report.title ?? ''}|${report.country ?? ''}|${report.organization ?? ''}`, report);
    }
  }
  return [...seen.values()];
}

const participantKey = (p: Participant): string =>
  p.name ? `n:${p.name.toLowerCase()}` : `t:${coreTitle(p.title ?? '')}|${p.country ?? ''}|${p.organization ?? ''}`;
/** Meetings that may be one: the same sides, status and date. */
const meetingKey = (m: Meeting): string =>
  [m.status, m.date ? formatPartialDate(m.date) : '', ...[...new Set(m.participants.map(participantKey))].sort()].join(
    '\u0000',
  );

/**
 * Add the meetings of new briefings to the corpus's: a meeting another briefing already reports (the same sides and
 * status, both dated the same day, places that do not disagree) gains a source; any other is added.
 */
export function mergeMeetings(existing: readonly Meeting[], added: readonly Meeting[]): Meeting[] {
  const merged = [...existing];
  const byKey = new Map<string, number[]>();
  const names = new Set(added.flatMap((m) => m.participants.map((p) => p.name ?? '')));
  merged.forEach((m, i) => {
    if (!m.date || !m.participants.some((p) => names.has(p.name ?? ''))) return;
    const key = meetingKey(m);
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(i);
  });
  for (const m of added) {
    const i = m.date
      ? byKey
          .get(meetingKey(m))
          ?.find((k) => !(merged[k]!.location && m.location && merged[k]!.location !== m.location))
      : undefined;
    if (i === undefined) {
      merged.push(m);
      continue;
    }
    const e = merged[i]!;
    merged[i] = {
      ...m,
      ...e,
      ...optional('location', e.location ?? m.location),
      ...optional('venue', e.venue ?? m.venue),
      ...optional('event', e.event ?? m.event),
      topics: [...new Set([...e.topics, ...m.topics])].slice(0, MAX_TOPICS),
      sources: [...e.sources, ...m.sources],
    };
  }
  return merged;
}
