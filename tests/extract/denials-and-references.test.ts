/**
 * Meetings a sentence reports and then denies, and the people "the President" or "the PM" means in a briefing that
 * names several holders of that office. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { pairs } from './unseen-helpers.js';

describe('a meeting denied later in its sentence', () => {
  it('drops a meeting that "did not materialise" or "was not planned", and greetings with no meeting held', () => {
    const text =
      'Zambian President Hakainde Hichilema was in Luanda for the summit on Monday. Reports had said that Hichilema ' +
      'would meet Angolan President Joao Lourenco on the margins, but the meeting did not materialise as Lourenco ' +
      'left early. A spokesman said a meeting between Hichilema and Namibian President Netumbo Nandi-Ndaitwah, ' +
      'announced by some outlets, was not planned. Hichilema and Congolese President Felix Tshisekedi shook hands ' +
      'before the group photo, but no bilateral meeting was held between the two.';
    expect(pairs(text, '2025-08-20')).toEqual([]);
  });

  it('keeps a meeting when a later, different meeting of the sentence is the one called off', () => {
    const text =
      'The Zambian leader had a long day. President Hakainde Hichilema held talks with Angolan President Joao ' +
      'Lourenco on Monday, but a planned meeting with Congolese President Felix Tshisekedi was cancelled. ' +
      'Hichilema met Botswana President Duma Boko on Tuesday, though a second session with Tshisekedi did not take ' +
      'place.';
    expect(pairs(text, '2025-08-20')).toEqual(['Duma Boko + Hakainde Hichilema', 'Hakainde Hichilema + Joao Lourenco']);
  });
});

describe('"the President" in a briefing that names several presidents', () => {
  it('is the president the briefing is about, even right after a sentence about another president', () => {
    const text =
      'President Bassirou Diomaye Faye held talks with Mauritanian President Mohamed Ould Ghazouani in Nouakchott ' +
      'on Monday. Ghazouani said the two countries would finish the gas project this year. The President also met ' +
      'Moroccan Prime Minister Aziz Akhannouch on Monday, the presidency said.';
    expect(pairs(text, '2025-08-20')).toEqual([
      'Aziz Akhannouch + Bassirou Diomaye Faye',
      'Bassirou Diomaye Faye + Mohamed Ould Ghazouani',
    ]);
  });
});
