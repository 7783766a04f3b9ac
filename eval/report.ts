/** The evaluation report: gathered from corpus scores, printed as text or as one JSON object. Pure. */
import type { Meeting } from '../src/extract/types.js';
import type { RegistryEntry } from '../src/extract/registry.js';
import type { CorpusWarning } from '../src/types.js';
import {
  addTallies,
  formatDate,
  meetingFiles,
  metricsOf,
  participantLabel,
  type CorpusScore,
  type ExpectedMeeting,
  type MatchedPair,
  type Metrics,
  type Miss,
  type Tally,
} from './score.js';

/** One corpus's part of the report. */
export interface CorpusReport {
  name: string;
  dir: string;
  articles: number;
  /** Corpus load warnings and expectation problems (a file without expectations, an expectation without a file). */
  warnings: CorpusWarning[];
  score: CorpusScore;
  people: PeopleFigures;
}

/** What the people registry holds for a corpus. */
export interface PeopleFigures {
  /** People the corpus names. */
  people: number;
  /** People written in more than one way ("Sergey Lavrov", "Sergei Lavrov", "Lavrov"), joined into one. */
  merged: number;
  /** Offices someone holds in the briefings, and how many of them dated briefings give days to. */
  offices: number;
  dated: number;
}

/** The registry's figures from its entries. */
export function peopleFigures(entries: readonly RegistryEntry[]): PeopleFigures {
  const offices = entries.flatMap((e) => e.offices);
  return {
    people: entries.length,
    merged: entries.filter((e) => e.spellings.length > 1).length,
    offices: offices.length,
    dated: offices.filter((o) => o.from !== undefined).length,
  };
}

/** Extraction speed over every loaded article. */
export interface SpeedReport {
  articles: number;
  runs: number;
  ms: number;
  articlesPerSecond: number;
}

/** Everything `npm run eval` prints. */
export interface EvalReport {
  corpora: CorpusReport[];
  overall: { tally: Tally; metrics: Metrics };
  speed?: SpeedReport;
}

/** Gathers corpus reports and speed into the report, with overall figures summed over corpora. */
export function buildReport(corpora: CorpusReport[], speed?: SpeedReport): EvalReport {
  const t = addTallies(...corpora.map((c) => c.score.tally));
  const report: EvalReport = { corpora, overall: { tally: t, metrics: metricsOf(t) } };
  if (speed) report.speed = speed;
  return report;
}

/**
 * A share as a percentage with one decimal, or "—" when there is nothing to measure.
 * @example pct(0.5) // → '50.0%'
 */
export const pct = (x: number | null): string => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

const SENTENCE_MAX = 160;
const clip = (s: string, n = SENTENCE_MAX): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/** One line describing an expected meeting. @example 'Ana Costa + Foreign Minister of Kenya · 2024-03-04 · Nairobi · held talks' */
export function describeExpected(e: ExpectedMeeting): string {
  const bits = [e.participants.join(' + '), e.date ?? 'no date', e.location ?? 'no place', `${e.status} ${e.kind}`];
  if (e.event) bits.push(e.event);
  return bits.join(' · ');
}

/** One line describing a predicted meeting. */
export function describePredicted(m: Meeting): string {
  const bits = [
    m.participants.map(participantLabel).join(' + ') || '(no participants)',
    formatDate(m.date) ?? 'no date',
    m.location ?? 'no place',
    `${m.status} ${m.kind}`,
  ];
  if (m.event) bits.push(m.event);
  return bits.join(' · ');
}

/** Where a predicted meeting was reported: `file ¶n`, and its first evidence sentence. */
function whereFrom(m: Meeting): { at: string; sentence: string } {
  const at = m.sources.map((s) => `${s.file || s.articleId} ¶${s.paragraph}`).join(', ') || '(no source)';
  return { at, sentence: m.sources[0]?.sentence ?? '' };
}

/** What differs in a matched pair, e.g. `date 2023-10-25 ≠ expected null`. */
export function pairDifferences(p: MatchedPair): string[] {
  const out: string[] = [];
  if (!p.dateOk) {
    const basis = p.predicted.dateText ? ` (from "${p.predicted.dateText}")` : '';
    out.push(`date ${formatDate(p.predicted.date) ?? 'null'}${basis} ≠ expected ${p.expected.date ?? 'null'}`);
  }
  if (!p.locationOk) out.push(`location ${p.predicted.location ?? 'null'} ≠ expected ${p.expected.location ?? 'null'}`);
  if (!p.statusOk) out.push(`status ${p.predicted.status} ≠ expected ${p.expected.status}`);
  if (!p.kindOk) out.push(`kind ${p.predicted.kind} ≠ expected ${p.expected.kind}`);
  if (p.topicsFound < p.expected.topics.length)
    out.push(`topics ${JSON.stringify(p.predicted.topics)} lack some of ${JSON.stringify(p.expected.topics)}`);
  if (p.countriesWrong > 0) {
    const given = p.predicted.participants.map(
      (x) => `${x.name ?? x.title ?? '?'}: ${x.country ?? x.organization ?? 'unknown'}`,
    );
    out.push(`countries ${given.join(', ')} ≠ expected ${JSON.stringify(p.expected.countries)}`);
  }
  return out;
}

