/**
 * Demonyms as newspapers write them, which the country package spells otherwise or leaves out ("Cape Verdean",
 * "Salvadorean", "Bissau-Guinean", "Equatoguinean", "Vincentian", "Antiguan", "Kosovan", "North Macedonian"): each
 * gives its minister a country, and none is taken for a person. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf } from './unseen-helpers.js';

const countries = (text: string): string[] =>
  meetingsOf(text, '2025-06-16').flatMap((m) => m.participants.map((p) => `${p.name}: ${p.country ?? '?'}`).sort());

describe('demonyms as papers write them', () => {
  it.each([
    ['Salvadorean', 'Bissau-Guinean', 'El Salvador', 'Guinea-Bissau'],
    ['Equatoguinean', 'Vincentian', 'Equatorial Guinea', 'Saint Vincent and the Grenadines'],
    ['Antiguan', 'Kosovan', 'Antigua and Barbuda', 'Kosovo'],
    ['North Macedonian', 'Cape Verdean', 'North Macedonia', 'Cape Verde'],
  ])('"%s" and "%s" are countries', (a, b, countryA, countryB) => {
    const text = `${a} Foreign Minister Ana Lopes met ${b} Foreign Minister Rui Costa in Lisbon on Monday.`;
    expect(countries(text)).toEqual([`Ana Lopes: ${countryA}`, `Rui Costa: ${countryB}`]);
  });
});
