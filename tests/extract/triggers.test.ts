import { describe, expect, it } from 'vitest';
import { spanText } from '../../src/extract/mentions.js';
import { tokenize } from '../../src/extract/tokens.js';
import { findTriggers, tokenText } from '../../src/extract/triggers.js';
import type { MeetingKind } from '../../src/extract/types.js';

interface Seen {
  words: string;
  kind: MeetingKind;
  passive: boolean;
  future: boolean;
  prepositional: boolean;
}

function triggersOf(sentence: string): Seen[] {
  const toks = tokenize(sentence);
  return findTriggers(toks).map((t) => ({
    words: spanText(toks, t.from, t.to),
    kind: t.kind,
    passive: t.passive,
    future: t.future,
    prepositional: t.prepositional,
  }));
}

const held = { passive: false, future: false, prepositional: false };

describe('findTriggers: the kind of meeting a verb reports', () => {
  const CASES: Array<{ name: string; sentence: string; expected: Seen }> = [
    {
      name: '"met" is talks (the documented example)',
      sentence: 'Lavrov met Jaishankar on Monday.',
      expected: { words: 'met', kind: 'talks', ...held },
    },
    {
      name: 'seed 002: "held a meeting with" is talks',
      sentence:
        'Foreign Minister Shah Mahmood Qureshi held a meeting with his Russian counterpart Sergey Lavrov here on Wednesday (today).',
      expected: { words: 'held a meeting with', kind: 'talks', ...held },
    },
    {
      name: 'seed 004: "had friendly talks with" lets an adjective stand before the noun',
      sentence:
        'Pakistani Prime Minister Imran Khan had friendly talks with State Councilor and Foreign Minister Wang Yi at the Shanghai Cooperation Organization summit.',
      expected: { words: 'had friendly talks with', kind: 'talks', ...held },
    },
    {
      name: 'seed 000: "had an “extremely productive” meeting with" reads through quotes',
      sentence: 'The foreign minister also had an “extremely productive” meeting with his Kyrgyz counterpart.',
      expected: { words: 'had an “extremely productive” meeting with', kind: 'talks', ...held },
    },
    {
      name: 'seed 001: "met with" is talks',
      sentence:
        'Besalov Adil – Deputy Chairman of the Cabinet of Ministers of Kyrgyzstan, met with Ishaq Dar during his visit.',
      expected: { words: 'met with', kind: 'talks', ...held },
    },
    {
      name: 'seed 000: "called on" is a call-on',
      sentence:
        'Caretaker Foreign Minister Jalil Abbas Jilani on Wednesday called on President of Kyrgyzstan Sadyr Zhaparov.',
      expected: { words: 'called on', kind: 'call-on', ...held },
    },
    {
      name: 'seed 001: "had an audience with" is a call-on',
      sentence: 'Senator Ishaq Dar also had an audience with Kassym-Jomart Tokayev, President of Kazakhstan.',
      expected: { words: 'had an audience with', kind: 'call-on', ...held },
    },
    {
      name: 'moscow: "had a telephone conversation with" is by telephone',
      sentence:
        'Russian Foreign Minister Sergei Lavrov had a telephone conversation with Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu on Wednesday.',
      expected: { words: 'had a telephone conversation with', kind: 'telephone', ...held },
    },
    {
      name: 'new delhi: "spoke by phone with" is by telephone',
      sentence: 'Jaishankar spoke by phone with Russian Foreign Minister Sergey Lavrov yesterday.',
      expected: { words: 'spoke by phone with', kind: 'telephone', ...held },
    },
    {
      name: '"telephoned" is by telephone',
      sentence: 'The prime minister telephoned his Turkish counterpart on Sunday.',
      expected: { words: 'telephoned', kind: 'telephone', ...held },
    },
    {
      name: '"received a phone call from" is by telephone, not a reception',
      sentence: 'The minister received a phone call from his Iranian counterpart.',
      expected: { words: 'received a phone call from', kind: 'telephone', ...held },
    },
    {
      name: '"held a video conference with" is counted as telephone',
      sentence: 'The ministers held a video conference with their counterparts.',
      expected: { words: 'held a video conference with', kind: 'telephone', ...held },
    },
    {
      name: 'brasilia: "hosted" is talks',
      sentence:
        'Brazilian Foreign Minister Mauro Vieira hosted his Argentine counterpart Diana Mondino at the Itamaraty Palace on Monday.',
      expected: { words: 'hosted', kind: 'talks', ...held },
    },
    {
      name: 'astana: "received" is talks',
      sentence:
        'President Kassym-Jomart Tokayev received Chinese Foreign Minister Wang Yi at the Akorda presidential residence today.',
      expected: { words: 'received', kind: 'talks', ...held },
    },
    {
      name: 'seed 001: "visited" is a visit',
      sentence:
        'He visited Shahzaib, a Pakistani textile worker injured in a mob attack, at National Hospital Bishkek.',
      expected: { words: 'visited', kind: 'visit', ...held },
    },
    {
      name: '"spoke with" (no phone) is talks',
      sentence: 'Faisal spoke with Bagheri Kani after the session.',
      expected: { words: 'spoke with', kind: 'talks', ...held },
    },
  ];

  it.each(CASES)('$name', ({ sentence, expected }) => {
    expect(triggersOf(sentence)).toEqual([expected]);
  });

  it('jakarta: "paid a courtesy call on" is a call-on', () => {
    const [t] = triggersOf(
      'ASEAN Secretary-General Dr. Kao Kim Hourn paid a courtesy call on Indonesian Foreign Minister Retno L.P. Marsudi.',
    );
    expect(t).toMatchObject({ kind: 'call-on', future: false });
    expect(t?.words).toContain('call on');
  });
});

