/**
 * Questions of visits to a country (ask/answer-question.ts, index/meeting-index.ts): a visit is where it was to,
 * is said as a visit, and is no one met. Articles written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { questionAnswer, useBriefings } from '../helpers.js';

const ARTICLES: Record<string, string> = {
  'ankara-talks.txt': [
    '---\ntitle: Turkish and Iraqi ministers meet in Ankara\ndate: 2026-10-15\n---',
    'Turkish Foreign Minister Hakan Fidan held talks with Iraqi Foreign Minister Fuad Hussein in Ankara on ' +
      'Wednesday on water sharing and the Development Road.',
    'President Recep Tayyip Erdoğan is expected to pay a visit to Iraq next year, Fidan told reporters.',
    'Erdoğan will also meet Greek Prime Minister Kyriakos Mitsotakis, though no date has been set.',
  ].join('\n\n'),
  'moscow-visit.txt': [
    '---\ntitle: Iraqi minister in Moscow\ndate: 2026-04-09\n---',
    'Russian Foreign Minister Sergei Lavrov held talks with Iraqi Foreign Minister Fuad Hussein in Moscow on ' +
      'Tuesday. The Russian minister last visited Iraq in February 2023.',
  ].join('\n\n'),
};

const briefings = useBriefings(ARTICLES);

describe('a visit planned', () => {
  it('answers a yes or no of the country as a visit, without meetings placed nowhere', () => {
    const a = questionAnswer('will erdogan visit iraq?', briefings.ctx);
    expect(a.text).toBe('Planned, not confirmed: Recep Tayyip Erdoğan is to visit Iraq in 2027 (planned).');
  });

  it('is said as a visit among the meetings of the one visiting', () => {
    const a = questionAnswer('when is erdogan going to iraq?', briefings.ctx);
    expect(a.text).toBe(
      "Planned, not confirmed: Recep Tayyip Erdoğan's meetings in the briefings: a visit to Iraq in 2027 (planned).",
    );
  });

  it('is said as visited, not met, when asked of a plan there is none of', () => {
    const a = questionAnswer('is lavrov going to iraq?', briefings.ctx);
    expect(a.text).toContain('Sergei Lavrov visited Iraq in February 2023');
    expect(a.text).not.toContain('met a visit');
  });

  it('is no one met', () => {
    const a = questionAnswer('who is erdogan going to meet?', briefings.ctx);
    expect(a.text).not.toContain('Iraq');
    expect(a.text).toContain('Kyriakos Mitsotakis');
  });
});
