/**
 * "the Saudi envoy" after a briefing has named one Saudi official, whatever their office: that official. Articles
 * written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, rowsOf } from './unseen-helpers.js';

describe('"the <country> envoy" after one official of that country is named', () => {
  it('is that official, who met the one who received the envoy', () => {
    const text =
      'Saudi minister in Dakar\n\n' +
      'Foreign Minister Yassine Fall received on Monday Ahmed Kattan, the Saudi Minister of State for African ' +
      'Affairs, in Dakar. Later that day, the Saudi envoy was received in audience by President Bassirou Diomaye ' +
      'Faye at the Palace.';
    expect(rowsOf(meetingsOf(text, '2025-06-11'))).toEqual([
      'Ahmed Kattan + Bassirou Diomaye Faye · 2025-06-09',
      'Ahmed Kattan + Yassine Fall · 2025-06-09',
    ]);
  });

  it('is the one official of no stated country when the briefing names no other', () => {
    const text =
      'Tour of the Sahel\n\n' +
      'Foreign Minister Samuel Okudzeto Ablakwa held talks in Niamey on Monday with Bakary Yaou Sangaré, the ' +
      'Nigerien Minister of Foreign Affairs. The Ghanaian envoy later paid a courtesy call on General ' +
      'Abdourahamane Tiani, President of the Transition.';
    expect(rowsOf(meetingsOf(text, '2025-03-12'))).toContainEqual(
      'Abdourahamane Tiani + Samuel Okudzeto Ablakwa · 2025-03-10',
    );
  });

  it('is no one of another country when the briefing gives the envoy’s official no country', () => {
    const text =
      'Saudi minister in Dakar\n\n' +
      'Foreign Minister Yassine Fall received on Monday Minister of State Ahmed Kattan in Dakar. Later that day, ' +
      'the Saudi envoy was received in audience by President Bassirou Diomaye Faye at the Palace.';
    const found = meetingsOf(text, '2025-06-11');
    expect(found.flatMap((m) => m.participants).some((p) => p.name === 'Yassine Fall' && p.country)).toBe(false);
    expect(rowsOf(found)).not.toContainEqual('Bassirou Diomaye Faye + Yassine Fall · 2025-06-09');
  });
});
