/**
 * "When's A due in B?", "when is A expected back in B?": a plan asked, answered with the plans, not with the
 * meetings held there before. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'prague.txt': [
    '---\ntitle: Czech foreign minister to visit Bratislava\ndate: 2025-04-02\n---',
    'Czech Foreign Minister Jan Lipavsky will travel to Bratislava on April 15 for talks with his Slovak ' +
      'counterpart Juraj Blanar on energy supplies and the Dukovany tender, the ministry said on Wednesday.',
    'The two ministers last met in Bratislava on June 18, 2024, when they agreed to restore joint government ' +
      'consultations between the two countries.',
  ].join('\n\n'),
  'vienna.txt': [
    '---\ntitle: Austrian minister on Caucasus tour\ndate: 2025-05-12\n---',
    'Austrian Foreign Minister Beate Meinl-Reisinger held talks with Armenian Foreign Minister Ararat Mirzoyan in ' +
      'Yerevan on Monday about the peace agreement and visa liberalisation.',
    'The minister is scheduled to travel to Baku on Wednesday, the final stop of her tour, where she is expected ' +
      'to meet senior Azerbaijani officials.',
  ].join('\n\n'),
  'tallinn.txt': [
    '---\ntitle: Estonian president to visit Seoul\ndate: 2025-10-08\n---',
    'Estonian President Alar Karis will pay a state visit to South Korea in May 2026, his office said on ' +
      'Wednesday, the first by an Estonian head of state.',
    'Digital government and defence industry links are expected to top the agenda, the office added.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a plan asked with "due in" or "expected back in"', () => {
  it('is answered with the plan alone', () => {
    const a = questionAnswer("when's lipavsky due in bratislava?", briefings.ctx);
    expect(a.text).toMatch(/Juraj Blanar on Tue 15 Apr 2025 in Bratislava/);
    expect(a.text).not.toMatch(/2024/);
  });

  it('reads "expected back in" as a plan too', () => {
    const a = questionAnswer('when is lipavsky expected back in bratislava?', briefings.ctx);
    expect(a.text).toMatch(/Tue 15 Apr 2025/);
    expect(a.text).not.toMatch(/2024/);
  });
});

describe('where a plan to visit a place that names no one met goes', () => {
  it('is said as being there, with no empty name', () => {
    const a = questionAnswer('where was meinl-reisinger going after yerevan?', briefings.ctx);
    expect(a.text).toMatch(/Beate Meinl-Reisinger (?:is|was) to be in Baku on Wed 14 May 2025 \(planned\)/);
    expect(a.text).not.toMatch(/meet {2}in/);
  });
});

describe('a plan asked of a month without its year', () => {
  it('is looked for in the year after the one guessed when none is then', () => {
    const a = questionAnswer("is karis's korea visit in may confirmed or still just planned?", briefings.ctx);
    expect(a.text).toMatch(/^Planned, not confirmed: .*May 2026/);
  });
});
