/** What the briefings show of someone's gender (ask/gender.ts), read from fixture briefings. */
import { beforeAll, describe, expect, it } from 'vitest';
import { genderOf } from '../../src/ask/gender.js';
import type { AskContext } from '../../src/ask/types.js';
import { fixtureContext } from '../helpers.js';

let g7: AskContext;
beforeAll(async () => {
  g7 = await fixtureContext('blind-7');
});

describe('genderOf', () => {
  it('reads "his" after a name, with no one else named between', () => {
    expect(genderOf('Carney', g7.meetings, g7.index.articles)).toBe('male');
  });

  it('says nothing of someone the briefings show no sign of, nor of no one', () => {
    expect(genderOf('Sheinbaum', g7.meetings, g7.index.articles)).toBeUndefined();
    expect(genderOf('Nobody Anyone', g7.meetings, g7.index.articles)).toBeUndefined();
  });
});
