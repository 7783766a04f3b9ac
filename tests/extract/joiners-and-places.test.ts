/**
 * A call told with its day first ("spoke on Monday by telephone with"), names joined by "e" or "y" ("Ulisses Correia
 * e Silva"), a group that "sat down together", and places the tables do not know after a word of things ("two
 * checkpoints in Banteay Meanchey and Oddar Meanchey"). Briefings written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/tokens.js';
import { findMentions } from '../../src/extract/mentions.js';
import { lexicon, meetingsOf, meetingsOfFiles, rowsOf, table, who } from './unseen-helpers.js';

describe('a call with its day before the phone', () => {
  it('is a call: "spoke on Monday by telephone with"', () => {
    const text =
      'Foreign Minister Rui Figueiredo Soares spoke on Monday by telephone with his Portuguese counterpart, João ' +
      'Gomes Cravinho, about the postponed summit.';
    const [m] = meetingsOf(text, '2023-11-14');
    expect(m?.participants.map(who).sort()).toEqual(['João Gomes Cravinho', 'Rui Figueiredo Soares']);
    expect([m?.kind, m?.date?.day]).toEqual(['telephone', 13]);
  });
});

describe('a name of two surnames joined by "e" or "y"', () => {
  it('is one name', () => {
    const text = 'Prime Minister Ulisses Correia e Silva met Prime Minister António Costa in Praia on Monday.';
    expect(meetingsOf(text, '2023-11-14')[0]?.participants.map(who).sort()).toEqual([
      'António Costa',
      'Ulisses Correia e Silva',
    ]);
  });

  it('does not join two people named by one word each', () => {
    const text = 'President Lula e Boric held talks in Santiago on Monday with Foreign Minister Ana Lopes.';
    const names = meetingsOf(text, '2023-11-14').flatMap((m) => m.participants.map(who));
    expect(names).not.toContain('Lula e Boric');
  });
});

describe('a group that sat down together', () => {
  it('met, on the day and at the place its sentence gives', () => {
    const text =
      'Cambodian Foreign Minister Sok Chenda Sophea and his Thai counterpart Maris Sangiampongsa agreed yesterday in ' +
      'Phnom Penh to reopen two checkpoints. They first sat down together in Vientiane in late July.';
    expect(rowsOf(meetingsOf(text, '2024-11-19'), true)).toEqual([
      'Maris Sangiampongsa + Sok Chenda Sophea · 2024-07 · Vientiane',
      'Maris Sangiampongsa + Sok Chenda Sophea · 2024-11-18 · Phnom Penh',
    ]);
  });

  it('is only counted in "the second time the two had sat down together"', () => {
    const text =
      'President Ana Ruiz received President Omar Diallo in Dakar on Monday. It was the second time in five months ' +
      'that the two had sat down together.';
    expect(meetingsOf(text, '2024-11-19')).toHaveLength(1);
  });
});

describe('a place after a word of things', () => {
  it('is where the things are, not someone named', () => {
    const toks = tokenize('They agreed to reopen two border checkpoints in Banteay Meanchey and Oddar Meanchey.');
    expect(findMentions(toks, table, lexicon).filter((m) => m.kind === 'named')).toEqual([]);
  });

  it('is not whoever is named after a town the tables know and "and"', () => {
    const toks = tokenize('She will hold talks with her counterparts Yoko Kamikawa in Tokyo and Cho Tae-yul in Seoul.');
    expect(findMentions(toks, table, lexicon).map((m) => m.name)).toContain('Cho Tae-yul');
  });

  it('is not whoever is named after a place and a comma', () => {
    const toks = tokenize("Muttaqi met China's ambassador in Kabul, Zhao Sheng, on Sunday.");
    expect(findMentions(toks, table, lexicon).map((m) => m.name)).toContain('Zhao Sheng');
  });
});

describe('the earlier meetings of a series in an undated briefing', () => {
  it('are placed though their days cannot be resolved', () => {
    const text =
      'Foreign Minister Park Jin held talks with Mongolian Foreign Minister Battsetseg Batmunkh in Seoul. It was the ' +
      'third meeting of the two this year, following talks in Jakarta in July.';
    const places = meetingsOfFiles(`Undated readout\n\n${text}`).map((m) => m.location);
    expect(places).toContain('Jakarta');
  });
});

describe('an everyday word opening a line before "of"', () => {
  it('names no one: "Translation of the Hungarian original"', () => {
    const toks = tokenize('Translation of the Hungarian original published by the Ministry of Foreign Affairs.');
    expect(findMentions(toks, table, lexicon)).toEqual([]);
  });
});
