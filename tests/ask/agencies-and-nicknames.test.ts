/**
 * Questions that name a foreign minister by office and country ("the ethiopian FM") when a national agency's readout
 * names the minister with no country, and questions that name a leader by a nickname ("albo", "ED"). Articles written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'ena-readout.txt': [
    'ENA Ethiopian News Agency\n\nPolitics | Economy | Sport',
    'Addis Ababa, February 16/2025 (ENA) Foreign Minister Gedion Timothewos held talks with Kenyan Prime Cabinet ' +
      'Secretary Musalia Mudavadi on the sidelines of the AU summit on Saturday.',
  ].join('\n\n'),
  'athens.txt': [
    '---\ntitle: Greece and Serbia\ndate: 2025-09-10\n---',
    'Greek Foreign Minister Giorgos Gerapetritis held talks with his Serbian counterpart Marko Djuric in Belgrade on ' +
      'Tuesday about the EU path of the Western Balkans, energy links and the rail line to Thessaloniki.',
  ].join('\n\n'),
  'harare-canberra.txt': [
    '---\ntitle: Two leaders, two capitals\ndate: 2025-10-07\n---',
    'Prime Minister Anthony Albanese and Prime Minister James Marape signed the defence treaty at Parliament House ' +
      'in Canberra on Monday.',
    'In Harare, President Emmerson Mnangagwa received the Botswana foreign minister, Phenyo Butale, who brought a ' +
      'message from President Duma Boko, on Tuesday last week.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a foreign minister asked of by office and country', () => {
  it('is found when a national agency names them with no country', () => {
    const a = questionAnswer('who did the ethiopian FM meet at the AU summit?', briefings.ctx);
    expect(a.text).toContain('Mudavadi');
    expect(a.text).not.toMatch(/no meeting/i);
  });
});

describe('a leader asked of by nickname', () => {
  it('is the leader: "albo", "ED"', () => {
    expect(questionAnswer('when did albo and marape sign the treaty?', briefings.ctx).text).toContain('6 Oct 2025');
    const ed = questionAnswer('did ED receive butale?', briefings.ctx);
    expect(ed.text).toMatch(/^Yes/);
  });

  it("is the leader when the nickname is in quotes: \"'ED' - who's that?\"", () => {
    expect(questionAnswer("who is 'ED'?", briefings.ctx).text).toContain('Emmerson Mnangagwa');
    const said = questionAnswer("the herald keeps writing 'ED' - who's that?", briefings.ctx);
    expect(said.text).toMatch(/^Emmerson Mnangagwa is President of Zimbabwe/);
  });

  it('is still asked of when the briefings know no meeting of the leader: no Yes about the other alone', () => {
    const a = questionAnswer('did MBS receive butale?', briefings.ctx);
    expect(a.text).toMatch(/^No: the briefings report no meeting between MBS and Phenyo Butale/);
  });

  it('is the leader by a nickname of the press: "ngwena"', () => {
    expect(questionAnswer('who is ngwena?', briefings.ctx).text).toContain('Emmerson Mnangagwa');
  });

  it('is no one when the word is only written in lower case: "ed"', () => {
    expect(questionAnswer('who is ed?', briefings.ctx).text).not.toContain('Mnangagwa');
  });
});

describe('a nickname of a leader whom the briefings name in full', () => {
  const windhoek = useBriefings({
    'windhoek.txt': [
      '---\ntitle: Namibia and Angola\ndate: 2025-05-03\n---',
      'President Netumbo Nandi-Ndaitwah received the Angolan foreign minister Tete Antonio at State House in ' +
        'Windhoek on Friday to discuss the Baynes hydropower project and the Trans-Cunene corridor.',
    ].join('\n\n'),
  });

  it('is the leader: "NNN", her initials as written', () => {
    expect(questionAnswer('when did NNN receive the angolan FM?', windhoek.ctx).text).toContain('2 May 2025');
  });
});

describe('who holds an office of a country', () => {
  it('is one who holds that office, not anyone of the country', () => {
    expect(questionAnswer("who is kenya's president?", briefings.ctx).text).toBe(
      'The briefings name no president of Kenya.',
    );
    expect(questionAnswer("who is ethiopia's foreign minister?", briefings.ctx).text).toContain('Gedion');
  });

  it('is asked as "the office of the country" too', () => {
    expect(questionAnswer('who is the foreign minister of ethiopia?', briefings.ctx).text).toMatch(
      /^Ethiopia's foreign minister is Gedion Timothewos/,
    );
    expect(questionAnswer('who is the president of kenya', briefings.ctx).text).toBe(
      'The briefings name no president of Kenya.',
    );
  });
});

describe('a Greek name written with "y" for "g"', () => {
  it('is the name the briefings write: "yerapetritis" is Gerapetritis', () => {
    expect(questionAnswer('is yerapetritis the same guy as gerapetritis?', briefings.ctx).text).toMatch(/^Yes/);
    expect(questionAnswer('when did yerapetritis meet djuric?', briefings.ctx).text).toContain('9 Sep 2025');
  });
});
