import { describe, expect, it } from 'vitest';
import type { Meeting, MeetingSource } from '../../src/extract/types.js';
import {
  buildMeetingIndex,
  byMeetingDateAsc,
  byMeetingDateDesc,
  type MeetingFilter,
} from '../../src/index/meeting-index.js';
import { buildLexicon } from '../../src/reference/lexicon.js';
import { buildPlaces } from '../../src/reference/places.js';

const lexicon = buildLexicon();
const places = buildPlaces(lexicon.countries);

const source = (articleId: string, paragraph = 1): MeetingSource => ({
  articleId,
  file: `${articleId}.txt`,
  paragraph,
  sentence: `Sentence of ${articleId} ¶${paragraph}.`,
});

/** Hand-built meetings, one per kind of lookup. */
const MEETINGS: Meeting[] = [
  {
    id: 'moscow',
    status: 'held',
    kind: 'talks',
    date: { year: 2020, month: 9 },
    location: 'Moscow',
    event: 'SCO Council of Foreign Ministers meeting',
    participants: [
      { name: 'Shah Mahmood Qureshi', title: 'Foreign Minister', country: 'Pakistan' },
      { name: 'Sergey Lavrov', title: 'Foreign Minister', country: 'Russia' },
    ],
    topics: ['Afghanistan'],
    sources: [source('a1'), source('a1', 2)],
  },
  {
    id: 'bishkek',
    status: 'held',
    kind: 'call-on',
    date: { year: 2023, month: 10, day: 25 },
    location: 'Bishkek',
    event: 'Shanghai Cooperation Organization summit',
    participants: [
      { name: 'Jalil Abbas Jilani', title: 'Caretaker Foreign Minister', country: 'Pakistan' },
      { title: 'Foreign Minister', country: 'Kyrgyzstan' },
    ],
    topics: [],
    sources: [source('a1', 5), source('a2')],
  },
  {
    id: 'akorda',
    status: 'held',
    kind: 'visit',
    location: 'Astana',
    venue: 'presidential palace Akorda',
    participants: [
      { name: 'Ishaq Dar', country: 'Pakistan' },
      { name: 'Kassym-Jomart Tokayev', title: 'President', country: 'Kazakhstan' },
    ],
    topics: [],
    sources: [source('a3')],
  },
  {
    id: 'jetc',
    status: 'planned',
    kind: 'talks',
    date: { year: 2021, month: 10 },
    event: 'Joint Economic and Trade Commission',
    participants: [{ country: 'Pakistan' }, { country: 'China' }],
    topics: [],
    sources: [source('a4')],
  },
  {
    id: 'new-york',
    status: 'held',
    kind: 'talks',
    date: { year: 2024 },
    location: 'New York',
    participants: [
      { name: 'Zhang Ming', title: 'Secretary-General', organization: 'SCO' },
      { name: 'Antonio Guterres', title: 'Secretary-General', organization: 'United Nations' },
    ],
    topics: [],
    sources: [source('a5')],
  },
];

const index = buildMeetingIndex(MEETINGS, lexicon, places);
const ids = (filter: MeetingFilter): string[] =>
  index
    .find(filter)
    .map((m) => m.id)
    .sort();

describe('buildMeetingIndex: a limit', () => {
  it('stops at the number of meetings asked for', () => {
    const all = index.find({});
    expect(all.length).toBeGreaterThan(1);
    expect(index.find({}, 2)).toEqual(all.slice(0, 2));
  });
});

describe('buildMeetingIndex: with whom', () => {
  it.each<[string, string[]]>([
    ['Lavrov', ['moscow']],
    ['lavrov', ['moscow']],
    ['Sergey Lavrov', ['moscow']],
    ['Sergei Lavrov', ['moscow']],
    ['Sergei', ['moscow']],
    ['Lavarov', ['moscow']],
    ['Tokayev', ['akorda']],
    ['Tokaev', ['akorda']],
    ['Jilani', ['bishkek']],
    ['Zhang Ming', ['new-york']],
  ])('finds a person by name, surname or transliteration: %j → %j', (who, expected) => {
    expect(ids({ with: [who] })).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['Russia', ['moscow']],
    ['Russian', ['moscow']],
    ['Kyrgyzstan', ['bishkek']],
    ['Kyrgyz', ['bishkek']],
    ['Chinese', ['jetc']],
    ['China', ['jetc']],
    ['Pakistan', ['akorda', 'bishkek', 'jetc', 'moscow']],
    ['Pakistani', ['akorda', 'bishkek', 'jetc', 'moscow']],
  ])('finds a country by name or demonym among the participants: %j → %j', (who, expected) => {
    expect(ids({ with: [who] })).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['SCO', ['new-york']],
    ['Shanghai Cooperation Organization', ['new-york']],
    ['UN', ['new-york']],
    ['United Nations', ['new-york']],
  ])('finds an organisation by abbreviation or full name: %j → %j', (who, expected) => {
    expect(ids({ with: [who] })).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['foreign minister', ['bishkek', 'moscow']],
    ['Kazakh president', ['akorda']],
    ['Russian foreign minister', ['moscow']],
  ])('finds a participant by title, with or without a country: %j → %j', (who, expected) => {
    expect(ids({ with: [who] })).toEqual(expected);
  });

  it('wants every one of several participants', () => {
    expect(ids({ with: ['Russia', 'Pakistan'] })).toEqual(['moscow']);
    expect(ids({ with: ['Qureshi', 'Lavrov'] })).toEqual(['moscow']);
    expect(ids({ with: ['Russia', 'China'] })).toEqual([]);
  });

  it('does not take a person for someone else', () => {
    expect(ids({ with: ['Erdogan'] })).toEqual([]);
    expect(ids({ with: ['Germany'] })).toEqual([]);
  });
});

