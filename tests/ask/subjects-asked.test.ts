/**
 * What a question asks about besides the meeting ("did visas come up?", "did he invite her?"): the answer quotes
 * what a briefing of the meeting says of it. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'jakarta.txt': [
    '---\ntitle: Kenya and Indonesia foreign ministers meet in Jakarta\ndate: 2025-06-05\n---',
    'Kenyan Prime Cabinet Secretary Musalia Mudavadi held talks with Indonesian Foreign Minister Sugiono in ' +
      'Jakarta on Wednesday, with tea exports and palm oil on the agenda.',
    'The two ministers agreed to ease the rules for business travellers applying for a visa, officials said.',
    'Mudavadi also handed Sugiono an invitation from President William Ruto to visit Nairobi before the end of ' +
      'the year.',
    'The two sides hope to sign a trade agreement early next year.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a subject asked beside the meeting', () => {
  it('is answered with what a briefing of the meeting says of it', () => {
    const a = questionAnswer('when did mudavadi meet sugiono, did visas come up?', briefings.ctx);
    expect(a.text).toMatch(/^Musalia Mudavadi met Sugiono on Wed 4 Jun 2025 in Jakarta\./);
    expect(a.text).toMatch(/On “visas”, a briefing says: “The two ministers agreed to ease the rules .* visa/);
  });

  it('finds another form of its word ("invite", "invitation")', () => {
    const a = questionAnswer('did mudavadi invite sugiono to kenya?', briefings.ctx);
    expect(a.text).toMatch(/On “invite”, a briefing says: “Mudavadi also handed Sugiono an invitation/);
  });

  it('is no word of a time ("early june")', () => {
    const a = questionAnswer('did mudavadi meet sugiono in jakarta in early june?', briefings.ctx);
    expect(a.text).toMatch(/^Yes: Musalia Mudavadi and Sugiono met on Wed 4 Jun 2025 in Jakarta\.$/);
  });

  it('is nothing more of a question that asks of the meeting alone', () => {
    const a = questionAnswer('when did mudavadi meet sugiono in jakarta?', briefings.ctx);
    expect(a.text).not.toMatch(/a briefing says/);
  });
});
