import { describe, expect, it } from 'vitest';
import {
  cleanQuestion,
  looksLikeQuestion,
  parseQuestion,
  splitPeople,
  type Question,
  type QuestionContext,
} from '../../src/ask/question.js';

const TODAY = new Date('2026-11-22T12:00:00Z');
const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
/** What the thread asked before: Qureshi and Lavrov, in no period. */
const PREVIOUS: QuestionContext = { people: ['Qureshi', 'Lavrov'], filter: {} };
/** A previous question with a place, to see that follow-ups keep it. */
const PREVIOUS_IN_MOSCOW: QuestionContext = { people: ['Qureshi', 'Lavrov'], filter: { in: 'Moscow' } };

describe('parseQuestion without a thread', () => {
  it.each<[string, Question]>([
    ['When did Qureshi meet Lavrov?', { kind: 'when', people: ['Qureshi', 'Lavrov'], filter: {} }],
    ['when has Qureshi met with Lavrov', { kind: 'when', people: ['Qureshi', 'Lavrov'], filter: {} }],
    ['WHEN DID Qureshi MEET Lavrov', { kind: 'when', people: ['Qureshi', 'Lavrov'], filter: {} }],
    ['When did Qureshi hold talks with Lavrov?', { kind: 'when', people: ['Qureshi', 'Lavrov'], filter: {} }],
    [
      "When did Pakistan's foreign minister meet the Kyrgyz president?",
      { kind: 'when', people: ["Pakistan's foreign minister", 'Kyrgyz president'], filter: {} },
    ],
    [
      'When did Qureshi meet Lavrov in Moscow?',
      { kind: 'when', people: ['Qureshi', 'Lavrov'], filter: { in: 'Moscow' } },
    ],
    [
      'When did Qureshi meet Lavrov in 2019?',
      { kind: 'when', people: ['Qureshi', 'Lavrov'], filter: { range: year(2019) } },
    ],
    [
      'when did qureshi meet lavrov last year',
      { kind: 'when', people: ['qureshi', 'lavrov'], filter: { range: year(2025) } },
    ],
    [
      'When did Qureshi meet Lavrov between 2019 and 2020',
      { kind: 'when', people: ['Qureshi', 'Lavrov'], filter: { range: { from: '2019-01-01', to: '2020-12-31' } } },
    ],
    [
      'When did Qureshi meet Lavrov at the SCO summit',
      { kind: 'when', people: ['Qureshi', 'Lavrov'], filter: { at: 'the SCO summit' } },
    ],
    [
      'When did Qureshi, Lavrov and Wang Yi meet',
      { kind: 'when', people: ['Qureshi', 'Lavrov', 'Wang Yi'], filter: {} },
    ],
    ['When did Qureshi meet?', { kind: 'when', people: ['Qureshi'], filter: {} }],
    ['Who did Jilani meet in Bishkek?', { kind: 'who', people: ['Jilani'], filter: { in: 'Bishkek' } }],
    ['who did Qureshi meet', { kind: 'who', people: ['Qureshi'], filter: {} }],
    ['who met the Russian prime minister', { kind: 'who', people: ['Russian prime minister'], filter: {} }],
    ['who met with Lavrov', { kind: 'who', people: ['Lavrov'], filter: {} }],
    ['Where did Imran Khan meet Wang Yi?', { kind: 'where', people: ['Imran Khan', 'Wang Yi'], filter: {} }],
    [
      'What did Shehbaz Sharif and Mishustin discuss?',
      { kind: 'what', people: ['Shehbaz Sharif', 'Mishustin'], filter: {} },
    ],
    [
      'what did Vieira and Mondino agree on in 2024',
      { kind: 'what', people: ['Vieira', 'Mondino'], filter: { range: year(2024) } },
    ],
    [
      'Which meetings happened in October 2024?',
      { kind: 'which', people: [], filter: { range: { from: '2024-10-01', to: '2024-10-31' } } },
    ],
    [
      'which meetings took place in Dushanbe last year',
      { kind: 'which', people: [], filter: { in: 'Dushanbe', range: year(2025) } },
    ],
    ['Which meetings happened in Dushanbe?', { kind: 'which', people: [], filter: { in: 'Dushanbe' } }],
    [
      'which meetings did Pakistan have in 2021',
      { kind: 'which', people: ['Pakistan'], filter: { with: ['Pakistan'], range: year(2021) } },
    ],
    ['How many times did Qureshi meet Lavrov?', { kind: 'count', people: ['Qureshi', 'Lavrov'], filter: {} }],
    [
      'how many meetings did Pakistan have with Russia since 2020',
      { kind: 'count', people: ['Pakistan', 'Russia'], filter: { range: { from: '2020-01-01' } } },
    ],
    ['What is planned?', { kind: 'planned', people: [], filter: { status: 'planned' } }],
    ['what meetings are upcoming', { kind: 'planned', people: [], filter: { status: 'planned' } }],
    [
      'any upcoming meetings with China',
      { kind: 'planned', people: ['China'], filter: { with: ['China'], status: 'planned' } },
    ],
  ])('%j', (text, expected) => {
    expect(parseQuestion(text, TODAY)).toEqual(expected);
  });

  it.each([
    '<@U123> When did Qureshi meet Lavrov?',
    '<@U123|briefbot>   When did   Qureshi meet Lavrov',
    '@briefbot When did Qureshi meet Lavrov?',
    'briefbot: When did Qureshi meet Lavrov?',
    'When did Qureshi meet Lavrov?!!',
    'When did Qureshi meet Lavrov ? ',
    'When did Qureshi meet Lavrov...',
  ])('reads %j without the mention and the trailing punctuation', (text) => {
    expect(parseQuestion(text, TODAY)).toEqual({ kind: 'when', people: ['Qureshi', 'Lavrov'], filter: {} });
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
    expect(parseQuestion(text, TODAY)).toBeUndefined();
  });

  it('is undefined when the period is not one (the caller then searches)', () => {
    expect(parseQuestion('When did Qureshi meet Lavrov during blah', TODAY)).toBeUndefined();
  });

  it('reads the period of "Who met Lavrov in 2021?"', () => {
    expect(parseQuestion('Who met Lavrov in 2021?', TODAY)).toEqual({
      kind: 'who',
      people: ['Lavrov'],
      filter: { range: year(2021) },
    });
  });
});

