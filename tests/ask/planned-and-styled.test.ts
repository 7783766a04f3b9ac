/**
 * What came of a meeting only planned (the talks themselves are not reported), a message carried to a meeting, and a
 * nickname given after a name written with its office and styles. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'abuja-plan.txt': [
    '---\ntitle: Nigerian foreign minister to visit Dakar\ndate: 2025-04-18\n---',
    'The Minister of Foreign Affairs, Ambassador Musa Danladi, will travel to Dakar on Tuesday for talks with ' +
      "Senegal's Foreign Minister, Fatou Sarr, ahead of the regional summit, the ministry said in a statement.",
    'The ministry gave no further details of the programme.',
  ].join('\n\n'),
  'putrajaya-truce.txt': [
    '---\ntitle: Malaysia offers observers for the border truce\ndate: 2025-07-29\n---',
    'Prime Minister Anwar Ibrahim received Cambodian Deputy Prime Minister Prak Sokhonn in Putrajaya on Monday ' +
      'to discuss the ceasefire along the border.',
    'Foreign Minister Datuk Seri Mohamad Hasan, popularly known as Tok Mat, said Malaysia stood ready to send ' +
      'observers to the border.',
  ].join('\n\n'),
  'putrajaya-observers.txt': [
    '---\ntitle: Observer team for the border agreed\ndate: 2025-07-30\n---',
    'Foreign Minister Mohamad bin Haji Hasan met Cambodian Deputy Prime Minister Prak Sokhonn in Putrajaya on Monday to ' +
      'discuss the observer team.',
    'The two ministers agreed that the observers would be drawn from several member states of the regional bloc ' +
      'and would report to both governments every week until the end of the year.',
  ].join('\n\n'),
};

ARTICLES['kuwait-message.txt'] = [
  '---\ntitle: Amir receives Tunisian foreign minister\ndate: 2025-04-15\n---',
  'His Highness the Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah received Tunisian Foreign Minister Mohamed Ali ' +
    'Nafti at Bayan Palace yesterday, who handed over a written message from President Kais Saied on relations ' +
    'between the two countries.',
  'The audience was attended by the Minister of Amiri Diwan Affairs and several senior officials of the ministry.',
].join('\n\n');

const briefings = useBriefings(ARTICLES);

describe('what came of a meeting only planned', () => {
  it('says they were to meet and that no briefing reports the talks', () => {
    const a = questionAnswer("what came out of danladi's dakar talks with the senegalese FM?", briefings.ctx);
    expect(a.text).toMatch(/^Musa Danladi and Fatou Sarr were to meet .*; no briefing reports the talks themselves\./);
  });
});

describe('a nickname given after a name with its office and styles', () => {
  it('stands for the name alone', () => {
    const a = questionAnswer('where did tok mat meet prak sokhonn', briefings.ctx);
    expect(a.text).toContain('Mohamad bin Haji Hasan met Prak Sokhonn in Putrajaya');
  });
});

describe('a message carried to a meeting', () => {
  it('is what was said at it, asked as "what was he carrying"', () => {
    const a = questionAnswer('did the amir receive nafti in april 2025? what was he carrying', briefings.ctx);
    expect(a.question.facets).toContain('what');
    expect(a.text).toContain('written message from President Kais Saied');
  });
});
