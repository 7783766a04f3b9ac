/**
 * A visit told by the arrival: "arrived in Islamabad on Sunday for a three-day official visit" is a visit to the
 * country of the city arrived in. Briefings written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, rowsOf } from './unseen-helpers.js';

describe('an arrival for a visit', () => {
  it('is a visit to the country arrived in, made or ahead', () => {
    const made = meetingsOf('Foreign Minister Wang Yi arrived in Islamabad on Sunday for a three-day official visit.');
    expect(rowsOf(made, true)).toEqual(['Pakistan + Wang Yi · 2025-03-02 · Islamabad']);
    expect(made[0]?.status).toBe('held');
    const ahead = meetingsOf(
      'Foreign Minister Wang Yi will land in Islamabad on Sunday for a three-day working visit.',
    );
    expect(ahead.map((m) => m.status)).toEqual(['planned']);
  });

  it('is no visit when the arrival is for no visit', () => {
    expect(meetingsOf('Foreign Minister Wang Yi arrived in Islamabad on Sunday for a regional conference.')).toEqual(
      [],
    );
  });
});
