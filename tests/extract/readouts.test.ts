/**
 * Ministry readouts' own ways of writing (extract/candidates.ts): "the new Ambassador of Spain to our country", where
 * "our" is the ministry's, no speaker's. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOfFiles, pairs } from './unseen-helpers.js';

describe('readouts', () => {
  it('reads a sentence that names "our country" as the ministry writing, not someone quoted', () => {
    expect(
      pairs(
        'The Minister of Foreign Affairs, Mr. Ahmed Ould Salem, received on Tuesday H.E. Mrs. Elena Ruiz Gómez, the ' +
          'new Ambassador of Spain to our country.',
      ),
    ).toEqual(['Ahmed Ould Salem + Elena Ruiz Gómez']);
  });

  it('still reads "we met" outside quotes as someone speaking', () => {
    expect(pairs('Later we met Foreign Minister Ahmed Ould Salem of Mauritania in Nouakchott.')).toEqual([]);
  });
});

describe('an audience granted', () => {
  it('reads "granted an audience" with its day, hour and place before "to" as the call on the one granting it', () => {
    expect(
      pairs(
        'The Head of State, General Amadou Keita, granted an audience this Tuesday afternoon at the presidential ' +
          'palace in Niamey to the Togolese Minister of Foreign Affairs, Professor Kodjo Amegah.',
      ),
    ).toEqual(['Amadou Keita + Kodjo Amegah']);
  });
});

describe('a place of what was discussed', () => {
  it('is not where the meeting was: the dateline is', () => {
    const [m] = meetingsOfFiles(
      [
        'date 2026-10-15',
        'Ministers discuss Gaza ceasefire',
        'Amman, Oct. 15 (Petra) -- Foreign Minister Ayman Safadi and British Foreign Secretary Yvette Cooper ' +
          'discussed on Thursday efforts to consolidate the ceasefire in Gaza.',
      ].join('\n\n'),
    );
    expect(m?.location).toBe('Amman');
  });
});

describe('where an envoy lives', () => {
  it('is not where the meeting was, nor gives the host that country', () => {
    const [m] = meetingsOfFiles(
      [
        'date 2026-07-02',
        'Minister receives new envoy',
        'Port Vila -- Foreign Minister Marc Ati yesterday received copies of credentials from the new Ambassador of ' +
          'Indonesia, H.E. Sulaiman Syarif, who resides in Canberra.',
      ].join('\n\n'),
    );
    expect(m?.location).not.toBe('Canberra');
    expect(m?.participants.find((p) => p.name === 'Marc Ati')?.country).not.toBe('Australia');
  });
});
