/**
 * Questions about a place ("is Rubio coming to Ottawa?", "when did Meloni see Dbeibah in Tripoli?") that the
 * meetings cannot answer, because the briefing says the trip or the talks there in words extraction does not read as
 * that meeting: an invitation no one has yet taken up, "is expected in Accra in July", talks a visit "brought". The
 * sentence that says so answers, though the people met elsewhere too. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'ottawa.txt': [
    '---\ntitle: Canada and the United States review the border agenda\ndate: 2026-10-08\n---',
    'Foreign Minister Anita Anand held talks with Secretary of State Marco Rubio in Washington on Wednesday about ' +
      'trade, the Arctic and fentanyl.',
    'Anand asked Rubio to come to Ottawa, and officials said a date early in the new year was being looked at.',
  ].join('\n\n'),
  'accra.txt': [
    '---\ntitle: Ghana and Nigeria to revive joint commission\ndate: 2025-05-15\n---',
    'Ghana’s Foreign Minister Samuel Okudzeto Ablakwa met his Nigerian counterpart Yusuf Maitama Tuggar in Abuja on ' +
      'Tuesday.',
    'The ministry said Tuggar is expected in Accra in July for the joint commission, which has not sat for years.',
    'Ablakwa will not travel to Lomé this month, his office said; the trip to Togo has been put off.',
    'Reports on social media that Tuggar would soon fly to Niamey were false, the ministry added.',
  ].join('\n\n'),
  'tripoli.txt': [
    '---\ntitle: Italy and Libya sign gas deal\ndate: 2023-01-30\n---',
    'Italian Prime Minister Giorgia Meloni spoke by phone with Libyan Prime Minister Abdul Hamid Dbeibah on 20 ' +
      'January.',
    'Giorgia Meloni’s visit to Tripoli on Saturday brought talks with Abdul Hamid Dbeibah on gas and migration.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a trip of one person to a place, said in a sentence', () => {
  it('answers "is X coming to Y?" as planned, with the sentence as evidence', () => {
    const a = questionAnswer('is rubio coming to ottawa?', briefings.ctx);
    expect(a.text).toMatch(/^Planned, not confirmed: Marco Rubio is to visit Canada \(Ottawa\)/);
    expect(a.evidence.flatMap((e) => e.segments.map((s) => s.text)).join('')).toContain('new year');
  });

  it('reads "is expected in" with the month of the plan', () => {
    const a = questionAnswer('is tuggar going to accra?', briefings.ctx);
    expect(a.text).toMatch(/^Planned, not confirmed/);
    expect(a.text).toContain('July 2025');
  });

  it('is no plan when the sentence says the trip is off, or that reports of it are false', () => {
    expect(questionAnswer('is ablakwa going to lome?', briefings.ctx).text).not.toMatch(/^Planned/);
    expect(questionAnswer('is tuggar flying to niamey?', briefings.ctx).text).not.toMatch(/^Planned/);
  });
});

describe('a meeting in a place, said in a sentence, of people who met elsewhere too', () => {
  it('answers when they met there', () => {
    const a = questionAnswer('when did meloni see dbeibah in tripoli', briefings.ctx);
    expect(a.text).toContain('28 Jan 2023');
    expect(a.text).not.toMatch(/^No/);
  });
});
