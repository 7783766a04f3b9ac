/**
 * What a meeting's briefing says was said or agreed (ask/said.ts): the sentences around the meeting's own paragraph
 * that go on about it, never those of another meeting of the same article. Articles written for these tests.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saidSentences } from '../../src/ask/said.js';
import type { AskContext } from '../../src/ask/types.js';
import { buildContext } from '../../src/main.js';
import { fixtureContext, memoryLogger, questionAnswer } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'vientiane-wang-herath.txt': [
    '---\ntitle: Chinese and Sri Lankan foreign ministers meet\ndate: 2024-12-05\n---',
    'BEIJING, Dec. 5 -- Chinese Foreign Minister Wang Yi held talks with Sri Lankan Foreign Minister Vijitha Herath ' +
      'in Beijing on Thursday.',
    'Wang said Beijing would keep backing the Hambantota port and the Colombo Port City.',
    'Herath said his government valued the relationship with China.',
    'Chinese Vice President Han Zheng met Herath on Wednesday at the Great Hall of the People, where the two sides ' +
      'exchanged views on debt relief.',
  ].join('\n\n'),
  'budapest-outcome.txt': [
    '---\ntitle: Swedish and Hungarian leaders talk in Budapest\ndate: 2024-02-26\n---',
    'Swedish Prime Minister Ulf Kristersson travelled to Budapest on Friday for talks with Hungarian Prime Minister ' +
      'Viktor Orbán, the first such visit in years.',
    'The main outcome was an arms deal: Hungary is to buy four more Gripen jets from Sweden.',
    'Separately, Sweden\u2019s foreign minister Tobias Billström phoned Antony Blinken on Saturday, and the two ' +
      'discussed the last steps of accession.',
  ].join('\n\n'),
  'abu-dhabi-two-meetings.txt': [
    '---\ntitle: Caucasus leaders meet twice\ndate: 2025-08-09\n---',
    'President Ilham Aliyev and Prime Minister Nikol Pashinyan met in Abu Dhabi on 10 July 2025 without mediators.',
    'On Friday Pashinyan met President Donald Trump at the White House.',
    'Aliyev and Pashinyan agreed in Abu Dhabi to keep working on the text of a peace treaty, while Pashinyan and ' +
      'Trump discussed a new transit corridor.',
  ].join('\n\n'),
  'lome-session.txt': [
    '---\ntitle: Togolese minister hosts Sahel counterparts\ndate: 2024-06-13\n---',
    '[Photo caption: Minister Koffi Adjovi welcomes Minister Ousmane Keita at the ministry.]',
    'Foreign Minister Koffi Adjovi of Togo held talks on Wednesday with Foreign Minister Ousmane Keita of Mali in ' +
      'Lomé.',
    'On the margins of the session, Adjovi had a tête-à-tête with Keita on the transit of goods to Bamako.',
  ].join('\n\n'),
  'ankara-courtesy.txt': [
    '---\ntitle: Kazakh minister in Ankara\ndate: 2024-03-12\n---',
    'Foreign Minister Murat Nurtleu held talks with Foreign Minister Hakan Fidan in Ankara on Tuesday on trade and ' +
      'transport links.',
    'Later in the day, Nurtleu was received by President Recep Tayyip Erdoğan, the presidency said, without giving ' +
      'details.',
    'He said Turkey would keep supporting the Middle Corridor through the Caspian Sea.',
  ].join('\n\n'),
  'pristina-call.txt': [
    '---\ntitle: Turkish minister in the Balkans\ndate: 2025-03-13\n---',
    'Turkish Foreign Minister Hakan Fidan held talks in Belgrade on Wednesday with Serbian Foreign Minister Marko ' +
      'Djuric on trade and the Expo 2027.',
    '\u201cWe agreed to open a new border crossing,\u201d Djuric said.',
    'In the evening, Fidan held a phone call with Kosovo Foreign Minister Donika Gervalla, Turkish diplomatic ' +
      'sources said.',
    'Related topics: #Turkey #Kosovo #Diplomacy',
  ].join('\n\n'),
};

let dir: string;
let ctx: AskContext;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefbot-said-'));
  for (const [file, text] of Object.entries(ARTICLES)) await writeFile(join(dir, file), text);
  ctx = await buildContext(dir, memoryLogger(), () => new Date('2026-12-01T12:00:00Z'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const meetingOf = (a: string, b: string) => {
  const m = ctx.meetings.find({ with: [a, b] }).find((x) => x.status === 'held');
  if (!m) throw new Error(`no meeting of ${a} and ${b}`);
  return m;
};

describe('what a briefing says was said at a meeting', () => {
  it('takes the sentences just after the meeting that name one of its people, family name first too', () => {
    const said = saidSentences(meetingOf('Wang Yi', 'Herath'), ctx);
    expect(said[0]).toMatch(/^Wang said Beijing would keep backing the Hambantota port/);
    expect(said.join(' ')).toContain('Herath said his government');
    // The next paragraph reports another meeting: what was said there is not this meeting's.
    expect(said.join(' ')).not.toContain('debt relief');
  });

  it('takes a sentence on what came of the meeting (an outcome, a deal), though it names no one', () => {
    const said = saidSentences(meetingOf('Kristersson', 'Orbán'), ctx);
    expect(said).toEqual(['The main outcome was an arms deal: Hungary is to buy four more Gripen jets from Sweden.']);
  });

  it("takes talks said to be on something, never talks on a weekday, nor a photo's caption", () => {
    const said = saidSentences(meetingOf('Adjovi', 'Keita'), ctx);
    expect(said).toEqual([
      'On the margins of the session, Adjovi had a tête-à-tête with Keita on the transit of goods to Bamako.',
    ]);
  });

  it('never takes a sentence that names someone of another meeting of the article', () => {
    const said = saidSentences(meetingOf('Aliyev', 'Pashinyan'), ctx).join(' ');
    expect(said).not.toContain('transit corridor');
    const theirs = saidSentences(meetingOf('Pashinyan', 'Trump'), ctx).join(' ');
    expect(theirs).not.toContain('peace treaty');
  });

  it('says the briefings do not say what was discussed when a briefing reports a call "without giving details"', async () => {
    const a = questionAnswer(
      'what did botchorishvili and mirzoyan discuss on their call',
      await fixtureContext('wide-3'),
    );
    expect(a.text).toMatch(/^The briefings do not say what Maka Botchorishvili and Ararat Mirzoyan discussed\. /);
  });

  it("says so when the meeting's own sentence gives no details, though a sentence after tells of other talks", () => {
    const a = questionAnswer('what did nurtleu and erdogan discuss', ctx);
    expect(a.text).toMatch(/^The briefings do not say what Murat Nurtleu and Recep Tayyip Erdoğan discussed\. /);
    expect(a.text).not.toContain('Middle Corridor');
    // The talks the briefing tells of are still told.
    expect(questionAnswer('what did nurtleu and fidan discuss', ctx).text).toMatch(/trade|transport/);
  });

  it('never takes who reports the meeting ("…, diplomatic sources said") nor a page\'s tags for what was said', () => {
    expect(saidSentences(meetingOf('Fidan', 'Gervalla'), ctx)).toEqual([]);
    expect(questionAnswer('what did fidan and gervalla discuss on the phone', ctx).text).toBe(
      'The briefings do not say what Hakan Fidan and Donika Gervalla discussed.',
    );
    // A quote of what was agreed, its speaker after it, is still what was said.
    expect(saidSentences(meetingOf('Fidan', 'Djuric'), ctx).join(' ')).toContain('new border crossing');
  });

  it('never quotes a line on who would not comment as what was said', async () => {
    const dir2 = await mkdtemp(join(tmpdir(), 'said-comment-'));
    await writeFile(
      join(dir2, 'lima-call.txt'),
      [
        '---\ntitle: Peru and Chile ministers speak\ndate: 2025-04-21\n---',
        'Peruvian Foreign Minister Elmer Schialer spoke by phone on Sunday with Chilean Foreign Minister Alberto van ' +
          'Klaveren about the border crossing at Santa Rosa and migration, a ministry source said.',
        'The Chilean foreign ministry did not immediately respond to a request for comment on the call.',
      ].join('\n\n'),
    );
    try {
      const lima = await buildContext(dir2, memoryLogger(), () => new Date('2026-12-01T12:00:00Z'));
      const a = questionAnswer('what did schialer and van klaveren talk about on the phone?', lima);
      expect(a.text).not.toContain('request for comment');
    } finally {
      await rm(dir2, { recursive: true, force: true });
    }
  });
});
