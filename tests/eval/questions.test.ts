import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  factForms,
  formatQuestions,
  holds,
  questionsJson,
  readQuestions,
  scoreAnswer,
  type QuestionCase,
} from '../../eval/questions.js';

const when: QuestionCase = {
  id: 'q-1',
  corpus: 'seeds',
  question: 'When did Qureshi meet Lavrov, and where?',
  asks: ['when', 'where'],
  must: [['2021-07-14'], ['Tashkent']],
  mustNot: ['2021-07-15'],
};

describe('question scoring', () => {
  it('reads a date fact in the ways answers write dates', () => {
    expect(factForms('2021-07-14')).toEqual(['2021-07-14', '14 July 2021', 'July 14, 2021', '14 Jul 2021']);
    expect(factForms('2023-10')).toEqual(['2023-10', 'October 2023', 'Oct 2023']);
    expect(factForms('Tashkent')).toEqual(['Tashkent']);
  });

  it('is right when every fact is there, whatever the case and accents', () => {
    const s = scoreAnswer(when, 'Shah Mahmood Qureshi met Sergey Lavrov on 14 July 2021 in TASHKENT.');
    expect(s).toMatchObject({ right: true, confidentlyWrong: false, problems: [] });
    expect(scoreAnswer({ ...when, must: [['Bogota']] }, 'They met in Bogotá.').right).toBe(true);
  });

  it('names what is missing, and a wrong date makes the answer confidently wrong', () => {
    const s = scoreAnswer(when, 'Qureshi met Lavrov on 15 July 2021.');
    expect(s.right).toBe(false);
    expect(s.confidentlyWrong).toBe(true);
    expect(s.problems).toEqual(['lacks 2021-07-14', 'lacks Tashkent', 'says 2021-07-15']);
    expect(scoreAnswer(when, '').problems[0]).toBe('no answer');
  });

  it('matches a number only as a whole number, so that a count is not found inside a date', () => {
    const count: QuestionCase = { ...when, must: [['3', 'three']], mustNot: [] };
    expect(scoreAnswer(count, 'They met twice: on 14 July 2023 and 3 May 2024.').right).toBe(true);
    expect(scoreAnswer(count, 'They met twice: on 14 July 2023 and 13 May 2024.').right).toBe(false);
    expect(scoreAnswer(count, 'The briefings report 3 meetings.').right).toBe(true);
    expect([holds('in 2023', '3'), holds('3 times', '3'), holds('in tashkent', 'tash')]).toEqual([false, true, true]);
  });

  it('reads a wrong day ending in a number as that day, not the start of a year', () => {
    const day: QuestionCase = { ...when, must: [], mustNot: ['May 20', '20 May'] };
    expect(scoreAnswer(day, 'They met on Tue 19 May 2026 in Montevideo.').confidentlyWrong).toBe(false);
    expect(scoreAnswer(day, 'They met on May 20, 2026 in Montevideo.').confidentlyWrong).toBe(true);
    expect(scoreAnswer(day, 'They met on Wed 20 May 2026 in Montevideo.').confidentlyWrong).toBe(true);
  });

  it('wants the asked start of a yes/no answer and the sentence of silence', () => {
    const yes: QuestionCase = { ...when, must: [], mustNot: [], yesNo: 'yes' };
    expect(scoreAnswer(yes, 'Yes: they met on 14 July 2021.').right).toBe(true);
    expect(scoreAnswer(yes, 'They met on 14 July 2021.').problems).toEqual(['does not start with yes']);
    const silent: QuestionCase = { ...when, must: [], mustNot: ['Tashkent'], silent: true };
    expect(scoreAnswer(silent, 'No briefing reports a meeting of Qureshi and Blinken.').right).toBe(true);
    expect(scoreAnswer(silent, 'Qureshi met Blinken in Tashkent.').right).toBe(false);
  });

  it('refuses a set with a bad question or an id used twice', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'questions-'));
    const file = join(dir, 'set.json');
    await writeFile(file, JSON.stringify([when, { ...when, question: 'and where?' }]));
    await expect(readQuestions(file)).rejects.toThrow('the id q-1 is used twice');
    await writeFile(file, JSON.stringify([{ ...when, asks: ['why'] }]));
    await expect(readQuestions(file)).rejects.toThrow(file);
    await writeFile(file, JSON.stringify([{ ...when, mustNot: undefined }]));
    expect((await readQuestions(file))[0]!.mustNot).toEqual([]);
  });

  it('shows the answers of a blind set only when asked', () => {
    const scores = [scoreAnswer(when, 'Qureshi met Lavrov on 15 July 2021.')];
    const sets = [{ name: 'questions-blind', blind: true, scores }];
    expect(formatQuestions(sets, false)).toContain('questions-blind: 0/1 right (0.0%), 1 confidently wrong');
    expect(formatQuestions(sets, false)).not.toContain('15 July');
    expect(formatQuestions(sets, true)).toContain('15 July');
    expect(questionsJson(sets, false)).toEqual([
      { name: 'questions-blind', blind: true, asked: 1, right: 0, confidentlyWrong: 1 },
    ]);
  });
});
