/**
 * Words of other languages in English copy: offices that translated copy leaves in the original before a name
 * ("Außenminister Johann Wadephul", "Presidente Gustavo Petro", "Başbakan …"), which are titles, not part of the name,
 * and are the English offices; and Vietnamese and Chinese family names that are English words ("To Lam", "He
 * Lifeng"). Briefings written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { coreTitle } from '../../src/extract/people.js';
import { meetingsOf, pairs } from './unseen-helpers.js';

describe('an office in another language before a name', () => {
  it('is a title, not part of the name', () => {
    expect(
      pairs('Außenminister Johann Wadephul met his Polish counterpart Radosław Sikorski in Warsaw on Monday.'),
    ).toEqual(['Johann Wadephul + Radosław Sikorski']);
    expect(pairs('Presidente Gustavo Petro received Ecuadorian President Daniel Noboa in Bogotá on Friday.')).toEqual([
      'Daniel Noboa + Gustavo Petro',
    ]);
    expect(pairs('Ministro Mauro Vieira received Argentine Foreign Minister Diana Mondino in Brasília.')).toEqual([
      'Diana Mondino + Mauro Vieira',
    ]);
  });

  it('is the English office', () => {
    const [m] = meetingsOf('Außenministerin Beate Meinl-Reisinger met Foreign Minister Bakhyt Sydykov in Vienna.');
    const wordsOf = (name: string): string | undefined => m?.participants.find((p) => p.name === name)?.title;
    expect(coreTitle(wordsOf('Beate Meinl-Reisinger') ?? '')).toBe('foreign minister');
    expect(coreTitle('Başbakan')).toBe('prime minister');
    expect(coreTitle('Perdana Menteri')).toBe('prime minister');
    expect(coreTitle('Bundeskanzler')).toBe('chancellor');
  });

  it('is a name after a name: the surname of "Amien Rais" is no office', () => {
    expect(pairs('Former speaker Amien Rais met President Joko Widodo in Jakarta on Monday.')).toEqual([
      'Amien Rais + Joko Widodo',
    ]);
    expect(pairs('President Lula met the Italian senator Marco Ministro in Rome on Monday.')).toEqual([
      'Lula + Marco Ministro',
    ]);
  });
});

describe('a two-letter family name after an office', () => {
  it('is a name, not "to" or "he"', () => {
    expect(pairs('In Hanoi, General Secretary To Lam received Cambodian Prime Minister Hun Manet on Monday.')).toEqual([
      'Hun Manet + To Lam',
    ]);
    expect(pairs('Vice Premier He Lifeng held trade talks with Treasury Secretary Scott Bessent in London.')).toEqual([
      'He Lifeng + Scott Bessent',
    ]);
  });

  it('is a name after a word in lower case', () => {
    expect(pairs('Premier Li Qiang held talks with To Lam in Beijing on Monday on rail links.')).toEqual([
      'Li Qiang + To Lam',
    ]);
  });

  it('is no name in a headline in title case', () => {
    expect(pairs('Foreign Minister To Visit China Next Week')).toEqual([]);
  });
});
