/**
 * "Greek Foreign Minister A and Defence Minister B hosted Italian Foreign Minister C and Defence Minister D": the
 * country said once before each side's first office is the country of all that side's people, when the two sides are
 * of two countries. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf } from './unseen-helpers.js';

const countries = (text: string): string[] =>
  meetingsOf(text, '2025-06-05').flatMap((m) => m.participants.map((p) => `${p.name}: ${p.country ?? '?'}`).sort());

describe('a country said once for a side of two offices', () => {
  it('is the country of each person of that side', () => {
    const text =
      'Greek Foreign Minister Kostas Aravanis and Defence Minister Petros Loukas hosted Italian Foreign Minister ' +
      'Marco Sella and Defence Minister Luca Ferrante in Athens on Wednesday for talks on naval patrols.';
    expect(countries(text)).toEqual([
      'Kostas Aravanis: Greece',
      'Luca Ferrante: Italy',
      'Marco Sella: Italy',
      'Petros Loukas: Greece',
    ]);
  });

  it('is not the country of whom the side names before it', () => {
    const text =
      'Foreign Minister Jens Holm and the Faroese minister for foreign affairs, Anna Joensen, met Icelandic Foreign ' +
      'Minister Gudrun Olafsdottir and Fisheries Minister Einar Jonsson in Reykjavik on Wednesday.';
    expect(countries(text)).not.toContain('Jens Holm: Faroe Islands');
    expect(countries(text)).toContain('Einar Jonsson: Iceland');
  });

  it('is no one’s country when both sides are said of one country', () => {
    const text =
      'Italian Foreign Minister Marco Sella and Defence Minister Luca Ferrante met Trade Minister Anna Villa in Rome ' +
      'on Wednesday.';
    expect(countries(text)).not.toContain('Anna Villa: Italy');
  });
});