describe('findTriggers: voice, tense and prepositions', () => {
  const CASES: Array<{ name: string; sentence: string; expected: Seen }> = [
    {
      name: 'nairobi: "was received by" is passive',
      sentence: 'Costa was received by President William Ruto at State House yesterday.',
      expected: { words: 'was received by', kind: 'talks', passive: true, future: false, prepositional: false },
    },
    {
      name: '"was warmly welcomed by" is passive',
      sentence: 'The delegation was warmly welcomed by the Speaker.',
      expected: { words: 'was warmly welcomed by', kind: 'talks', passive: true, future: false, prepositional: false },
    },
    {
      name: '"were hosted by" is passive',
      sentence: 'The ministers were hosted by President Ruto at State House.',
      expected: { words: 'were hosted by', kind: 'talks', passive: true, future: false, prepositional: false },
    },
    {
      name: 'brasilia: "is scheduled to meet" is planned',
      sentence: 'Mondino is scheduled to meet President Luiz Inacio Lula da Silva on Tuesday.',
      expected: { words: 'to meet', kind: 'talks', passive: false, future: true, prepositional: false },
    },
    {
      name: '"will meet" is planned',
      sentence: 'The president will meet his Chinese counterpart in Beijing.',
      expected: { words: 'will meet', kind: 'talks', passive: false, future: true, prepositional: false },
    },
    {
      name: '"will hold talks" is planned',
      sentence: 'The two presidents will hold talks in Ankara.',
      expected: { words: 'hold talks', kind: 'talks', passive: false, future: true, prepositional: false },
    },
    {
      name: 'bishkek: "is expected to hold talks in Astana with" is planned',
      sentence: 'Fidan is expected to hold talks in Astana with Kazakh Foreign Minister Murat Nurtleu on Thursday.',
      expected: {
        words: 'hold talks in Astana with',
        kind: 'talks',
        passive: false,
        future: true,
        prepositional: false,
      },
    },
    {
      name: 'new delhi: "will call on" is a planned call-on',
      sentence: 'Saidov will call on Prime Minister Narendra Modi on Thursday.',
      expected: { words: 'call on', kind: 'call-on', passive: false, future: true, prepositional: false },
    },
    {
      name: 'nairobi: "accepted an invitation from" is a planned visit',
      sentence: 'Ruto accepted an invitation from Lourenço to visit Luanda later this year.',
      expected: {
        words: 'accepted an invitation from',
        kind: 'visit',
        passive: false,
        future: true,
        prepositional: false,
      },
    },
    {
      name: 'moscow: "agreed to meet" is planned',
      sentence: 'The ministers agreed to meet in person in Almaty next month.',
      expected: { words: 'to meet', kind: 'talks', passive: false, future: true, prepositional: false },
    },
    {
      name: 'seed 002: "at a meeting with" is prepositional',
      sentence:
        'He was speaking at a meeting with the President of Tajikistan Emomali Rahmon along with Foreign Ministers of SCO member states in Dushanbe on Wednesday.',
      expected: { words: 'at a meeting with', kind: 'talks', passive: false, future: false, prepositional: true },
    },
    // "will" is more than two words before the trigger: the meeting is planned by its date ("next week"), not here.
    {
      name: 'brasilia: "for talks with" is prepositional',
      sentence:
        'Separately, Lula will travel to Santiago next week for talks with Chilean President Gabriel Boric on lithium.',
      expected: { words: 'for talks with', kind: 'talks', passive: false, future: true, prepositional: true },
    },
    {
      name: '"is to travel … for talks with" is prepositional and planned',
      sentence: 'The minister is to travel for talks with his Chinese counterpart.',
      expected: { words: 'for talks with', kind: 'talks', passive: false, future: true, prepositional: true },
    },
    {
      name: '"During talks with" at the start of a sentence is prepositional',
      sentence: 'During talks with his Uzbek counterpart, the minister raised the border question.',
      expected: { words: 'During talks with', kind: 'talks', passive: false, future: false, prepositional: true },
    },
  ];

  it.each(CASES)('$name', ({ sentence, expected }) => {
    expect(triggersOf(sentence)).toEqual([expected]);
  });

  it('jakarta: finds every trigger of a sentence that reports three meetings, in order, the last passive', () => {
    const sentence =
      "On Monday he received the Ambassador of Japan to ASEAN, Kiya Masahiko, at the ASEAN Secretariat, and later in the day held talks with Timor-Leste's Foreign Minister Bendito dos Santos Freitas on the country's roadmap to full membership; on Wednesday morning he was received by Vice President Ma'ruf Amin at the vice-presidential palace.";
    expect(triggersOf(sentence).map((t) => [t.words, t.kind, t.passive])).toEqual([
      ['received', 'talks', false],
      ['held talks with', 'talks', false],
      ['was received by', 'talks', true],
    ]);
  });

  it('finds a meeting and a call in one sentence, each with its own kind', () => {
    expect(
      triggersOf('Costa is visiting Kenya; she met Ruto and then telephoned Lourenço.').map((t) => [t.words, t.kind]),
    ).toEqual([
      ['met', 'talks'],
      ['telephoned', 'telephone'],
    ]);
  });

  it('keeps the most specific of overlapping patterns ("met with" over "met")', () => {
    expect(triggersOf('Prime Minister Sharif met with Prime Minister Mishustin.').map((t) => t.words)).toEqual([
      'met with',
    ]);
  });

  it('does not read "to" as a preposition ("Pakistan\'s ambassador to China met …") as a future', () => {
    expect(triggersOf("Pakistan's ambassador to China met the minister on Monday.")).toEqual([
      { words: 'met', kind: 'talks', ...held },
    ]);
  });
});

