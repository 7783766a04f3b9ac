/**
 * Questions that offer alternatives (ask/question.ts): "did they meet in person or by phone?" asks how, and either
 * answers; "… or was it just the phone call?" doubts an alternative and asks nothing of it. Articles written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { withoutChoices, withoutDoubted } from '../../src/ask/question.js';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'gaborone-call.txt': [
    '---\ntitle: Botswana and Namibia leaders speak by phone\ndate: 2025-04-10\n---',
    'President Duma Boko of Botswana spoke by telephone on Tuesday with President Netumbo Nandi-Ndaitwah of ' +
      'Namibia about the Trans-Kalahari corridor and cattle exports.',
    'The two leaders agreed that their ministers of trade would meet before the end of the month.',
  ].join('\n\n'),
  'windhoek-talks.txt': [
    '---\ntitle: Namibian and Angolan leaders meet in Windhoek\ndate: 2025-05-16\n---',
    'President Netumbo Nandi-Ndaitwah received Angolan President João Lourenço at State House in Windhoek on ' +
      'Thursday for talks on the Baynes hydropower dam.',
    'Lourenço left for Luanda in the evening after a lunch with business leaders.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('an alternative a yes or no doubts', () => {
  it('is taken out of a yes or no, and only there', () => {
    expect(withoutDoubted('did boko actually talk to nandi-ndaitwah or was it just a letter')).toBe(
      'did boko actually talk to nandi-ndaitwah',
    );
    expect(withoutDoubted('did lourenco see the president, or only her FM')).toBe('did lourenco see the president');
    expect(withoutDoubted('who did lourenco meet or just greet')).toBe('who did lourenco meet or just greet');
  });

  it('does not set how the meeting was held: a face-to-face meeting answers "face to face or just the call?"', () => {
    const a = questionAnswer(
      'did nandi-ndaitwah and lourenco ever meet face to face or was it just the phone call?',
      briefings.ctx,
    );
    expect(a.text).toBe(
      'Yes: Netumbo Nandi-Ndaitwah and João Lourenço met on Thu 15 May 2025 in Windhoek (State House).',
    );
  });

  it('answers a call asked with a doubt as a call, said as spoken', () => {
    const a = questionAnswer('did boko actually speak to nandi-ndaitwah or was it just a letter?', briefings.ctx);
    expect(a.text).toBe('Yes: Duma Boko and Netumbo Nandi-Ndaitwah spoke on Tue 8 Apr 2025 by telephone.');
  });
});

describe('"in person or by phone?"', () => {
  it('asks how, so a call answers it', () => {
    const a = questionAnswer('did boko and nandi-ndaitwah meet in person or by phone?', briefings.ctx);
    expect(a.question.how).toBeUndefined();
    expect(a.text).toMatch(/^Yes: Duma Boko and Netumbo Nandi-Ndaitwah spoke on Tue 8 Apr 2025 by telephone\./);
  });
});

describe('"which …, A or B?"', () => {
  it('takes the choices out of a which or who question, and only there', () => {
    expect(withoutChoices('which president did lourenco see, the namibian or the botswanan one')).toBe(
      'which president did lourenco see',
    );
    expect(withoutChoices('did lourenco see the namibian or the botswanan one')).toBe(
      'did lourenco see the namibian or the botswanan one',
    );
  });

  it('answers with the one the briefings have', () => {
    const a = questionAnswer('which president did lourenco see in windhoek, boko or nandi-ndaitwah?', briefings.ctx);
    expect(a.text).toContain('Netumbo Nandi-Ndaitwah');
    expect(a.text).not.toContain('Boko');
  });
});

describe('a topic asked of', () => {
  it('is silent when the briefings say nothing of it, then says what they did discuss', () => {
    const a = questionAnswer('what did boko and nandi-ndaitwah say about the Okavango delta', briefings.ctx);
    expect(a.text).toMatch(
      /^The briefings do not say what Duma Boko and Netumbo Nandi-Ndaitwah said about Okavango delta\. Duma Boko and /,
    );
  });

  it('is answered when they do, and "talk about there" asks of no topic', () => {
    expect(questionAnswer('what did boko and nandi-ndaitwah say about cattle exports', briefings.ctx).text).not.toMatch(
      /do not say/,
    );
    expect(
      questionAnswer('what did lourenco and nandi-ndaitwah talk about there', briefings.ctx).question.about,
    ).toBeUndefined();
  });
});

describe('"…, and was it in person?"', () => {
  it('asks how the meeting answered was held, and does not keep to meetings in person', () => {
    const a = questionAnswer('boko and nandi-ndaitwah, when did they talk, and was it in person?', briefings.ctx);
    expect(a.text).toContain('Tue 8 Apr 2025 by telephone');
  });
});
