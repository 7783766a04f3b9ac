/**
 * Whether two spellings are one person, asked as analysts ask it: in two transliterations, with a name in quotes
 * and "thats X right", "is that just X misspelt", an aside in brackets on where it was read; and remarks after a
 * question that ask only for its form ("readout pls"). Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'riyadh-consultations.txt': [
    '---\ntitle: Saudi and Kazakh ministries hold consultations\ndate: 2025-09-10\n---',
    'Vice Minister of Foreign Affairs Eng. Waleed bin Abdulkarim Elkhereiji held political consultations in Riyadh ' +
      'on Tuesday with Kazakh Deputy Foreign Minister Alibek Bakayev on trade and transport links.',
    'The two sides agreed to hold the next round of consultations in Astana next year.',
  ].join('\n\n'),
  'riyadh-envoys.txt': [
    '---\ntitle: Vice minister receives envoys\ndate: 2025-10-02\n---',
    'Vice Minister Waleed al-Khuraiji received the Ambassador of Japan, Fumio Iwai, at the ministry in Riyadh on ' +
      'Wednesday to discuss the preparations for an investment forum.',
    'The meeting was attended by several senior officials of the ministry and of the embassy.',
  ].join('\n\n'),
  'kabul-trilateral.txt': [
    '---\ntitle: Chinese minister meets Afghan leaders\ndate: 2025-08-21\n---',
    "Chinese Foreign Minister Wang Yi held talks in Kabul on Wednesday with the Taliban's acting foreign minister " +
      'Amir Khan Muttaqi on mining and transit.',
    'Wang Ye also called on the acting prime minister Mullah Hasan Akhund at the presidential palace, the ' +
      'ministry said.',
  ].join('\n\n'),
  'doha-calls.txt': [
    '---\ntitle: Safadi holds calls\ndate: 2025-11-10\n---',
    'Foreign Minister Ayman Safadi on Monday held separate phone calls with Norwegian Foreign Minister Espen Barth ' +
      'Eide and Omani Foreign Minister Badr Albusaidi on the ceasefire.',
    'In his call with Barth Eide, Safadi stressed the need for sustained funding for the relief agency.',
  ].join('\n\n'),
  'sadc-summit.txt': [
    '---\ntitle: Leaders gather for the regional summit\ndate: 2025-08-17\n---',
    'President Netumbo Nandi-Ndaitwah of Namibia addressed the opening session of the regional summit in ' +
      'Antananarivo on Sunday, calling for faster work on the transport corridors.',
    'Nandi-Ndaithwah also urged member states to pay their dues to the regional secretariat before the end of the year.',
  ].join('\n\n'),
  'abu-dhabi-talks.txt': [
    '---\ntitle: UAE minister receives Chilean counterpart\ndate: 2025-03-04\n---',
    'Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs, received Chilean Foreign Minister Alberto ' +
      'van Klaveren in Abu Dhabi on Monday to discuss trade and renewable energy.',
    'Prince Mohammed bin Salman received the Chilean minister in Riyadh a day later.',
  ].join('\n\n'),
  'mogadishu-talks.txt': [
    '---\ntitle: Commission chief in Mogadishu\ndate: 2025-05-08\n---',
    'European Commission President Ingrid van der Berg met President Hassan Sheikh Mahad in Mogadishu on ' +
      'Wednesday to discuss maritime security, the fight against piracy and the funding of the African Union ' +
      'mission in the country.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('two spellings of one name', () => {
  it('are one person most likely, in two transliterations of one office', () => {
    const a = questionAnswer('is waleed al-khuraiji the same person as eng. waleed elkhereiji?', briefings.ctx);
    expect(a.text).toMatch(/^Yes, most likely/);
  });

  it('are asked of a name in quotes with "thats X right"', () => {
    const a = questionAnswer("the ministry says 'Wang Ye' called on akhund. thats wang yi right?", briefings.ctx);
    expect(a.question.people).toEqual(['Wang Ye', 'wang yi']);
    expect(a.text).toMatch(/^Yes/);
  });

  it('are asked with an aside in brackets on where the name was read', () => {
    const a = questionAnswer('is elkhereiji (arabnews spelling) the same guy as al-khuraiji', briefings.ctx);
    expect(a.question.people).toEqual(['elkhereiji', 'al-khuraiji']);
  });
});

describe('a spelling in quotes', () => {
  it('is asked as "is that just X misspelt", of a name written in the briefing of the other', () => {
    const a = questionAnswer(
      "the paper has 'Nandi-Ndaithwah' - is that just netumbo nandi-ndaitwah misspelt?",
      briefings.ctx,
    );
    expect(a.question.people).toEqual(['Nandi-Ndaithwah', 'netumbo nandi-ndaitwah']);
    expect(a.text).toMatch(/^Yes/);
  });
});

describe('a spelling an outlet writes, in quotes', () => {
  it('is the one asked of, not the outlet', () => {
    const a = questionAnswer(
      "arab news has 'Elkhereiji' in one paragraph - same person as al-khuraiji?",
      briefings.ctx,
    );
    expect(a.question.people).toEqual(['Elkhereiji', 'al-khuraiji']);
  });
});

describe('a remark on what a count counts', () => {
  it('names no one: "calls dont count", "dont want to double count"', () => {
    const a = questionAnswer('how many times have safadi and barth eide met (calls dont count)', briefings.ctx);
    expect(a.question.people).toEqual(['safadi', 'barth eide']);
    const b = questionAnswer('how often did safadi and barth eide meet? dont want to double count', briefings.ctx);
    expect(b.question.people).toEqual(['safadi', 'barth eide']);
  });
});

describe("a remark that asks only for the answer's form", () => {
  it('is no name: "readout pls"', () => {
    const a = questionAnswer('did safadi talk to the norwegian FM that day? readout pls', briefings.ctx);
    expect(a.question.people).toEqual(['safadi', 'norwegian FM']);
    expect(a.text).toMatch(/^Yes/);
  });
});

describe('a Gulf name by its initials', () => {
  it('reads "ABZ" and "mbs" as the one name of a first name, "bin" and a father\'s name with those initials', () => {
    expect(questionAnswer('when did ABZ meet van klaveren', briefings.ctx).text).toContain('Mon 3 Mar 2025');
    expect(questionAnswer('where did mbs receive van klaveren?', briefings.ctx).text).toContain('Riyadh');
  });

  it('reads "HSM" as the name of three words with those initials, and "vdB" as the surname after the given name', () => {
    expect(questionAnswer('when did vdB meet HSM', briefings.ctx).text).toBe(
      'Ingrid van der Berg met Hassan Sheikh Mahad on Wed 7 May 2025 in Mogadishu.',
    );
  });
});
