import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parse-article.js';
import { buildExtractContext, extractMeetings, extractPeople } from '../../src/extract/extract.js';
import type { Participant } from '../../src/extract/types.js';
import { buildLexicon } from '../../src/reference/lexicon.js';
import type { Corpus } from '../../src/types.js';

const lexicon = buildLexicon();
const ctx = buildExtractContext(lexicon);
const FILLER =
  'Officials said a joint working group would meet before the end of the year to review progress on the projects ' +
  'and report back to both governments.';

const corpusOf = (files: Record<string, [date: string, text: string]>): Corpus => ({
  dir: 'test',
  warnings: [],
  articles: Object.entries(files).map(([file, [date, text]]) => {
    const { article } = parseArticle(file, ` date ${date} \n\n${text}\n\n${FILLER}\n`);
    return article!;
  }),
});
const who = (p: Participant): string => p.name ?? [p.title, p.country ?? p.organization].filter(Boolean).join(' of ');

describe('the people registry', () => {
  const corpus = corpusOf({
    'a.txt': ['2024-04-16', 'Russian Foreign Minister Sergey Lavrov met Kyrgyz President Sadyr Japarov in Bishkek.'],
    'b.txt': ['2024-06-02', 'Russian Foreign Minister Sergei Lavrov held talks with Prime Minister Akylbek Japarov.'],
    'c.txt': ['2024-06-20', 'Lavrov said on Thursday that the talks with Akylbek Japarov had gone well.'],
  });
  const people = extractPeople(corpus, ctx);
  const entry = (name: string) => people.find((p) => p.spellings.includes(name));

  it('joins the spellings of one person and keeps their office with the days the briefings show', () => {
    expect(entry('Sergei Lavrov')).toMatchObject({
      spellings: expect.arrayContaining(['Sergey Lavrov', 'Sergei Lavrov', 'Lavrov']),
      country: 'RUS',
      offices: [{ title: 'Foreign Minister', country: 'RUS', from: '2024-04-16', to: '2024-06-02' }],
    });
  });

  it('keeps two people who share a surname apart', () => {
    expect(entry('Sadyr Japarov')?.key).not.toBe(entry('Akylbek Japarov')?.key);
    expect(entry('Sadyr Japarov')?.offices[0]?.title).toBe('President');
  });
});

describe('roles resolved through the registry', () => {
  const named = [
    '2024-04-16',
    'Mongolian President Ukhnaa Khurelsukh received Foreign Minister Mira Kovac of Croatia.',
  ];
  const role = 'Croatian Foreign Minister Mira Kovac met the Mongolian president in Ulaanbaatar on Tuesday.';

  it('takes the one person the corpus shows in that office around that day', () => {
    const meetings = extractMeetings(
      corpusOf({ 'a.txt': named as [string, string], 'b.txt': ['2024-05-09', role] }),
      lexicon,
      ctx,
    );
    const later = meetings.find((m) => m.sources.some((s) => s.file === 'b.txt'));
    expect(later?.participants.map(who).sort()).toEqual(['Mira Kovac', 'Ukhnaa Khurelsukh']);
  });

  it('names no one for an office many hold at once, as "the UN envoy" of another briefing', () => {
    const meetings = extractMeetings(
      corpusOf({
        'a.txt': ['2025-03-10', 'UN envoy Maria Angela Holguin met Cypriot President Nikos Christodoulides.'],
        'b.txt': ['2025-03-19', 'The UN envoy held talks with Sovereignty Council deputy chairman Malik Agar.'],
      }),
      lexicon,
      ctx,
    );
    const later = meetings.find((m) => m.sources.some((s) => s.file === 'b.txt'));
    expect(later?.participants.map(who).sort()).toEqual(['Envoy of UN', 'Malik Agar']);
  });

  it('leaves the office unnamed years away from the briefings that name its holder', () => {
    const meetings = extractMeetings(
      corpusOf({ 'a.txt': named as [string, string], 'b.txt': ['2019-05-09', role] }),
      lexicon,
      ctx,
    );
    const earlier = meetings.find((m) => m.sources.some((s) => s.file === 'b.txt'));
    expect(earlier?.participants.map(who).sort()).toEqual(['Mira Kovac', 'President of Mongolia']);
  });
});