describe('findTriggers: sentences that report no meeting', () => {
  it.each([
    ['no meeting verb', 'The economy grew by three percent last year.'],
    ['seed 000: "will assume the Chair"', 'On Thursday, Pakistan will assume the Chair of CHG SCO.'],
    [
      'an attendee list ("brought together the leaders of")',
      'The summit brought together the leaders of Egypt, Ethiopia, Eritrea, South Sudan, Chad, Libya and the Central African Republic.',
    ],
    [
      'a quoted "meet every challenge"',
      'Tuggar told reporters the two countries would "meet every challenge together", from cross-border trade to the protection of traders\' shops.',
    ],
    ['a negated "did not meet"', 'The Chancellor did not meet the Prime Minister.'],
    ['a negated "never met"', 'The two leaders never met in person.'],
    [
      'a modal "should meet"',
      'In my view, Sisi and Abiy should meet again, and soon, without the cameras and without the summitry.',
    ],
    ['a modal "could meet"', 'The talks were cancelled and the ministers could meet later.'],
    ['a modal "might meet"', 'He might meet the president next week.'],
    ['an empty sentence', ''],
  ])('finds none in %s', (_label, sentence) => {
    expect(triggersOf(sentence)).toEqual([]);
  });

  it('still finds "met with" in "met with criticism" (the extractor must drop it: see extract.test.ts)', () => {
    expect(
      triggersOf(
        "Milei's plans to dollarize the economy and scrap the central bank have met with criticism from Brazilian industry groups.",
      ).map((t) => t.words),
    ).toEqual(['met with']);
  });

  it.each([
    ['refused to meet', 'The President refused to meet the envoy.'],
    ['declined to meet', 'The minister declined to meet the delegation.'],
    ['hopes to meet', 'The envoy hopes to meet the king.'],
    [
      'want to meet (their obligations)',
      'Both governments still say they want to meet their obligations under the 2015 Declaration of Principles.',
    ],
    [
      'has yet to meet',
      'Milei, who called Lula a "corrupt communist" during his election campaign, has yet to meet him.',
    ],
  ])('finds none in a negated "%s"', (_label, sentence) => {
    expect(triggersOf(sentence)).toEqual([]);
  });
});

