import { describe, expect, it } from 'vitest';
import { buildReport, formatReport, pct, peopleFigures, reportJson } from '../../eval/report.js';
import { scoreMeetings } from '../../eval/score.js';
import { expected, predicted } from './helpers.js';

function sampleReport() {
  const score = scoreMeetings(
    [
      expected('bishkek', ['Sadyr Japarov', 'Hakan Fidan'], { date: '2024-04-16', location: 'Bishkek' }),
      expected('bishkek', ['Akylbek Japarov', 'Hakan Fidan'], { date: '2024-04-16', location: 'Bishkek' }),
    ],
    [
      predicted('bishkek.txt', ['Sadyr Japarov', 'Fidan'], {
        date: { year: 2024, month: 4, day: 17 },
        location: 'Bishkek',
      }),
      predicted('bishkek.txt', ['Fidan', 'Jeenbek Kulubaev'], { location: 'Bishkek' }),
    ],
  );
  const people = peopleFigures([
    {
      key: 'p1',
      name: 'Sadyr Japarov',
      spellings: ['Sadyr Japarov', 'Sadyr Zhaparov', 'Japarov'],
      country: 'KGZ',
      offices: [{ title: 'President', country: 'KGZ', from: '2024-04-17', to: '2024-04-17' }],
    },
    { key: 'p2', name: 'Hakan Fidan', spellings: ['Hakan Fidan'], offices: [{ title: 'Foreign Minister' }] },
  ]);
  const corpus = { name: 'fixtures', dir: 'tests/fixtures/meetings', articles: 1, warnings: [], score, people };
  return buildReport([corpus], {
    articles: 1,
    runs: 10,
    ms: 20,
    articlesPerSecond: 500,
  });
}

describe('formatReport', () => {
  it('prints totals, the missed meeting with its nearest prediction, the spurious one and the wrong date', () => {
    const text = formatReport(sampleReport());
    expect(text).toMatch(/overall\s+1\s+2\s+2\s+1\s+50\.0%\s+50\.0%\s+50\.0%\s+0\.0%/);
    expect(text).toContain('Missed: expected meetings not found (1)');
    expect(text).toContain(': Akylbek Japarov + Hakan Fidan · 2024-04-16 · Bishkek · held talks');
    expect(text).toContain('(lacks Akylbek Japarov)');
    expect(text).toContain('Spurious: predicted meetings not expected (1)');
    expect(text).toContain('Fidan + Jeenbek Kulubaev');
    expect(text).toContain('date 2024-04-17 ≠ expected 2024-04-16');
    expect(text).toContain('Speed: 500 articles/s');
  });

  it('prints the people registry: people, those written several ways, offices and those with dates', () => {
    expect(formatReport(sampleReport())).toMatch(/\nfixtures\s+2\s+1\s+2\s+1\n/);
  });

  it('shows at most `limit` items of a list and says how many more there are', () => {
    expect(formatReport(sampleReport(), { limit: 0 })).toContain('… and 1 more');
  });
});

describe('reportJson', () => {
  it('is one JSON-serialisable object with the overall metrics and every problem', () => {
    const json = JSON.parse(JSON.stringify(reportJson(sampleReport()))) as Record<string, unknown>;
    expect(json).toMatchObject({
      overall: { metrics: { precision: 0.5, recall: 0.5 } },
      speed: { articlesPerSecond: 500 },
    });
    expect(json.missed).toHaveLength(1);
    expect(json.spurious).toHaveLength(1);
    expect(json.mismatched).toHaveLength(1);
  });
});

describe('pct', () => {
  it('prints a share with one decimal and a dash for nothing measured', () => {
    expect(pct(0.5)).toBe('50.0%');
    expect(pct(null)).toBe('—');
  });
});
