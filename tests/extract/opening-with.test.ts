/**
 * A sentence that opens with the one met ("After talks with A, B said …", "With A, B reviewed …"), talks told by the
 * one who had them ("said his talks with A"), and offices of two portfolios ("Minister of Energy and Mines").
 * Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { pairs } from './unseen-helpers.js';

const ARRIVAL = 'Hungarian Foreign Minister Péter Szijjártó arrived in Algiers on Thursday for a one-day visit.';

describe('a sentence opening with the one met', () => {
  it('"After talks with A, B said …": B met A', () => {
    const text = `${ARRIVAL} After talks with Algerian Foreign Minister Ahmed Attaf, Szijjártó said gas deliveries would grow.`;
    expect(pairs(text)).toEqual(['Ahmed Attaf + Péter Szijjártó']);
  });

  it('"With A, B reviewed …": B met A', () => {
    const text =
      'Tunisian Foreign Minister Mohamed Ali Nafti held several meetings in Istanbul on Saturday. With Senegalese ' +
      'Foreign Minister Yassine Fall, Nafti reviewed cooperation in vocational training.';
    expect(pairs(text)).toEqual(['Mohamed Ali Nafti + Yassine Fall']);
  });

  it('"In his meeting with A, the two sides discussed …": the one the briefing is about met A', () => {
    const text =
      'Tunisian Foreign Minister Mohamed Ali Nafti held several meetings in Istanbul on Saturday. In his meeting ' +
      'with Iraqi Foreign Minister Fuad Hussein, the two sides discussed the security of the region.';
    expect(pairs(text)).toEqual(['Fuad Hussein + Mohamed Ali Nafti']);
  });

  it('not "With the Brazilian envoy, the President discussed …", told otherwise', () => {
    const text =
      'President John Mahama received the credentials of the ambassadors of Brazil and Canada on Wednesday. With ' +
      'the Brazilian envoy, the President discussed cocoa research.';
    expect(pairs(text).filter((p) => p.includes('Envoy'))).toEqual([]);
  });
});

describe('talks told by the one who had them', () => {
  it('"the Minister said his talks on Monday with A focused on …": the Minister met A', () => {
    const text =
      'Mr Samuel Ablakwa, the Minister for Foreign Affairs, briefed journalists in Accra on Wednesday. The Minister ' +
      'said his talks on Monday with his Ivorian counterpart, Mr Leon Adom, focused on cocoa pricing.';
    expect(pairs(text)).toEqual(['Leon Adom + Samuel Ablakwa']);
  });
});

describe('an office of two portfolios', () => {
  it('"Minister of Energy and Mines A" is A, not "Mines A"', () => {
    const text = `${ARRIVAL} The minister then sat down with Minister of Energy and Mines Mohamed Arkab to discuss gas.`;
    expect(pairs(text)).toEqual(['Mohamed Arkab + Péter Szijjártó']);
  });
});
