import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AskContext } from '../../src/ask/types.js';
import { CONSOLE_HINT } from '../../src/ask/messages.js';
import { answerLine, runConsole } from '../../src/console/repl.js';
import { LAST_PAGE, NOTHING_TO_CONTINUE } from '../../src/ask/messages.js';
import { STAR_BOLD } from '../../src/render/text.js';
import { contextOf, SEEDS } from '../helpers.js';

let ctx: AskContext;
beforeAll(async () => {
  ctx = await contextOf(SEEDS);
});

async function session(lines: string[], interactive: boolean): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (d) => (text += d));
  const done = runConsole({ input, output, interactive, bold: STAR_BOLD }, () => ctx);
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return text;
}

describe('console', () => {
  it('answers piped lines without prompt or hint and ends with the input', async () => {
    const out = await session(['/brief search CASA-1000', 'search Lavarov'], false);
    expect(out).not.toContain(CONSOLE_HINT);
    expect(out).not.toContain('brief>');
    expect(out).toContain('*CASA-1000*');
    expect(out).toContain('*Lavrov*');
  });

  it('shows the hint and a prompt to a person', async () => {
    const out = await session(['help'], true);
    expect(out.startsWith(CONSOLE_HINT)).toBe(true);
    expect(out).toContain('brief> ');
    expect(out).toContain('/brief search <terms>');
  });

  it('stops at "quit" and ignores what follows', async () => {
    const out = await session(['quit', 'search Lavrov'], false);
    expect(out).toBe('');
  });

  it('answers a follow-up about the people of the question before it, as a Slack thread does', async () => {
    const out = await session(['When did Qureshi meet Lavrov?', 'and where?', 'what did they discuss?'], false);
    const [, where = '', what = ''] = out.split('\n\n');
    expect(where).toMatch(/^\*?Shah Mahmood Qureshi\*? met \*?Sergey Lavrov\*? in Dushanbe/);
    expect(what).toContain('Shah Mahmood Qureshi and Sergey Lavrov discussed');
    // Without the question before, "and where?" is no question about anyone.
    expect(answerLine('and where?', { page: 1 }, ctx, STAR_BOLD).text).not.toContain('Qureshi');
  });

  it('accepts @briefbot and bare questions', () => {
    expect(answerLine('@briefbot Lavarov', { page: 1 }, ctx, STAR_BOLD).text).toContain('*Lavrov*');
    expect(answerLine('Mishustin', { page: 1 }, ctx, STAR_BOLD).text).toContain('*Mishustin*');
  });

  it('shows the next page on "more" and says so when there is nothing to continue', () => {
    expect(answerLine('more', { page: 1 }, ctx, STAR_BOLD).text).toBe(NOTHING_TO_CONTINUE);
    const sizes = { search: 5, sources: 20, meetings: 8, sourceChars: 1000 };
    const first = answerLine('source 002', { page: 1 }, ctx, STAR_BOLD, sizes);
    const next = answerLine('more', first.session, ctx, STAR_BOLD, sizes);
    expect(next.session).toEqual({ command: 'source 002', page: 2 });
    expect(next.text).toMatch(/page 2 of/);
    let s = next.session;
    for (let i = 0; i < 10; i += 1) s = answerLine('more', s, ctx, STAR_BOLD, sizes).session;
    expect(answerLine('more', s, ctx, STAR_BOLD, sizes).text).toBe(LAST_PAGE);
  });
});
