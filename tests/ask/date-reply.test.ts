import { describe, expect, it } from 'vitest';
import { readDateReply } from '../../src/ask/date-reply.js';

describe('readDateReply', () => {
  it.each([
    ['2024-07-03', { year: 2024, month: 7, day: 3 }],
    ['2024-07', { year: 2024, month: 7 }],
    ['2024', { year: 2024 }],
    ['3 July 2024', { year: 2024, month: 7, day: 3 }],
    ['July 3, 2024', { year: 2024, month: 7, day: 3 }],
    ['3 Jul 2024', { year: 2024, month: 7, day: 3 }],
    ['Wednesday, 3 July 2024', { year: 2024, month: 7, day: 3 }],
    ['the 3rd of July 2024', { year: 2024, month: 7, day: 3 }],
    ['July 2024', { year: 2024, month: 7 }],
    ['03/07/2024', { year: 2024, month: 7, day: 3 }],
    ['3.7.2024', { year: 2024, month: 7, day: 3 }],
    ['2024/07/03', { year: 2024, month: 7, day: 3 }],
    ['on 3 July 2024.', { year: 2024, month: 7, day: 3 }],
    ['date: 2024-07-03', { year: 2024, month: 7, day: 3 }],
  ])('reads "%s" as a date', (text, date) => {
    expect(readDateReply(text)).toEqual(date);
  });

  it.each([
    ['a question naming a year', 'when did they meet in 2024?'],
    ['a name and a year', 'Lavrov 2024'],
    ['a day without a year', '3 July'],
    ['a day that does not exist', '31 June 2024'],
    ['the 30th of February', '30/02/2024'],
    ['a relative day', 'tomorrow'],
    ['a word', 'thanks'],
  ])('reads nothing in %s', (_what, text) => {
    expect(readDateReply(text)).toBeUndefined();
  });
});
