/**
 * A meeting someone expects or hopes to hold is a plan, dated ahead of the briefing: "he expects to sit down with B
 * again in May", "she hopes to meet B in Geneva next month". Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf } from './unseen-helpers.js';

describe('a meeting expected or hoped for', () => {
  it('is planned, in the month ahead', () => {
    const texts = [
      'Czech Foreign Minister Jan Lipavský said he had accepted an invitation to Bratislava in May, when he expects ' +
        'to sit down with Slovak Foreign Minister Juraj Blanár again.',
      'Czech Foreign Minister Jan Lipavský hopes to meet Slovak Foreign Minister Juraj Blanár in Bratislava in May.',
    ];
    for (const text of texts) {
      const found = meetingsOf(`Ministers to meet\n\n${text}`, '2025-03-05');
      expect(found.map((m) => [m.status, m.date, m.location])).toEqual([
        ['planned', { year: 2025, month: 5 }, 'Bratislava'],
      ]);
    }
  });
});
