import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../src/ask/answer.js';
import type { AskContext } from '../../src/ask/types.js';
import { listWords, QUESTION_ITEMS, timesWord, whenWords } from '../../src/ask/answer-question.js';
import { contextOf, type QuestionContext } from '../../src/ask/follow-up.js';
import type { Answer, AnswerOf } from '../../src/ask/types.js';
import type { Segment } from '../../src/index/excerpt.js';
import {
  noDateSaid,
  noMeetingBetween,
  noMeetingOf,
  PASSAGES_MENTION,
  PASSAGES_NEAREST,
  UNREAD_QUESTION,
} from '../../src/ask/messages.js';
import { buildContext } from '../../src/main.js';
import { contextOf as loadContext, fixtureContext, memoryLogger, questionAnswer, SEEDS } from '../helpers.js';

const TODAY = new Date('2026-11-22T12:00:00Z');
const MEETINGS = 'tests/fixtures/meetings';
const CASA_FILE = '001_df728569922fd480.txt';
const LAVROV_FILE = '002_9f8474191b6e5a16.txt';
const SHARIF_FILE = '003_11be3f15fbbdd326.txt';
const WANG_FILE = '004_f565eaee0c20bcd1.txt';
const JILANI_FILE = '000_0d5f0c5c4968850b.txt';
/** An ISO date or timestamp, which an answer's sentence never shows. */
const ISO = /\b\d{4}-\d{2}(?:-\d{2})?\b|T\d{2}:\d{2}/;

let seeds: AskContext;
let rich: AskContext;
beforeAll(async () => {
  [seeds, rich] = await Promise.all([
    buildContext(SEEDS, memoryLogger(), () => TODAY),
    buildContext(MEETINGS, memoryLogger(), () => TODAY),
  ]);
});

function questionOf(a: Answer): AnswerOf<'question'> & Answer {
  if (a.kind !== 'question') throw new Error(`expected a question answer, got ${JSON.stringify(a).slice(0, 300)}`);
  return a;
}
const answer = (text: string, ctx: AskContext = seeds, previous?: QuestionContext) =>
  questionOf(ask(text, ctx, 1, undefined, previous));
/** The bold parts of evidence. */
const hits = (segments: Segment[]): string[] => segments.filter((s) => s.hit).map((s) => s.text);
const files = (a: AnswerOf<'question'>): string[] => [...new Set(a.citations.map((c) => c.file))];

