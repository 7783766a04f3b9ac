import type { MeetingFilter } from '../index/meeting-index.js';
import { parseMeetingFilter } from './meeting-query.js';
import { alternatives, pattern } from '../text/regex.js';

/** What a plain question asks about meetings. `people` are names, surnames, countries or titles as typed. */
export type QuestionKind = 'when' | 'who' | 'where' | 'what' | 'which' | 'count' | 'planned';

export interface Question {
  kind: QuestionKind;
  /** The people (or countries) the question is about, in its order. */
  people: string[];
  filter: MeetingFilter;
}

/** The people and period a thread's last question was about, for follow-ups ("and where?"). */
export interface QuestionContext {
  people: string[];
  filter: MeetingFilter;
}

/** Verbs of meeting as questions write them: "meet", "hold talks with", "call on". */
const MEET = alternatives([
  'meet',
  'met',
  'meeting',
  'meet with',
  'met with',
  'hold talks with',
  'held talks with',
  'have talks with',
  'talk to',
  'talk with',
  'speak to',
  'speak with',
  'call on',
  'called on',
  'visit',
  'visited',
]);
const AUX = '(?:did|does|do|has|have|had|was|were|will|is|are)';
const FILTER_START = /\s+(?=(?:in|during|at|since|before|after|between|from|until|last|this|on the sidelines)\b)/i;
const PRONOUN = /^(?:they|them|he|she|him|her|the two|both|these two|the two of them)$/i;

/** Split "A and B", "A, B and C" into names; "A with B" too. */
export function splitPeople(text: string): string[] {
  return text
    .split(/\s*,\s*|\s+and\s+|\s+with\s+|\s*&\s*/i)
    .map((p) => p.trim().replace(/^(?:the\s+)?(?=\p{Lu})/u, ''))
    .filter(Boolean);
}

/** Separate trailing filter words ("in Bishkek during 2023") from the people before them. */
function peopleAndFilter(text: string, today: Date): { people: string[]; filter: MeetingFilter } | undefined {
  const [head = '', ...rest] = text.split(FILTER_START);
  if (rest.length === 0 && /^\s*$/.test(head)) return { people: [], filter: {} };
  const filter = parseMeetingFilter(rest.join(' '), today);
  return filter.ok ? { people: splitPeople(head), filter: filter.value } : undefined;
}