describe('tokenText', () => {
  it('joins the folded tokens with single spaces and maps each offset back to its token', () => {
    const toks = tokenize('Pakistan’s FM met Lavrov.');
    const { text, tokenAt } = tokenText(toks);
    expect(text).toBe("pakistan 's fm met lavrov .");
    expect(tokenAt(text.indexOf('met'))).toBe(3);
    expect(tokenAt(text.indexOf('met') + 2)).toBe(3);
    expect(tokenAt(text.length - 1)).toBe(5);
  });
});

describe('more ways of saying it', () => {
  it.each<[string, string, MeetingKind]>([
    ['The King granted an audience to the visiting minister.', 'granted an audience to', 'call-on'],
    ['She held a virtual meeting with her Chilean counterpart.', 'held a virtual meeting with', 'telephone'],
    ['The two leaders held a tête-à-tête with interpreters only.', 'held a tête-à-tête with', 'talks'],
    ['The envoy interacted with the press secretary.', 'interacted with', 'talks'],
    ['The minister received in audience the ambassador.', 'received in audience', 'talks'],
    ['The president shakes hands with his guest before their talks.', 'shakes hands with', 'talks'],
    ['The leaders held a summit with their ministers present.', 'held a summit with', 'talks'],
    ['The two ministers exchanged views on trade with the envoy.', 'exchanged views on trade with', 'talks'],
    ['The two leaders had spoken by phone in May.', 'spoken by phone', 'telephone'],
    ['He took a video call from the secretary-general.', 'took a video call from', 'telephone'],
    [
      'She received on Saturday a phone call from her counterpart.',
      'received on Saturday a phone call from',
      'telephone',
    ],
    [
      'He received two separate calls on Saturday from envoys.',
      'received two separate calls on Saturday from',
      'telephone',
    ],
    ['On Friday, she made a phone call to the secretary-general.', 'made a phone call to', 'telephone'],
  ])('%s', (sentence, words, kind) => {
    expect(triggersOf(sentence)).toContainEqual(expect.objectContaining({ words, kind }));
  });
});
