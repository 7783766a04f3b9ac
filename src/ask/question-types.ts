/**
 * The shape of a plain question as read ({@link Question}): what it asks of the meetings, and what its answer leaves
 * for a follow-up. Types only, shared by the reading (question.ts) and the thread (follow-up.ts).
 */
import type { DateRange } from '../calendar.js';
import type { MeetingFilter } from '../index/meeting-index.js';

/** A meeting an answer was about, by its place and its first and last day. */
export interface Placed {
  in: string;
  from: string;
  to: string;
}

/**
 * What a plain question asks of the meetings. A question may ask several things at once ("when and where did A meet
 * B, and what did they discuss?"): `facets` lists them in the order answers give them; `kind` is the first.
 */
export type QuestionKind = 'identity' | 'count' | 'yesno' | 'when' | 'where' | 'who' | 'what' | 'which' | 'planned';

export interface Question {
  kind: QuestionKind;
  facets: QuestionKind[];
  /** The people (or countries, or offices with a country) the question is about, as the question names them. */
  people: string[];
  /** `range` and `status` bound the meetings; `in` (a place) and `at` (an occasion or venue) are preferred. */
  filter: MeetingFilter;
  /**
   * How the meeting was held, when the question says: "by phone", "in person", "one-on-one" (two people, not a
   * meeting of several). Preferred, like the place.
   */
  how?: How;
  /** "is the korea-japan-china trilat happening?": a meeting of three or more at once, not one with each apart. */
  together?: true;
  /** "when did A meet B?": the words ask for a meeting in person, though they do not say so ("meet", "receive"). */
  met?: true;
  /** "When did A last meet B?": only the latest meeting; "first": only the earliest. */
  only?: 'last' | 'first';
  /**
   * The office a country stands for in `people`, when the question asked for an office of that country no one of the
   * briefings is known to hold ("costa rica's foreign minister" asked as "costa rica"): `{ 'costa rica': 'foreign
   * minister' }`.
   */
  roles?: Record<string, string>;
  /** "on what day …", "what date …": the day is asked, and a month is no answer to it. */
  day?: true;
  /** "how many foreign ministers did … receive?": the people counted, as the question says ("foreign ministers"). */
  counts?: string;
  /** "how many documents were signed?": the things counted, not meetings nor people ("documents"). */
  countsThings?: string;
  /**
   * The first days of the oldest and the newest meeting the answer was about: what "before that" in a follow-up is
   * before.
   */
  answered?: DateRange;
  /**
   * "what did A and B discuss in jan": the range's year is a guess (the newest briefing's), as the question named a
   * day or a month without one; of people who did not meet then, the same days of an earlier year they met in.
   */
  guessedYear?: true;
  /** The last day of the newest meeting the answer was about ("September 2020": the 30th), for "after that". */
  answeredUntil?: string;
  /** Where all the meetings the answer was about were held, when one place: what "there" in a follow-up is. */
  answeredIn?: string;
  /**
   * The one person the answer found the one person asked meeting ("who did A see in Oslo?" → B): whom "they" and
   * "those two" of a follow-up add.
   */
  answeredWith?: string;
  /** The place and days of each meeting the answer was about that has both: what "after Brasília" is after. */
  answeredAt?: Placed[];
  /** The named people of the meetings the answer was about: whom a follow-up's "she" may be. */
  answeredPeople?: string[];
  /** "who else did he see?": the people the thread asked of before, whom the answer leaves out. */
  except?: string[];
  /**
   * "where had A and B met before their Dushanbe talks?": the meeting the filter names is a landmark, and the answer
   * is the meeting of theirs nearest before (or after) it.
   */
  around?: 'before' | 'after';
  /**
   * "was that the first time they met?", "was the Dodoma meeting their first?": the answer is Yes when they had not met
   * before it, and No (with when) when they had.
   */
  firstTime?: true;
  /**
   * "when did A host B in Cairo, and had the two met before?": the pair's meeting nearest before the one answered is
   * asked too.
   */
  earlier?: true;
  /** "what did A and B say about Chabahar?": the topic asked of, which the answer looks for in what was said. */
  about?: string;
  /**
   * "what did NZ commit to?", "what did dhaka raise?": the word of saying asked, whose sentences the answer quotes
   * first (its stem: "commit", "rais").
   */
  saying?: string;
  /** "what's the Somali minister's name?": a name is asked, and an answer that has none says so. */
  asksName?: true;
  /** "how long did they talk?": how long the meeting lasted is asked. */
  howLong?: true;
  /**
   * A question whose words briefbot could not tie to anyone, any place or date of the briefings: its words, which the
   * answer says so of and finds the nearest passages for (never a bare list of search results).
   */
  unread?: string;
  /**
   * "is the Japarov who received Fidan in Bishkek the same person as …": of a person asked whether they are another,
   * whom they met and where, which says which one of a name; one for each of `people`, null where none is said.
   */
  which?: (Which | null)[];
  /** What the question asks about besides the meeting ("did the visa thing come up?"): its words, as asked. */
  subjects?: string[];
}

/** Whom someone asked met, and where: "the Japarov who received Fidan in Bishkek". */
export interface Which {
  with: string[];
  in?: string;
}

/** How a question asks a meeting was held. */
export type How = 'telephone' | 'in person' | 'one-on-one';