describe('questions over the seeds', () => {
  it('says when Qureshi met Lavrov: three times, newest first, each with its place', () => {
    const a = answer('When did Qureshi meet Lavrov?');
    expect(a.question).toEqual({
      kind: 'when',
      facets: ['when'],
      people: ['Qureshi', 'Lavrov'],
      filter: {},
      // "meet" asks for a meeting in person.
      met: true,
      // The first days of the oldest and newest meeting answered, for a follow-up's "before that".
      answered: { from: '2019-06-01', to: '2021-07-14' },
      // The last day of the newest, for "after that".
      answeredUntil: '2021-07-14',
      // Each meeting's place and days, for "after Moscow".
      answeredAt: [
        { in: 'Dushanbe', from: '2021-07-14', to: '2021-07-14' },
        { in: 'Moscow', from: '2020-09-01', to: '2020-09-30' },
        { in: 'Bishkek', from: '2019-06-01', to: '2019-06-30' },
      ],
      // Whom the answer named, for a follow-up's "she" or "he".
      answeredPeople: ['Shah Mahmood Qureshi', 'Sergey Lavrov'],
    });
    expect(a.text).toBe(
      'Shah Mahmood Qureshi met Sergey Lavrov three times in the briefings: on Wed 14 Jul 2021 in Dushanbe, in September 2020 in Moscow and in June 2019 in Bishkek.',
    );
    expect(a.total).toBe(3);
    expect(a.items.map((i) => i.meeting.location)).toEqual(['Dushanbe', 'Moscow', 'Bishkek']);
    expect(a.items.every((i) => i.meeting.status === 'held')).toBe(true);
    expect(files(a)).toEqual([LAVROV_FILE]);
    expect(a.citations.map((c) => c.n)).toEqual(a.citations.map((_, i) => i + 1));
    expect(a.evidence.length).toBe(3);
    const bold = a.evidence.flatMap((e) => hits(e.segments));
    expect(bold).toContain('Shah Mahmood Qureshi');
    expect(bold).toContain('Sergey Lavrov');
    expect(bold).toContain('June 2019');
    for (const e of a.evidence) {
      expect(a.citations.some((c) => c.n === e.n)).toBe(true);
      expect(hits(e.segments).some((h) => /Qureshi/.test(h))).toBe(true);
      expect(hits(e.segments).some((h) => /Lavrov/.test(h))).toBe(true);
    }
  });

  it('says the same for the question asked another way', () => {
    expect(answer('when has Qureshi met with Lavrov').text).toBe(answer('When did Qureshi meet Lavrov?').text);
    expect(answer('<@U123> when did qureshi meet lavrov ?!').text).toContain('three times');
  });

  it('narrows a "when" to a year', () => {
    const a = answer('When did Qureshi meet Lavrov in 2019?');
    expect(a.text).toBe('Shah Mahmood Qureshi met Sergey Lavrov in June 2019 in Bishkek.');
    expect(a.items).toHaveLength(1);
  });

  it('counts, oldest first', () => {
    const a = answer('How many times did Qureshi meet Lavrov?');
    expect(a.text).toBe(
      'Shah Mahmood Qureshi met Sergey Lavrov 3 times in the briefings (June 2019 in Bishkek, September 2020 in Moscow and Wed 14 Jul 2021 in Dushanbe).',
    );
    expect(files(a)).toEqual([LAVROV_FILE]);
  });

  it('says whom Jilani met in Bishkek', () => {
    const a = answer('Who did Jilani meet in Bishkek?');
    expect(a.text).toBe(
      'Jalil Abbas Jilani met Sadyr Zhaparov (President, Kyrgyzstan), Zhang Ming (Secretary-General, SCO) and the Foreign Minister of Kyrgyzstan in Bishkek.',
    );
    expect(a.items).toHaveLength(3);
    expect(files(a)).toEqual([JILANI_FILE]);
  });

  it('reads a title and a country as the person who held them', () => {
    const a = answer("When did Pakistan's foreign minister meet the Kyrgyz president?");
    expect(a.text).toBe('Jalil Abbas Jilani met Sadyr Zhaparov on Wed 25 Oct 2023 in Bishkek.');
    expect(answer('who met the Russian prime minister').text).toBe(
      'Mikhail Mishustin met Muhammad Shehbaz Sharif (Prime Minister, Pakistan) in the briefings.',
    );
  });

  it('says what Shehbaz Sharif and Mishustin discussed', () => {
    const a = answer('What did Shehbaz Sharif and Mishustin discuss?');
    expect(a.text).toMatch(/^Muhammad Shehbaz Sharif and Mikhail Mishustin discussed /);
    for (const topic of ['trade', 'energy', 'connectivity']) expect(a.text).toContain(topic);
    expect(a.text).toContain('(Wed 16 Oct 2024)');
    expect(files(a)).toEqual([SHARIF_FILE]);
    expect(a.citations[0]).toMatchObject({ n: 1, paragraph: 1, published: { year: 2024, month: 10, day: 17 } });
  });

  it('says where Imran Khan met Wang Yi: Dushanbe, at the SCO summit, on Fri 17 Sep 2021', () => {
    const a = answer('Where did Imran Khan meet Wang Yi?');
    expect(a.text).toBe(
      'Imran Khan met Wang Yi in Dushanbe, at the Shanghai Cooperation Organization summit on Fri 17 Sep 2021.',
    );
    expect(files(a)).toEqual([WANG_FILE]);
    expect(hits(a.evidence[0]!.segments)).toEqual(expect.arrayContaining(['Imran Khan', 'Wang Yi', 'Dushanbe']));
  });

  it('lists the meetings of October 2024', () => {
    const a = answer('Which meetings happened in October 2024?');
    expect(a.text).toBe(
      '2 meetings in the briefings: Muhammad Shehbaz Sharif–Mikhail Mishustin (Wed 16 Oct 2024, Islamabad) and Jam Kamal Khan–Mohammad Atabak (Wed 16 Oct 2024, Islamabad).',
    );
    expect(a.items.map((i) => i.meeting.date)).toEqual([
      { year: 2024, month: 10, day: 16 },
      { year: 2024, month: 10, day: 16 },
    ]);
  });

  it('says no meeting matches a period with none', () => {
    const a = answer('which meetings took place in Dushanbe last year');
    expect(a.text).toBe('The briefings report no meeting in Dushanbe in 2025.');
    expect(a.items).toEqual([]);
    expect(a.citations).toEqual([]);
  });

  it('says a meeting in an undated article has no date, and cites it', () => {
    const a = answer('When did Dar meet Tokayev?');
    // Where they met is what the briefing does tell.
    expect(a.text).toBe(
      `${noDateSaid('Ishaq Dar', 'Kassym-Jomart Tokayev', 'the article is undated')} They met at presidential ` +
        'palace Akorda (Astana).',
    );
    expect(a.citations).toHaveLength(1);
    expect(a.citations[0]).toMatchObject({ n: 1, file: CASA_FILE, articleId: '001_df728569922fd480' });
    expect(a.citations[0]!.published).toBeUndefined();
    expect(a.evidence[0]?.n).toBe(1);
  });

  it('never invents a meeting that the briefings do not report', () => {
    const a = answer('When did Lavrov meet Biden?');
    expect(a.text).toBe(`${noMeetingBetween('Sergey Lavrov and Biden')} ${PASSAGES_MENTION}`);
    expect(a.text).not.toMatch(/\d/);
    expect(a.items).toEqual([]);
    expect(a.total).toBe(0);
    // What the briefings do say of Lavrov, cited: never a meeting with Biden.
    expect(a.evidence.length).toBeGreaterThan(0);
    for (const e of a.evidence) expect(a.citations.some((c) => c.n === e.n)).toBe(true);
    expect(a.evidence.flatMap((e) => hits(e.segments))).toContain('Lavrov');
    expect(answer('How many times did Biden meet?').text).toBe(noMeetingOf('Biden'));
  });

  it('calls planned meetings planned', () => {
    const planned = answer('What is planned?');
    expect(planned.text).toBe(
      'No meeting in the briefings is planned after Sun 22 Nov 2026. 2 meetings were planned for days now past, and no briefing says it took place: Pakistan–China (October 2021, planned) and Pakistan–China (September 2021, planned).',
    );
    expect(planned.items.every((i) => i.meeting.status === 'planned')).toBe(true);
    const when = answer('When did China meet Pakistan?');
    expect(when.text).toBe(
      'China met Pakistan on Fri 17 Sep 2021 in Dushanbe. A meeting of China and Pakistan was planned in October 2021 and in September 2021 (“late September”); no briefing says it took place.',
    );
  });

  it('answers follow-ups about the people of the previous question', () => {
    const previous: QuestionContext = { people: ['Qureshi', 'Lavrov'], filter: {} };
    expect(answer('and where?', seeds, previous).text).toBe(
      'Shah Mahmood Qureshi met Sergey Lavrov in Dushanbe on Wed 14 Jul 2021, Shah Mahmood Qureshi met Sergey Lavrov in Moscow in September 2020 and Shah Mahmood Qureshi met Sergey Lavrov in Bishkek, at the Shanghai Cooperation Organization (SCO) Summit in June 2019.',
    );
    expect(answer('and in 2019?', seeds, previous).text).toBe(
      'Shah Mahmood Qureshi met Sergey Lavrov in June 2019 in Bishkek.',
    );
    expect(answer('what did they discuss?', seeds, previous).text).toContain('recent developments in Afghanistan');
  });

  it('searches text that is not a question', () => {
    expect(ask('dasu attack', seeds).kind).toBe('search');
    expect(ask('CASA-1000', seeds).kind).toBe('search');
  });

  it('says an office of a country with a possessive as asked, without "the"', () => {
    expect(answer("when did Indonesia's foreign minister meet Lavrov").text).toMatch(
      /^The briefings report no meeting between Indonesia's foreign minister and Sergey Lavrov\./,
    );
  });

  it('counts no one of an office as "no", and says whom the briefings report instead', () => {
    expect(answer('how many envoys did Jilani meet in Bishkek').text).toMatch(
      /^Jalil Abbas Jilani met no envoys in Bishkek \(Wed 25 Oct 2023\)\. The briefings report meetings with Sadyr /,
    );
  });

  it('answers a question it reads as no one, nowhere and at no time with a sentence and the nearest passages', () => {
    const bare = answer('when?');
    expect(bare.question).toMatchObject({ facets: ['when'], people: [], unread: 'when' });
    expect(bare.text).toBe(UNREAD_QUESTION);
    const a = answer('what was agreed on the CASA-1000 line?');
    expect(a.text).toBe(`${UNREAD_QUESTION} ${PASSAGES_NEAREST}`);
    expect(a.evidence.length).toBeGreaterThan(0);
    expect(a.citations.map((c) => c.n)).toEqual(a.evidence.map((e) => e.n));
  });

  it('writes dates in words, never as ISO dates', () => {
    const questions = [
      'When did Qureshi meet Lavrov?',
      'How many times did Qureshi meet Lavrov?',
      'Where did Imran Khan meet Wang Yi?',
      'What did Shehbaz Sharif and Mishustin discuss?',
      'Which meetings happened in October 2024?',
      'What is planned?',
      'When did Qureshi meet?',
      'Where did Lavrov meet?',
      'When did Qureshi meet Lavrov since 2020?',
    ];
    for (const q of questions) expect(answer(q).text, q).not.toMatch(ISO);
  });

  it('writes the period of a "who" in words', () => {
    expect(answer('Who did Jilani meet in 2023?').text).not.toMatch(ISO);
  });

  it('does not name people who were not at the meetings it counts', () => {
    const a = answer('When did Pakistan meet Russia?');
    expect(a.text).toContain('four times');
    expect(a.text).not.toContain('Sharif met Mikhail Mishustin four times');
  });

  it('does not answer "who" with an empty list', () => {
    expect(answer('Who did Qureshi and Lavrov meet?').text).not.toMatch(/met\s+in the briefings|\s{2}/);
  });

  it('answers "any upcoming meetings with China" as a question', () => {
    expect(ask('any upcoming meetings with China', seeds).kind).toBe('question');
  });

  it('finds whom Lavrov met in 2021', () => {
    expect(answer('Who met Lavrov in 2021?').text).toContain('Shah Mahmood Qureshi');
  });
});

