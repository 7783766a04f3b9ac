/**
 * A "No" that quotes the sentence saying the meeting asked was put off or called off (ask/passages.ts calledOff): the
 * sentence names them all, or one of them (or "the two") in a briefing that names them all, and no one else.
 * Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'vilnius-trip.txt': [
    '---\ntitle: Latvian minister to visit Vilnius; Oslo trip put off\ndate: 2025-05-14\n---',
    'Foreign Minister Baiba Kalnina held a telephone conversation with her Norwegian counterpart Espen Barth Eide on ' +
      'Tuesday about the security of undersea cables in the Baltic Sea.',
    "Meanwhile, Kalnina's trip to Oslo, where she had been due to hold talks with Barth Eide on Thursday, has been " +
      'put off, a ministry source said. No new date has been set.',
  ].join('\n\n'),
  'riga-talks.txt': [
    '---\ntitle: Baltic ministers meet in Riga\ndate: 2025-04-08\n---',
    'Foreign Minister Baiba Kalnina met Estonian Foreign Minister Margus Tsahkna in Riga on Monday to discuss ' +
      'joint procurement of air defence systems and the protection of undersea cables.',
    'Kalnina had also planned a stop in Copenhagen to meet Foreign Minister Lars Lokke Rasmussen, but that plan ' +
      'was shelved because of the budget debate.',
  ].join('\n\n'),
  'council-delay.txt': [
    '---\ntitle: Neighbours postpone cooperation council\ndate: 2025-06-02\n---',
    'President Andres Molina and Prime Minister Teodor Vasquez are expected to co-chair the next cooperation ' +
      'council of the two countries, officials said, after a year without a session.',
    'The two leaders last met in Cartagena in March 2024, when they signed a water-sharing accord.',
    'A planned meeting between the two on the sidelines of the regional summit in Quito last September was called ' +
      'off at the last minute.',
  ].join('\n\n'),
  'suva-visit.txt': [
    '---\ntitle: Fiji prime minister meets visiting envoy\ndate: 2025-11-20\n---',
    "Fiji's Prime Minister Sitiveni Rabuka received the visiting special envoy of Japan, Kenji Yamada, in Suva on " +
      'Wednesday and discussed fisheries and climate finance with him.',
    "The Prime Minister's official visit to Wellington, which had been scheduled for December, was postponed because " +
      'of the budget session of Parliament. A new date has not been set.',
  ].join('\n\n'),
};

const briefings = useBriefings({
  ...ARTICLES,
  'geneva-plan.txt': [
    '---\ntitle: Geneva talks off this week\ndate: 2025-03-05\n---',
    'The meeting of Foreign Minister Elina Valtonen and her Swiss counterpart Ignazio Cassis that had been set for ' +
      'Friday in Geneva will not take place this week, a ministry spokeswoman said, without giving a reason.',
  ].join('\n\n'),
  'harbour-plan.txt': [
    '---\ntitle: Ministers review port cooperation\ndate: 2025-02-11\n---',
    'The ministers of transport of the two countries met in Valparaiso on Monday to review port fees.',
    'The meeting that President Luis Ortega and Prime Minister Karin Lindqvist were to hold at the new harbour, ' +
      'which had been announced for mid-January, remains postponed and has no new date.',
  ].join('\n\n'),
});

describe('a meeting put off or called off', () => {
  it('is a No that quotes the sentence naming them', () => {
    const a = questionAnswer('is kalnina still going to oslo to see barth eide on thursday?', briefings.ctx);
    expect(a.text).toMatch(/^No: /);
    expect(a.text).toContain('has been put off');
  });

  it('is a No that quotes a sentence calling them "the two", in a briefing that names them', () => {
    const a = questionAnswer('did molina and vasquez meet at the quito summit last september', briefings.ctx);
    expect(a.text).toMatch(/^No: /);
    expect(a.text).toContain('was called off at the last minute');
  });

  it('is found for one person and the place asked', () => {
    const a = questionAnswer("has rabuka's wellington visit been rescheduled yet?", briefings.ctx);
    expect(a.text).toMatch(/^No: /);
    expect(a.text).toContain('was postponed because of the budget session');
  });

  it('is quoted when asked when the visit is, and after a plan still listed', () => {
    const when = questionAnswer('when is rabuka going to wellington', briefings.ctx);
    expect(when.text).toContain('was postponed because of the budget session');
    const happened = questionAnswer('has the ortega-lindqvist meeting at the harbour happened yet?', briefings.ctx);
    expect(happened.text).toMatch(/^Planned, not confirmed: /);
    expect(happened.text).toContain('remains postponed');
  });

  it('is a No of a meeting that "will not take place"', () => {
    const a = questionAnswer('is valtonen still seeing cassis in geneva on friday?', briefings.ctx);
    expect(a.text).toMatch(/^No: /);
    expect(a.text).toContain('will not take place this week');
  });

  it('is never a plan of one of them with someone else', () => {
    const a = questionAnswer('did kalnina and tsahkna meet in tallinn?', briefings.ctx);
    expect(a.text).toMatch(/^No: /);
    expect(a.text).not.toContain('shelved');
  });

  it('is asked of two people joined by a hyphen, one of them in no meeting', () => {
    const a = questionAnswer('has the kalnina-rasmussen meeting been rescheduled', briefings.ctx);
    expect(a.question.people).toEqual(['kalnina', 'rasmussen']);
  });
});

describe('an invitation that did not materialise', () => {
  const tallinn = useBriefings({
    'tallinn-format.txt': [
      '---\ntitle: Baltic ministers meet in Tallinn\ndate: 2025-09-10\n---',
      'Estonian Foreign Minister Margus Tsahkna hosted his Latvian and Lithuanian counterparts in Tallinn on Tuesday ' +
        'for talks on air defence and the protection of undersea cables.',
      'A proposal to invite Sybiha to join the Tallinn meeting did not materialise, a diplomatic source said.',
    ].join('\n\n'),
    // A briefing that names the two far more often, found first when both names are searched.
    'kyiv-call.txt': [
      '---\ntitle: Tsahkna and Sybiha discuss sanctions\ndate: 2025-01-22\n---',
      'Estonian Foreign Minister Margus Tsahkna held talks with Ukrainian Foreign Minister Andrii Sybiha on ' +
        'Tuesday on sanctions and the reconstruction of energy infrastructure.',
      'Sybiha thanked Tsahkna for Estonian support, and Tsahkna told Sybiha that a new aid package was being prepared.',
      'Tsahkna and Sybiha also agreed to keep in close contact before the next European Council, the ministry said.',
    ].join('\n\n'),
  });

  it('is a No that quotes it, not a Yes of a meeting the briefings place nowhere', () => {
    const a = questionAnswer('was sybiha at the baltic meeting tsahkna hosted in tallinn?', tallinn.ctx);
    expect(a.text).toMatch(/^No: a briefing says: “A proposal to invite Sybiha to join the Tallinn meeting did not /);
  });
});

describe('a trip pushed back, or not made', () => {
  const trips = useBriefings({
    'nairobi-trip.txt': [
      '---\ntitle: Ruto trip to Kampala pushed back\ndate: 2025-04-10\n---',
      "President William Ruto's state visit to Uganda, which had been expected this month, has been pushed back, " +
        'a State House official said. Ruto met the Ugandan foreign minister in Nairobi on Tuesday.',
    ].join('\n\n'),
    'g20-meeting.txt': [
      '---\ntitle: G20 ministers meet without US\ndate: 2025-02-21\n---',
      'Foreign ministers of the G20 met in Cape Town on Thursday. Secretary of State Marco Rubio, who had said he ' +
        'would not travel to Cape Town, held talks with Indian External Affairs Minister S. Jaishankar in ' +
        'Washington the week before.',
    ].join('\n\n'),
  });

  it('is a No that quotes the sentence: "has been pushed back"', () => {
    const a = questionAnswer("did ruto's state visit to uganda happen in april?", trips.ctx);
    expect(a.text).toMatch(/^No: /);
    expect(a.text).toContain('has been pushed back');
  });

  it('is a No that quotes the sentence: "would not travel"', () => {
    const a = questionAnswer('did rubio go to the g20 meeting in cape town?', trips.ctx);
    expect(a.text).toMatch(/^No: /);
    expect(a.text).toContain('would not travel to Cape Town');
  });
});

describe('a meeting put off, then planned again', () => {
  const again = useBriefings({
    'bangkok-plan.txt': [
      '---\ntitle: Thai minister heads to Tokyo; Cambodia talks put off\ndate: 2025-11-24\n---',
      'Foreign Minister Sihasak Phuangketkeow will fly to Japan on Thursday, while a meeting with his Cambodian ' +
        'counterpart has been put off once more.',
      'The planned talks between Mr Sihasak and Cambodian Foreign Minister Prak Sokhonn will not happen before he ' +
        'returns from Japan, the spokesman said. Officials now expect the two to meet in the first half of next ' +
        'month, possibly in a third country.',
    ].join('\n\n'),
  });

  it('is a No that says when they are to meet now', () => {
    const a = questionAnswer('did sihasak and prak sokhonn meet in november 2025?', again.ctx);
    expect(a.text).toMatch(/^No: /);
    expect(a.text).toContain('has been put off once more');
    expect(a.text).toContain('December 2025');
  });
});
