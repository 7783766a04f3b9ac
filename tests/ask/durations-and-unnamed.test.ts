/**
 * How long a meeting lasted, a name asked of an office the briefings leave unnamed, and what a briefing says
 * after one meeting and before the next: of the first. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, thread, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'suva.txt': [
    '---\ntitle: Fiji hosts Samoan and Tongan ministers\ndate: 2025-05-16\n---',
    'Fijian Prime Minister Sitiveni Rabuka received Samoan Foreign Minister Lupesoliai Peseta Toomata at his ' +
      'office in Suva on Thursday for talks on labour mobility and the regional shipping service.',
    'The meeting lasted a little over an hour, and the talks went well beyond the planned forty minutes for ' +
      'about one and a half hours in total, his office said afterwards.',
    'The two leaders also discussed the date of the next Pacific Islands Forum leaders meeting and the ' +
      'financing of a new inter-island ferry for the southern routes.',
    'Earlier in the day Rabuka had received the Foreign Minister of Tonga at the government buildings, where ' +
      'no details of that meeting were released to reporters waiting outside.',
    'Fiji and Samoa have long argued for a common Pacific visa, and the new ferry is to bear the name of a ' +
      'Lauan navigator.',
  ].join('\n\n'),
  'nairobi.txt': [
    '---\ntitle: Kenyan foreign minister sees Ugandan and Tanzanian counterparts\ndate: 2025-09-12\n---',
    'Kenyan Prime Cabinet Secretary Musalia Mudavadi held a telephone conversation with his Ugandan ' +
      'counterpart Odongo Jeje Abubakhar on Wednesday about fuel supplies through the Kenyan pipeline.',
    'The two agreed that their energy ministers would meet in Kampala before the end of the month.',
    'On Thursday Mudavadi received Tanzanian Foreign Minister Mahmoud Thabit Kombo at the ministry in Nairobi.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('how long a meeting lasted', () => {
  it('is quoted from the paragraph after the one reporting it', () => {
    const a = questionAnswer('how long did rabuka and toomata talk in suva?', briefings.ctx);
    expect(a.text).toMatch(/On how long, a briefing says: “The meeting lasted a little over an hour, .*for about one/);
    expect(a.text).not.toMatch(/On “long”/);
  });

  it('is said to be untold when no briefing of the meeting gives it', () => {
    const a = questionAnswer('how long was the call between mudavadi and abubakhar?', briefings.ctx);
    expect(a.text).toMatch(/Musalia Mudavadi.*Odongo Jeje Abubakhar.*The briefings do not say how long it lasted\.$/);
  });

  it('is asked in a thread of the meeting the last answer gave, with both its people', () => {
    const [, lasted] = thread(briefings.ctx, 'when did rabuka meet toomata in suva?', 'how long did they talk?');
    expect(lasted).toMatch(/^One meeting in the briefings: Sitiveni Rabuka–Lupesoliai Peseta Toomata/);
    expect(lasted).toMatch(/On how long, a briefing says: “The meeting lasted a little over an hour/);
  });

  it('reads "last" after "how long did …" as the verb, not as the last meeting', () => {
    const a = questionAnswer('how long did the meeting with rabuka last?', briefings.ctx);
    expect(a.text).toMatch(/^2 meetings in the briefings: .*Lupesoliai Peseta Toomata.*Foreign Minister of Tonga/);
  });

  it('is not read from the paragraph after another meeting', () => {
    const a = questionAnswer('how long did mudavadi and kombo meet for in nairobi?', briefings.ctx);
    expect(a.text).toMatch(/The briefings do not say how long it lasted\.$/);
  });
});

describe('the name of an office asked before the name of who met it', () => {
  it('is asked of the office, and the answer says the briefings do not name it', () => {
    const a = questionAnswer('whats the name of the tongan FM rabuka received in suva?', briefings.ctx);
    expect(a.text).toMatch(/^The Foreign Minister of Tonga met Sitiveni Rabuka on Thu 15 May 2025 in Suva\./);
    expect(a.text).toMatch(/The briefings do not name the Foreign Minister of Tonga\.$/);
    expect(a.text).not.toMatch(/On “(?:whats|name)”/);
  });
});

describe('what was said at a meeting', () => {
  it('is not a sentence that follows the paragraph of another meeting', () => {
    const a = questionAnswer('what did mudavadi and kombo discuss?', briefings.ctx);
    expect(a.text).not.toMatch(/energy ministers/);
  });

  it('is told as withheld when a briefing says no details of that meeting were released', () => {
    const a = questionAnswer('what did rabuka discuss with the tongan FM?', briefings.ctx);
    expect(a.text).toMatch(/^The briefings do not say what .* discussed\. The briefing says: “Earlier in the day/);
  });
});