describe('parseQuestion as a follow-up in a thread', () => {
  it.each<[string, Question]>([
    ['and where?', { kind: 'where', people: ['Qureshi', 'Lavrov'], filter: {} }],
    ['where', { kind: 'where', people: ['Qureshi', 'Lavrov'], filter: {} }],
    ['when?', { kind: 'when', people: ['Qureshi', 'Lavrov'], filter: {} }],
    ['So what date?', { kind: 'when', people: ['Qureshi', 'Lavrov'], filter: {} }],
    ['and what about?', { kind: 'what', people: ['Qureshi', 'Lavrov'], filter: {} }],
    ['how many times?', { kind: 'count', people: ['Qureshi', 'Lavrov'], filter: {} }],
    ['who else?', { kind: 'who', people: ['Qureshi', 'Lavrov'], filter: {} }],
    ['and in 2019?', { kind: 'when', people: ['Qureshi', 'Lavrov'], filter: { range: year(2019) } }],
    ['and since 2020', { kind: 'when', people: ['Qureshi', 'Lavrov'], filter: { range: { from: '2020-01-01' } } }],
    ['what did they agree on', { kind: 'what', people: ['Qureshi', 'Lavrov'], filter: {} }],
    ['what did they discuss?', { kind: 'what', people: ['Qureshi', 'Lavrov'], filter: {} }],
    ['what did they agree on in 2021', { kind: 'what', people: ['Qureshi', 'Lavrov'], filter: { range: year(2021) } }],
    ['where did they meet', { kind: 'where', people: ['Qureshi', 'Lavrov'], filter: {} }],
    ['<@U123> and where?', { kind: 'where', people: ['Qureshi', 'Lavrov'], filter: {} }],
  ])('%j', (text, expected) => {
    expect(parseQuestion(text, TODAY, PREVIOUS)).toEqual(expected);
  });

  it('keeps the place of the previous question', () => {
    expect(parseQuestion('and where?', TODAY, PREVIOUS_IN_MOSCOW)).toEqual({
      kind: 'where',
      people: ['Qureshi', 'Lavrov'],
      filter: { in: 'Moscow' },
    });
    expect(parseQuestion('and in 2020?', TODAY, PREVIOUS_IN_MOSCOW)).toEqual({
      kind: 'when',
      people: ['Qureshi', 'Lavrov'],
      filter: { in: 'Moscow', range: year(2020) },
    });
  });

  it('answers a question that names people about those people, not the previous ones', () => {
    expect(parseQuestion('Where did Imran Khan meet Wang Yi?', TODAY, PREVIOUS)).toEqual({
      kind: 'where',
      people: ['Imran Khan', 'Wang Yi'],
      filter: {},
    });
  });

  it('still leaves search words alone', () => {
    expect(parseQuestion('dasu attack', TODAY, PREVIOUS)).toBeUndefined();
    expect(parseQuestion('and during blah?', TODAY, PREVIOUS)).toBeUndefined();
  });

  it('reads "and in <place>?" as when they met there', () => {
    expect(parseQuestion('and in Moscow?', TODAY, PREVIOUS)).toEqual({
      kind: 'when',
      people: ['Qureshi', 'Lavrov'],
      filter: { in: 'Moscow' },
    });
  });
});

describe('cleanQuestion', () => {
  it.each([
    ['<@U123> When did Qureshi meet Lavrov?', 'When did Qureshi meet Lavrov'],
    ['<@U123|bot>  hi  <@W9>  there!!', 'hi there'],
    ['@briefbot, who met Lavrov?', 'who met Lavrov'],
    ['  plain  ', 'plain'],
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

describe('splitPeople', () => {
  it.each<[string, string[]]>([
    ['Qureshi and Lavrov', ['Qureshi', 'Lavrov']],
    ['Qureshi AND Lavrov', ['Qureshi', 'Lavrov']],
    ['Qureshi, Lavrov and Wang Yi', ['Qureshi', 'Lavrov', 'Wang Yi']],
    ['Qureshi,  Lavrov ,Wang Yi', ['Qureshi', 'Lavrov', 'Wang Yi']],
    ['Qureshi with Lavrov', ['Qureshi', 'Lavrov']],
    ['Qureshi & Lavrov', ['Qureshi', 'Lavrov']],
    ['the Russian prime minister', ['Russian prime minister']],
    ['the Kyrgyz president and the Foreign Minister', ['Kyrgyz president', 'Foreign Minister']],
    ['the president', ['the president']],
    ['Shehbaz Sharif', ['Shehbaz Sharif']],
    ['', []],
    ['  ', []],
  ])('%j → %j', (text, expected) => {
    expect(splitPeople(text)).toEqual(expected);
  });
});
