import { describe, expect, it } from 'vitest';
import { parseDigestCommand, parseTimeOfDay, type DigestCommand } from '../../src/ask/digest-command.js';
import { DIGEST_USAGE } from '../../src/ask/messages.js';

describe('parseDigestCommand', () => {
  const ok: Array<[string, DigestCommand]> = [
    ['on', { action: 'on' }],
    ['on 08:30', { action: 'on', time: '08:30' }],
    ['on 8:30pm Europe/London', { action: 'on', time: '20:30', timezone: 'Europe/London' }],
    ['on Asia/Karachi 09:15', { action: 'on', time: '09:15', timezone: 'Asia/Karachi' }],
    ['on 9am', { action: 'on', time: '09:00' }],
    ['  ON   07:05  ', { action: 'on', time: '07:05' }],
    ['on America/Argentina/Buenos_Aires', { action: 'on', timezone: 'America/Argentina/Buenos_Aires' }],
    ['off', { action: 'off' }],
    ['OFF', { action: 'off' }],
    ['status', { action: 'status' }],
    ['now', { action: 'now' }],
    ['', { action: 'status' }],
    ['   ', { action: 'status' }],
  ];
  it.each(ok)('reads %j', (text, expected) => {
    expect(parseDigestCommand(text)).toEqual({ ok: true, value: expected });
  });

  const bad: Array<[string, RegExp]> = [
    ['on 25:00', /`25:00` is not a time or a timezone/],
    ['on 08:60', /`08:60` is not a time or a timezone/],
    ['on 13pm', /`13pm` is not a time or a timezone/],
    ['on 08:30 Mars/Olympus', /`Mars\/Olympus` is not a timezone briefbot knows/],
    ['on Mars/Olympus', /`Mars\/Olympus` is not a timezone/],
    ['on 08:30 09:30', /`09:30` is not a time or a timezone/],
    ['on Asia/Karachi Europe/London', /`Europe\/London` is not a time or a timezone/],
    ['on tomorrow please', /`tomorrow` is not a time or a timezone/],
    ['on 08:30 UTC', /`UTC` is not a time or a timezone/],
    ['off now', /`\/brief digest off` takes nothing after it/],
    ['status please', /`\/brief digest status` takes nothing after it/],
    ['now 08:30', /`\/brief digest now` takes nothing after it/],
    ['daily', /`daily` is not a digest setting/],
    ['subscribe me', /`subscribe` is not a digest setting/],
  ];
  it.each(bad)('rejects %j with a message', (text, message) => {
    expect(parseDigestCommand(text)).toEqual({ ok: false, error: expect.stringMatching(message) });
  });

  it('ends every "not a setting" or "takes nothing" error with the usage', () => {
    for (const text of ['daily', 'off now'])
      expect(parseDigestCommand(text)).toEqual({ ok: false, error: expect.stringContaining(DIGEST_USAGE) });
  });
});

describe('parseTimeOfDay', () => {
  const cases: Array<[string, string | undefined]> = [
    ['8:30', '08:30'],
    ['08:30', '08:30'],
    ['0:00', '00:00'],
    ['23:59', '23:59'],
    ['8:30pm', '20:30'],
    ['8:30PM', '20:30'],
    ['8:30 pm', '20:30'],
    ['9am', '09:00'],
    ['12am', '00:00'],
    ['12:15am', '00:15'],
    ['12pm', '12:00'],
    ['12:45pm', '12:45'],
    ['11pm', '23:00'],
    [' 7:05 ', '07:05'],
    ['24:00', undefined],
    ['25:00', undefined],
    ['25:99', undefined],
    ['08:60', undefined],
    ['0am', undefined],
    ['13pm', undefined],
    ['13:00pm', undefined],
    ['9', undefined],
    ['8:3', undefined],
    ['830', undefined],
    ['08:30:00', undefined],
    ['', undefined],
    ['noon', undefined],
    ['-1:00', undefined],
  ];
  it.each(cases)('%j → %j', (text, expected) => {
    expect(parseTimeOfDay(text)).toBe(expected);
  });
});
