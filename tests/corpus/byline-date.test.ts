import { describe, expect, it } from 'vitest';
import { bylineDate, dateOfDateLine } from '../../src/corpus/byline-date.js';
import { parseArticle } from '../../src/corpus/parse-article.js';

describe('dateOfDateLine', () => {
  it.each([
    ['12:40, 10 August 2023', { year: 2023, month: 8, day: 10 }],
    ['Published: 3 March 2025 09:10', { year: 2025, month: 3, day: 3 }],
    ['Updated 14 Jan 2025, 10:32 GMT', { year: 2025, month: 1, day: 14 }],
  ])('reads "%s"', (line, date) => {
    expect(dateOfDateLine(line)).toEqual(date);
  });

  it.each([
    ['a page header with rates and weather', 'Wednesday, 12 June 2024   USD 87.45   EUR 94.12   Bishkek +27°C'],
    ['a sentence with a date in it', 'The ministers met on 3 March 2025'],
    ['a month without a day', 'March 2025'],
  ])('gives none for %s', (_name, line) => {
    expect(dateOfDateLine(line)).toBeUndefined();
  });
});

describe('bylineDate', () => {
  it('takes the byline date under the headline, not the page header above it', () => {
    const lines = [
      'Daily Courier | EN | FR',
      'Wednesday, 12 June 2024   USD 87.45   Lagos +31°C',
      '',
      'Ministers agree on a new border post',
      '12:40, 10 August 2023',
      'Author: Politics desk',
    ];
    expect(bylineDate(lines)).toEqual({ year: 2023, month: 8, day: 10 });
  });

  it('dates an article with no date marker from its byline line', () => {
    const raw =
      'Ministers agree on a new border post\n\nPublished: 3 March 2025 09:10\n\nThe foreign ministers of Ghana and ' +
      'Togo met in Lomé on Monday and agreed to open a joint border post at Aflao before the end of the year.\n';
    expect(parseArticle('lome.txt', raw).article?.published).toEqual({ year: 2025, month: 3, day: 3 });
  });
});
