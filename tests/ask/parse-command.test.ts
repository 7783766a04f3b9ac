import { describe, expect, it } from 'vitest';
import { normalizeInput, parseCommand as parseAt } from '../../src/ask/parse-command.js';
import { parseSearch } from '../../src/ask/search-filters.js';

const TODAY = new Date('2026-11-22T12:00:00Z');
const parseCommand = (text: string) => parseAt(text, 1, TODAY);
import { badDateMessage, MAX_INPUT_CHARS, SOURCE_WHICH } from '../../src/ask/messages.js';

describe('parseCommand', () => {
  it.each([
    ['', { kind: 'help' }],
    ['help', { kind: 'help' }],
    ['HELP', { kind: 'help' }],
    ['sources', { kind: 'sources', page: 1 }],
    ['sources 2', { kind: 'sources', page: 2 }],
    ['source 001', { kind: 'source', id: '001', page: 1 }],
    ['source 001 3', { kind: 'source', id: '001', page: 3 }],
    ['source', { kind: 'invalid', message: SOURCE_WHICH }],
    ['search dasu', { kind: 'search', terms: 'dasu', range: {}, page: 1 }],
    ['dasu', { kind: 'search', terms: 'dasu', range: {}, page: 1 }],
    ['sources of Kyrgyz trade', { kind: 'search', terms: 'sources of Kyrgyz trade', range: {}, page: 1 }],
    [
      'search dasu in:2021',
      { kind: 'search', terms: 'dasu', range: { from: '2021-01-01', to: '2021-12-31' }, page: 1 },
    ],
    [
      'search from:2024-01 to:2024-12 Russia',
      { kind: 'search', terms: 'Russia', range: { from: '2024-01-01', to: '2024-12-31' }, page: 1 },
    ],
    ['search since:2023-10-26 SCO', { kind: 'search', terms: 'SCO', range: { from: '2023-10-26' }, page: 1 }],
    ['search before:2022 SCO', { kind: 'search', terms: 'SCO', range: { to: '2021-12-31' }, page: 1 }],
    ['search after:2021-09 SCO', { kind: 'search', terms: 'SCO', range: { from: '2021-10-01' }, page: 1 }],
    [
      'search in:2024-02 trade',
      { kind: 'search', terms: 'trade', range: { from: '2024-02-01', to: '2024-02-29' }, page: 1 },
    ],
    [
      'search IN:2021 dasu',
      { kind: 'search', terms: 'dasu', range: { from: '2021-01-01', to: '2021-12-31' }, page: 1 },
    ],
  ])('reads %j', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it.each(['in:2021-13', 'from:yesterday', 'before:', 'in:21', 'since:2023-02-30'])(
    'refuses the date filter %j with a message that shows the forms',
    (filter) => {
      expect(parseCommand(`search dasu ${filter}`)).toEqual({ kind: 'invalid', message: badDateMessage(filter) });
    },
  );

  it('refuses a period that ends before it starts', () => {
    const cmd = parseCommand('search x from:2024-12 to:2024-01');
    expect(cmd.kind).toBe('invalid');
    expect(cmd.kind === 'invalid' && cmd.message).toMatch(/empty/);
  });

  it('intersects several filters (in:2021 and since:2021-07 → July to December 2021)', () => {
    expect(parseSearch('x in:2021 since:2021-07')).toEqual({
      ok: true,
      value: { terms: 'x', range: { from: '2021-07-01', to: '2021-12-31' } },
    });
  });
});

describe('normalizeInput', () => {
  it('drops a leading /brief and folds white space', () => {
    expect(normalizeInput('  /brief   search\n  CASA-1000 ')).toEqual({ text: 'search CASA-1000' });
  });

  it(`cuts text to ${MAX_INPUT_CHARS} characters and says how long it was`, () => {
    const r = normalizeInput('x'.repeat(10_000));
    expect(r.text.length).toBe(MAX_INPUT_CHARS);
    expect(r.shortenedFrom).toBe(10_000);
  });

  it('counts emoji as single characters and never splits one', () => {
    const r = normalizeInput('🇵🇰'.repeat(600));
    expect([...r.text].length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
    expect(r.text).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});
