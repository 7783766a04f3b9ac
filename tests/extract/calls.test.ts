/**
 * Calls as translated readouts and wires tell them: "maintained a telephone conversation with", "discussed the date
 * with his counterpart in a telephone conversation", and the one called named after whose official they are
 * ("Trump's special envoy Steve Witkoff"). Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, rowsOf } from './unseen-helpers.js';

const calls = (text: string) => rowsOf(meetingsOf(text, '2026-04-22').filter((m) => m.kind === 'telephone'));

describe('calls', () => {
  it('reads "he and B had spoken by phone on Monday to co-ordinate …" as their call, "to" of no one', () => {
    const text =
      'Prime Minister Tomas Varga met Prime Minister Ana Kovac in Bergen today for their annual talks on trade, ' +
      'energy and defence. Varga told reporters he and Kovac had also spoken by phone on Monday to co-ordinate ' +
      'their positions on tariffs.';
    expect(calls(text)).toEqual(['Ana Kovac + Tomas Varga · 2026-04-20']);
  });

  it('reads "maintained a telephone conversation with"', () => {
    expect(
      calls(
        'On Monday President Hakainde Hichilema maintained a telephone conversation with his Malawian counterpart, ' +
          'Peter Mutharika, on the border posts.',
      ),
    ).toEqual(['Hakainde Hichilema + Peter Mutharika · 2026-04-20']);
  });

  it('reads what was discussed before "with his counterpart", and the call after it', () => {
    expect(
      calls(
        'Foreign Minister Maxime Prévot discussed the new date with his Dutch counterpart David van Weel in a ' +
          'telephone conversation on Monday.',
      ),
    ).toEqual(['David van Weel + Maxime Prévot · 2026-04-20']);
  });

  it('calls the official named after a possessor, not the possessor', () => {
    expect(
      calls(
        'Foreign Minister Maxime Prévot of Belgium spoke by phone on Tuesday with US President Donald Trump’s special ' +
          'envoy Steve Witkoff about Gaza.',
      ),
    ).toEqual(['Maxime Prévot + Steve Witkoff · 2026-04-21']);
  });
});
