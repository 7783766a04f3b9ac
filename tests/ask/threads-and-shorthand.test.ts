/**
 * A thread about a host and a guest ("did the president see him as well?" means the guest), a topic said in two
 * reports once, the desk's "lankan" and "kiwi", and "call on" read as a meeting's verb. Articles written for these
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, thread, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'dushanbe-talks.txt': [
    '---\ntitle: Tajik and Turkmen foreign ministers hold talks\ndate: 2026-05-14\n---',
    'Tajik Foreign Minister Sirojiddin Muhriddin held talks in Dushanbe today with Turkmen Foreign Minister Rashid ' +
      'Meredov, who arrived on a working visit.',
    'On the same day, Tajik President Emomali Rahmon received the Turkmen minister at the Palace of the Nation, where ' +
      'they discussed cooperation in hydropower, transport and transit.',
  ].join('\n\n'),
  'ashgabat-report.txt': [
    '---\ntitle: Turkmen minister in Dushanbe\ndate: 2026-05-15\n---',
    'Turkmen Foreign Minister Rashid Meredov was received on Thursday in Dushanbe by Tajik President Emomali Rahmon, ' +
      'and the two discussed hydropower and the supply of electricity in summer.',
    'The minister also laid a wreath at the monument to Ismoili Somoni during his visit to the capital.',
  ].join('\n\n'),
  'delhi-visit.txt': [
    '---\ntitle: Sri Lankan foreign minister in New Delhi\ndate: 2026-02-27\n---',
    'Sri Lankan Foreign Minister Vijitha Herath called on Indian Prime Minister Narendra Modi in New Delhi on ' +
      'Thursday, a day after his talks with External Affairs Minister Subrahmanyam Jaishankar.',
    'On Wednesday, Herath held talks with External Affairs Minister Subrahmanyam Jaishankar at Hyderabad House, ' +
      'where the two sides reviewed the progress of the energy hub at Trincomalee and the ferry service to Jaffna.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a thread about a host and a guest', () => {
  it('takes "him" beside someone of the host\'s country for the guest', () => {
    const [, seen] = thread(
      briefings.ctx,
      'when did the tajik FM host meredov in dushanbe?',
      'did rahmon see him as well? what did they cover',
    );
    expect(seen).toMatch(/^Yes: Emomali Rahmon and Rashid Meredov met/);
  });

  it('says a topic two reports give, one inside the other, once', () => {
    const [, seen] = thread(
      briefings.ctx,
      'when did the tajik FM host meredov in dushanbe?',
      'did rahmon see him as well? what did they cover',
    );
    expect(seen).toContain('discussed supply of electricity in summer, cooperation in hydropower, transport and');
    expect(seen).not.toMatch(/discussed hydropower,/);
  });
});

describe('shorthand of the desk', () => {
  it('reads "lankan" and "call on" in a yes or no', () => {
    const a = questionAnswer('did the lankan FM get to call on modi during the delhi trip? which day', briefings.ctx);
    expect(a.question.people).toEqual(['sri lankan FM', 'modi']);
    expect(a.text).toMatch(/^Yes: Vijitha Herath and Narendra Modi met on Thu 26 Feb 2026/);
  });
});