describe('buildMeetingIndex: where', () => {
  it.each<[string, string[]]>([
    ['Bishkek', ['bishkek']],
    ['bishkek', ['bishkek']],
    ['Moscow', ['moscow']],
    ['Astana', ['akorda']],
    ['New York', ['new-york']],
  ])('finds a meeting by its city: %j → %j', (where, expected) => {
    expect(ids({ in: where })).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['Kyrgyzstan', ['bishkek']],
    ['Russia', ['moscow']],
    ['Kazakhstan', ['akorda']],
    ['United States', ['new-york']],
    ['USA', ['new-york']],
  ])('finds a meeting in a country by its city’s country: %j → %j', (where, expected) => {
    expect(ids({ in: where })).toEqual(expected);
  });

  it('finds a meeting by its venue', () => {
    expect(ids({ in: 'Akorda' })).toEqual(['akorda']);
  });

  it('finds a meeting placed only by a venue of one city in that city', () => {
    const { location: _astana, ...akorda } = MEETINGS.find((m) => m.id === 'akorda')!;
    const venueOnly = buildMeetingIndex([{ ...akorda, id: 'venue-only' }], lexicon, places);
    expect(venueOnly.find({ in: 'Astana' }).map((m) => m.id)).toEqual(['venue-only']);
  });

  it('does not place a meeting in the country of a participant', () => {
    expect(ids({ in: 'Pakistan' })).toEqual([]);
    expect(ids({ in: 'China' })).toEqual([]);
  });
});

describe('buildMeetingIndex: at which event', () => {
  it.each<[string, string[]]>([
    ['SCO', ['bishkek', 'moscow']],
    ['sco', ['bishkek', 'moscow']],
    ['Shanghai Cooperation Organization', ['bishkek', 'moscow']],
    ['SCO summit', ['bishkek']],
    ['summit', ['bishkek']],
    ['Council of Foreign Ministers', ['moscow']],
    ['Joint Economic Commission', ['jetc']],
    ['G20', []],
  ])('matches event words and abbreviations either way: %j → %j', (at, expected) => {
    expect(ids({ at })).toEqual(expected);
  });
});

describe('buildMeetingIndex: when and status', () => {
  it.each<[MeetingFilter['range'], string[]]>([
    [{ from: '2020-01-01' }, ['bishkek', 'jetc', 'moscow', 'new-york']],
    [{ to: '2030-12-31' }, ['bishkek', 'jetc', 'moscow', 'new-york']],
    [{ from: '2021-01-01', to: '2023-12-31' }, ['bishkek', 'jetc']],
    [{ from: '2020-09-15', to: '2020-09-15' }, ['moscow']],
    [{ from: '2024-06-01', to: '2024-06-30' }, ['new-york']],
    [{ to: '2019-12-31' }, []],
  ])('keeps meetings whose date overlaps %j, never an undated one', (range, expected) => {
    expect(ids({ range })).toEqual(expected);
  });

  it('finds planned and held meetings apart', () => {
    expect(ids({ status: 'planned' })).toEqual(['jetc']);
    expect(ids({ status: 'held' })).toEqual(['akorda', 'bishkek', 'moscow', 'new-york']);
  });

  it('finds everything with an empty filter, the undated meeting included', () => {
    expect(ids({})).toEqual(['akorda', 'bishkek', 'jetc', 'moscow', 'new-york']);
  });

  it('wants every part of a filter', () => {
    expect(
      ids({
        with: ['Pakistan'],
        in: 'Kyrgyzstan',
        range: { from: '2023-01-01', to: '2023-12-31' },
        at: 'SCO',
        status: 'held',
      }),
    ).toEqual(['bishkek']);
    expect(ids({ with: ['Pakistan'], in: 'Kyrgyzstan', status: 'planned' })).toEqual([]);
  });
});

describe('buildMeetingIndex: counts and order', () => {
  it('counts the meetings of each article, a meeting once however many of its sentences it cites', () => {
    expect(Object.fromEntries(index.countByArticle)).toEqual({ a1: 2, a2: 1, a3: 1, a4: 1, a5: 1 });
  });

  it('keeps the meetings it was given', () => {
    expect(index.meetings).toBe(MEETINGS);
  });

  it('indexes nothing when there are no meetings', () => {
    const empty = buildMeetingIndex([], lexicon, places);
    expect(empty.find({ with: ['Lavrov'] })).toEqual([]);
    expect(empty.countByArticle.size).toBe(0);
  });

  it('sorts newest first or oldest first, undated meetings last either way', () => {
    expect([...MEETINGS].sort(byMeetingDateDesc).map((m) => m.id)).toEqual([
      'new-york',
      'bishkek',
      'jetc',
      'moscow',
      'akorda',
    ]);
    expect([...MEETINGS].sort(byMeetingDateAsc).map((m) => m.id)).toEqual([
      'moscow',
      'jetc',
      'bishkek',
      'new-york',
      'akorda',
    ]);
  });

  it('breaks ties of the same date by id', () => {
    const same = (id: string): Meeting => ({ ...MEETINGS[0]!, id });
    expect([same('b'), same('a'), same('c')].sort(byMeetingDateDesc).map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect([same('b'), same('a'), same('c')].sort(byMeetingDateAsc).map((m) => m.id)).toEqual(['a', 'b', 'c']);
    const undated = (id: string): Meeting => ({ ...MEETINGS[2]!, id });
    expect([undated('z'), undated('y')].sort(byMeetingDateAsc).map((m) => m.id)).toEqual(['y', 'z']);
  });
});
