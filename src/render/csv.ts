/**
 * CSV as spreadsheets open it (RFC 4180): a header row, fields quoted when they hold a comma, a quote or a line break
 * (quotes doubled), rows ended by CRLF. Text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, a tab or a
 * carriage return first) gets a `'` in front, so that a briefing or a question cannot put a formula in someone's sheet.
 */
import type { AnswerOf } from '../ask/types.js';
import { formatPartialDate } from '../calendar.js';
import type { Citation } from '../types.js';
import { KIND_LABELS, meetingPlace, participantParts } from './meetings.js';

/** A field: text, or a number written as it is. */
export type CsvValue = string | number | undefined;

/** The byte-order mark a CSV file starts with, so that Excel reads it as UTF-8 (accents, ’ and — as written). */
export const CSV_BOM = '\ufeff';

/** How several values share one cell (participants, topics). */
export const CSV_JOIN = ' | ';

/**
 * One field as CSV: quoted when it must be, and text that starts like a formula defused with a leading `'`.
 * @example csvField('Dar, Ishaq') // → '"Dar, Ishaq"'
 * @example csvField('=1+1') // → "'=1+1"
 */
export function csvField(value: CsvValue): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV text, each ended by CRLF.
 * @example csvRows([['a', 'b'], ['1', 'x"y']]) // → 'a,b\r\n1,"x""y"\r\n'
 */
export function csvRows(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** The columns of a meetings export before its sources. */
export const MEETING_CSV_COLUMNS = ['date', 'status', 'kind', 'participants', 'place', 'event', 'topics'] as const;

/** The three columns of the n-th source of a meeting: `source_1_file`, `source_1_paragraph`, `source_1_url`. */
const sourceColumns = (n: number): string[] => [`source_${n}_file`, `source_${n}_paragraph`, `source_${n}_url`];

/** A citation's three cells: the file, the paragraph (`headline` for 0) and the URL. */
const sourceCells = (c: Citation): CsvValue[] => [c.file, c.paragraph === 0 ? 'headline' : c.paragraph, c.url];

/**
 * A meetings or timeline answer as CSV, one row per meeting in the answer's order: date (`YYYY-MM-DD`, `YYYY-MM` or
 * `YYYY`; empty when not stated), status, kind, participants with their titles and countries, place, event, topics,
 * then each source's file, paragraph and URL in numbered columns, as many as the meeting with the most sources needs.
 * @example meetingsCsv(answer).split('\r\n')[0]
 *   // → 'date,status,kind,participants,place,event,topics,source_1_file,source_1_paragraph,source_1_url'
 */
export function meetingsCsv(answer: AnswerOf<'meetings'>): string {
  const byNumber = new Map(answer.citations.map((c) => [c.n, c] as const));
  const rows = answer.items.map((item) => {
    const m = item.meeting;
    const people = m.participants.map((p) => {
      const { name, role } = participantParts(p);
      return role ? `${name} (${role})` : name;
    });
    const sources = item.citations.flatMap((n) => {
      const c = byNumber.get(n);
      return c ? [c] : [];
    });
    return {
      cells: [
        m.date ? formatPartialDate(m.date) : undefined,
        m.status,
        KIND_LABELS[m.kind],
        people.join(CSV_JOIN),
        meetingPlace(m),
        m.event,
        m.topics.join(CSV_JOIN),
      ],
      sources,
    };
  });
  const most = Math.max(1, ...rows.map((r) => r.sources.length));
  const header = [...MEETING_CSV_COLUMNS, ...Array.from({ length: most }, (_, i) => sourceColumns(i + 1)).flat()];
  // Every row has every column (RFC 4180): a meeting with fewer sources leaves the rest empty.
  const pad = (cells: CsvValue[]): CsvValue[] => [...cells, ...Array<CsvValue>(header.length - cells.length).fill('')];
  return csvRows([header, ...rows.map((r) => pad([...r.cells, ...r.sources.flatMap(sourceCells)]))]);
}

/**
 * The file name of a meetings export: what it lists, in lower case words of ASCII letters and digits, and the day.
 * @example csvFileName('Meetings with Russia', '2026-11-22') // → 'briefbot-meetings-with-russia-2026-11-22.csv'
 */
export function csvFileName(description: string, day: string): string {
  const words = description
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `briefbot-${words || 'meetings'}-${day}.csv`;
}
