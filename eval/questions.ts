/**
 * The question sets of `eval/questions/` (see its README): reading them, and scoring a plain answer against the
 * facts a right answer must contain.
 */
import { readFile } from 'node:fs/promises';
import { format } from 'date-fns';
import { z } from 'zod';
import type { Answer } from '../src/ask/types.js';

const FACETS = ['when', 'where', 'who', 'what', 'count', 'yesno', 'planned', 'identity'] as const;

const QuestionCase = z.object({
  id: z.string().min(1),
  corpus: z.string().min(1),
  question: z.string().min(1),
  previous: z.string().min(1).optional(),
  /** In `para.json`: the id of the question this one says otherwise. */
  source: z.string().min(1).optional(),
  asks: z.array(z.enum(FACETS)),
  must: z.array(z.array(z.string().min(1)).min(1)),
  mustNot: z.array(z.string().min(1)).default([]),
  yesNo: z.enum(['yes', 'no', 'planned']).optional(),
  silent: z.boolean().optional(),
});
export type QuestionCase = z.infer<typeof QuestionCase>;

/** One question of a set and what its answer got right. */
export interface QuestionScore {
  id: string;
  question: string;
  answer: string;
  right: boolean;
  /** A `mustNot` word is in the answer: a wrong date, person or place given as fact. */
  confidentlyWrong: boolean;
  /** What the answer lacks or has wrong, for reading a miss. */
  problems: string[];
}

/** A question set file, checked. */
export async function readQuestions(path: string): Promise<QuestionCase[]> {
  const parsed = z.array(QuestionCase).safeParse(JSON.parse(await readFile(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues[0]?.message ?? 'not a question set'}`);
  const ids = parsed.data.map((q) => q.id);
  const twice = ids.find((id, i) => ids.indexOf(id) !== i);
  if (twice) throw new Error(`${path}: the id ${twice} is used twice`);
  return parsed.data;
}

/** Text without case, accents or repeated spaces, for matching facts. */
export const fold = (text: string): string =>
  text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');

/** The ways an answer may write a fact: "2021-07-14" is also "14 July 2021" and "July 14, 2021". */
export function factForms(fact: string): string[] {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(fact);
  const month =
    m && Number(m[2]) >= 1 && Number(m[2]) <= 12 ? format(new Date(2000, Number(m[2]) - 1, 1), 'MMMM') : undefined;
  if (!m || !month) return [fact];
  const [year, day] = [m[1]!, m[3] ? String(Number(m[3])) : undefined];
  if (!day) return [fact, `${month} ${year}`, `${month.slice(0, 3)} ${year}`];
  return [fact, `${day} ${month} ${year}`, `${month} ${day}, ${year}`, `${day} ${month.slice(0, 3)} ${year}`];
}

/**
 * Whether folded text holds a folded fact form: a number only as a whole number (the "3" of a count is not the 3 of
 * "2023", the "May 20" of a wrong day is not the start of "May 2026"), anything else anywhere.
 * @example holds('they met 3 times in 2023', '3') // → true
 */
export function holds(text: string, form: string): boolean {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${/^\d/.test(form) ? '(?<!\\d)' : ''}${escaped}${/\d$/.test(form) ? '(?!\\d)' : ''}`).test(text);
}

/** "The briefings do not say", in the words an answer may use. */
const SAYS_SILENT = /\b(?:no briefing|briefings? (?:do|does) not|do not (?:say|report|give)|report no|not reported)\b/;

/** The start a yes/no answer must have. */
const YES_NO_START: Record<NonNullable<QuestionCase['yesNo']>, RegExp> = {
  yes: /^yes\b/,
  no: /^no\b/,
  planned: /^planned, not confirmed\b/,
};

/** Score one plain answer: every fact there, the asked start, no wrong word. */
export function scoreAnswer(q: QuestionCase, answer: string): QuestionScore {
  const text = fold(answer);
  const problems: string[] = [];
  if (!text.trim()) problems.push('no answer');
  for (const fact of q.must) {
    const forms = fact.flatMap(factForms).map(fold);
    if (!forms.some((f) => holds(text, f))) problems.push(`lacks ${fact.join(' | ')}`);
  }
  const wrong = q.mustNot.filter((w) => factForms(w).some((f) => holds(text, fold(f))));
  for (const w of wrong) problems.push(`says ${w}`);
  if (q.yesNo && !YES_NO_START[q.yesNo].test(text.trim())) problems.push(`does not start with ${q.yesNo}`);
  if (q.silent && !SAYS_SILENT.test(text)) problems.push('does not say the briefings are silent');
  return {
    id: q.id,
    question: q.question,
    answer,
    right: problems.length === 0,
    confidentlyWrong: wrong.length > 0,
    problems,
  };
}

/** The plain sentences of an answer that a question is scored on: none for a list of search results. */
export const plainAnswer = (answer: Answer): string => (answer.kind === 'question' ? answer.text : '');

/** A question set's figures; `scores` of a blind set are shown only when asked (`--read-blind`). */
export interface QuestionSetReport {
  name: string;
  blind: boolean;
  scores: QuestionScore[];
}

const figures = (s: QuestionSetReport): { asked: number; right: number; confidentlyWrong: number } => ({
  asked: s.scores.length,
  right: s.scores.filter((x) => x.right).length,
  confidentlyWrong: s.scores.filter((x) => x.confidentlyWrong).length,
});

/** The question sets as text: a line of figures each, then the questions answered wrongly of the readable sets. */
export function formatQuestions(sets: readonly QuestionSetReport[], readBlind: boolean): string {
  const out = ['briefbot eval: questions', ''];
  for (const s of sets) {
    const f = figures(s);
    const share = f.asked > 0 ? ((100 * f.right) / f.asked).toFixed(1) : '—';
    out.push(`${s.name}: ${f.right}/${f.asked} right (${share}%), ${f.confidentlyWrong} confidently wrong`);
  }
  for (const s of sets.filter((x) => readBlind || !x.blind)) {
    const wrong = s.scores.filter((x) => !x.right);
    if (wrong.length > 0) out.push('', `${s.name}, answered wrongly:`);
    for (const x of wrong)
      out.push(`  ${x.id} ${x.question}`, `    → ${x.answer || '(no answer)'}`, `    ${x.problems.join('; ')}`);
  }
  if (sets.some((s) => s.blind) && !readBlind) out.push('', 'blind sets: figures only (--read-blind shows them).');
  return out.join('\n');
}

/** The question sets as JSON: figures, and each question's score for the readable sets. */
export const questionsJson = (sets: readonly QuestionSetReport[], readBlind: boolean): object[] =>
  sets.map((s) => ({
    name: s.name,
    blind: s.blind,
    ...figures(s),
    ...(readBlind || !s.blind ? { scores: s.scores } : {}),
  }));
