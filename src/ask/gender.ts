/**
 * What the briefings show of someone's gender, for a follow-up's "she" or "he": "Ms Sheinbaum", "Mr Carney", or the
 * "her"/"his" after their name in the briefings that report their meetings. Pure: reads the meetings and articles.
 */
import type { MeetingIndex } from '../index/meeting-index.js';
import type { Article } from '../types.js';
import { literal } from '../text/regex.js';

export type Gender = 'female' | 'male';

/** Meetings read for someone's gender: the words of a dozen are enough. */
const MEETINGS_READ = 12;

/** How far after a name its "her" or "his" may come to be theirs: "Sheinbaum told her guest …". */
const PRONOUN_REACH = 40;

/**
 * The gender the briefings show of the person a query names, when they show one and only one.
 * @example genderOf('Sheinbaum', meetings) // → 'female' when a source says "Ms Sheinbaum" or "Sheinbaum … her"
 */
export function genderOf(
  query: string,
  meetings: Pick<MeetingIndex, 'find' | 'participantMatches'>,
  articles: ReadonlyMap<string, Article>,
): Gender | undefined {
  const found = meetings.find({ with: [query] }, MEETINGS_READ);
  const name = found
    .flatMap((m) => m.participants.filter((p) => p.name && meetings.participantMatches(p, query)))
    .map((p) => p.name!)[0];
  const surname = name?.split(/\s+/).at(-1);
  if (!surname) return undefined;
  const styled = (styles: string): RegExp =>
    new RegExp(`\\b(?:${styles})\\.?\\s+(?:[\\p{Lu}][\\p{L}'’-]*\\s+){0,2}${literal(surname)}\\b`, 'u');
  const [ms, mr] = [styled('Ms|Mrs|Madam|Madame|Dame'), styled('Mr|Sir')];
  // No one else named between the name and the pronoun: "Carney met Sheinbaum and her ministers" is not Carney's.
  const after = new RegExp(`\\b${literal(surname)}\\b([^\\p{Lu}]{0,${PRONOUN_REACH}}?)\\b(her|she|his|he)\\b`, 'u');
  let female = 0;
  let male = 0;
  const ids = new Set(found.flatMap((m) => m.sources.map((s) => s.articleId)));
  const sentences = [...ids].flatMap((id) =>
    (articles.get(id)?.paragraphs ?? []).flatMap((p) => p.sentences.map((x) => x.text)),
  );
  for (const sentence of sentences.filter((x) => x.includes(surname))) {
    if (ms.test(sentence)) female += 2;
    if (mr.test(sentence)) male += 2;
    const pronoun = after.exec(sentence)?.[2]?.toLowerCase();
    if (pronoun === 'her' || pronoun === 'she') female += 1;
    if (pronoun === 'his' || pronoun === 'he') male += 1;
  }
  return female > male ? 'female' : male > female ? 'male' : undefined;
}
