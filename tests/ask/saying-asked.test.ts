/**
 * "What did NZ commit to?", "what did they pledge?": the word of saying asked picks which of what the briefing reports
 * was said is quoted first, before the other things said at the meeting. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'apia.txt': [
    '---\ntitle: New Zealand and Samoa talk fisheries and health\ndate: 2025-09-12\n---',
    'New Zealand Foreign Minister Winston Peters met Samoan Prime Minister Fiame Naomi Mataafa in Apia on Thursday.',
    'The two leaders discussed fisheries patrols and the seasonal worker scheme.',
    'They agreed to hold annual consultations at ministerial level.',
    'Mataafa said Samoa valued the long friendship between the two countries.',
    'Peters committed NZ$12 million to a new maternity ward at the main hospital in Apia.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a word of saying asked', () => {
  it('is asked as what was said', () => {
    expect(questionAnswer('what did peters commit to in apia?', briefings.ctx).question.facets).toContain('what');
  });

  it('quotes the sentence that says it first', () => {
    const a = questionAnswer('what did peters commit to when he met mataafa?', briefings.ctx);
    expect(a.text).toMatch(/The briefings say: “Peters committed NZ\$12 million/);
  });

  it('leaves the order of what was said alone when no such word is asked', () => {
    const a = questionAnswer('what did peters and mataafa discuss?', briefings.ctx);
    expect(a.text).toMatch(/The briefings say: “The two leaders discussed fisheries patrols/);
  });
});
