import { beforeAll, describe, expect, it } from 'vitest';
import { ask, pageParagraphs } from '../../src/ask/answer.js';
import type { AskContext } from '../../src/ask/types.js';
import type { Answer, AnswerOf } from '../../src/ask/types.js';
import { EMPTY_SEARCH, shortenedNotice, unknownSourceMessage } from '../../src/ask/messages.js';
import { contextOf, SEEDS } from '../helpers.js';

let ctx: AskContext;
beforeAll(async () => {
  ctx = await contextOf(SEEDS);
});

function expectKind<K extends Answer['kind']>(a: Answer, kind: K): AnswerOf<K> & Answer {
  expect(a.kind).toBe(kind);
  return a as AnswerOf<K> & Answer;
}

describe('ask', () => {
  it('answers "/brief search CASA-1000" with article 001, its paragraph and citation', () => {
    const a = expectKind(ask('/brief search CASA-1000', ctx), 'search');
    expect(a.items).toHaveLength(1);
    expect(a.items[0]).toMatchObject({
      n: 1,
      file: '001_df728569922fd480.txt',
      paragraph: 7,
      title: 'Ishaq Dar Key Diplomatic Visit to Bishkek',
    });
    expect(a.citations[0]).toMatchObject({ n: 1, articleId: '001_df728569922fd480', paragraph: 7 });
    expect(a.citations[0]!.published).toBeUndefined();
  });

  it('answers "dasu in:2021" with 004 only and says which period it searched', () => {
    const a = expectKind(ask('search dasu in:2021', ctx), 'search');
    expect(a.items.map((i) => i.articleId)).toEqual(['004_f565eaee0c20bcd1']);
    expect(a.rangeText).toBe('2021-01-01 to 2021-12-31');
  });

  it('answers a search for nothing with a hint, not an empty list', () => {
    expect(ask('search', ctx)).toMatchObject({ kind: 'error', message: EMPTY_SEARCH });
    expect(ask('search ...', ctx)).toMatchObject({ kind: 'error', message: EMPTY_SEARCH });
    expect(ask('search the of and', ctx)).toMatchObject({ kind: 'error', message: EMPTY_SEARCH });
  });

  it('pages results five at a time and numbers citations across pages', () => {
    const first = expectKind(
      ask('search Pakistan', ctx, 1, { search: 2, sources: 20, meetings: 8, sourceChars: 6000 }),
      'search',
    );
    const second = expectKind(
      ask('search Pakistan', ctx, 2, { search: 2, sources: 20, meetings: 8, sourceChars: 6000 }),
      'search',
    );
    expect(first.pageCount).toBe(3);
    expect(second.citations.map((c) => c.n)).toEqual([3, 4]);
    expect(new Set([...first.items, ...second.items].map((i) => i.articleId)).size).toBe(4);
  });

  it('clamps a page past the end to the last page', () => {
    const a = expectKind(ask('search Pakistan', ctx, 99), 'search');
    expect(a.page).toBe(a.pageCount);
  });

  it('lists sources newest first with undated ones last', () => {
    const a = expectKind(ask('sources', ctx), 'sources');
    expect(a.rows.map((r) => r.id.slice(0, 3))).toEqual(['003', '000', '004', '002', '001']);
  });

  it('shows a source by a unique prefix of its id and refuses an unknown one', () => {
    const a = expectKind(ask('source 002', ctx), 'source');
    expect(a.article.id).toBe('002_9f8474191b6e5a16');
    expect(a.paragraphs[0]!.n).toBe(1);
    expect(ask('source 9', ctx)).toMatchObject({ kind: 'error', message: unknownSourceMessage('9') });
    expect(ask('source 00', ctx)).toMatchObject({ kind: 'error' });
  });

  it('says when the text was shortened', () => {
    const text = `search Lavrov ${'x'.repeat(600)}`;
    expect(ask(text, ctx).notice).toBe(shortenedNotice(text.length));
  });

  it('carries the command that gives the answer again', () => {
    expect(ask('/brief  search   Lavrov ', ctx).command).toBe('search Lavrov');
  });
});

describe('pageParagraphs', () => {
  const p = (n: number, len: number) => ({ n, text: 'x'.repeat(len), sentences: [], heading: false });
  it('fills pages up to the character budget and gives a long paragraph a page of its own', () => {
    const pages = pageParagraphs([p(1, 40), p(2, 40), p(3, 500), p(4, 10)], 100);
    expect(pages.map((pg) => pg.map((x) => x.n))).toEqual([[1, 2], [3], [4]]);
  });
});
