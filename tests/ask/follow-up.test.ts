import { beforeAll, describe, expect, it } from 'vitest';
import { relativeTo, type QuestionContext } from '../../src/ask/follow-up.js';
import type { AskContext } from '../../src/ask/types.js';
import { contextOf, fixtureContext, questionAnswer, SEEDS, thread } from '../helpers.js';

let seeds: AskContext;
beforeAll(async () => {
  seeds = await contextOf(SEEDS);
});

describe('times told against the last answer', () => {
  const answered: QuestionContext = {
    people: ['Lavrov'],
    filter: {},
    answered: { from: '2023-04-17', to: '2023-06-01' },
    answeredUntil: '2023-06-30',
    answeredAt: [
      { in: 'Brasília', from: '2023-04-17', to: '2023-04-17' },
      { in: 'Cape Town', from: '2023-06-01', to: '2023-06-30' },
    ],
  };
  const isCity = (w: string): boolean => ['brasília', 'brasilia', 'cape town'].includes(w.toLowerCase());

  it('reads "after Brasília" as after the meeting answered there, and the nearest one only', () => {
    const after = relativeTo('who did he see after Brasilia', answered, isCity);
    expect(after?.range).toEqual({ from: '2023-04-18' });
    expect(after?.only).toBe('first');
    expect(after?.rest).not.toMatch(/Brasilia/i);
    // Without a city, "next" is after the newest meeting answered, the whole of its month.
    expect(relativeTo('where did he go next', answered, isCity)?.range).toEqual({ from: '2023-07-01' });
  });

  it("reads a trip's next or previous stop as within a fortnight of the one named", () => {
    expect(relativeTo('where did he fly on to after Brasilia', answered, isCity)?.range).toEqual({
      from: '2023-04-18',
      to: '2023-05-01',
    });
    expect(relativeTo('where was his stop before Brasilia', answered, isCity)?.range).toEqual({
      from: '2023-04-03',
      to: '2023-04-16',
    });
  });

  it('reads "later that week" and "earlier that week" as the rest of the week of the meeting', () => {
    const monday: QuestionContext = {
      people: ['Georgiev'],
      filter: {},
      answered: { from: '2025-03-10', to: '2025-03-10' },
    };
    expect(relativeTo('who did he host later that week', monday)?.range).toEqual({
      from: '2025-03-11',
      to: '2025-03-16',
    });
    const thursday = { ...monday, answered: { from: '2025-03-13', to: '2025-03-13' } };
    expect(relativeTo('anyone earlier that week?', thursday)?.range).toEqual({ from: '2025-03-10', to: '2025-03-12' });
    expect(relativeTo('who else did he see that week', thursday)?.range).toEqual({
      from: '2025-03-10',
      to: '2025-03-16',
    });
  });

  it('reads "was that the first time" as any time before the earliest meeting answered', () => {
    const two = { ...answered, answered: { from: '2020-09-01', to: '2021-07-14' } };
    expect(relativeTo('was that the first time they met?', two)).toMatchObject({ range: { to: '2020-08-31' } });
    expect(relativeTo('was that the first time they met?', two)?.only).toBeUndefined();
    expect(relativeTo('had they met before?', two)?.range).toEqual({ to: '2021-07-13' });
  });
});

describe('follow-ups in a thread', () => {
  it('answers "was that the first time?" No with the earlier meeting, and Yes when the briefings report none', () => {
    expect(thread(seeds, 'When did Qureshi meet Lavrov in Moscow?', 'was that the first time they had met?')[1]).toBe(
      'No: Shah Mahmood Qureshi and Sergey Lavrov had met before, in June 2019 in Bishkek.',
    );
    expect(thread(seeds, 'When did Qureshi meet Lavrov in Bishkek?', 'was that their first meeting?')[1]).toMatch(
      /^Yes, as far as the briefings go: the briefings report no meeting between Shah Mahmood Qureshi and Sergey Lavrov/,
    );
  });

  it('asks "the first time" of the meeting a question names, on its own', () => {
    expect(questionAnswer('Was the Dushanbe meeting the first time Qureshi and Lavrov met?', seeds).text).toBe(
      'No: Shah Mahmood Qureshi and Sergey Lavrov had met before, in September 2020 in Moscow and in June 2019 in ' +
        'Bishkek.',
    );
  });

  it('asks "where did he go after Bishkek?" of him alone, after the meeting there', () => {
    const [, after] = thread(seeds, 'When did Qureshi meet Lavrov in Bishkek?', 'where did he go after Bishkek?');
    expect(after).toBe('Shah Mahmood Qureshi met Sergey Lavrov in Moscow in September 2020.');
  });

  it('asks "who did he host later that week?" of the days after the meeting, to the Sunday', async () => {
    const ctx = await fixtureContext('blind-9');
    const [first, later] = thread(
      ctx,
      'Who did Bulgarian FM Georg Georgiev hold talks with in Athens on 10 March 2025?',
      'who did he host later that week?',
    );
    expect(first).toContain('Gerapetritis');
    expect(later).toMatch(/^Georg Georgiev met Timcho Mucunski .* between Tue 11 Mar 2025 and Sun 16 Mar 2025\.$/);
  });

  it('asks "did that meeting actually happen?" of meetings held as well as planned', async () => {
    const ctx = await fixtureContext('blind-6');
    const [planned, held] = thread(
      ctx,
      'When was Shehbaz Sharif supposed to meet Emomali Rahmon in May 2025?',
      'Did that meeting actually happen?',
    );
    expect(planned).toMatch(/planned on Thu 29 May 2025 in Dushanbe/);
    expect(held).toBe('Yes: Muhammad Shehbaz Sharif and Emomali Rahmon met on Thu 29 May 2025 in Dushanbe.');
  });

  it('asks a past question after a plan asked of any meeting, not only planned ones', async () => {
    const ctx = await fixtureContext('blind-22');
    const [, letter] = thread(
      ctx,
      'what did mirziyoyev and tokayev cover on their august 2023 call, and when are they meeting next?',
      'who handed him the letter from rahmon that day?',
    );
    expect(letter).toMatch(/^Shavkat Mirziyoyev met .*Sirojiddin Muhriddin/);
  });

  it('answers a name asked of someone the last answer found unnamed by saying the briefings do not name them', async () => {
    const ctx = await fixtureContext('wide-2');
    const [, name] = thread(
      ctx,
      'Who did Musalia Mudavadi hold talks with at his Nairobi office?',
      "what's the Somali minister's name?",
    );
    expect(name).toMatch(/Musalia Mudavadi met the Foreign Minister of Somalia/);
    expect(name).toMatch(/The briefings do not name the Foreign Minister of Somalia\.$/);
  });

  it('takes "she" of a thread about a man for the woman the last answer found', async () => {
    const ctx = await fixtureContext('blind-7');
    const [, she] = thread(
      ctx,
      'Who did Carney meet from Mexico at the G7 summit in Kananaskis?',
      'did she meet Trump there?',
    );
    expect(she).toMatch(
      /^No: the briefings report no meeting between Claudia Sheinbaum and Donald Trump in Kananaskis\./,
    );
  });
});
