/**
 * The running bot keeps up with its corpus folder: a briefing added is answered from within seconds, one removed is
 * no longer cited, and after a clean stop the next start loads what it had from the snapshot.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { joinedText, waitFor } from './harness.js';
import { fakeSlack, killBot, startBot, type Bot, type Reply } from './process.js';

const TASS = 'moscow-tass-lavrov-nurtleu.txt';
const CASA_FILE = '001_df728569922fd480.txt';

let dir: string | undefined;
let slack: Server | undefined;
let bot: Bot | undefined;

afterEach(async () => {
  killBot(bot);
  await new Promise((resolve) => (slack ? slack.close(resolve) : resolve(undefined)));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('a running bot and its corpus folder', () => {
  it('answers from a briefing added while it runs, forgets one removed, and restarts from the snapshot it saved', async () => {
    dir = mkdtempSync(join(tmpdir(), 'briefbot-live-'));
    const corpus = join(dir, 'corpus');
    cpSync('seeds', corpus, { recursive: true });
    const env = { BRIEFBOT_CORPUS: corpus, BRIEFBOT_DB: join(dir, 'briefbot.db') };
    const replies: Reply[] = [];
    const fake = await fakeSlack(replies);
    slack = fake.server;
    bot = await startBot(fake.base, env);
    const ask = async (text: string): Promise<string> => {
      const before = replies.length;
      expect((await bot!.command(text, `${fake.base}/response`)).status).toBe(200);
      await waitFor(() => replies.length > before, `an answer to ${text}`);
      return joinedText(replies[before]!.body);
    };
    expect(await ask('search Nurtleu')).not.toContain(TASS);

    const added = Date.now();
    cpSync(join('tests/fixtures/meetings', TASS), join(corpus, TASS));
    await waitFor(() => bot!.logged(`+${TASS}`) !== undefined, 'the added briefing to be indexed', 5000);
    expect(bot.logged(`+${TASS}`)!.at - added).toBeLessThan(3000);
    expect(await ask('search Nurtleu')).toContain(TASS);
    expect(await ask('meetings with Nurtleu')).toContain('Nurtleu');

    expect(await ask('search CASA-1000')).toContain(CASA_FILE);
    unlinkSync(join(corpus, CASA_FILE));
    await waitFor(
      () => bot!.logged(`-${CASA_FILE.replace(/\.txt$/, '')}`) !== undefined,
      'the removed briefing to leave',
      5000,
    );
    expect(await ask('search CASA-1000')).not.toContain(CASA_FILE);

    bot.child.kill('SIGTERM');
    expect(await bot.exit).toEqual({ code: 0, signal: null });
    expect(existsSync(join(dir, 'snapshot.bin'))).toBe(true);

    bot = await startBot(fake.base, env);
    expect(bot.logged('from the snapshot')?.text).toMatch(/loaded 5 briefings/);
    expect(await ask('search Nurtleu')).toContain(TASS);
    expect(await ask('search CASA-1000')).not.toContain(CASA_FILE);
    expect(bot.lines.filter((l) => / (error|warn): /.test(l.text)).map((l) => l.text)).toEqual([]);
  }, 30_000);
});
