/**
 * "How many documents were signed?", "how many MoUs came out of it": a count of things signed, not of meetings. The
 * answer gives the number a briefing of the meeting states, with its sentence, read in any briefing of the same
 * meeting; or says the briefings do not number them. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'hanoi.txt': [
    '---\ntitle: Vietnam and Laos leaders hold talks in Hanoi\ndate: 2025-02-20\n---',
    'Vietnamese Prime Minister Pham Minh Chinh held talks with Lao Prime Minister Sonexay Siphandone in Hanoi on ' +
      'Wednesday on power lines and the Vientiane-Hanoi expressway.',
  ].join('\n\n'),
  'vientiane-times.txt': [
    '---\ntitle: Laos and Vietnam agree to speed up expressway\ndate: 2025-02-21\n---',
    'Prime Minister Sonexay Siphandone and Prime Minister Pham Minh Chinh met in Hanoi on Wednesday.',
    'Afterwards the two heads of government looked on as ministers exchanged eleven cooperation documents, among ' +
      'them one of the agreements on cross-border electricity trade.',
  ].join('\n\n'),
  'dili.txt': [
    '---\ntitle: Timor-Leste and Indonesia talk trade\ndate: 2025-03-14\n---',
    'Timorese Foreign Minister Bendito dos Santos Freitas received Indonesian Foreign Minister Sugiono in Dili on ' +
      'Thursday for talks on the land border and coffee exports.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('things counted', () => {
  it('are numbered as a briefing of the same meeting numbers them, with its sentence', () => {
    const a = questionAnswer('how many docs did chinh and sonexay sign in hanoi', briefings.ctx);
    expect(a.text).toMatch(/^By a briefing's count, 11 documents: “Afterwards the two heads of government/);
  });

  it('are read from "MoUs" as typed, not as someone called MoUs', () => {
    const a = questionAnswer('how many MoUs did sonexay and chinh sign?', briefings.ctx);
    expect(a.text).toMatch(/^By a briefing's count, 11 memorandums: /);
  });

  it('are said not to be numbered when no briefing numbers them, not as a count of meetings', () => {
    const a = questionAnswer('how many agreements did freitas and sugiono sign in dili?', briefings.ctx);
    expect(a.text).toBe('The briefings do not say how many agreements there were.');
  });
});
