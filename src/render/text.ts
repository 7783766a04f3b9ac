import type { Answer, AnswerOf, SourceRow } from '../ask/types.js';
import { warningLine } from '../corpus/load-corpus.js';
import type { Citation } from '../types.js';
import type { Segment } from '../index/excerpt.js';
import { HELP_LINES, NO_SUGGESTION_TIPS, NOTHING_MATCHED, PARTIAL_MATCH } from '../ask/messages.js';
import { citationParts, dateLabel, pageLabel, pageSuffix, plural } from './format.js';
import { KIND_LABELS, meetingDateLabel, meetingPlace, participantParts } from './meetings.js';
import { DATE_NOT_STATED, NO_MEETINGS } from '../ask/messages.js';

/** How the console marks matched words: ANSI bold on a terminal, `*word*` otherwise. */
export type Emphasis = (text: string) => string;
export const ANSI_BOLD: Emphasis = (t) => `\u001b[1m${t}\u001b[22m`;
export const STAR_BOLD: Emphasis = (t) => `*${t}*`;

/**
 * Remove ANSI escape sequences, control characters and bidi overrides from article or user text before it reaches a
 * terminal.
 */
export const plainText = (text: string): string =>
  text
    .replace(/\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g, '')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '');

/** A citation as one line of plain text. */
export function citationLine(c: Citation): string {
  const [n, ...rest] = citationParts(c).map(plainText);
  return `${n} ${rest.join(' · ')}${c.url ? ` · ${plainText(c.url)}` : ''}`;
}

const excerptText = (segments: Segment[], bold: Emphasis): string =>
  segments.map((s) => (s.hit ? bold(plainText(s.text)) : plainText(s.text))).join('');

function searchText(a: AnswerOf<'search'>, bold: Emphasis): string[] {
  const range = a.rangeText ? ` (${a.rangeText})` : '';
  if (a.total === 0) {
    const tips =
      a.suggestions.length > 0
        ? `Did you mean ${a.suggestions.map((s) => `"${plainText(s)}"`).join(' or ')}?`
        : NO_SUGGESTION_TIPS;
    return [`${NOTHING_MATCHED} "${plainText(a.query)}"${range}. ${tips}`];
  }
  const lines = [
    `${plural(a.total, 'briefing')} match "${plainText(a.query)}"${range}${pageSuffix(a.page, a.pageCount)}`,
  ];
  if (a.partial) lines.push(PARTIAL_MATCH);
  a.items.forEach((item, i) => {
    lines.push(
      '',
      bold(plainText(item.title)),
      `  ${excerptText(item.excerpt, bold)}`,
      `  ${citationLine(a.citations[i]!)}`,
    );
    if (item.alsoParagraphs.length > 0) lines.push(`  also ${item.alsoParagraphs.map((p) => `¶${p}`).join(', ')}`);
  });
  if (a.page < a.pageCount) lines.push('', `More: type "more" for page ${a.page + 1}.`);
  return lines;
}

function meetingsText(a: AnswerOf<'meetings'>, bold: Emphasis): string[] {
  if (a.total === 0) return [`${NO_MEETINGS}: ${plainText(a.description)}.`];
  const lines = [`${plainText(a.description)} — ${plural(a.total, 'meeting')}${pageSuffix(a.page, a.pageCount)}`];
  let undatedShown = false;
  for (const item of a.items) {
    const m = item.meeting;
    if (!m.date && !undatedShown) {
      lines.push('', `— ${DATE_NOT_STATED} —`);
      undatedShown = true;
    }
    const people = m.participants.map((p) => {
      const { name, role } = participantParts(p);
      return `${bold(plainText(name))}${role ? ` (${plainText(role)})` : ''}`;
    });
    const place = meetingPlace(m);
    lines.push('', `${bold(meetingDateLabel(m))}${place ? ` · ${plainText(place)}` : ''} · ${KIND_LABELS[m.kind]}`);
    lines.push(`  ${people[0] ?? ''}${people.length > 1 ? ` with ${people.slice(1).join(', ')}` : ''}`);
    if (m.event) lines.push(`  at ${plainText(m.event)}`);
    if (m.topics.length > 0) lines.push(`  topics: ${plainText(m.topics.join(', '))}`);
    if (m.sources[0]) lines.push(`  "${plainText(m.sources[0].sentence)}"`);
    if (m.dateBasis) lines.push(`  date ${plainText(m.dateBasis)}`);
    for (const n of item.citations) {
      const c = a.citations.find((x) => x.n === n);
      if (c) lines.push(`  ${citationLine(c)}`);
    }
  }
  if (a.page < a.pageCount) lines.push('', `More: type "more" for page ${a.page + 1}.`);
  return lines;
}

/** One briefing of `sources`: id, date, title, and how many paragraphs and meetings. */
function sourceRowText(r: SourceRow): string {
  const counts = `${plural(r.paragraphs, 'paragraph')}, ${plural(r.meetings, 'meeting')}`;
  return `  ${plainText(r.id)}  ${dateLabel(r.published)}  ${plainText(r.title)}  (${counts})`;
}

function bodyText(answer: Answer, bold: Emphasis): string[] {
  switch (answer.kind) {
    case 'help':
      return ['briefbot help', ...HELP_LINES.map(([cmd, what]) => `  ${cmd} — ${what}`)];
    case 'error':
      return [`! ${plainText(answer.message)}`];
    case 'search':
      return searchText(answer, bold);
    case 'meetings':
      return meetingsText(answer, bold);
    case 'question':
      return [
        plainText(answer.text),
        ...answer.evidence.map((e) => `  "${excerptText(e.segments, bold)}" [${e.n}]`),
        ...answer.citations.map((c) => `  ${citationLine(c)}`),
      ];
    case 'sources': {
      const rows = answer.rows.map(sourceRowText);
      const warnings = answer.warnings.map((w) => `  ${plainText(warningLine(w))}`);
      return [`Briefings (${answer.total})${pageSuffix(answer.page, answer.pageCount)}`, ...rows, ...warnings];
    }
    case 'source': {
      const { article } = answer;
      const meta = [
        dateLabel(article.published),
        article.file,
        article.source ?? '',
        pageLabel(answer.page, answer.pageCount),
      ].filter(Boolean);
      const paras = answer.paragraphs.map((p) => `¶${p.n} ${p.heading ? bold(plainText(p.text)) : plainText(p.text)}`);
      const more = answer.page < answer.pageCount ? ['', `More: type "more" for page ${answer.page + 1}.`] : [];
      return [
        bold(plainText(article.title)),
        meta.map(plainText).join(' · '),
        '',
        ...paras.flatMap((p) => [p, '']),
        ...more,
      ];
    }
  }
}

/**
 * An answer as plain text for the console and the CLI.
 * @example
 * renderText(answer, STAR_BOLD)
 * // → '1 briefing match "CASA-1000"\n\nIshaq Dar Key Diplomatic Visit to Bishkek\n  …*CASA-1000*…'
 */
export function renderText(answer: Answer, bold: Emphasis): string {
  return [...(answer.notice ? [answer.notice] : []), ...bodyText(answer, bold)].join('\n').trimEnd();
}