describe('questions over the richer meetings corpus', () => {
  it('counts Rahmon and Mirziyoev twice, the undated meeting too, and the state visit accepted as planned', () => {
    const a = answer('How many times did Rahmon meet Mirziyoev?', rich);
    expect(a.text).toBe(
      'Emomali Rahmon met Shavkat Mirziyoev 2 times in the briefings (2022 in Tashkent). One more meeting is planned.',
    );
    expect(a.items).toHaveLength(3);
    expect(files(a)).toEqual(['dushanbe-rahmon-mirziyoev-undated.txt']);
  });

  it('says when with an undated meeting among dated ones', () => {
    expect(answer('When did Rahmon meet Mirziyoev?', rich).text).toBe(
      'Emomali Rahmon met Shavkat Mirziyoev twice in the briefings: in 2022 in Tashkent and on a date the briefings do not give in Dushanbe (Palace of Nations). Emomali Rahmon and Shavkat Mirziyoev are to meet on a date the briefings do not give (planned).',
    );
  });

  it('says whom Kao Kim Hourn met', () => {
    const a = answer('Who met Kao Kim Hourn?', rich);
    // Newest first: Ma'ruf Amin on Wednesday 8 May, Retno on the 7th, then the two of Monday the 6th.
    expect(
      a.text.startsWith("Kao Kim Hourn met Ma'ruf Amin (Vice President, country unknown), Retno L.P. Marsudi"),
    ).toBe(true);
    expect(a.text).toContain('Kiya Masahiko (Ambassador, Japan)');
    expect(a.text).toContain('Bendito dos Santos Freitas (Foreign Minister, Timor-Leste)');
    expect(a.items).toHaveLength(QUESTION_ITEMS);
    expect(a.total).toBe(5);
    expect(files(a)).toEqual(['jakarta-asean-kao-kim-hourn.txt']);
  });

  it('reads "the Kazakh foreign minister" as Murat Nurtleu, and keeps the planned meeting apart', () => {
    const a = answer('When did the Kazakh foreign minister meet Lavrov?', rich);
    expect(a.question.people).toEqual(['Kazakh foreign minister', 'Lavrov']);
    expect(a.text).toBe(
      'Murat Nurtleu met Sergey Lavrov twice in the briefings: on Wed 24 Jan 2024 by telephone and in October 2023 in Bishkek. A meeting of Murat Nurtleu and Sergey Lavrov was planned in February 2024 in Almaty; no briefing says it took place.',
    );
    expect(files(a)).toEqual(['moscow-tass-lavrov-nurtleu.txt']);
  });

  it('calls a meeting that is only planned planned', () => {
    expect(answer('When did Ruto meet Lourenço?', rich).text).toBe(
      'A meeting of William Ruto and João Lourenço was planned in 2024 in Luanda; no briefing says it took place.',
    );
  });

  it('does not count a planned meeting as held', () => {
    expect(answer('How many times did Lavrov meet Nurtleu?', rich).text).toMatch(/met Murat Nurtleu 2 times/);
  });

  it('does not say "met" of a meeting that is only planned', () => {
    expect(answer('Who met Erdoğan?', rich).text).toMatch(/planned|to meet/);
  });

  it('names each Japarov Fidan met', () => {
    expect(answer('Where did Fidan meet Japarov?', rich).text).toContain('Akylbek Japarov');
  });
});

