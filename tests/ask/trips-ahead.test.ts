/**
 * A trip ahead: an invitation whose trip is given a time ("the trip could take place in January") is the invitee's
 * visit ahead; "is he going to Algiers?" in a thread asks of his trip alone, not of the one he met before; "is A
 * sitting down with B?" asks of a plan. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionFacets } from '../../src/ask/question.js';
import { thread, useBriefings } from '../helpers.js';
import { pairs } from '../extract/unseen-helpers.js';

const ROME =
  'Italian Foreign Minister Antonio Tajani held talks in Rome on Tuesday with Algerian Foreign Minister Ahmed Attaf ' +
  'on gas supplies and migration. Attaf renewed an invitation for Tajani to travel to Algiers, and officials said ' +
  'the trip could take place in January.';

const ARTICLES: Record<string, string> = {
  'rome-talks.txt': ['---\ntitle: Tajani and Attaf meet in Rome\ndate: 2024-11-27\n---', ROME].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('an invitation whose trip is given a time', () => {
  it("is the invitee's visit ahead", () => {
    expect(pairs(ROME, '2024-11-27')).toEqual(['Ahmed Attaf + Antonio Tajani', 'Algeria + Antonio Tajani']);
  });

  it('is no visit when the invitation is only renewed', () => {
    const text = ROME.replace(/, and officials said the trip could take place in January/, '');
    expect(pairs(text, '2024-11-27')).toEqual(['Ahmed Attaf + Antonio Tajani']);
  });
});

describe('"is he going to …?" in a thread', () => {
  it('asks of his trip alone, and tells a plan whose time has passed as one', () => {
    const [, trip] = thread(briefings.ctx, 'when did tajani meet attaf', 'is he going to algiers then?');
    expect(trip).toBe(
      'Planned, not confirmed: A visit of Antonio Tajani to Algeria (Algiers) in January 2025 was planned; no ' +
        'briefing says it took place.',
    );
  });
});

describe('"is A sitting down with B?"', () => {
  it('asks yes or no of a plan, and where when a part after it asks so', () => {
    expect(questionFacets('is rama sitting down with vucic in munich')).toEqual(['yesno', 'planned']);
    expect(questionFacets('is quirno sitting down with rubio anytime soon? where')).toEqual([
      'yesno',
      'where',
      'planned',
    ]);
  });
});
