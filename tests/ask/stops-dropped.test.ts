/**
 * "Did she make it to Beirut?" of a trip whose meetings the briefings place nowhere: No, when a briefing says that stop
 * was dropped, with its words. An article written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const briefings = useBriefings({
  'tour.txt': [
    '---\ntitle: Fajon ends regional tour\ndate: 2025-11-14\n---',
    'Slovenian Foreign Minister Tanja Fajon was received by President Abdel Fattah el-Sisi on Wednesday, and the ' +
      'two discussed the ceasefire and humanitarian deliveries.',
    'Fajon’s planned stop in Baghdad was taken off the schedule at short notice for security reasons, a ' +
      'spokesman said.',
    'Fajon will report on the tour to the government next week, officials said, after a round of consultations.',
  ].join('\n\n'),
  'amman.txt': [
    '---\ndate: 2025-10-08\n---',
    'Croatian Foreign Minister Gordan Grlić Radman was received by King Abdullah II on Tuesday, and the two ' +
      'discussed refugees and the reconstruction of Syria, the royal court said in a statement.',
    'His Damascus leg was dropped at the last minute, the ministry said, and he is due back in Zagreb on Thursday.',
  ].join('\n\n'),
});

describe('a stop a briefing says was dropped', () => {
  it('answers No with the briefing’s words, though a meeting of the trip is placed nowhere', () => {
    const a = questionAnswer('did fajon make it to baghdad?', briefings.ctx);
    expect(a.text).toMatch(/^No: a briefing says: “Fajon’s planned stop in Baghdad was taken off the schedule/);
  });

  it('answers No when a briefing says that leg was dropped', () => {
    const a = questionAnswer('did grlic radman make it to damascus?', briefings.ctx);
    expect(a.text).toMatch(/^No: a briefing says: “His Damascus leg was dropped at the last minute/);
  });

  it('leaves a meeting of the trip asked of at another place answered Yes', () => {
    const a = questionAnswer('did fajon get to see sisi on her cairo trip?', briefings.ctx);
    expect(a.text).toMatch(/^Yes: Tanja Fajon and Abdel Fattah el-Sisi met on Wed 12 Nov 2025/);
  });

  it('leaves a meeting asked of without a place answered Yes', () => {
    const a = questionAnswer('did fajon meet sisi?', briefings.ctx);
    expect(a.text).toMatch(/^Yes: Tanja Fajon and Abdel Fattah el-Sisi met on Wed 12 Nov 2025\./);
  });
});