describe('questions as analysts ask them (issue 12)', () => {
  it('answers yes or no, and says where they met when it was elsewhere', () => {
    expect(answer('Did Qureshi meet Lavrov in Moscow?').text).toBe(
      'Yes: Shah Mahmood Qureshi and Sergey Lavrov met in September 2020 in Moscow.',
    );
    const no = answer('did qureshi meet lavrov in Islamabad');
    expect(no.text).toMatch(
      /^No: the briefings report no meeting of Shah Mahmood Qureshi and Sergey Lavrov in Islamabad;/,
    );
    expect(no.text).toContain('they met on Wed 14 Jul 2021 in Dushanbe');
    expect(answer('Has China met Pakistan?').text).toMatch(/^Yes: China and Pakistan met on Fri 17 Sep 2021/);
  });

  it('says "No" of someone the briefings do not know, with whom the other did meet', () => {
    const a = answer('Did Imran Khan meet Xi Jinping at the SCO summit?');
    expect(a.text).toMatch(
      /^No: the briefings report no meeting between Imran Khan and Xi Jinping at the SCO summit\./,
    );
    expect(a.text).toContain("Imran Khan's meetings there: Wang Yi on Fri 17 Sep 2021 in Dushanbe.");
    expect(a.items).toEqual([]);
    const role = answer('Did Jilani meet the Argentine foreign minister?');
    expect(role.text).toMatch(
      /^No: the briefings report no meeting between Jalil Abbas Jilani and the Argentine foreign minister\./,
    );
  });

  it('answers each facet of a compound question, and trailing words are no names', () => {
    const a = answer('When and where did Shehbaz Sharif meet Mishustin, and what did they agree on?');
    expect(a.question.facets).toEqual(['when', 'where', 'what']);
    expect(a.text).toMatch(/^Muhammad Shehbaz Sharif met Mikhail Mishustin on Wed 16 Oct 2024 in Islamabad/);
    expect(a.text).toContain('discussed trade');
    // What was agreed, as the briefing says it, quoted.
    expect(a.text).toMatch(/The briefings say: “[^”]*agreed to pursue robust dialogue/);
    expect(answer('How many times have Qureshi and Lavrov met, as far as the briefings say').text).toMatch(
      /^Shah Mahmood Qureshi met Sergey Lavrov 3 times in the briefings/,
    );
  });

  it('says who someone is, and whether two names are one person', () => {
    expect(answer('Who is Zhang Ming?').text).toBe('Zhang Ming is Secretary-General, SCO, named in one briefing.');
    const same = answer('is Sergei Lavrov the same person as Sergey Lavrov?').text;
    expect(same).toMatch(/^Yes: the same person, as the briefings tell it\. Sergei Lavrov and Sergey Lavrov are /);
    expect(same).toContain('are Sergey Lavrov, Foreign Minister of Russia');
    expect(answer('is Qureshi the same person as Lavrov').text).toMatch(/^No: the briefings name them as different/);
    const unknown = answer('who is Tok Mat');
    expect(unknown.text).toBe(`The briefings name no one called Tok Mat.`);
    // Of someone the briefings never name, neither yes nor no.
    expect(answer('is Tok Mat the same person as Qureshi?').text).toMatch(
      /^The briefings cannot tell: they name no one called Tok Mat\./,
    );
  });

  it('answers Yes of a name another alphabet spells otherwise ("Sibiga" for Sybiha)', async () => {
    const wide = await fixtureContext('wide-3');
    expect(answer('Sibiga — same guy as Sybiha?', wide).text).toMatch(
      /^Yes: the same person, as the briefings tell it\. Sybiha is Andrii Sybiha, Foreign Minister of Ukraine/,
    );
  });

  it('answers how they met when asked: a call is not a meeting in person', () => {
    const a = answer('did Qureshi and Lavrov speak by phone?');
    expect(a.question.how).toBe('telephone');
    expect(a.text).toMatch(
      /^No: the briefings report no telephone call between Shah Mahmood Qureshi and Sergey Lavrov; they met on/,
    );
    // "called on" is a visit in person, not a call.
    expect(answer('did Jilani call on the Kyrgyz president').text).toMatch(
      /^Yes: Jalil Abbas Jilani and Sadyr Zhaparov met/,
    );
  });

  it('asks the thread\'s last question of someone else: "what about …?"', () => {
    const first = answer('When did Jilani meet Zhang Ming?');
    const next = answer('what about the Kyrgyz president?', seeds, contextOf(first.question));
    expect(next.question).toMatchObject({ facets: ['when'], people: ['Jilani', 'Kyrgyz president'] });
    expect(next.text).toBe('Jalil Abbas Jilani met Sadyr Zhaparov on Wed 25 Oct 2023 in Bishkek.');
  });

  it('quotes what was said or agreed from the paragraphs after the meeting, not from another meeting', () => {
    const a = answer('what did Jilani and the Kyrgyz president talk about?');
    expect(a.text).toContain('Both sides expressed a mutual desire to build stronger economic');
    expect(a.text).not.toContain('poverty alleviation');
  });

  it('answers "last" and "first" with one meeting, and names joined by a dash as two people', () => {
    expect(answer('when did qureshi last meet lavrov').text).toBe(
      'Shah Mahmood Qureshi met Sergey Lavrov on Wed 14 Jul 2021 in Dushanbe.',
    );
    expect(answer('when did Qureshi and Lavrov first meet').text).toBe(
      'Shah Mahmood Qureshi met Sergey Lavrov in June 2019 in Bishkek.',
    );
    expect(answer('Where was the Jilani–Zhaparov meeting?').question.people).toEqual(['Jilani', 'Zhaparov']);
  });

  it('lists meetings asked for without a question word, and says who of a country met someone', () => {
    const list = answer("Lavrov's meetings?");
    expect(list.question).toMatchObject({ facets: ['which'], people: ['Lavrov'] });
    expect(list.total).toBe(3);
    expect(answer('Which Pakistani officials met Lavrov?').text).toMatch(
      /^Shah Mahmood Qureshi \(Foreign Minister, Pakistan\) met Sergey Lavrov on Wed 14 Jul 2021 in Dushanbe/,
    );
    expect(answer('who from Pakistan met the Kyrgyz president').text).toBe(
      'Jalil Abbas Jilani (Caretaker Foreign Minister, Pakistan) met Sadyr Zhaparov on Wed 25 Oct 2023 in Bishkek.',
    );
    expect(answer('Has Jilani ever been to Bishkek?').text).toMatch(/^Yes: Jalil Abbas Jilani met Sadyr Zhaparov on/);
  });

  it('reads a misspelt place, and says when they met elsewhere', () => {
    expect(answer('did Qureshi meet Lavrov in Dushambe').text).toBe(
      'Yes: Shah Mahmood Qureshi and Sergey Lavrov met on Wed 14 Jul 2021 in Dushanbe.',
    );
    const a = answer('When did Qureshi meet Lavrov in Tashkant?');
    expect(a.question.filter.in).toBe('Tashkent');
    expect(a.text).toMatch(
      /^The briefings report no meeting of Shah Mahmood Qureshi and Sergey Lavrov in Tashkent\. Shah Mahmood Qureshi met/,
    );
  });

  it('tells a meeting of two from a meeting of several when asked for a one-on-one', () => {
    expect(answer('did Scholz have a one-on-one with Tusk', rich).text).toBe(
      'No: the briefings report no meeting of Olaf Scholz and Donald Tusk alone; they met in March 2024 in Berlin.',
    );
    expect(answer('did Scholz meet Tusk', rich).text).toBe(
      'Yes: Olaf Scholz and Donald Tusk met in March 2024 in Berlin.',
    );
  });

  it('leaves out whom a scene-setting clause names, and an office said before a name', () => {
    const a = answer('did Imran Khan meet Wang Yi when he went to Dushanbe with Qureshi in September 2021?');
    expect(a.question).toMatchObject({
      facets: ['yesno'],
      people: ['Imran Khan', 'Wang Yi'],
      filter: { in: 'Dushanbe' },
    });
    expect(a.text).toBe('Yes: Imran Khan and Wang Yi met on Fri 17 Sep 2021 in Dushanbe.');
    // Said of someone the briefings know by that office, the words are one person, not two.
    expect(answer('when did the SCO Secretary-General Zhang Ming meet Jilani?').text).toBe(
      'Zhang Ming met Jalil Abbas Jilani on Wed 25 Oct 2023 in Bishkek.',
    );
  });

  it('reads roles, misspellings and the period in any order', () => {
    const a = answer("where did Pakistan's caretaker FM call on the kyrgyz president in october 2023");
    expect(a.text).toMatch(/^Jalil Abbas Jilani met Sadyr Zhaparov in Bishkek/);
    expect(answer('when did Qureshy meet Lavrof in 2019').text).toBe(
      'Shah Mahmood Qureshi met Sergey Lavrov in June 2019 in Bishkek.',
    );
  });

  it('reads the facet given as a tag after the words of the meeting', () => {
    const topic = answer('qureshi lavrov bilateral in dushanbe - topic?');
    expect(topic.question).toMatchObject({
      facets: ['what'],
      people: ['qureshi', 'lavrov'],
      filter: { in: 'dushanbe' },
    });
    expect(topic.text).toMatch(/discussed recent developments in Afghanistan/);
    expect(answer('qureshi lavrov dushanbe date').text).toBe(
      'Shah Mahmood Qureshi met Sergey Lavrov on Wed 14 Jul 2021 in Dushanbe.',
    );
    const outcome = answer('imran khan and wang yi, what came of it');
    expect(outcome.question).toMatchObject({ facets: ['what'], people: ['imran khan', 'wang yi'] });
  });

  it('asks for the meetings of people a question names but asks nothing of', () => {
    const a = answer('anything on sharif mishustin?');
    expect(a.question).toMatchObject({ facets: ['which'], people: ['sharif', 'mishustin'] });
    expect(a.text).toBe(
      'One meeting in the briefings: Muhammad Shehbaz Sharif–Mikhail Mishustin (Wed 16 Oct 2024, Islamabad).',
    );
    // Words of no one the briefings know are still searched.
    expect(ask('anything on flurbs?', seeds).kind).toBe('search');
  });

  it('gives each country of "the pakistani and russian PMs" its office', () => {
    expect(answer('when was the last time pakistani and russian PMs met').text).toBe(
      'Muhammad Shehbaz Sharif met Mikhail Mishustin on Wed 16 Oct 2024 in Islamabad (Prime Minister’s House).',
    );
  });
});

