/**
 * A nickname in quotes inside a name ("Ma. Theresa “Tess” Lazaro") is no one of its own. "The two premiers discussed
 * the railway" after a sentence that names the two together with no verb of meeting
 * ("A and B opened a border crossing"): the pair met. Never a second meeting when one of theirs was just told.
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, pairs, pairsOf, rowsOf } from './unseen-helpers.js';

describe('a pair said to have talked', () => {
  it('met, when the sentence before names them together, past a clause set apart by commas', () => {
    const text =
      'Prime Minister Ivo Markov and his Albanian counterpart Edi Ramadani yesterday opened a new border crossing. ' +
      'The two premiers, who held a short tête-à-tête before the ceremony, discussed the railway to Durrës.';
    expect(rowsOf(meetingsOf(text, '2025-07-12'), true)).toEqual(['Edi Ramadani + Ivo Markov · 2025-07-11 · no place']);
  });

  it('is the meeting told just before, not another', () => {
    const text =
      'Prime Minister Ivo Markov met his Albanian counterpart Edi Ramadani in Ohrid on Friday. The two leaders ' +
      'discussed the railway to Durrës.';
    expect(pairs(text, '2025-07-12')).toEqual(['Edi Ramadani + Ivo Markov']);
  });
});

describe('a name written as some readouts write it', () => {
  it('reads a surname in capitals after an office ("Foreign Minister KAMIKAWA Yoko") as part of the name', () => {
    const text =
      'Foreign Minister TANAKA Yumi and Defense Minister SATO Ken paid a courtesy call on President Ferdinand ' +
      'Marcos Jr. in Manila on Monday.';
    expect(pairs(text)).toEqual(['Ferdinand Marcos Jr + SATO Ken + TANAKA Yumi']);
  });

  it('never reads a surname in capitals and "and" as the office of the name after them', () => {
    const text =
      'President Marco Reyes met Prime Minister TANAKA Yumi in Tokyo on Friday. The pact was launched after Prime ' +
      'Minister TANAKA Yumi and Reyes agreed on it in Manila last year.';
    const people = meetingsOf(text, '2025-07-12').flatMap((m) => m.participants);
    expect(people.map((p) => p.title)).not.toContain('Prime Minister TANAKA Yumi');
  });

  it('reads "Menlu" (Indonesian for foreign minister) and "Coordinating Minister" as offices, not names', () => {
    const text =
      "Menlu Sugiono received Fiji's Foreign Minister Lenora Qereqeretabua in Jakarta on Monday. On Tuesday " +
      "Qereqeretabua met Indonesia's Coordinating Minister for Economic Affairs, Airlangga Hartarto.";
    const found = meetingsOf(text);
    expect(pairsOf(found)).toEqual(['Airlangga Hartarto + Lenora Qereqeretabua', 'Lenora Qereqeretabua + Sugiono']);
    expect(found.flatMap((m) => m.participants).find((p) => p.name === 'Sugiono')?.title).toBe('Menlu');
  });

  it('leaves a name whole past a nickname in quotes ("Ma. Theresa “Tess” Lazaro")', () => {
    const text =
      'Foreign Affairs Secretary Ma. Elena "Lena" Bautista welcomed Foreign Minister Winston Peters at the ' +
      'department on Tuesday. Bautista and Peters discussed the visiting forces agreement.';
    expect(pairs(text)).toEqual(['Ma. Elena Bautista + Winston Peters']);
  });
});
