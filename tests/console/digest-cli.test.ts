import { describe, expect, it } from 'vitest';
import { USAGE } from '../../src/cli.js';
import { cli } from '../helpers.js';

interface MeetingJson {
  date: string | null;
  status: string;
  participants: Array<{ name: string | null }>;
  sources: Array<{ articleId: string }>;
}
interface DigestJson {
  localDate: string;
  timezone: string;
  newBriefings: { items: Array<{ articleId: string; published: string | null }>; more: number };
  meetings: { items: MeetingJson[]; more: number };
  comingUp: { items: MeetingJson[]; more: number };
  onThisDay: { items: MeetingJson[]; more: number };
  figures: { briefings: number; meetings: number };
}

describe('briefbot digest', () => {
  it('prints the on-this-day meetings of 14 July as JSON', async () => {
    const { code, out, err } = await cli(['digest', '--date', '2025-07-14', '--tz', 'Asia/Karachi', '--json']);
    expect(code).toBe(0);
    expect(err).toBe('');
    const { digest } = JSON.parse(out) as { digest: DigestJson };
    expect(Object.keys(digest)).toEqual([
      'localDate',
      'timezone',
      'newBriefings',
      'meetings',
      'comingUp',
      'onThisDay',
      'figures',
    ]);
    expect(digest).toMatchObject({
      localDate: '2025-07-14',
      timezone: 'Asia/Karachi',
      figures: { briefings: 5, meetings: 15 },
    });
    expect(digest.onThisDay.items.map((m) => m.date)).toEqual(['2021-07-14', '2021-07-14']);
    expect(
      digest.onThisDay.items.every(
        (m) => m.status === 'held' && m.sources.some((s) => s.articleId === '002_9f8474191b6e5a16'),
      ),
    ).toBe(true);
    expect(digest.onThisDay.items.flatMap((m) => m.participants.map((p) => p.name))).toContain('Sergey Lavrov');
    expect(digest.newBriefings).toEqual({ items: [], more: 0 });
    expect(digest.comingUp).toEqual({ items: [], more: 0 });
  });

  it('prints the digest as text without --json', async () => {
    const { code, out } = await cli(['digest', '--date', '2025-07-14', '--tz', 'Asia/Karachi']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Briefing digest · Mon 14 Jul 2025\n/);
    expect(out).toContain('On this day (2)');
    expect(out).toContain('(4 years ago)');
    expect(out).toContain(
      '5 briefings · 15 meetings in the corpus · Asia/Karachi · Turn this off with /brief digest off',
    );
  });

  it('counts the briefings published after --since as new', async () => {
    const { code, out } = await cli(['digest', '--date', '2024-10-18', '--since', '2024-10-16', '--json']);
    expect(code).toBe(0);
    const { digest } = JSON.parse(out) as { digest: DigestJson };
    expect(digest.timezone).toBe('UTC');
    expect(digest.newBriefings.items.map((b) => [b.articleId, b.published])).toEqual([
      ['003_11be3f15fbbdd326', '2024-10-17'],
    ]);
    expect(digest.meetings.items.map((m) => m.date)).toEqual(['2024-10-16', '2024-10-16']);
  });

  it('counts a briefing as new in the digest of its publication day (default --since: the day before)', async () => {
    const { out } = await cli(['digest', '--date', '2024-10-17', '--json']);
    const { digest } = JSON.parse(out) as { digest: DigestJson };
    expect(digest.newBriefings.items.map((b) => b.articleId)).toEqual(['003_11be3f15fbbdd326']);
  });

  it('counts the briefings published on the --since day as new, as the usage says', async () => {
    const { code, out } = await cli(['digest', '--date', '2024-10-18', '--since', '2024-10-17', '--json']);
    expect(code).toBe(0);
    const { digest } = JSON.parse(out) as { digest: DigestJson };
    expect(digest.timezone).toBe('UTC');
    expect(digest.newBriefings.items.map((b) => [b.articleId, b.published])).toEqual([
      ['003_11be3f15fbbdd326', '2024-10-17'],
    ]);
    expect(digest.meetings.items.map((m) => m.date)).toEqual(['2024-10-16', '2024-10-16']);
  });

  it('takes the timezone from BRIEFBOT_TZ when --tz is not given', async () => {
    const { code, out } = await cli(['digest', '--date', '2025-07-14', '--json'], { BRIEFBOT_TZ: 'Europe/London' });
    expect(code).toBe(0);
    expect((JSON.parse(out) as { digest: DigestJson }).digest.timezone).toBe('Europe/London');
  });

  it('exits 2 with a clear message for an unknown timezone', async () => {
    const { code, out, err } = await cli(['digest', '--date', '2025-07-14', '--tz', 'Mars/Olympus', '--json']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe('briefbot: --tz "Mars/Olympus" is not a timezone: write it as Area/City, e.g. Asia/Karachi\n');
  });

  it.each(['2025-13-40', '2025-02-30', '2025-07', '14/07/2025', 'tomorrow'])('exits 2 for --date %s', async (date) => {
    const { code, out, err } = await cli(['digest', '--date', date, '--tz', 'Asia/Karachi']);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`briefbot: --date "${date}" is not a date: write YYYY-MM-DD\n`);
  });

  it('exits 2 for a bad --since', async () => {
    const { code, err } = await cli(['digest', '--date', '2025-07-14', '--since', 'yesterday']);
    expect(code).toBe(2);
    expect(err).toContain('--since "yesterday" is not a date: write YYYY-MM-DD');
  });

  it('says there is nothing to post on a day with nothing', async () => {
    const text = await cli(['digest', '--date', '2025-01-05', '--tz', 'Asia/Karachi']);
    expect(text.code).toBe(0);
    expect(text.out).toBe(
      'Nothing to post for 2025-01-05: no new briefings, nothing coming up, nothing on this day.\n',
    );
    const json = await cli(['digest', '--date', '2025-01-05', '--tz', 'Asia/Karachi', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual({ digest: null });
  });

  it('exits 2 for a missing corpus folder', async () => {
    const { code, err } = await cli(['digest', '--date', '2025-07-14', '--corpus', 'no/such/folder']);
    expect(code).toBe(2);
    expect(err).toContain('no/such/folder');
  });

  it('is in the usage', () => {
    expect(USAGE).toContain('digest [--date YYYY-MM-DD] [--tz Area/City] [--since YYYY-MM-DD]');
  });
});