describe('follow-ups told against the last answer', () => {
  const thread = (...questions: string[]): string[] => {
    let previous: QuestionContext | undefined;
    return questions.map((q) => {
      const a = answer(q, seeds, previous);
      previous = contextOf(a.question);
      return a.text;
    });
  };

  it('asks "the time before that" of the meeting answered, and "the earlier ones" of the meetings listed', () => {
    expect(thread('When did Qureshi last meet Lavrov?', 'and the time before that?', 'and before that?')).toEqual([
      'Shah Mahmood Qureshi met Sergey Lavrov on Wed 14 Jul 2021 in Dushanbe.',
      'Shah Mahmood Qureshi met Sergey Lavrov in September 2020 in Moscow.',
      'Shah Mahmood Qureshi met Sergey Lavrov in June 2019 in Bishkek.',
    ]);
    const [, earlier] = thread(
      'How many times have Qureshi and Lavrov met?',
      'and where did the earlier ones take place?',
    );
    expect(earlier).toContain('Moscow');
    expect(earlier).toContain('Bishkek');
    expect(earlier).not.toContain('Dushanbe');
  });

  it('leaves a follow-up the one other person the answer found, and asks "those two" of both', () => {
    expect(answer('who did Qureshi meet in Moscow in September 2020?', seeds).question.answeredWith).toBe(
      'Sergey Lavrov',
    );
    expect(answer('who did Qureshi meet in Dushanbe on 14 July 2021?', seeds).question.answeredWith).toBeUndefined();
    const [, before] = thread(
      'who did Qureshi meet in Moscow in September 2020?',
      'when did those two meet before that?',
    );
    expect(before).toBe('Shah Mahmood Qureshi met Sergey Lavrov in June 2019 in Bishkek.');
    // After a meeting dated by its month, "after that" is after the month.
    const [, after] = thread(
      'who did Qureshi meet in Moscow in September 2020?',
      'when did those two meet after that?',
    );
    expect(after).toBe('Shah Mahmood Qureshi met Sergey Lavrov on Wed 14 Jul 2021 in Dushanbe.');
  });

  it('answers "before/after their X talks" of the meetings on that side of the one the question names', () => {
    expect(answer('When and where had Qureshi and Lavrov met before their Dushanbe talks?', seeds).text).toBe(
      'Shah Mahmood Qureshi met Sergey Lavrov twice in the briefings: in September 2020 in Moscow and in June 2019 in ' +
        'Bishkek.',
    );
    expect(answer('before their Dushanbe talks, where had Qureshi and Lavrov last met', seeds).text).toBe(
      'Shah Mahmood Qureshi met Sergey Lavrov in Moscow in September 2020.',
    );
    expect(answer('where did Qureshi and Lavrov meet after their Bishkek talks in 2019?', seeds).text).toMatch(
      /^Shah Mahmood Qureshi met Sergey Lavrov in Dushanbe on Wed 14 Jul 2021 and .* in Moscow in September 2020\.$/,
    );
  });

  it('asks "the time before that" anywhere, not only where the last question asked', () => {
    const [, before] = thread('When did Qureshi meet Lavrov in Dushanbe?', 'and the time before that?');
    expect(before).toBe('Shah Mahmood Qureshi met Sergey Lavrov in September 2020 in Moscow.');
  });

  it("keeps the thread's first person when a follow-up asks of what came up with someone else", () => {
    const [, other] = thread('Who did Jilani meet in Bishkek?', 'and what came up with the Kyrgyz president?');
    expect(other).toMatch(/^Jalil Abbas Jilani and Sadyr Zhaparov /);
  });

  it('reads "who else … there" as the others met where the last answer was, and "that day" as its day', () => {
    const [, there] = thread('when did Jilani meet Zhaparov?', 'who else did he see there?');
    expect(there).toBe(
      'Jalil Abbas Jilani met Zhang Ming (Secretary-General, SCO) and the Foreign Minister of Kyrgyzstan in Bishkek.',
    );
    const [, day] = thread('when did Qureshi last meet Lavrov', 'who else did Qureshi meet that day');
    expect(day).toBe('Shah Mahmood Qureshi met Emomali Rahmon (President, Tajikistan) on Wed 14 Jul 2021.');
    const [, trip] = thread('where did Dar meet the Kazakh president?', 'who else did Dar meet on that trip');
    expect(trip).not.toContain('Tokayev');
    expect(trip).not.toContain(' at that');
  });

  it('asks "with him" of the one the thread asked about, named as the briefings name them', () => {
    const [, him] = thread('who is Mishustin?', 'when did Qureshi last sit down with him?');
    expect(him).toMatch(/^The briefings report no meeting between Shah Mahmood Qureshi and Mikhail Mishustin\b/);
  });
});