/** Normalise a question: no mention of the bot, no trailing punctuation, single spaces. */
export function cleanQuestion(text: string): string {
  return text
    .replace(/<@[A-Z0-9]+(?:\|[^>]*)?>/g, ' ')
    .replace(/^\s*@?briefbot\b[:,]?/i, '')
    .replace(/[?!.]+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Rule {
  /** The question form, for people: "when did A meet B". */
  name: string;
  re: RegExp;
  build: (m: RegExpExecArray, today: Date) => Question | undefined;
}

/** A question naming people before the verb (`subject`) and maybe after it, with filter words at the end. */
const withPeople = (kind: QuestionKind, subject: string, tail: string, today: Date): Question | undefined => {
  const parsed = peopleAndFilter(` ${tail}`, today);
  if (!parsed) return undefined;
  const people = [...splitPeople(subject), ...parsed.people];
  return people.length > 0 ? { kind, people, filter: parsed.filter } : undefined;
};

/** Words that end a question: people, a period or a place (group numbered by the rule). */
const TAIL = '(?: (.+))?$';

/** "What meetings are planned in May?" */
const PLANNED = pattern(
  [
    '^',
    alternatives(['what', 'which', 'any']),
    ' (?:meetings? |talks |visits? )?(?:is |are )?',
    alternatives(['planned', 'upcoming', 'scheduled', 'coming up', 'ahead']),
    TAIL,
  ],
  'i',
);

/** The planned meetings of a filter ("with Lavrov in May"). */
function plannedMeetings(m: RegExpExecArray, today: Date): Question | undefined {
  const f = parseMeetingFilter(m[1] ?? '', today);
  if (!f.ok) return undefined;
  return { kind: 'planned', people: f.value.with ?? [], filter: { ...f.value, status: 'planned' } };
}

/** What a question asks of the meetings: "happened", "were held", "did A have", "has A had". */
const WHICH_VERBS = alternatives([
  'happened',
  'took place',
  'were held',
  'are there',
  'were there',
  'did (.+?) have',
  'has (.+?) had',
]);
/** "Which meetings did Lavrov have in 2023?", "list talks in Bishkek": person in group 1 or 2, filter in group 3. */
const WHICH = pattern(
  [
    '^',
    alternatives(['which', 'what', 'list', 'show', 'any']),
    ' ',
    alternatives(['meetings', 'talks', 'visits', 'calls']),
    `(?: ${WHICH_VERBS})?`,
    TAIL,
  ],
  'i',
);

/** The meetings of a person and filter ("did Lavrov have" + "in 2023"). */
function whichMeetings(m: RegExpExecArray, today: Date): Question | undefined {
  const person = m[1] ?? m[2];
  const f = parseMeetingFilter(`${person ? `with ${person} ` : ''}${m[3] ?? ''}`, today);
  return f.ok ? { kind: 'which', people: f.value.with ?? [], filter: f.value } : undefined;
}

/** Question forms, most specific first. Each names the people before or after the meeting verb. */
const RULES: readonly Rule[] = [
  {
    name: 'how many times did A meet B',
    re: new RegExp(`^how many (?:times|meetings) ${AUX} (.+?) (?:${MEET}|have with|had with)${TAIL}`, 'i'),
    build: (m, t) => withPeople('count', m[1]!, m[2] ?? '', t),
  },
  {
    name: 'when did A meet B',
    re: new RegExp(`^when ${AUX} (.+?) ${MEET}${TAIL}`, 'i'),
    build: (m, t) => withPeople('when', m[1]!, m[2] ?? '', t),
  },
  {
    name: 'where did A meet B',
    re: new RegExp(`^where ${AUX} (.+?) ${MEET}${TAIL}`, 'i'),
    build: (m, t) => withPeople('where', m[1]!, m[2] ?? '', t),
  },
  {
    name: 'who did A meet',
    re: new RegExp(`^who ${AUX} (.+?) ${MEET}${TAIL}`, 'i'),
    build: (m, t) => withPeople('who', m[1]!, m[2] ?? '', t),
  },
  {
    name: 'who met A',
    re: new RegExp(
      `^who (?:met|meets|has met|called on|visited|held talks with|spoke (?:to|with))(?: with)? (.+)$`,
      'i',
    ),
    build: (m, t) => withPeople('who', '', m[1]!, t),
  },
  {
    name: 'what did A discuss',
    re: /^what (?:did|do|does|have|has|will) (.+?) (?:discuss|talk about|agree on|agree|sign|say|cover)(?: (.+))?$/i,
    build: (m, t) => withPeople('what', m[1]!, m[2] ?? '', t),
  },
  { name: 'what meetings are planned', re: PLANNED, build: plannedMeetings },
  { name: 'which meetings did A have', re: WHICH, build: whichMeetings },
];

/** Follow-ups: "and where?", "what did they discuss?", "when?", "and in 2019?". */
const FOLLOW_UP: readonly { re: RegExp; kind: QuestionKind | undefined }[] = [
  { re: /^(?:and |so )?(?:when|what date)$/i, kind: 'when' },
  { re: /^(?:and |so )?where$/i, kind: 'where' },
  { re: /^(?:and |so )?(?:what about|about what|on what|what topics?)$/i, kind: 'what' },
  { re: /^(?:and |so )?how many times$/i, kind: 'count' },
  { re: /^(?:and |so )?who else$/i, kind: 'who' },
];

/**
 * Read a plain question about meetings. A question that names no one ("and where?", "what did they discuss?")
 * takes the people and period of the thread's last question. Undefined when it is not a meeting question
 * (the caller falls back to search).
 * @example parseQuestion('When did Qureshi meet Lavrov?', today)
 * // → { kind: 'when', people: ['Qureshi', 'Lavrov'], filter: {} }
 */
export function parseQuestion(text: string, today: Date, previous?: QuestionContext): Question | undefined {
  const q = cleanQuestion(text);
  for (const f of FOLLOW_UP) {
    if (f.re.test(q) && previous && f.kind) return { kind: f.kind, people: previous.people, filter: previous.filter };
  }
  const tail = /^and (?=(?:in|during|since|before|after|at)\b)(.+)$/i.exec(q);
  if (tail && previous) {
    const f = parseMeetingFilter(tail[1]!, today);
    if (f.ok) return { kind: 'when', people: previous.people, filter: { ...previous.filter, ...f.value } };
  }
  for (const rule of RULES) {
    const m = rule.re.exec(q);
    if (!m) continue;
    const question = rule.build(m, today);
    if (!question) continue;
    const pronouns = question.people.length > 0 && question.people.every((p) => PRONOUN.test(p));
    if (pronouns && previous)
      return { ...question, people: previous.people, filter: { ...previous.filter, ...question.filter } };
    if (!pronouns) return question;
  }
  return undefined;
}

/** True when text reads as a question rather than search terms. */
export const looksLikeQuestion = (text: string): boolean =>
  /\?\s*$/.test(text) ||
  /^(?:when|who|whom|where|what|which|how|did|does|do|has|have|is|are|was|were|and|any|list|show)\b/i.test(
    cleanQuestion(text),
  );
