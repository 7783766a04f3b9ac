import { beforeAll, describe, expect, it } from 'vitest';
import { questionWords } from '../../src/ask/answer.js';
import {
  cleanQuestion,
  looksLikeQuestion,
  parseQuestion,
  questionFacets,
  type Question,
  type QuestionWords,
} from '../../src/ask/question.js';
import type { QuestionContext } from '../../src/ask/follow-up.js';
import { rephrase } from '../../src/ask/rephrase.js';
import { contextOf, fixtureContext, SEEDS } from '../helpers.js';

const TODAY = new Date('2026-11-22T12:00:00Z');
const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
/** What the thread asked before: Qureshi and Lavrov, in no period. */
const PREVIOUS: QuestionContext = { people: ['Qureshi', 'Lavrov'], filter: {} };
/** A previous question with a place, to see that follow-ups keep it. */
const PREVIOUS_IN_MOSCOW: QuestionContext = { people: ['Qureshi', 'Lavrov'], filter: { in: 'Moscow' } };

/** Whom and where the seeds know: the question is read against the briefings it is asked of. */
let seeds: QuestionWords;
beforeAll(async () => {
  seeds = questionWords(await contextOf(SEEDS));
});
/** A question as read, without whether its words ask for a meeting in person (tested on its own below). */
const parse = (text: string, previous?: QuestionContext): Question | undefined => {
  const q = parseQuestion(text, TODAY, previous, seeds);
  if (!q) return q;
  const { met: _met, ...rest } = q;
  return rest;
};
/** A question of one facet. */
const one = (kind: Question['kind'], people: string[], filter: Question['filter'] = {}): Question => ({
  kind,
  facets: [kind],
  people,
  filter,
});

