import { isTimezone } from '../config.js';
import { fail, ok, type Result } from '../result.js';
import { clipText } from '../text/clip.js';
import { digestTakesNothing, notADigestSetting, notATimeOrTimezone, unknownTimezone } from './messages.js';

/** What `/brief digest …` asks for. */
export type DigestCommand = { action: 'on'; time?: string; timezone?: string } | { action: 'off' | 'status' | 'now' };

/** Longest piece of the user's text an error repeats: enough to recognise it, short enough to leave the advice seen. */
export const ECHO_MAX_CHARS = 60;

const echo = (text: string): string => clipText(text, ECHO_MAX_CHARS);

/** The default time of a new digest subscription. */
export const DEFAULT_DIGEST_TIME = '09:00';

/**
 * A time of day as `HH:MM` (24-hour), from "8:30", "08:30", "8:30pm", "9am"; undefined when it is none.
 * @example parseTimeOfDay('8:30pm') // → '20:30'
 */
export function parseTimeOfDay(text: string): string | undefined {
  const m = /^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$/i.exec(text.trim());
  if (!m || (m[2] === undefined && m[3] === undefined)) return undefined;
  let hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  const half = m[3]?.toLowerCase();
  if (half && (hour < 1 || hour > 12)) return undefined;
  if (half === 'pm' && hour !== 12) hour += 12;
  if (half === 'am' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * Read what follows `/brief digest`: `on [HH:MM] [Area/City]`, `off`, `status` (the default), `now`.
 * @example parseDigestCommand('on 08:30 Europe/London')
 *   // → { ok: true, value: { action: 'on', time: '08:30', timezone: 'Europe/London' } }
 */
export function parseDigestCommand(text: string): Result<DigestCommand> {
  const [action = 'status', ...rest] = text
    .trim()
    .replace(/(\d)\s+(am|pm)\b/gi, '$1$2')
    .split(/\s+/)
    .filter(Boolean);
  const word = action.toLowerCase();
  if (word === 'off' || word === 'status' || word === 'now') {
    return rest.length === 0 ? ok({ action: word }) : fail(digestTakesNothing(word));
  }
  if (word !== 'on') return fail(notADigestSetting(echo(action)));
  let time: string | undefined;
  let timezone: string | undefined;
  for (const part of rest) {
    const t = parseTimeOfDay(part);
    if (t && !time) {
      time = t;
      continue;
    }
    if (part.includes('/') && !timezone) {
      if (!isTimezone(part)) return fail(unknownTimezone(echo(part)));
      timezone = part;
      continue;
    }
    return fail(notATimeOrTimezone(echo(part)));
  }
  return ok({ action: 'on', ...(time ? { time } : {}), ...(timezone ? { timezone } : {}) });
}
