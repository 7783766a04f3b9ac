/**
 * A question that asks, after its own question, of the pair's meeting before ("…, and had the two met before?",
 * "… and where had they last met?"): ask/question.ts reads the clause apart, ask/answer-question.ts adds the
 * meeting nearest before the one answered. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { earlierAsked } from '../../src/ask/question.js';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'valletta-talks.txt': [
    '---\ntitle: Maltese and Tunisian ministers meet in Valletta\ndate: 2025-06-12\n---',
    'Maltese Foreign Minister Ian Borg received his Tunisian counterpart Mohamed Ali Nafti in Valletta on Wednesday ' +
      'for talks on migration and fisheries.',
    'Borg and Nafti had met in Tunis in February 2025, when the two launched a joint working group on maritime ' +
      'search and rescue.',
  ].join('\n\n'),
  'tallinn-visit.txt': [
    '---\ntitle: Estonian minister hosts Georgian counterpart\ndate: 2025-03-20\n---',
    'Estonian Foreign Minister Margus Tsahkna held talks with Georgian Foreign Minister Maka Botchorishvili in ' +
      'Tallinn on Wednesday.',
    'The ministers spoke about energy links across the Black Sea and about visas for students.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('reading a clause that asks of an earlier meeting', () => {
  it('takes the clause out of the question it follows, with or without "last" and "before it"', () => {
    expect(earlierAsked('when did borg host nafti in valletta, and had the two met before')).toEqual({
      text: 'when did borg host nafti in valletta',
      earlier: true,
    });
    expect(earlierAsked('borg-nafti talks in valletta: date, and when had they last met before it').text).toBe(
      'borg-nafti talks in valletta: date',
    );
    expect(earlierAsked('when did borg host nafti, and where had they last met').earlier).toBe(true);
  });

  it('leaves a question that is only that clause, or one that asks of no earlier meeting, as it is', () => {
    expect(earlierAsked('had borg and nafti met before').earlier).toBe(false);
    expect(earlierAsked('had they met before').earlier).toBe(false);
    expect(earlierAsked('when did borg host nafti, and where did they meet').earlier).toBe(false);
    // A question of its own, not a clause after one.
    expect(earlierAsked('when did those two meet before that').earlier).toBe(false);
  });
});

describe('answering the meeting before', () => {
  it('answers the meeting asked, then the one nearest before it, with its citation', () => {
    const a = questionAnswer('when did borg host nafti in valletta, and had the two met before?', briefings.ctx);
    expect(a.text).toBe(
      'Ian Borg met Mohamed Ali Nafti on Wed 11 Jun 2025 in Valletta. Before that, they last met in February 2025 ' +
        'in Tunis.',
    );
    expect(a.items.map((it) => it.meeting.location)).toEqual(['Valletta', 'Tunis']);
    // A follow-up's "there" is still the meeting asked.
    expect(a.question.answeredIn).toBe('Valletta');
  });

  it('says so when the briefings report no earlier meeting of the pair', () => {
    const a = questionAnswer('when did tsahkna host botchorishvili, and where had they last met?', briefings.ctx);
    expect(a.text).toBe(
      'Margus Tsahkna met Maka Botchorishvili on Wed 19 Mar 2025 in Tallinn. The briefings report no earlier ' +
        'meeting of Margus Tsahkna and Maka Botchorishvili.',
    );
  });
});