describe('words of answers', () => {
  it.each([
    [0, 'no times'],
    [1, 'once'],
    [2, 'twice'],
    [3, 'three times'],
    [10, 'ten times'],
    [11, '11 times'],
    [250, '250 times'],
  ])('timesWord(%i) → %j', (n, words) => {
    expect(timesWord(n)).toBe(words);
  });

  it.each<[string[], string]>([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
    [['on Wed 25 Oct 2023 in Bishkek', 'on Wed 25 Oct 2023 in Bishkek'], 'on Wed 25 Oct 2023 in Bishkek'],
    [['a', 'b', 'a', 'c'], 'a, b and c'],
  ])('listWords(%j) → %j', (items, words) => {
    expect(listWords(items)).toBe(words);
  });

  it('a country asked of as a side of several of its people is their officials, never a bare demonym', () => {
    const a = answer('did Jilani also have a meeting with his Kyrgyz counterpart while in Bishkek');
    expect(a.text).toMatch(/^Yes: Jalil Abbas Jilani and Kyrgyz officials met on Wed 25 Oct 2023 in Bishkek\.$/);
    expect(answer('when did Jilani meet Kyrgyz officials').text).toBe(
      'Jalil Abbas Jilani met Kyrgyz officials twice in the briefings, both on Wed 25 Oct 2023 in Bishkek.',
    );
  });

  it('says whom each official of the one country asked about met, and whom someone met when not where asked', () => {
    expect(answer('which Pakistani officials visited Bishkek?').text).toMatch(
      /^Pakistani officials in Bishkek: Jalil Abbas Jilani \(Caretaker Foreign Minister, Pakistan\) met Sadyr Zhaparov, /,
    );
    expect(answer('who did Pakistan meet in 2024').text).toBe(
      'Officials of Pakistan in 2024: Muhammad Shehbaz Sharif (Prime Minister, Pakistan) met Mikhail Mishustin.',
    );
    expect(answer('has Lavrov been to Islamabad?').text).toMatch(
      /^No: the briefings report no meeting of Sergey Lavrov in Islamabad; Sergey Lavrov met Shah Mahmood Qureshi on /,
    );
  });

  it('says that two who only spoke by telephone met in no meeting in person, when asked when they met', () => {
    const rich2 = answer('When did Lavrov meet Nurtleu in January 2024?', rich);
    expect(rich2.question.met).toBe(true);
    expect(rich2.text).toBe(
      'The briefings report no meeting in person of Sergey Lavrov and Murat Nurtleu; they spoke by telephone on ' +
        'Wed 24 Jan 2024.',
    );
    expect(answer('When did Lavrov speak with Nurtleu in January 2024?', rich).text).toMatch(/by telephone\.$/);
  });

  it('answers of each other apart when no meeting holds them all, but the first met each', () => {
    expect(answer('When did Jilani meet Zhaparov and Zhang Ming?').text).toBe(
      'Jalil Abbas Jilani met Sadyr Zhaparov on Wed 25 Oct 2023 in Bishkek and Zhang Ming on Wed 25 Oct 2023 in Bishkek.',
    );
    expect(answer('When did Shehbaz Sharif meet Mishustin and Lavrov?').text).toMatch(
      /^The briefings report no meeting/,
    );
  });

  it('says the city of a venue of one city when the briefings give the venue alone', () => {
    expect(answer('where did Dar meet the Kazakh president?').text).toBe(
      'Ishaq Dar met Kassym-Jomart Tokayev at presidential palace Akorda (Astana) on a date the briefings do not give.',
    );
  });

  it('says the day is not given when asked on what day of a meeting dated by its month', () => {
    expect(answer('On what day did Qureshi meet Lavrov in Moscow?').text).toBe(
      'The briefings do not give the day. Shah Mahmood Qureshi met Sergey Lavrov in September 2020 in Moscow.',
    );
    expect(answer('On what day did Qureshi meet Lavrov in Dushanbe?').text).toBe(
      'Shah Mahmood Qureshi met Sergey Lavrov on Wed 14 Jul 2021 in Dushanbe.',
    );
  });

  it('asks an office of any portfolio said after a country, and says so when no one of it was met', () => {
    const a = answer('When did Jilani meet the Kyrgyz interior minister?');
    expect(a.question.roles).toEqual({ Kyrgyz: 'interior minister' });
    expect(a.text).toMatch(
      /^The briefings report no meeting between Jalil Abbas Jilani and the Kyrgyz interior minister\./,
    );
  });

  it('whenWords gives the precision the briefings give', () => {
    expect(whenWords({ year: 2021, month: 7, day: 14 })).toBe('on Wed 14 Jul 2021');
    expect(whenWords({ year: 2019, month: 6 })).toBe('in June 2019');
    expect(whenWords({ year: 2019 })).toBe('in 2019');
    expect(whenWords(undefined)).toBe('on a date the briefings do not give');
  });
});

