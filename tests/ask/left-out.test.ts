/**
 * What a count leaves out ("dont count planned ones", "not counting calls"), counts of meetings and calls alike
 * ("(mtgs or calls)", "convos"), an office with a style before a name ("the saudi FM prince faisal") and a plan asked
 * in the present ("so when is she actually seeing him?"). Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const briefings = useBriefings({
  'riyadh.txt': [
    '---\ntitle: Saudi minister receives Egyptian counterpart\ndate: 2025-04-10\n---',
    'RIYADH: Saudi Foreign Minister Prince Faisal bin Farhan held talks with Egyptian Foreign Minister Badr ' +
      'Abdelatty in Riyadh on Wednesday on the war in Sudan and the reconstruction of Gaza.',
    'On Tuesday, Prince Faisal received a phone call from Jordanian Foreign Minister Ayman Safadi, who briefed him ' +
      'on his contacts with the Syrian authorities.',
    'Prince Faisal is expected to travel to Cairo next month for talks with Egyptian President Abdel Fattah ' +
      'al-Sisi, the ministry said in a statement issued after the meeting.',
  ].join('\n\n'),
  'amman.txt': [
    '---\ntitle: Jordan and Saudi Arabia review regional situation\ndate: 2025-03-03\n---',
    'AMMAN: Jordanian Foreign Minister Ayman Safadi and his Saudi counterpart Prince Faisal bin Farhan met in Amman ' +
      'on Sunday to coordinate positions ahead of the Arab League summit, the ministry said.',
    'The two ministers discussed the humanitarian situation in Gaza and efforts to support stability in Syria, ' +
      'according to a statement carried by the official news agency.',
  ].join('\n\n'),
});

describe('what a count leaves out', () => {
  it('is no one: "dont count planned ones" leaves the plan out, and names no one called "dont"', () => {
    const a = questionAnswer(
      'how many in-person mtgs did prince faisal have per our briefings? dont count planned ones',
      briefings.ctx,
    );
    expect(a.question.people).toEqual(['faisal']);
    expect(a.question.facets).not.toContain('planned');
    expect(a.text).toMatch(/^Prince Faisal bin Farhan took part in 2 meetings in the briefings/);
  });

  it('asks of meetings in person when calls are left out', () => {
    const a = questionAnswer('how many times did faisal meet his counterparts, not counting calls?', briefings.ctx);
    expect(a.question.how).toBe('in person');
    expect(a.question.people).toEqual(['faisal']);
  });

  it('reads "excluding planned ones" as no plan asked', () => {
    const a = questionAnswer('how many meetings did faisal hold, excluding planned ones?', briefings.ctx);
    expect(a.question.facets).toEqual(['count']);
    expect(a.question.filter.status).toBeUndefined();
  });

  it('counts meetings and calls together when both are asked', () => {
    const a = questionAnswer('how many convos (mtgs or calls) did the saudi FM prince faisal have?', briefings.ctx);
    expect(a.question.people).toHaveLength(1);
    expect(a.question.how).toBeUndefined();
    expect(a.text).toMatch(/^Prince Faisal bin Farhan took part in 3 meetings in the briefings/);
  });
});

describe('a plan asked in the present', () => {
  it('is a plan: "so when is he actually seeing sisi?", answered as not confirmed', () => {
    const a = questionAnswer('so when is faisal actualy seeing sisi?', briefings.ctx);
    expect(a.question.facets).toContain('planned');
    expect(a.text).toMatch(/^Planned, not confirmed: /);
    expect(a.text).toContain('May 2025');
  });

  it('is no plan when the question asks of "the meeting"', () => {
    const a = questionAnswer('when is the meeting of faisal and safadi?', briefings.ctx);
    expect(a.question.facets).toEqual(['when']);
    expect(a.text).not.toMatch(/^Planned/);
  });
});
