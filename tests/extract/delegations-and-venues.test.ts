/**
 * Who stands for a side when a briefing does not name them again ("the visiting state minister", "the Uzbek
 * delegation", "the Chilean diplomat", "the two ministers"), offices joined or styled ("Special Presidential Envoy"),
 * places that are no one (a building's town, the tail of "Port Moresby"), and meetings told as nouns ("the call he had
 * yesterday with", "a phone conversation held in early May between", "the session, led by A and B", "the state visit
 * of A to B"). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { titlesCompatible } from '../../src/extract/people.js';
import { namesCompatible, transliteratedAlike } from '../../src/text/names.js';
import { meetingsOf, pairs, rowsOf } from './unseen-helpers.js';

const kinds = (text: string, date?: string): string[] =>
  meetingsOf(text, date).map((m) => `${m.participants.map((p) => p.name ?? p.country).join(' + ')} · ${m.kind}`);

describe('a side the briefing names only by what they are', () => {
  it('reads "the visiting state minister" as the one official from abroad of that office', () => {
    const text =
      "Foreign Minister Ines Baptista and Finland's State Minister for Trade Olli Rantanen held talks at the " +
      'Foreign Ministry on Monday. The visiting State Minister later paid a courtesy call on Prime Minister Jorge ' +
      'Almada.';
    expect(pairs(text)).toContain('Jorge Almada + Olli Rantanen');
    expect(titlesCompatible('State Minister for Trade', 'State Minister')).toBe(true);
    expect(titlesCompatible('Deputy Minister', 'Deputy Prime Minister')).toBe(false);
  });

  it('reads the counterparts of a foreign affairs adviser as the foreign ministers the briefing names after', () => {
    const text =
      'Foreign affairs adviser Salma Rahman met her counterparts from Nepal and Sri Lanka on the margins of the ' +
      'meeting in Bangkok on Thursday. With the Nepalese foreign minister Arzu Rana Deuba, Rahman discussed power ' +
      "trade. She proposed a shipping link to Sri Lanka's foreign minister Vijitha Herath.";
    expect(pairs(text)).toEqual(['Arzu Rana Deuba + Salma Rahman', 'Salma Rahman + Vijitha Herath']);
  });

  it('reads "the Uzbek delegation" and "the Chilean diplomat" as the official of that country named before', () => {
    const text =
      'Foreign Minister of Uzbekistan Bakhtiyor Saidov arrived in Baku on Sunday. The Uzbek delegation also held a ' +
      'meeting with Prime Minister Ali Asadov on Monday.';
    expect(pairs(text)).toContain('Ali Asadov + Bakhtiyor Saidov');
    // Named with no country, then by the country's word.
    const diplomat =
      'Foreign Minister Alberto van Klaveren arrived in Doha on Saturday. On Sunday the Chilean diplomat sat down ' +
      'with Commerce Minister Faisal Al Thani.';
    expect(pairs(diplomat)).toContain('Alberto van Klaveren + Faisal Al Thani');
  });

  it('reads "the Kazakh diplomat" as its foreign minister when the briefing names its president too', () => {
    const text =
      'Foreign Minister of Kazakhstan Yerlan Sadykov arrived in Baku ahead of the state visit of President of ' +
      'Kazakhstan Askar Tokenov planned for June. On Monday the Kazakh diplomat held a meeting with Energy Minister ' +
      'of Azerbaijan Parviz Shahbazov.';
    expect(pairs(text)).toContain('Parviz Shahbazov + Yerlan Sadykov');
  });

  it('reads "the two ministers" as a pair of whom one is a Foreign Secretary', () => {
    const text =
      'Foreign Minister Elvira Cortes held talks with Foreign Secretary Tomas Ibarra in Lima on Wednesday, their ' +
      'first meeting in person. The two ministers had held a telephone conversation on February 9.';
    const call = meetingsOf(text).find((m) => m.kind === 'telephone');
    expect(rowsOf(call ? [call] : [])).toEqual(['Elvira Cortes + Tomas Ibarra · 2025-02-09']);
  });
});

describe('offices and names', () => {
  it('keeps "Special Presidential Envoy" whole, not a person called "Presidential"', () => {
    const text =
      'On Tuesday Foreign Minister Karim Haddad met Deputy Foreign Minister and Special Presidential Envoy for ' +
      'Africa Pavel Orlov in Moscow.';
    expect(pairs(text)).toEqual(['Karim Haddad + Pavel Orlov']);
  });

  it('takes a name with an Arabic article run into it ("Ennafti") for the name without it', () => {
    expect(transliteratedAlike('Ennafti', 'Nafti')).toBe(true);
    expect(namesCompatible('Mohamed Ali Ennafti', 'Mohamed Ali Nafti')).toBe(true);
    expect(namesCompatible('Assad', 'Sad')).toBe(false);
  });
});

describe('places that are no one', () => {
  it('reads a town after a building, and the tail of a town the tables know, as places', () => {
    const text =
      "Foreign Minister Ines Baptista and Japan's State Minister Kenji Mori held a meeting at the Ministry of " +
      'Foreign Affairs, Valle Alto on Monday. Defence Minister Dara Quinn is expected in Port Moresby next month ' +
      "for the defence ministers' first meeting under the pact with Defence Minister Peter Kula.";
    expect(pairs(text)).toEqual(['Dara Quinn + Peter Kula', 'Ines Baptista + Kenji Mori']);
  });

  it('keeps a name set apart by commas after a building a person', () => {
    const text =
      'The last Czech head of state received in the Elysee Palace, Milos Zeman, met President Macron there in ' +
      'March 2019.';
    expect(pairs(text)).toEqual(['Macron + Milos Zeman']);
  });
});

describe('a dateline of full stops', () => {
  it('is no meeting\'s date: "yesterday" after it is the day before', () => {
    const text = 'Belmopan. June 4, 2025. Prime Minister Alma Reyes yesterday welcomed President Tomas Ochoa.';
    expect(rowsOf(meetingsOf(text, '2025-06-04'))).toEqual(['Alma Reyes + Tomas Ochoa · 2025-06-03']);
  });
});

describe('meetings told as nouns', () => {
  it('reads "the call he had yesterday with A" as his call', () => {
    const text =
      'Minister Rami Khoury briefed the President on the telephone call he had yesterday with Foreign Minister ' +
      'Lena Hartmann.';
    expect(kinds(text)).toEqual(['Rami Khoury + Lena Hartmann · telephone']);
  });

  it('reads "a phone conversation held in early May between A and B"', () => {
    const text =
      'The row began with the leak of a telephone conversation held in early May between Prime Minister Anan ' +
      'Srisuk and Senate President Vong Sarin about the border.';
    expect(rowsOf(meetingsOf(text, '2025-08-01'))).toEqual(['Anan Srisuk + Vong Sarin · 2025-05']);
  });

  it('reads "the session, led by A and his counterpart, B" as their talks', () => {
    const text =
      "The ministers' meeting was preceded on Monday by the officials' session, led by Principal Secretary Jane " +
      'Wafula and her Ugandan counterpart, Permanent Secretary Moses Okello.';
    expect(pairs(text)).toEqual(['Jane Wafula + Moses Okello']);
  });

  it('reads "the state visit of A to B" as A\'s visit, planned', () => {
    const text =
      'President of Tajikistan Emomali Rahmon received the Foreign Minister of Kazakhstan, Murat Nurtleu, on ' +
      'Tuesday. The ministers agreed on the programme of the forthcoming state visit of the Leader of the Nation of ' +
      'Tajikistan to Kazakhstan.';
    const visit = meetingsOf(text).find((m) => m.kind === 'visit');
    expect(visit?.participants.map((p) => p.name ?? p.country)).toEqual(['Emomali Rahmon', 'Kazakhstan']);
    expect(visit?.status).toBe('planned');
  });
});
