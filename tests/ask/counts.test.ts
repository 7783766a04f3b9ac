/**
 * "How many …" questions (ask/answer-question.ts, ask/question.ts): a count of meetings in figures, or, asked of
 * people ("how many foreign ministers", "how many leaders"), a count of the people met, each once. Fixture articles.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/ask/answer.js';
import type { AnswerOf, AskContext } from '../../src/ask/types.js';
import { buildContext } from '../../src/main.js';
import { memoryLogger } from '../helpers.js';

const TODAY = new Date('2026-12-01T12:00:00Z');
let wide: AskContext;
let blind5: AskContext;
beforeAll(async () => {
  const load = (set: string): Promise<AskContext> =>
    buildContext(`tests/fixtures/meetings-${set}`, memoryLogger(), () => TODAY);
  [wide, blind5] = await Promise.all([load('wide'), load('blind-5')]);
});

const answer = (text: string, ctx: AskContext): AnswerOf<'question'> => {
  const a = ask(text, ctx);
  if (a.kind !== 'question') throw new Error(`not a question answer: ${a.kind}`);
  return a;
};

describe('counting the people met', () => {
  it("counts the foreign ministers received, and an unnamed one of a named one's office and country is no one more", () => {
    const a = answer('how many foreign ministers did the Togolese FM receive in Lomé on 12 June 2024?', wide);
    expect(a.question.counts).toBe('foreign ministers');
    expect(a.text).toMatch(/^Professor Robert Dussey met 3 foreign ministers in Lomé on Wed 12 Jun 2024: /);
    expect(a.text).toContain('Abdoulaye Diop');
    expect(a.text).not.toContain('the Foreign Minister of Mali');
  });

  it('counts leaders of any office, each once, and does not repeat the day asked', () => {
    const a = answer('how many leaders did the Lao PM hold bilateral talks with on 10 October 2024?', blind5);
    expect(a.text).toBe(
      'Sonexay Siphandone met 3 leaders on Thu 10 Oct 2024: Shigeru Ishiba (New Prime Minister, Japan), Li Qiang ' +
        '(Premier of the State Council, China) and Narendra Modi (Prime Minister, India).',
    );
  });

  it('counts meetings when asked how many times, in figures', () => {
    const a = answer('how many times did the Lao PM meet anyone on 10 October 2024', blind5);
    expect(a.question.counts).toBeUndefined();
    expect(a.text).toMatch(/^Sonexay Siphandone took part in 3 meetings in the briefings \(Thu 10 Oct 2024\)\./);
  });
});
