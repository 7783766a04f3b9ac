/**
 * "How many …" questions (ask/answer-question.ts, ask/question.ts): a count of meetings in figures, or, asked of
 * people ("how many foreign ministers", "how many leaders"), a count of the people met, each once. Fixture articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { fixtureContext, questionAnswer } from '../helpers.js';

let wide: AskContext;
let blind5: AskContext;
beforeAll(async () => {
  [wide, blind5] = await Promise.all([fixtureContext('wide'), fixtureContext('blind-5')]);
});

describe('counting the people met', () => {
  it('counts envoys of any rank: ambassadors and high commissioners', async () => {
    const a = questionAnswer(
      'how many new envoys presented letters of credence to Mahama?',
      await fixtureContext('wide-3'),
    );
    expect(a.text).toMatch(/^John Dramani Mahama met 5 new envoys /);
    expect(a.text).toContain('Jacqueline Hartley (High Commissioner, Canada)');
  });

  it("counts the foreign ministers received, and an unnamed one of a named one's office and country is no one more", () => {
    const a = questionAnswer('how many foreign ministers did the Togolese FM receive in Lomé on 12 June 2024?', wide);
    expect(a.question.counts).toBe('foreign ministers');
    expect(a.text).toMatch(/^Robert Dussey met 3 foreign ministers in Lomé on Wed 12 Jun 2024: /);
    expect(a.text).toContain('Abdoulaye Diop');
    expect(a.text).not.toContain('the Foreign Minister of Mali');
  });

  it('counts leaders of any office, each once, and does not repeat the day asked', () => {
    const a = questionAnswer('how many leaders did the Lao PM hold bilateral talks with on 10 October 2024?', blind5);
    expect(a.text).toBe(
      'Sonexay Siphandone met 3 leaders on Thu 10 Oct 2024: Shigeru Ishiba (New Prime Minister, Japan), Li Qiang ' +
        '(Premier of the State Council, China) and Narendra Modi (Prime Minister, India).',
    );
  });

  it('counts meetings when asked how many times, in figures', () => {
    const a = questionAnswer('how many times did the Lao PM meet anyone on 10 October 2024', blind5);
    expect(a.question.counts).toBeUndefined();
    expect(a.text).toMatch(
      /^Sonexay Siphandone took part in 3 meetings in the briefings \(Thu 10 Oct 2024 in Vientiane\)\./,
    );
  });
});
