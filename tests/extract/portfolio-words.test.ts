/**
 * An office's portfolio of two words or more joined by "and" ("Deputy Foreign Minister for Legal and International
 * Affairs", "Minister for Consular and Multilateral Affairs") is part of the office, not a person called "Legal" or
 * "Consular". Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, who } from './unseen-helpers.js';

const people = (text: string): string[][] => meetingsOf(text, '2025-06-16').map((m) => m.participants.map(who).sort());

describe('a portfolio of words joined by "and"', () => {
  it('is part of the office written after a name', () => {
    const text =
      "On Saturday, Reza Najafi, Iran's Deputy Foreign Minister for Legal and International Affairs, held talks in " +
      'Tehran with Armenian Deputy Foreign Minister Mnatsakan Safaryan.';
    expect(people(text)).toEqual([['Mnatsakan Safaryan', 'Reza Najafi']]);
  });

  it('is part of the office written before a name', () => {
    const text =
      'Secretary of State for Consular and Multilateral Affairs Ines Carvalho received the Cape Verdean Foreign ' +
      'Minister, Rui Figueiredo, in Lisbon on Monday.';
    expect(people(text)).toEqual([['Ines Carvalho', 'Rui Figueiredo']]);
  });
});

describe("an envoy's remit", () => {
  const countries = (text: string): string[] =>
    meetingsOf(text, '2025-06-16').flatMap((m) => m.participants.map((p) => `${p.name}: ${p.country ?? '?'}`));

  it('"in charge of the … file," between the office and the name is the envoy\'s, and so is the country', () => {
    const text =
      'On Monday Iraqi Prime Minister Mohammed Shia al-Sudani received in Baghdad the Qatari envoy in charge of the Iraqi file, Sheikh Hamad ' +
      'Al-Attiyah, who carried a message from the emir.';
    expect(countries(text)).toContain('Hamad Al-Attiyah: Qatar');
  });

  it('"for the … file," is the same', () => {
    const text =
      'Yemeni Foreign Minister Saleh Bin Ahmed on Monday received the Kuwaiti envoy for the Yemen file, Sheikh ' +
      'Nasser Al-Sabah, in Aden.';
    expect(countries(text)).toContain('Nasser Al-Sabah: Kuwait');
  });
});