/** Orders files worst first: lowest F1 (then recall, then name). */
function fileOrder(c: CorpusReport): Map<string, number> {
  const sorted = [...c.score.files].sort(
    (a, b) =>
      (a.metrics.f1 ?? 1) - (b.metrics.f1 ?? 1) ||
      (a.metrics.recall ?? 1) - (b.metrics.recall ?? 1) ||
      a.file.localeCompare(b.file),
  );
  return new Map(sorted.map((f, i) => [f.file, i]));
}

const rankOf = (order: Map<string, number>, files: readonly string[]): number =>
  Math.min(...files.map((f) => order.get(f) ?? Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER);

/** The misses, spurious predictions and field mismatches of every corpus, worst files first. */
export function problems(report: EvalReport): {
  missed: { corpus: string; miss: Miss }[];
  spurious: { corpus: string; predicted: Meeting }[];
  mismatched: { corpus: string; pair: MatchedPair; differences: string[] }[];
} {
  const missed: { corpus: string; miss: Miss; rank: number }[] = [];
  const spurious: { corpus: string; predicted: Meeting; rank: number }[] = [];
  const mismatched: { corpus: string; pair: MatchedPair; differences: string[]; rank: number }[] = [];
  report.corpora.forEach((c, ci) => {
    const order = fileOrder(c);
    const base = ci * 1e6;
    for (const miss of c.score.missed)
      missed.push({ corpus: c.name, miss, rank: base + rankOf(order, miss.expected.files) });
    for (const predicted of c.score.spurious)
      spurious.push({ corpus: c.name, predicted, rank: base + rankOf(order, meetingFiles(predicted)) });
    for (const pair of c.score.pairs) {
      const differences = pairDifferences(pair);
      if (differences.length > 0)
        mismatched.push({ corpus: c.name, pair, differences, rank: base + rankOf(order, pair.expected.files) });
    }
  });
  const byRank = <T extends { rank: number }>(list: T[]): T[] => [...list].sort((a, b) => a.rank - b.rank);
  return { missed: byRank(missed), spurious: byRank(spurious), mismatched: byRank(mismatched) };
}

const METRIC_COLUMNS: readonly [string, keyof Metrics][] = [
  ['precision', 'precision'],
  ['recall', 'recall'],
  ['F1', 'f1'],
  ['date', 'dateAccuracy'],
  ['place', 'locationAccuracy'],
  ['status', 'statusAccuracy'],
  ['kind', 'kindAccuracy'],
  ['topics', 'topicRecall'],
  ['merged', 'sourcesComplete'],
];

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const countCells = (t: Tally): string[] => [String(t.expected), String(t.predicted), String(t.matched)];
const metricCells = (m: Metrics): string[] => METRIC_COLUMNS.map(([, k]) => pct(m[k]));
/** Participants given another country or organisation than expected, of those the expectations and output state. */
const countryCell = (t: Tally): string =>
  t.countriesChecked === 0 ? '—' : `${t.countriesWrong}/${t.countriesChecked}`;

/** The report as text for a developer: totals, files worst first, then what to fix (up to `limit` of each). */
export function formatReport(report: EvalReport, options: { limit?: number } = {}): string {
  const limit = options.limit ?? 20;
  const out: string[] = ['briefbot eval: meeting extraction', ''];
  const header = [
    'corpus',
    'articles',
    'expected',
    'predicted',
    'matched',
    ...METRIC_COLUMNS.map(([h]) => h),
    'wrong country',
  ];
  const rows = report.corpora.map((c) => [
    c.name,
    String(c.articles),
    ...countCells(c.score.tally),
    ...metricCells(c.score.metrics),
    countryCell(c.score.tally),
  ]);
  const articles = report.corpora.reduce((n, c) => n + c.articles, 0);
  const overall = report.overall;
  rows.push([
    'overall',
    String(articles),
    ...countCells(overall.tally),
    ...metricCells(overall.metrics),
    countryCell(overall.tally),
  ]);
  out.push(table([header, ...rows]), '');
  out.push(
    'precision = matched/predicted, recall = matched/expected; date, place, status, kind = share of matched pairs',
  );
  out.push(
    'that agree; topics = expected topic words found; merged = multi-source meetings cited in every source;',
    'wrong country = participants given another country or organisation, of those both sides state.',
    '',
  );
  const peopleRows = report.corpora.map((c) => [
    c.name,
    ...[c.people.people, c.people.merged, c.people.offices, c.people.dated].map(String),
  ]);
  out.push(table([['people registry', 'people', 'several spellings', 'offices', 'offices with dates'], ...peopleRows]));
  out.push(
    'people = persons named, after joining spellings and short forms; several spellings = people written in more',
    'than one way; offices with dates = offices that dated briefings show someone in.',
    '',
  );

  for (const c of report.corpora) {
    const order = fileOrder(c);
    const files = [...c.score.files].sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
    out.push(`${c.name} (${c.dir}), files worst first:`);
    const fileRows = files.map((f) => [
      `  ${f.file}`,
      ...countCells(f.tally),
      pct(f.metrics.precision),
      pct(f.metrics.recall),
      pct(f.metrics.dateAccuracy),
      pct(f.metrics.locationAccuracy),
      pct(f.metrics.statusAccuracy),
    ]);
    out.push(
      table([['  file', 'exp', 'pred', 'match', 'precision', 'recall', 'date', 'place', 'status'], ...fileRows]),
    );
    for (const w of c.warnings) out.push(`  ! ${w.file}: ${w.reason}`);
    if (c.score.unscored.length > 0)
      out.push(`  (${c.score.unscored.length} predicted meetings from files without expectations not scored)`);
    out.push('');
  }

  const { missed, spurious, mismatched } = problems(report);
  out.push(`Missed: expected meetings not found (${missed.length})`);
  for (const { corpus, miss } of missed.slice(0, limit)) {
    out.push(`  [${corpus}] ${miss.expected.id}: ${describeExpected(miss.expected)}`);
    const n = miss.nearest;
    if (!n) out.push('      nothing predicted from this file names any of its participants');
    else if (n.missing.length > 0)
      out.push(`      nearest: ${describePredicted(n.predicted)} (lacks ${n.missing.join(', ')})`);
    else
      out.push(
        `      nearest: ${describePredicted(n.predicted)} (already matched to ${n.takenBy ?? 'another expected meeting'})`,
      );
  }
  more(out, missed.length, limit);

  out.push('', `Spurious: predicted meetings not expected (${spurious.length})`);
  for (const { corpus, predicted } of spurious.slice(0, limit)) {
    const { at, sentence } = whereFrom(predicted);
    out.push(`  [${corpus}] ${at}: ${describePredicted(predicted)}`);
    if (sentence) out.push(`      "${clip(sentence)}"`);
  }
  more(out, spurious.length, limit);

  out.push('', `Matched with wrong fields (${mismatched.length})`);
  for (const { corpus, pair, differences } of mismatched.slice(0, limit)) {
    out.push(`  [${corpus}] ${pair.expected.id}: ${describeExpected(pair.expected)}`);
    out.push(`      ${differences.join('; ')}`);
  }
  more(out, mismatched.length, limit);

  if (report.speed) {
    const s = report.speed;
    out.push(
      '',
      `Speed: ${Math.round(s.articlesPerSecond)} articles/s (${s.articles} articles × ${s.runs} runs in ${(s.ms / 1000).toFixed(2)} s, extraction only)`,
    );
  }
  return out.join('\n');
}

function more(out: string[], total: number, limit: number): void {
  if (total > limit) out.push(`  … and ${total - limit} more (--limit N to see more)`);
}

/** A predicted meeting as plain JSON. */
function predictedJson(m: Meeting): object {
  return {
    id: m.id,
    participants: m.participants.map(participantLabel),
    date: formatDate(m.date),
    dateText: m.dateText ?? null,
    location: m.location ?? null,
    status: m.status,
    kind: m.kind,
    event: m.event ?? null,
    topics: m.topics,
    sources: m.sources.map((s) => ({ file: s.file, paragraph: s.paragraph, sentence: s.sentence })),
  };
}

const expectedJson = (e: ExpectedMeeting): object => ({ ...e });

/** The report as one JSON-serialisable object (every miss, spurious prediction and mismatch; no limit). */
export function reportJson(report: EvalReport): object {
  const { missed, spurious, mismatched } = problems(report);
  return {
    overall: report.overall,
    corpora: report.corpora.map((c) => ({
      name: c.name,
      dir: c.dir,
      articles: c.articles,
      warnings: c.warnings,
      tally: c.score.tally,
      metrics: c.score.metrics,
      people: c.people,
      unscored: c.score.unscored.length,
      files: c.score.files,
    })),
    missed: missed.map(({ corpus, miss }) => ({
      corpus,
      expected: expectedJson(miss.expected),
      nearest: miss.nearest
        ? {
            predicted: predictedJson(miss.nearest.predicted),
            missing: miss.nearest.missing,
            takenBy: miss.nearest.takenBy ?? null,
          }
        : null,
    })),
    spurious: spurious.map(({ corpus, predicted }) => ({ corpus, predicted: predictedJson(predicted) })),
    mismatched: mismatched.map(({ corpus, pair, differences }) => ({
      corpus,
      expected: expectedJson(pair.expected),
      predicted: predictedJson(pair.predicted),
      differences,
    })),
    speed: report.speed ?? null,
  };
}
