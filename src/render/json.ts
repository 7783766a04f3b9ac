import type { Answer } from '../ask/types.js';
import { formatPartialDate } from '../calendar.js';
import { excerptText } from '../index/excerpt.js';
import type { PartialDate } from '../types.js';
import type { Meeting } from '../extract/types.js';

const iso = (d: PartialDate | undefined): string | null => (d ? formatPartialDate(d) : null);

/** A meeting as the CLI's JSON: every documented key present, null where unknown. */
export function meetingJson(m: Meeting): unknown {
  return {
    id: m.id,
    status: m.status,
    kind: m.kind,
    date: iso(m.date),
    dateText: m.dateText ?? null,
    location: m.location ?? null,
    venue: m.venue ?? null,
    event: m.event ?? null,
    participants: m.participants.map((p) => ({
      name: p.name ?? null,
      title: p.title ?? null,
      country: p.country ?? null,
      organization: p.organization ?? null,
    })),
    topics: m.topics,
    sources: m.sources.map((s) => ({
      articleId: s.articleId,
      file: s.file,
      paragraph: s.paragraph,
      sentence: s.sentence,
    })),
  };
}

/**
 * An answer as the CLI's JSON: `{"results":[…]}` for a search, `{"sources":[…]}`, `{"source":{…}}`, or
 * `{"error":"…"}`. Dates are `YYYY-MM-DD` (or `YYYY-MM`, `YYYY` at lower precision) or null.
 */
export function answerJson(answer: Answer): unknown {
  switch (answer.kind) {
    case 'search':
      return {
        results: answer.items.map((it) => ({
          articleId: it.articleId,
          file: it.file,
          title: it.title,
          published: iso(it.published),
          paragraph: it.paragraph,
          excerpt: excerptText(it.excerpt),
          score: it.score,
        })),
        ...(answer.partial ? { partial: true } : {}),
        ...(answer.total === 0 ? { suggestions: answer.suggestions } : {}),
      };
    case 'sources':
      return {
        sources: answer.rows.map((r) => ({
          id: r.id,
          file: r.file,
          title: r.title,
          published: iso(r.published),
          paragraphs: r.paragraphs,
          url: r.url ?? null,
        })),
        warnings: answer.warnings,
      };
    case 'source':
      return {
        source: {
          id: answer.article.id,
          file: answer.article.file,
          title: answer.article.title,
          published: iso(answer.article.published),
          url: answer.article.source ?? null,
          paragraphs: answer.paragraphs.map((p) => ({ n: p.n, text: p.text, heading: p.heading })),
        },
      };
    case 'meetings':
      return { meetings: answer.items.map(({ meeting: m }) => meetingJson(m)) };
    case 'question':
      return {
        kind: answer.question.kind,
        facets: answer.question.facets,
        answer: answer.text,
        text: answer.text,
        items: answer.items.map(({ meeting: m }) => meetingJson(m)),
        evidence: answer.evidence.map((e) => ({ n: e.n, text: excerptText(e.segments) })),
        citations: answer.citations.map((c) => ({
          n: c.n,
          articleId: c.articleId,
          file: c.file,
          title: c.title,
          published: iso(c.published),
          paragraph: c.paragraph,
          url: c.url ?? null,
        })),
      };
    case 'error':
      return { error: answer.message };
    case 'help':
      return { help: true };
  }
}