describe('any question-like text', () => {
  const WEIRD = /undefined|nan|object/i;
  const name = fc.oneof(
    fc.constantFrom(
      'Qureshi',
      'Lavrov',
      'Pakistan',
      'Russia',
      'China',
      'they',
      'the Kyrgyz president',
      'Wang Yi',
      'Dar',
      'Tokayev',
      'Jilani',
      '',
      'constructor',
      '__proto__',
      'toString',
      'in',
      'and',
      'with',
      ',',
      'the',
    ),
    fc.string({ maxLength: 12 }).filter((s) => !WEIRD.test(s)),
  );
  const tail = fc.constantFrom(
    '',
    ' in 2019',
    ' in Bishkek',
    ' last year',
    ' since 2020',
    ' before 2021',
    ' in October 2024',
    ' at SCO',
    ' during blah',
    ' between 2019 and 2020',
    ' in:2021',
    ' after 9999',
    ' in 0000',
    ' from 2024-13',
    ' in 2024-02-30',
  );
  const form = fc.constantFrom(
    'When did %A meet %B%T?',
    'Who did %A meet%T?',
    'Who met %A%T',
    'Where did %A meet %B%T',
    'What did %A and %B discuss%T',
    'How many times did %A meet %B%T',
    'Which meetings happened%T',
    'What is planned%T',
    'any upcoming meetings with %A%T?',
    'and%T?',
    '%A?',
    'how many meetings did %A have with %B%T',
    'when did %A, %B and %A meet%T',
    '<@U1> where?',
  );
  const questionLike = fc.oneof(
    fc.tuple(form, name, name, tail).map(([f, a, b, t]) => f.replace(/%A/g, a).replace(/%B/g, b).replace(/%T/g, t)),
    fc.string({ maxLength: 80 }).filter((s) => !WEIRD.test(s)),
  );
  const previous = fc.option(fc.record({ people: fc.array(name, { maxLength: 3 }), filter: fc.constant({}) }), {
    nil: undefined,
  });

  it('never throws, and a question answer never shows undefined, NaN or [object', () => {
    fc.assert(
      fc.property(questionLike, previous, (text, prev) => {
        const a = ask(text, seeds, 1, undefined, prev);
        if (a.kind === 'question') {
          expect(a.text).not.toMatch(/undefined|NaN|\[object/);
          expect(a.citations.map((c) => c.n)).toEqual(a.citations.map((_, i) => i + 1));
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('questions over briefings from outlets far from the seeds (wide-4)', () => {
  let wide: AskContext;
  beforeAll(async () => {
    wide = await buildContext('tests/fixtures/meetings-wide-4', memoryLogger(), () => TODAY);
  });

  it('reads countries joined by hyphens, each with the office said once', () => {
    const a = answer('when and where did the vietnam-thailand FMs hold talks', wide);
    expect(a.question.people).toEqual(['vietnam FM', 'thailand FM']);
    expect(a.text).toMatch(/^Tran Quoc Hung met Phanuwat Srisombat .*on Mon 12 May 2025 in Hanoi/);
  });

  it('asks of planned meetings "on the cards", and of a foreign minister, not a deputy', () => {
    expect(answer('is an egypt-jordan-iraq foreign ministers meeting on the cards?', wide).question.facets).toEqual([
      'yesno',
      'planned',
    ]);
    expect(answer('who did the Mexican FM meet?', wide).text).not.toMatch(/Deputy/);
  });

  it('finds two offices of no stated country beside each other, and asks a plan said in the present', () => {
    const a = answer('is the sri lankan FM calling on the indian president', wide);
    expect(a.question.facets).toEqual(['yesno', 'planned']);
    expect(a.text).toMatch(
      /^Planned, not confirmed: A meeting of Dinesh Wickramaratne and Savitri Iyer was planned on Thu 5 Jun 2025/,
    );
  });

  it('asks the name of "the ugandan president kariuki is going to see", and says the briefings do not give it', () => {
    const a = answer("who's the ugandan president kariuki is going to see in kampala", wide);
    expect(a.question).toMatchObject({ people: ['ugandan president', 'kariuki'], asksName: true });
    expect(a.text).toMatch(/The briefings do not name the President of Uganda\.$/);
  });

  it('reads a city said as a landmark: "before addis" is before their meeting there', () => {
    const a = answer('when did lemma and kariuki last meet before addis', wide);
    expect(a.question.filter.range?.to).toBe('2025-02-14');
    expect(a.text).toBe('Lemma Tadesse met Joseph Mwangi Kariuki in November 2024 in Nairobi.');
  });

  it('reads an occasion said as a landmark, and never its words as someone', () => {
    const before = answer('when did lemma and kariuki last meet before the february addis talks', wide);
    expect(before.question.filter.range?.to).toBe('2025-02-14');
    expect(before.text).toBe('Lemma Tadesse met Joseph Mwangi Kariuki in November 2024 in Nairobi.');
    const after = answer('where did lemma and kariuki meet after the nairobi round in november', wide);
    expect(after.question.filter.range?.from).toBe('2024-12-01');
    expect(after.text).toMatch(/^Lemma Tadesse met Joseph Mwangi Kariuki in Addis Ababa/);
    // "white" sounds like Bailey-Whyte, "house" like no one asked: an occasion's words of English name no one.
    const other = answer('who did lemma meet before the white house trilateral', wide);
    expect(other.question.people).toEqual(['lemma']);
  });

  it('says Yes to a name written only beside the other (a caption), when the two can be one name', () => {
    const a = answer('Is the Mongolian FM G.Enkhjargal the same person as Ganbold Enkhjargal', wide);
    expect(a.text).toMatch(/^Yes, as far as the names go: a briefing that names G\.Enkhjargal also writes Ganbold /);
    expect(a.text).not.toMatch(/name no one called Ganbold/);
    // A name no meeting holds, written beside no one else asked: who the caption says it is, and no Yes.
    const none = answer('is Ganbold Enkhjargal the same as Sokolovsky', wide);
    expect(none.text).toMatch(/^No: the briefings name them as different people\. Ganbold Enkhjargal is Foreign /);
  });

  it('quotes what "the Hon. Minister" said at the meeting, one of its people by office', () => {
    expect(answer('What did Asante-Boateng raise with the Chinese ambassador?', wide).text).toMatch(
      /“The Hon\. Minister expressed the Government's concern about .*galamsey/,
    );
  });

  it('says how they spoke when the place asked is not where a call was held', () => {
    expect(answer('who did al-mansouri meet in doha on 7 april', wide).text).toBe(
      'The briefings report no meeting of Hamad bin Khalid Al-Mansouri in doha. Hamad bin Khalid Al-Mansouri spoke ' +
        'with Seyed Mehrdad Tavakoli (Foreign Minister, Iran) by telephone on Mon 7 Apr 2025.',
    );
  });

  it('answers No with the sentence that says the meeting was put off or denied', () => {
    expect(answer('Did Papadimitriou meet Aydinoglu in Athens on 2 April?', wide).text).toMatch(
      /^No: .* A briefing says: “Separately, a visit by Aydınoğlu to Athens, .* has been postponed/,
    );
    const denied = answer('there were reports Tavakoli met a US envoy in Muscat — true?', wide);
    expect(denied.question.facets).toEqual(['yesno']);
    expect(denied.text).toMatch(/^No: .* A briefing says: “Foreign ministry spokesman .* dismissed media reports/);
  });
});

describe('which one of a name an identity question means', () => {
  let fixtures: AskContext;
  beforeAll(async () => {
    fixtures = await loadContext('tests/fixtures/meetings');
  });

  it('tells two people of one name apart by whom each met and where', () => {
    const a = questionAnswer(
      'is the Japarov who received Fidan in Bishkek the same person as the Japarov Fidan held talks with at ' +
        'Government House?',
      fixtures,
    );
    expect(a.question.which).toEqual([
      { with: ['Fidan'], in: 'Bishkek' },
      { with: ['Fidan'], in: 'Government House' },
    ]);
    expect(a.text).toMatch(/^No: the briefings name them as different people\. .*Sadyr Japarov.*Akylbek Japarov/);
  });

  it('reads "the same person Fidan met in Bishkek" as whom Fidan met there', () => {
    const a = questionAnswer('is Sadyr Japarov the same person Fidan met in Bishkek?', fixtures);
    expect(a.question.which).toEqual([null, { with: ['Fidan'], in: 'Bishkek' }]);
    expect(a.text).toMatch(/^Yes: the same person, as the briefings tell it\./);
  });
});

describe('whether someone holds an office', () => {
  it('says Yes when the briefings give them that office, No with who they are when not', () => {
    expect(answer("is qureshi pakistan's foreign minister?").text).toMatch(
      /^Yes: the briefings name Shah Mahmood Qureshi as Foreign Minister of Pakistan\./,
    );
    const no = answer('is qureshi the russian foreign minister');
    expect(no.text).toMatch(/^No: .*Shah Mahmood Qureshi, Foreign Minister of Pakistan/);
    expect(no.text).toMatch(/Sergey Lavrov/);
    // An office no one of the briefings holds is still the office asked, not its country's one official.
    expect(answer("is lavrov russia's president").text).toMatch(/^No: the briefings name Sergey Lavrov as Foreign/);
  });

  it('reads "his Turkish counterpart" as the Turk of the other\'s office, not every Turk he met', async () => {
    const more = await buildContext('tests/fixtures/meetings-more', memoryLogger(), () => TODAY);
    const a = answer('when did safadi meet his turkish counterpart in antalya', more);
    expect(a.text).toBe('Ayman Safadi met Hakan Fidan on Fri 11 Apr 2025 in Antalya.');
  });
});

describe('a yes or no, then what else, joined by "if so"', () => {
  it('answers Yes first, then where', () => {
    const a = answer('Had Qureshi already met Lavrov in person before their July 2021 talks? If so where');
    expect(a.question.facets).toEqual(['yesno', 'where']);
    expect(a.text).toMatch(/^Yes: Shah Mahmood Qureshi and Sergey Lavrov met in September 2020 in Moscow/);
  });
});

describe('a plan asked of meetings long past', () => {
  it('says No plan, and when they went, not Yes', () => {
    expect(answer('Is Qureshi going to Moscow?').text).toMatch(
      /^No: the briefings report no planned meeting of Shah Mahmood Qureshi in Moscow; .*September 2020 in Moscow/,
    );
  });
});

describe('a trip asked with its place (wide-2)', () => {
  let wide: AskContext;
  beforeAll(async () => {
    wide = await buildContext('tests/fixtures/meetings-wide-2', memoryLogger(), () => TODAY);
  });

  it('leaves out meetings the briefings place elsewhere, keeping those they place nowhere', () => {
    // Wadephul's talks in Beijing are planned with no place read; his meeting with Barrot and Sikorski is in Berlin.
    const a = answer('who will wadephul see in beijing', wide);
    expect(a.text).toMatch(/Wang Yi/);
    expect(a.text).not.toMatch(/Barrot|Sikorski/);
  });

  it('answers a trip asked yes or no, then whom, with the plan first', () => {
    const a = answer('is wadephul going to beijing? who would he see', wide);
    expect(a.text).toMatch(/^Planned, not confirmed: .*Wang Yi/);
    expect(a.text).not.toMatch(/Barrot|Sikorski/);
  });
});

describe('a place asked of meetings the briefings place nowhere (blind-8)', () => {
  it('names whom they met without saying it was where asked', async () => {
    const blind8 = await buildContext('tests/fixtures/meetings-blind-8', memoryLogger(), () => TODAY);
    const a = answer('Who did Putin meet in Dushanbe on 9 October 2025?', blind8);
    expect(a.text).toMatch(/^Vladimir Putin met Ilham Aliyev .* on Thu 9 Oct 2025; the briefings do not say where\.$/);
  });
});
