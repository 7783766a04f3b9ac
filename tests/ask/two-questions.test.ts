/**
 * A question that asks two things of different meetings: each part answered on its own, the yes or no first, and
 * the citations numbered once. A question of one meeting that asks two facets stays one. Articles written for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'tehran-visit.txt': [
    '---\ntitle: Omani minister in Tehran\ndate: 2025-03-18\n---',
    'Omani Foreign Minister Badr Albusaidi held talks in Tehran on Sunday with Iranian Foreign Minister Abbas ' +
      'Araghchi on shipping in the Strait of Hormuz and on the nuclear file.',
    'On Monday, Iranian President Masoud Pezeshkian received Albusaidi at the presidential office, where the guest ' +
      'handed over a written message from the Sultan.',
  ].join('\n\n'),
  'baku-talks.txt': [
    '---\ntitle: Azerbaijani and Georgian ministers meet\ndate: 2025-05-22\n---',
    'Azerbaijani Foreign Minister Jeyhun Bayramov met Georgian Foreign Minister Maka Botchorishvili in Baku on ' +
      'Wednesday to discuss the Middle Corridor and rail freight across the Caspian.',
    'The two ministers will meet again in Tbilisi in July, the ministry added.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a question of two meetings', () => {
  it('answers both, the yes or no first, with one number for each paragraph cited', () => {
    const a = questionAnswer(
      'when did araghchi and albusaidi meet in tehran, and did the omani FM also see pezeshkian?',
      briefings.ctx,
    );
    expect(a.text).toMatch(/^Yes: /);
    expect(a.text).toContain('Pezeshkian');
    expect(a.text).toContain('Mon 17 Mar 2025');
    expect(a.text).toContain('Sun 16 Mar 2025');
    const numbers = a.citations.map((c) => c.n);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(new Set(a.citations.map((c) => `${c.articleId}#${c.paragraph}`)).size).toBe(numbers.length);
    for (const e of a.evidence) expect(numbers).toContain(e.n);
  });

  it('answers a later meeting asked after the first', () => {
    const a = questionAnswer(
      'when did bayramov meet botchorishvili in baku, and where is the next meeting?',
      briefings.ctx,
    );
    expect(a.text).toContain('Wed 21 May 2025');
    expect(a.text).toContain('Tbilisi');
  });
});

describe('a question of one meeting', () => {
  it('asks when and what of the same two, answered once', () => {
    const a = questionAnswer(
      'when did bayramov meet botchorishvili in baku, and what did they discuss?',
      briefings.ctx,
    );
    expect(a.text.match(/Wed 21 May 2025/g)).toHaveLength(1);
    expect(a.text).toMatch(/Middle Corridor|rail freight/i);
  });
});
