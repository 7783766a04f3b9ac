/**
 * Delegations of several officials on each side: "Foreign Minister A, National Defense Minister B and intelligence
 * chief C hosted …". An office in lower case, or with an acronym in brackets, before the last name of a list ("and
 * National Intelligence Organization (MIT) head C"), and a word in capitals before an office the lexicon reads
 * without it ("National Defense Minister B"), keep everyone listed on the side. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, who } from './unseen-helpers.js';

const people = (text: string): string[][] => meetingsOf(text, '2025-10-13').map((m) => m.participants.map(who).sort());

describe('a delegation listed on each side', () => {
  it('keeps an office in lower case before the last name', () => {
    const text =
      'Foreign Minister Kemal Aydin, Defense Minister Selim Kaya and intelligence chief Orhan Demir hosted Iraqi ' +
      'Foreign Minister Salim Jaber, Defense Minister Adnan Karim and intelligence chief Faris Hadi in Ankara on Sunday.';
    expect(people(text)).toEqual([
      ['Adnan Karim', 'Faris Hadi', 'Kemal Aydin', 'Orhan Demir', 'Salim Jaber', 'Selim Kaya'],
    ]);
  });

  it('keeps an office with an acronym in brackets, and a word in capitals before an office', () => {
    const text =
      'Foreign Minister Kemal Aydin, National Defense Minister Selim Kaya and National Intelligence Organization ' +
      '(MIT) head Orhan Demir hosted Iraqi Foreign Minister Salim Jaber in Ankara on Sunday.';
    expect(people(text)).toEqual([['Kemal Aydin', 'Orhan Demir', 'Salim Jaber', 'Selim Kaya']]);
  });
});