describe('parseQuestion without a thread', () => {
  it.each<[string, Question]>([
    ['When did Qureshi meet Lavrov?', one('when', ['Qureshi', 'Lavrov'])],
    ['when has Qureshi met with Lavrov', one('when', ['Qureshi', 'Lavrov'])],
    ['WHEN DID Qureshi MEET Lavrov', one('when', ['Qureshi', 'Lavrov'])],
    ['When did Qureshi hold talks with Lavrov?', one('when', ['Qureshi', 'Lavrov'])],
    [
      "When did Pakistan's foreign minister meet the Kyrgyz president?",
      // Each office is kept, should the meetings asked be of someone the briefings give no country.
      {
        ...one('when', ["Pakistan's foreign minister", 'Kyrgyz president']),
        roles: { "Pakistan's foreign minister": 'foreign minister', 'Kyrgyz president': 'president' },
      },
    ],
    ['When did Qureshi meet Lavrov in Moscow?', one('when', ['Qureshi', 'Lavrov'], { in: 'Moscow' })],
    ['When did Qureshi meet Lavrov in 2019?', one('when', ['Qureshi', 'Lavrov'], { range: year(2019) })],
    ['when did qureshi meet lavrov last year', one('when', ['qureshi', 'lavrov'], { range: year(2025) })],
    [
      'when did qureshi meet lavrov on the 14th of july 2021',
      one('when', ['qureshi', 'lavrov'], { range: { from: '2021-07-14', to: '2021-07-14' } }),
    ],
    // A month alone is the last one by the newest briefing (the seeds' newest is of 2024).
    [
      'when did qureshi meet lavrov in march',
      // A month without its year: the year is a guess, which the answer may move back.
      {
        ...one('when', ['qureshi', 'lavrov'], { range: { from: '2024-03-01', to: '2024-03-31' } }),
        guessedYear: true,
      },
    ],
    [
      'When did Qureshi meet Lavrov between 2019 and 2020',
      one('when', ['Qureshi', 'Lavrov'], { range: { from: '2019-01-01', to: '2020-12-31' } }),
    ],
    ['When did Qureshi meet Lavrov at the SCO summit', one('when', ['Qureshi', 'Lavrov'], { at: 'SCO summit' })],
    ['When did Qureshi, Lavrov and Wang Yi meet', one('when', ['Qureshi', 'Lavrov', 'Wang Yi'])],
    ['When did Qureshi meet?', one('when', ['Qureshi'])],
    ['Who did Jilani meet in Bishkek?', one('who', ['Jilani'], { in: 'Bishkek' })],
    [
      'who met the Russian prime minister',
      { ...one('who', ['Russian prime minister']), roles: { 'Russian prime minister': 'prime minister' } },
    ],
    ['who met with Lavrov', one('who', ['Lavrov'])],
    ['Who met Lavrov in 2021?', one('who', ['Lavrov'], { range: year(2021) })],
    ['What did Shehbaz Sharif and Mishustin discuss?', one('what', ['Shehbaz Sharif', 'Mishustin'])],
    ['Which meetings happened in Dushanbe?', one('which', [], { in: 'Dushanbe' })],
    ['which meetings did Pakistan have in 2021', one('which', ['Pakistan'], { range: year(2021) })],
    [
      'how many meetings did Pakistan have with Russia since 2020',
      one('count', ['Pakistan', 'Russia'], { range: { from: '2020-01-01' } }),
    ],
    ['What is planned?', one('planned', [], { status: 'planned' })],
  ])('%j', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it.each<[string, Question]>([
    // Trailing clauses ask more or nothing; they never become names.
    [
      'When did Qureshi meet Lavrov, and where?',
      { kind: 'when', facets: ['when', 'where'], people: ['Qureshi', 'Lavrov'], filter: {} },
    ],
    ['How many times have Qureshi and Lavrov met, as far as the briefings say', one('count', ['Qureshi', 'Lavrov'])],
    [
      'when and where did imran khan sit down with wang yi, and what did they talk about?',
      { kind: 'when', facets: ['when', 'where', 'what'], people: ['imran khan', 'wang yi'], filter: {} },
    ],
    // Yes or no, with the place and the occasion asked about.
    [
      'Did Imran Khan meet Wang Yi at the SCO summit in Dushanbe?',
      {
        kind: 'yesno',
        facets: ['yesno'],
        people: ['Imran Khan', 'Wang Yi'],
        filter: { in: 'Dushanbe', at: 'SCO summit' },
      },
    ],
    // A misspelt surname is still the person; a name the briefings do not know is kept, to be answered "no".
    ['did Qureshy meet Xi Jinping', one('yesno', ['Qureshy', 'Xi Jinping'])],
    // An office with a country that no one of the briefings holds is asked about all the same.
    [
      'did Lavrov meet the Argentine foreign minister',
      {
        ...one('yesno', ['Lavrov', 'Argentine foreign minister']),
        roles: { 'Argentine foreign minister': 'foreign minister' },
      },
    ],
    // A demonym beside a name says who the name is, not someone else.
    [
      'when did the Tajik president receive Qureshi in July 2021',
      {
        ...one('when', ['Tajik president', 'Qureshi'], { range: { from: '2021-07-01', to: '2021-07-31' } }),
        roles: { 'Tajik president': 'president' },
      },
    ],
    // Who someone is, and whether two names are one person.
    ['Who is Zhang Ming?', one('identity', ['Zhang Ming'])],
    [
      'is Sergei Lavrov the same person as Sergey Lavrov?',
      { kind: 'identity', facets: ['identity', 'yesno'], people: ['Sergei Lavrov', 'Sergey Lavrov'], filter: {} },
    ],
    ['on what date did Dar meet Tokayev', { ...one('when', ['Dar', 'Tokayev']), day: true }],
    [
      'who did Dar meet on Wednesday 14 July 2021?',
      one('who', ['Dar'], { range: { from: '2021-07-14', to: '2021-07-14' } }),
    ],
    // A style before a name is no one; a day without its year is the last one by the newest meeting (Oct 2024).
    ['when did Sheikh Qureshi meet Dr Lavrov', one('when', ['Qureshi', 'Lavrov'])],
    // A request that wraps the question asks nothing itself; "whether" asks yes or no.
    ['can you check when Qureshi met Lavrov', one('when', ['Qureshi', 'Lavrov'])],
    ['could you tell me whether Qureshi met Lavrov', one('yesno', ['Qureshi', 'Lavrov'])],
    ['Quick one: do we know when Qureshi met Lavrov', one('when', ['Qureshi', 'Lavrov'])],
    // Each side of "the same" is a name; a clause that says which one ("who met …") is not another person.
    [
      'is the Qureshi who met Lavrov in Moscow the same guy as Shah Mahmood Qureshi?',
      {
        ...one('identity', ['Qureshi', 'Shah Mahmood Qureshi'], { in: 'Moscow' }),
        facets: ['identity', 'yesno'],
        which: [{ with: ['Lavrov'], in: 'Moscow' }, null],
      },
    ],
    // A city talked about is not where they met.
    ['did Qureshi call Lavrov about Bishkek', { ...one('yesno', ['Qureshi', 'Lavrov']), how: 'telephone' }],
    [
      'did Qureshi meet Lavrov on 14 July?',
      {
        ...one('yesno', ['Qureshi', 'Lavrov'], { range: { from: '2024-07-14', to: '2024-07-14' } }),
        guessedYear: true,
      },
    ],
  ])('reads %j by what it names', (text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it.each([
    'dasu attack',
    'CASA-1000',
    'Lavrov',
    'search Lavrov',
    '',
    '   ',
    '?',
    'and where?',
    'when?',
    'and in 2019?',
    'what did they agree on',
    'When did they meet?',
  ])('is not a question on its own: %j', (text) => {
    expect(parse(text)).toBeUndefined();
  });

  it('reads a word of English after a topic word as the topic, not someone whose office it names', () => {
    expect(parse('what did Qureshi and Lavrov agree on trade?')?.people).toEqual(['Qureshi', 'Lavrov']);
  });

  it('reads no word of English as the first word of a place the meetings were held in ("the" is no "The Hague")', async () => {
    const words = questionWords(await fixtureContext('wide-3'));
    expect(words.misspeltPlace('the')).toBeUndefined();
    expect(words.misspeltPlace('Copenhagn')).toBe('Copenhagen');
  });

  it('reads an occasion of several nouns whole ("the SCO summit plenary"), leaving no noun of it as someone', () => {
    const q = parse('Who did Qureshi meet on the margins of the SCO summit plenary in Dushanbe?');
    expect(q?.people).toEqual(['Qureshi']);
    expect(q?.filter).toMatchObject({ in: 'Dushanbe' });
  });

  it('reads a word of English typed with a slip as that word, never as someone or part of a name', () => {
    expect(parse('when did qureshi actualy meet lavrov')?.people).toEqual(['qureshi', 'lavrov']);
    expect(parse('when did qureshi meet his russian counterprt')).toEqual(
      parse('when did qureshi meet his russian counterpart'),
    );
  });

  it('reads offices in the plural and words run together as no one ("other FMs", "anytime")', () => {
    expect(parse('how many phone calls did qureshi have with other FMs')?.people).toEqual(['qureshi']);
    expect(parse('did qureshi meet lavrov anytime in 2021')?.people).toEqual(['qureshi', 'lavrov']);
  });

  it('reads the short names papers use of a country and a city ("the DRC", "addis")', () => {
    expect(parse('who did the DRC foreign minister meet in addis')).toMatchObject({
      people: ['DRC foreign minister'],
      filter: { in: 'addis' },
    });
  });

  it('reads two periods that share no day as the days from the first to the last, in the year said', () => {
    expect(parse('did qureshi meet lavrov in may and then in september 2020')?.filter.range).toEqual({
      from: '2020-05-01',
      to: '2020-09-30',
    });
    expect(parse('how many times did qureshi meet lavrov in jun-sep 2020')?.filter.range).toEqual({
      from: '2020-06-01',
      to: '2020-09-30',
    });
  });

  it('reads an office, a style or rank and a name as one person: "the tajik president capt rahmon"', () => {
    expect(parse('did the tajik president capt rahmon meet qureshi?')?.people).toEqual(['rahmon', 'qureshi']);
    expect(parse('did the pakistani foreign minister dr qureshi meet lavrov?')?.people).toEqual(['qureshi', 'lavrov']);
  });

  it('reads no occasion across "for": "at the kremlin for his state visit" is not an occasion "kremlin for"', () => {
    const q = parse('when is qureshi due at the kremlin for his state visit?');
    expect(q?.filter.at ?? '').not.toMatch(/\bfor\b/);
    expect(q?.people).toEqual(['qureshi']);
  });

  it('reads "on the sidelines of what" as asking the occasion, not as an occasion called "what"', () => {
    const q = parse('when did qureshi meet lavrov and on the sidelines of what');
    expect(q?.filter.at).toBeUndefined();
    expect(q?.people).toEqual(['qureshi', 'lavrov']);
  });

  it('reads two months and a year with no word before them, and a span over the new year from the year before', () => {
    const q = parse('how many times did qureshi meet his counterparts jan-feb 2021?');
    expect(q?.filter.range).toEqual({ from: '2021-01-01', to: '2021-02-28' });
    expect(q?.people).toEqual(['qureshi']);
    expect(parse('did qureshi meet lavrov dec-jan 2021')?.filter.range).toEqual({
      from: '2020-12-01',
      to: '2021-01-31',
    });
  });

  it('reads "meeting next" or "seeing next" as a plan asked', () => {
    expect(parse('and when are they meeting next', PREVIOUS_IN_MOSCOW)?.facets).toEqual(['when', 'planned']);
    expect(parse("who's qureshi seeing next after moscow")?.facets).toEqual(['who', 'planned']);
  });

  it('reads a season as its months, a winter from the December before; and a month spelt out in a span', () => {
    const q = parse('whne and where did qureshi and lavrov meet up in the fall of 2020?');
    expect(q?.filter.range).toEqual({ from: '2020-09-01', to: '2020-11-30' });
    expect(q?.people).toEqual(['qureshi', 'lavrov']);
    expect(parse('did qureshi meet lavrov in the winter of 2021')?.filter.range).toEqual({
      from: '2020-12-01',
      to: '2021-02-28',
    });
    expect(parse('did qureshi meet lavrov summer 2021')?.filter.range).toEqual({
      from: '2021-06-01',
      to: '2021-08-31',
    });
    const last = parse('did qureshi meet lavrov last spring')?.filter.range;
    expect([last?.from?.slice(5), last?.to?.slice(5)]).toEqual(['03-01', '05-31']);
    expect(parse('did qureshi meet lavrov september to november 2020')?.filter.range).toEqual({
      from: '2020-09-01',
      to: '2020-11-30',
    });
  });

  it('reads a possessive typed without its apostrophe, a plan "on the books", a trip, a place no one is', () => {
    expect(parse('when did russias FM meet qureshi')).toEqual(parse("when did russia's FM meet qureshi"));
    expect(parse('is a qureshi lavrov mtg on the books for the SCO summit')).toMatchObject({
      facets: ['yesno', 'planned'],
      filter: { at: 'SCO summit' },
    });
    expect(parse("dates for qureshi's russia trip?")?.people).toEqual(['qureshi']);
    expect(parse('did qureshi and lavrov sit down in rarotonga')?.people).toEqual(['qureshi', 'lavrov']);
  });

  it('reads a country\'s short form typed in lower case ("the uk FM", "nz pm")', () => {
    expect(parse('when did qureshi meet the uk FM')).toEqual(parse('when did qureshi meet the UK FM'));
    expect(parse('who did nz pm qureshi meet')?.people).toEqual(parse('who did NZ PM qureshi meet')?.people);
  });

  it('reads "the EU foreign policy chief", "HR/VP" and "top diplomat" as the offices they stand for', () => {
    const chief = parse('when did qureshi meet the EU foreign policy chief');
    expect(chief?.people).not.toContain('chief');
    expect(chief).toEqual(parse('when did qureshi meet the EU high representative'));
    expect(parse('when did qureshi meet the EU HR/VP')).toEqual(chief);
    expect(parse("when did qureshi meet russia's top diplomat")).toEqual(
      parse("when did qureshi meet russia's foreign minister"),
    );
  });

  it('reads a word no one is known by after "at" as the occasion, not someone met', () => {
    const q = parse('who did qureshi meet at cofcor in dushanbe');
    expect(q?.people).toEqual(['qureshi']);
    expect(q?.filter).toMatchObject({ in: 'dushanbe', at: 'cofcor' });
  });

  it('reads no one in a building or body named with a particle, nor in a country\'s thing after "the"', () => {
    expect(parse("what did qureshi and lavrov discuss at the cite de l'onu?")?.people).toEqual(['qureshi', 'lavrov']);
    expect(parse('did qureshi meet lavrov after the chilean runoff')?.people).toEqual(['qureshi', 'lavrov']);
    // Whose message it is names its sender, not someone met.
    expect(parse('who handed lavrov the msg from qureshi')?.people).toEqual(['lavrov']);
    // A name with a particle is still someone, known or not.
    expect(parse('did qureshi meet hugo de zela?')?.people).toEqual(['qureshi', 'hugo de zela']);
  });

  it('reads an Islamic month after a word of time as its days, and "Ramadan" alone as no date', () => {
    expect(parse('did qureshi meet lavrov during ramadan 1446?')?.filter.range).toEqual({
      from: '2025-03-01',
      to: '2025-03-29',
    });
    expect(parse('did qureshi meet lavrov in the month of Shawwal 1446 AH')?.people).toEqual(['qureshi', 'lavrov']);
    expect(parse('did qureshi meet ramadan?')?.filter.range).toBeUndefined();
  });

  it('counts from a term\'s start the briefings do not date over all they tell ("since he took office")', () => {
    expect(parse('how many times has qureshi met lavrov since qureshi became FM?')).toEqual(
      one('count', ['qureshi', 'lavrov']),
    );
    expect(parse('how many times has qureshi met lavrov since he took office')?.people).toEqual(['qureshi', 'lavrov']);
    expect(parse('has qureshi met lavrov since becoming FM? when')?.people).toEqual(['qureshi', 'lavrov']);
    expect(parse('how many times has qureshi met lavrov since 2020')?.filter.range).toEqual({ from: '2020-01-01' });
  });

  it('asks first whether a meeting spoken of was held: "and did it actually happen?", "did the visit go ahead"', () => {
    expect(questionFacets('when was qureshi due in moscow, and did it actually happen?')).toEqual(['yesno', 'when']);
    expect(questionFacets('did the visit go ahead')).toEqual(['yesno']);
    expect(questionFacets('has it taken place yet?')).toEqual(['yesno']);
  });

  it('counts the office of people said with their region ("how many sahel foreign ministers"), not the region', () => {
    expect(parse('how many sahel foreign ministers did lavrov meet in 2021?')?.counts).toBe('foreign ministers');
    expect(parse('how many visiting leaders did lavrov meet?')?.counts).toBe('leaders');
  });

  it('reads an envoy "-designate" as the envoy of that country', () => {
    expect(parse("did qureshi meet russia's ambassador-designate?")?.roles).toEqual({ russia: 'ambassador' });
  });

  it('reads two known names joined by a hyphen in lower case as two people', () => {
    expect(parse('date of the lavrov-qureshi bilat?')?.people).toEqual(['lavrov', 'qureshi']);
  });

  it('reads no building named after "in the" as someone', () => {
    expect(parse('who did Lavrov receive in the Kremlin?')?.people).toEqual(['Lavrov']);
  });

  it('reads an identity question whose first name is put before it, with or without "the"', () => {
    expect(parse('Qureshy - is that the same person as Qureshi?')?.facets).toEqual(['identity', 'yesno']);
    expect(parse('Qureshy - is that the same person as Qureshi?')?.people).toHaveLength(2);
    expect(parse('Jilani — same guy as Jalil Abbas Jilani?')?.people).toEqual(['Jilani', 'Jalil Abbas Jilani']);
  });

  it('reads "who was the Kyrgyz president Jilani met?" as their meeting, with that official\'s name asked', () => {
    const q = parse('who was the Kyrgyz president Jilani met in Bishkek?');
    expect(q).toMatchObject({ facets: ['when'], asksName: true });
    expect(q?.people).toHaveLength(2);
  });

  it('is undefined when the period is not one (the caller then searches)', () => {
    expect(parse('When did Qureshi meet Lavrov during blah')).toBeUndefined();
  });
});

describe('questionFacets', () => {
  it.each<[string, Question['facets']]>([
    ['when and where did A meet B, and what did they discuss', ['when', 'where', 'what']],
    ['did A meet B', ['yesno']],
    ['has A met B yet', ['yesno']],
    ['is A due to meet B', ['yesno', 'planned']],
    ['how often did A and B meet', ['count']],
    ["what's the name of the minister A received", ['who']],
    ['who was there', ['who']],
    ['who is A', ['identity']],
    ['any upcoming meetings', ['which', 'planned']],
    ['is ceyhun bayramov the same as jeyhun bayramov', ['identity', 'yesno']],
    ['which kyrgyz deputy cabinet chairman did dar see', ['who']],
    // A yes or no asked whole, then something else: both.
    ['did he meet the lebanese FM, when', ['yesno', 'when']],
    ['is A meeting B in Moscow, what are they supposed to cover', ['yesno', 'what', 'planned']],
    ['when did A meet B, and did they discuss trade', ['when']],
    // A trip asked whole, then what else: "is A going to Beijing? who would he see".
    ['is A going to Beijing? who would he see', ['yesno', 'who', 'planned']],
    ['is A coming to nairobi? when', ['yesno', 'when', 'planned']],
    ['and the 3-way they talked about - where/when is that set for?', ['when', 'where', 'planned']],
    ['did they agree anything concrete there? trade target or smth', ['what']],
    ['did they sign anything?', ['what']],
    ['did A get an audience with B? where', ['yesno', 'where']],
    ['did A sit down w/ B in seoul? what did they cover', ['yesno', 'what']],
    ['did A get B on the phone about gaza? when', ['yesno', 'when']],
    ['which FMs sat in the ministerial', ['who']],
    // An office's initials after "which" only when they name the people asked, never a word or three further on.
    ['uzbek FM A - which capitals did he turn up in', ['where']],
    ['which capitals did uzbek FM A turn up in', ['where']],
    // Words of the future ask of plans, whoever is asked of: "are they meeting in person anytime soon?".
    ['are they meeting in person anytime soon', ['yesno', 'planned']],
    ['where will the next A-B round take place', ['where', 'planned']],
  ])('%j asks %j', (text, facets) => {
    expect(questionFacets(text)).toEqual(facets);
  });
});

describe('parseQuestion as a follow-up in a thread', () => {
  it.each<[string, Question]>([
    ['and where?', one('where', ['Qureshi', 'Lavrov'])],
    ['where', one('where', ['Qureshi', 'Lavrov'])],
    ['when?', one('when', ['Qureshi', 'Lavrov'])],
    ['So what date?', { ...one('when', ['Qureshi', 'Lavrov']), day: true }],
    ['and what about?', one('what', ['Qureshi', 'Lavrov'])],
    ['how many times?', one('count', ['Qureshi', 'Lavrov'])],
    ['who else?', { ...one('who', ['Qureshi', 'Lavrov']), except: ['Lavrov'] }],
    ['and in 2019?', one('when', ['Qureshi', 'Lavrov'], { range: year(2019) })],
    ['and since 2020', one('when', ['Qureshi', 'Lavrov'], { range: { from: '2020-01-01' } })],
    ['what did they agree on', { ...one('what', ['Qureshi', 'Lavrov']), saying: 'agree' }],
    [
      'what did they agree on in 2021',
      { ...one('what', ['Qureshi', 'Lavrov'], { range: year(2021) }), saying: 'agree' },
    ],
    ['where did they meet', one('where', ['Qureshi', 'Lavrov'])],
    ['<@U123> and where?', one('where', ['Qureshi', 'Lavrov'])],
    ['and in Moscow?', one('when', ['Qureshi', 'Lavrov'], { in: 'Moscow' })],
  ])('%j', (text, expected) => {
    expect(parse(text, PREVIOUS)).toEqual(expected);
  });

  it('keeps the place of the previous question', () => {
    expect(parse('and where?', PREVIOUS_IN_MOSCOW)).toEqual(one('where', ['Qureshi', 'Lavrov'], { in: 'Moscow' }));
    expect(parse('and in 2020?', PREVIOUS_IN_MOSCOW)).toEqual(
      one('when', ['Qureshi', 'Lavrov'], { in: 'Moscow', range: year(2020) }),
    );
  });

  it('asks a question of a meeting anew, with its own period, anywhere', () => {
    expect(parse('how many times did those two meet in 2020?', PREVIOUS_IN_MOSCOW)).toEqual(
      one('count', ['Qureshi', 'Lavrov'], { range: year(2020) }),
    );
  });

  it('reads "him" as the first person of the thread, "them" as all of them', () => {
    expect(parse('and Mishustin, when did he receive him?', PREVIOUS)?.people).toEqual(['Mishustin', 'Qureshi']);
    expect(parse('and Mishustin, when did he receive them?', PREVIOUS)?.people).toEqual([
      'Mishustin',
      'Qureshi',
      'Lavrov',
    ]);
  });

  it('adds the one the last answer found the one person asked meeting to "they" and "those two"', () => {
    const found: QuestionContext = { people: ['Qureshi'], filter: { in: 'Moscow' }, answeredWith: 'Sergey Lavrov' };
    expect(parse('when did those two meet before?', found)?.people).toEqual(['Qureshi', 'Sergey Lavrov']);
    expect(parse('what did they discuss?', found)?.people).toEqual(['Qureshi', 'Sergey Lavrov']);
    expect(parse('who else did he see there?', found)?.people).toEqual(['Qureshi']);
  });

  it('reads a city named before the meeting as its place, and no one as that city', () => {
    expect(parse('did Qureshi have his Moscow talks with Lavrov')).toEqual({
      ...one('yesno', ['Qureshi', 'Lavrov'], { in: 'Moscow' }),
    });
    expect(parse("who's Zhang Ming")).toEqual(one('identity', ['Zhang Ming']));
  });

  it('asks yes or no of a follow-up that does, and reads a question whose question word comes late', () => {
    expect(parse('and did they meet in Moscow', PREVIOUS)?.facets).toEqual(['yesno']);
    expect(looksLikeQuestion('Qureshi and Lavrov have met how many times')).toBe(true);
    expect(looksLikeQuestion('Qureshi met Lavrov where')).toBe(true);
    expect(looksLikeQuestion('Qureshi Lavrov Moscow')).toBe(false);
  });

  it('reads short follow-ups as analysts type them in a thread', () => {
    const dushanbe: QuestionContext = {
      people: ['Qureshi', 'Lavrov'],
      filter: { in: 'Dushanbe' },
      facets: ['yesno'],
      answered: { from: '2021-07-14', to: '2021-07-14' },
    };
    // The last question, of someone else; with a question of its own after the name.
    expect(parse('and Wang Yi?', dushanbe)).toEqual(one('yesno', ['Qureshi', 'Wang Yi'], { in: 'Dushanbe' }));
    expect(parse('what about Wang Yi, when did he see him?', dushanbe)?.facets).toEqual(['when']);
    // "he" is the thread's first person, "as well" its scene.
    expect(parse('is he seeing Wang Yi as well?', dushanbe)).toEqual(
      one('yesno', ['Qureshi', 'Wang Yi'], { in: 'Dushanbe' }),
    );
    // "the day before?", "anyone the previous day?": whom the first person met then.
    expect(parse('the day before?', dushanbe)).toEqual(
      one('which', ['Qureshi'], { range: { from: '2021-07-13', to: '2021-07-13' } }),
    );
    // "last" asks of every day and place.
    expect(parse('when did the two last meet?', dushanbe)).toEqual({
      ...one('when', ['Qureshi', 'Lavrov']),
      only: 'last',
    });
  });

  it('reads two people joined by a hyphen, and an occasion by its short name', () => {
    expect(parse('did the Qureshi-Lavrov meeting happen during SCO 2021')).toEqual(
      one('yesno', ['Qureshi', 'Lavrov'], { at: 'SCO', range: year(2021) }),
    );
  });

  it('answers a question that names people about those people, not the previous ones', () => {
    expect(parse('Where did Imran Khan meet Wang Yi?', PREVIOUS)).toEqual(one('where', ['Imran Khan', 'Wang Yi']));
  });

  it('still leaves search words alone', () => {
    expect(parse('dasu attack', PREVIOUS)).toBeUndefined();
    expect(parse('and during blah?', PREVIOUS)).toBeUndefined();
  });
});

describe('a meeting in person, asked without saying so', () => {
  it.each<[string, boolean]>([
    ['When did Qureshi meet Lavrov?', true],
    ['has Jilani received the Kyrgyz president', true],
    ['when did Qureshi speak with Lavrov', false],
    ['When did Qureshi meet Lavrov by phone?', false],
    ['what did Qureshi and Lavrov discuss when they met', false],
  ])('%j → %j', (text, met) => {
    expect(parseQuestion(text, TODAY, undefined, seeds)?.met === true).toBe(met);
  });
});

describe('cleanQuestion', () => {
  it.each([
    ['<@U123> When did Qureshi meet Lavrov?', 'When did Qureshi meet Lavrov'],
    ['<@U123|bot>  hi  <@W9>  there!!', 'hi there'],
    ['@briefbot, who met Lavrov?', 'who met Lavrov'],
    ['  plain  ', 'plain'],
    ['Wadephul and Wang Yi - what was discussed?', 'Wadephul and Wang Yi, what was discussed'],
    ['the Jilani–Zhaparov meeting', 'the Jilani–Zhaparov meeting'],
    ['who is A. Sadiq? his name is in the readout. who did he meet', 'who is A. Sadiq? who did he meet'],
    // A "then" closing a part ties it to the thread, and names no place; "and then?" asks on.
    ['is tokayev going to uzbekistan then? when?', 'is tokayev going to uzbekistan? when'],
    ['and then?', 'and then'],
  ])('%j → %j', (text, expected) => {
    expect(cleanQuestion(text)).toBe(expected);
  });
});

describe('looksLikeQuestion', () => {
  it.each([
    'When did Qureshi meet Lavrov?',
    'who met the Russian prime minister',
    'where did they meet',
    'what is planned',
    'which meetings happened in 2024',
    'how many times did Qureshi meet Lavrov',
    'did Qureshi meet Lavrov',
    'and where',
    'Lavrov?',
    '<@U123> when did Qureshi meet Lavrov',
    'CASA-1000 ? ',
    // A question after its filler.
    'per the briefings what date did Qureshi meet Lavrov',
  ])('%j is a question', (text) => {
    expect(looksLikeQuestion(text)).toBe(true);
  });

  it.each(['dasu attack', 'CASA-1000', 'search Lavrov', 'Whenever', 'Howdy', 'Andijan', 'Lavrov in:2021', ''])(
    '%j is not',
    (text) => {
      expect(looksLikeQuestion(text)).toBe(false);
    },
  );
});

describe('offices shortened', () => {
  it('reads "sec" as a secretary: "the UK foreign sec", "sec lazaro"', () => {
    expect(parse('where did safadi host the UK foreign sec')?.people.at(-1)).toMatch(/secretary$/);
    expect(parse('who did sec lazaro meet')?.people).toEqual(['secretary lazaro']);
  });
});

describe('shorthand', () => {
  it('reads "ppl", "T&T\'s FM", "(april)", "as of mid april" and "A = B"', () => {
    expect(rephrase('how many ppl did he see')).toBe('how many people did he see');
    expect(rephrase("did T&T's FM see him")).toBe('did Trinidadian FM see him');
    expect(rephrase('who did he see in abuja (april)')).toBe('who did he see in abuja april');
    expect(rephrase('how many calls as of mid april')).toBe('how many calls until april');
    expect(rephrase('how many envoys presented creds to him')).toBe('how many envoys presented credentials to him');
    expect(cleanQuestion('is saidov = saidov')).toBe('is saidov the same person as saidov');
  });

  it('ends a name at a comma, and reads "trilaterally" as no one', () => {
    expect(parse('how many times have qureshi, lavrov and jilani met trilaterally')?.people).toEqual([
      'qureshi',
      'lavrov',
      'jilani',
    ]);
  });

  it('reads three names joined by hyphens as three people', () => {
    expect(parse('when did qureshi-lavrov-jilani meet')?.people).toEqual(['qureshi', 'lavrov', 'jilani']);
  });

  it('reads an office said once for two countries by their demonyms, "ecuadorian" too', () => {
    expect(parse('when did the colombian and ecuadorian foreign ministers meet')?.people).toEqual([
      'colombian foreign minister',
      'ecuadorian foreign minister',
    ]);
  });

  it('reads no place over the mark a period leaves', () => {
    expect(parse('how many people did qureshi see in pakistan in july 2021')?.filter.in).toBe('pakistan');
  });
});
