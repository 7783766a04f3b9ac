import { describe, expect, it } from 'vitest';
import {
  affiliationOk,
  defaultCountryResolver,
  ExpectedFileError,
  fileStem,
  fold,
  formatDate,
  matchMeetings,
  matchParticipants,
  mergeExpected,
  namesMatch,
  parseExpectedFile,
  parseSide,
  sameLocation,
  scoreMeetings,
  sideMatches,
  titleMatches,
  topicsFound,
  type ExpectedMeetingSpec,
} from '../../eval/score.js';
import { expected, predicted } from './helpers.js';

const spec = (over: Partial<ExpectedMeetingSpec> = {}): ExpectedMeetingSpec => ({
  participants: ['Ana Costa', 'Foreign Minister of Kenya'],
  date: '2024-03-04',
  location: 'Nairobi',
  status: 'held',
  kind: 'talks',
  event: null,
  topics: ['trade'],
  ...over,
});

describe('fold', () => {
  it('lower-cases, folds diacritics and drops apostrophes', () => {
    expect(fold("António Guterres, Ma'ruf el-Sisi")).toBe('antonio guterres maruf el sisi');
    expect(fold('Radosław Sikorski, Lars Løkke, Þorgerður')).toBe('radoslaw sikorski lars lokke thorgerdur');
  });
});

describe('namesMatch', () => {
  it('matches a surname alone with the full name', () => {
    expect(namesMatch('Zhaparov', 'Sadyr Zhaparov')).toBe(true);
    expect(namesMatch('Sadyr Zhaparov', 'Zhaparov')).toBe(true);
  });

  it('matches transliteration variants by sound', () => {
    expect(namesMatch('Sergei Lavrov', 'Sergey Lavrov')).toBe(true);
    expect(namesMatch('Kassym-Jomart Tokaev', 'Kassym-Jomart Tokayev')).toBe(true);
    expect(namesMatch('Sadyr Japarov', 'Sadyr Zhaparov')).toBe(true);
    expect(namesMatch('Japarov', 'Sadyr Zhaparov')).toBe(true);
    // One name as two alphabets write it, and with the article run into it.
    expect(namesMatch('Sirodjiddin Mukhriddin', 'Sirojiddin Muhriddin')).toBe(true);
    expect(namesMatch('Mohamed Ali Nafti', 'Mohamed Ali Ennafti')).toBe(true);
    // One first name and one father's name, each ended its own way.
    expect(namesMatch('Prince Mohammad bin Salman', 'Mohammed bin Salman bin Abdulaziz Al Saud')).toBe(true);
    expect(namesMatch('Mohammed bin Abdullah Al Thani', 'Mohammed bin Abdullah Al Jadaan')).toBe(false);
  });

  it('does not match two people who share a surname', () => {
    expect(namesMatch('Sadyr Japarov', 'Akylbek Japarov')).toBe(false);
    expect(namesMatch('Hamad bin Isa Al Khalifa', 'Salman bin Hamad Al Khalifa')).toBe(false);
  });

  it('matches a name written surname first, an initial, an honorific and folded diacritics', () => {
    expect(namesMatch('Besalov Adil', 'Adil Besalov')).toBe(true);
    expect(namesMatch('S. Jaishankar', 'Subrahmanyam Jaishankar')).toBe(true);
    expect(namesMatch('Faisal bin Farhan', 'Prince Faisal')).toBe(true);
    expect(namesMatch('António Guterres', 'Antonio Guterres')).toBe(true);
    expect(namesMatch('Luiz Inacio Lula da Silva', 'Lula')).toBe(true);
    expect(namesMatch('Seyed Abbas Araqchi', 'Abbas Araghchi')).toBe(true);
  });

  it('does not match different people', () => {
    expect(namesMatch('Ana Costa', 'Mauro Vieira')).toBe(false);
    expect(namesMatch('Mohammed bin Salman', 'Faisal bin Farhan')).toBe(false);
    expect(namesMatch('Wang Yi', 'Xi Jinping')).toBe(false);
    expect(namesMatch('', 'Xi Jinping')).toBe(false);
  });
});

describe('titleMatches', () => {
  it('finds the expected title inside a longer one and spells out FM and PM', () => {
    expect(titleMatches('Foreign Minister', 'Deputy Prime Minister and Foreign Minister')).toBe(true);
    expect(titleMatches('Foreign Minister', 'Caretaker FM')).toBe(true);
    expect(titleMatches('Foreign Minister', 'Minister of Foreign Affairs')).toBe(true);
    expect(titleMatches('Prime Minister', 'PM')).toBe(true);
  });

  it('rejects another title', () => {
    expect(titleMatches('Foreign Minister', 'President')).toBe(false);
    expect(titleMatches('Foreign Minister', 'Foreign Ministry spokesperson')).toBe(false);
  });
});

describe('parseSide', () => {
  it('reads a role of an unnamed person, a country-level side and a name', () => {
    expect(parseSide('Foreign Minister of Kyrgyzstan')).toMatchObject({
      kind: 'role',
      title: 'Foreign Minister',
      code: 'KGZ',
    });
    expect(parseSide('Deputy Chairman of the Cabinet of Ministers of Kyrgyzstan')).toMatchObject({
      kind: 'role',
      title: 'Deputy Chairman of the Cabinet of Ministers',
      code: 'KGZ',
    });
    expect(parseSide('Pakistan')).toMatchObject({ kind: 'country', code: 'PAK' });
    expect(parseSide('Luiz Inacio Lula da Silva')).toMatchObject({ kind: 'name' });
    expect(parseSide('Kao Kim Hourn')).toMatchObject({ kind: 'name' });
  });
});

describe('sideMatches', () => {
  const role = parseSide('Foreign Minister of Kyrgyzstan');

  it('matches a role with a participant of that country and title, unnamed or named from the corpus', () => {
    expect(sideMatches(role, { title: 'Foreign Minister', country: 'Kyrgyzstan' })).toBe(true);
    expect(sideMatches(role, { title: 'FM', country: 'Kyrgyz Republic' })).toBe(true);
    // The issue asks for the holder of the office by name when the corpus names them; the briefing may not.
    expect(sideMatches(role, { name: 'Jeenbek Kulubaev', title: 'Foreign Minister', country: 'Kyrgyzstan' })).toBe(
      true,
    );
  });

  it('does not match a role with another country, another title or no title', () => {
    expect(sideMatches(role, { name: 'Jeenbek Kulubaev', country: 'Kyrgyzstan' })).toBe(false);
    expect(sideMatches(role, { title: 'Foreign Minister', country: 'Kazakhstan' })).toBe(false);
    expect(sideMatches(role, { title: 'President', country: 'Kyrgyzstan' })).toBe(false);
  });

  it('matches a country-level side with any participant of that country', () => {
    const side = parseSide('Pakistan');
    expect(sideMatches(side, { name: 'Imran Khan', country: 'Pakistan' })).toBe(true);
    expect(sideMatches(side, { name: 'Pakistan' })).toBe(true);
    expect(sideMatches(side, { name: 'Wang Yi', country: 'China' })).toBe(false);
  });
});

describe('matchParticipants', () => {
  it('assigns each expected participant a different predicted one', () => {
    const sides = ['Sadyr Japarov', 'Akylbek Japarov'].map((t) => parseSide(t));
    const both = matchParticipants(sides, [{ name: 'Japarov' }, { name: 'Akylbek Japarov' }]);
    expect(both.matched).toBe(2);
    expect(both.assignment).toEqual([0, 1]);
    expect(matchParticipants(sides, [{ name: 'Japarov' }]).matched).toBe(1);
  });
});

describe('formatDate, sameLocation, topicsFound', () => {
  it('formats a date at its own precision', () => {
    expect(formatDate({ year: 2024, month: 3, day: 4 })).toBe('2024-03-04');
    expect(formatDate({ year: 2019, month: 6 })).toBe('2019-06');
    expect(formatDate({ year: 2019 })).toBe('2019');
    expect(formatDate(undefined)).toBeNull();
  });

  it('compares places folded, with every telephone form equal, and null with undefined', () => {
    expect(sameLocation('Brasília', 'brasilia')).toBe(true);
    expect(sameLocation('by telephone', 'By phone')).toBe(true);
    expect(sameLocation(null, undefined)).toBe(true);
    expect(sameLocation('Astana', 'Almaty')).toBe(false);
    expect(sameLocation('Washington DC', 'Washington')).toBe(true);
    expect(sameLocation('Washington, D.C.', 'Washington')).toBe(true);
    expect(sameLocation('Addis-Ababa', 'Addis Ababa')).toBe(true);
    expect(sameLocation('Washington', 'Wellington')).toBe(false);
    expect(sameLocation(null, 'Astana')).toBe(false);
  });

  it('counts expected topic words found among predicted topics', () => {
    expect(topicsFound(['trade', 'direct flights', 'BRICS'], ['bilateral trade', 'flights', 'energy'])).toBe(2);
    expect(topicsFound([], ['trade'])).toBe(0);
  });
});

describe('matchMeetings', () => {
  it('needs every expected participant and a shared file', () => {
    const e = expected('a', ['Jalil Abbas Jilani', 'Sadyr Zhaparov']);
    expect(matchMeetings([e], [predicted('a.txt', ['Jilani'])]).pairs).toHaveLength(0);
    expect(matchMeetings([e], [predicted('b.txt', ['Jilani', 'Zhaparov'])]).pairs).toHaveLength(0);
    expect(matchMeetings([e], [predicted('a.txt', ['Jilani', 'Zhaparov'])]).pairs).toHaveLength(1);
  });

  it('pairs one-to-one, the best overlap first', () => {
    const e = expected('a', ['Jalil Abbas Jilani', 'Sadyr Zhaparov']);
    const wide = predicted('a.txt', ['Jilani', 'Zhaparov', 'Zhang Ming']);
    const exact = predicted('a.txt', ['Jalil Abbas Jilani', 'Sadyr Zhaparov']);
    const result = matchMeetings([e], [wide, exact]);
    expect(result.pairs.map((p) => p.predicted)).toEqual([exact]);
    expect(result.spurious).toEqual([wide]);
  });

  it('breaks an overlap tie by the agreeing date', () => {
    const early = expected('q', ['Qureshi', 'Lavrov'], { id: 'june', date: '2019-06' });
    const late = expected('q', ['Qureshi', 'Lavrov'], { id: 'sept', date: '2020-09' });
    const p2020 = predicted('q.txt', ['Qureshi', 'Lavrov'], { date: { year: 2020, month: 9 } });
    const p2019 = predicted('q.txt', ['Qureshi', 'Lavrov'], { date: { year: 2019, month: 6 } });
    const result = matchMeetings([early, late], [p2020, p2019]);
    expect(result.pairs.map((p) => [p.expected.id, p.predicted])).toEqual([
      ['june', p2019],
      ['sept', p2020],
    ]);
    expect(result.pairs.every((p) => p.dateOk)).toBe(true);
  });

  it('prefers the expected meeting whose status agrees over one whose place agrees', () => {
    const held = expected('d', ['Emomali Rahmon', 'Shavkat Mirziyoev'], { id: 'held', location: 'Dushanbe' });
    const planned = expected('d', ['Emomali Rahmon', 'Shavkat Mirziyoev'], {
      id: 'planned',
      status: 'planned',
      kind: 'visit',
    });
    const result = matchMeetings([planned, held], [predicted('d.txt', ['Rahmon', 'Mirziyoev'])]);
    expect(result.pairs.map((p) => p.expected.id)).toEqual(['held']);
  });

  it('leaves out predictions from files without expectations', () => {
    const e = expected('a', ['Wang Yi', 'Imran Khan']);
    const result = matchMeetings([e], [predicted('other.txt', ['Xi Jinping', 'Tokayev'])], { scoredFiles: ['a'] });
    expect(result.unscored).toHaveLength(1);
    expect(result.spurious).toHaveLength(0);
  });
});

describe('scoreMeetings', () => {
  const costa = expected('nairobi', ['Ana Costa', 'Foreign Minister of Kenya'], {
    date: '2024-03-04',
    location: 'Nairobi',
    topics: ['trade', 'visa'],
  });
  const ruto = expected('nairobi', ['Ana Costa', 'William Ruto'], {
    date: '2024-03-05',
    location: 'Nairobi',
    kind: 'call-on',
  });
  const call = expected('riyadh', ['Faisal bin Farhan', 'Ali Bagheri Kani'], {
    date: '2024-06-02',
    location: 'by telephone',
    kind: 'telephone',
  });

  it('computes precision, recall and the accuracy of date, place, status and kind over matched pairs', () => {
    const score = scoreMeetings(
      [costa, ruto, call],
      [
        predicted('nairobi.txt', ['Costa', { title: 'Foreign Minister', country: 'Kenya' }], {
          date: { year: 2024, month: 3, day: 4 },
          location: 'Nairobi',
          topics: ['trade'],
        }),
        predicted('nairobi.txt', ['Ana Costa', 'Ruto'], {
          date: { year: 2024, month: 3, day: 6 },
          location: 'Nairobi',
          kind: 'call-on',
          status: 'planned',
        }),
        predicted('nairobi.txt', ['Ruto', 'João Lourenço'], { location: 'Luanda' }),
        predicted('riyadh.md', ['Lavrov', 'Faisal bin Farhan']),
      ],
    );
    expect(score.tally).toMatchObject({
      expected: 3,
      predicted: 4,
      matched: 2,
      dateOk: 1,
      locationOk: 2,
      statusOk: 1,
      kindOk: 2,
    });
    expect(score.metrics.precision).toBe(0.5);
    expect(score.metrics.recall).toBeCloseTo(2 / 3);
    expect(score.metrics.dateAccuracy).toBe(0.5);
    expect(score.metrics.locationAccuracy).toBe(1);
    expect(score.metrics.statusAccuracy).toBe(0.5);
    expect(score.metrics.topicRecall).toBe(0.5);
    expect(score.spurious.map((m) => m.participants[1]?.name)).toEqual(['João Lourenço', 'Faisal bin Farhan']);
  });

  it('scores each file and names what a missed meeting lacked', () => {
    const score = scoreMeetings([costa, call], [predicted('riyadh.md', ['Faisal bin Farhan', 'Lavrov'])]);
    const riyadh = score.files.find((f) => f.file === 'riyadh');
    expect(riyadh?.tally).toMatchObject({ expected: 1, predicted: 1, matched: 0 });
    expect(score.files.find((f) => f.file === 'nairobi')?.metrics.recall).toBe(0);
    const miss = score.missed.find((m) => m.expected === call);
    expect(miss?.nearest?.missing).toEqual(['Ali Bagheri Kani']);
    expect(score.missed.find((m) => m.expected === costa)?.nearest).toBeUndefined();
  });

  it('says when a missed meeting lost its prediction to another expected meeting', () => {
    const a = expected('q', ['Qureshi', 'Lavrov'], { id: 'first' });
    const b = expected('q', ['Qureshi', 'Lavrov'], { id: 'second' });
    const score = scoreMeetings([a, b], [predicted('q.txt', ['Qureshi', 'Lavrov'])]);
    expect(score.missed[0]?.nearest?.takenBy).toBe('first');
  });

  it('gives null ratios when there is nothing to count', () => {
    const score = scoreMeetings([], []);
    expect(score.metrics.precision).toBeNull();
    expect(score.metrics.recall).toBeNull();
    expect(score.metrics.dateAccuracy).toBeNull();
  });

  it('credits one meeting reported by two files when the prediction cites both', () => {
    const [shared] = mergeExpected([
      ['xinhua', [spec({ key: 'k', participants: ['Kassym-Jomart Tokaev', 'Wang Yi'], topics: ['Belt and Road'] })]],
      ['astana-times', [spec({ key: 'k', participants: ['Kassym-Jomart Tokayev', 'Wang Yi'], topics: ['trade'] })]],
    ]);
    if (!shared) throw new Error('no merged meeting');
    expect(shared.files).toEqual(['xinhua', 'astana-times']);
    expect(shared.topics).toEqual(['Belt and Road', 'trade']);

    const merged = scoreMeetings([shared], [predicted(['xinhua.txt', 'astana-times.md'], ['Tokayev', 'Wang Yi'])]);
    expect(merged.tally).toMatchObject({ matched: 1, predicted: 1, multiSource: 1, multiSourceComplete: 1 });

    const split = scoreMeetings(
      [shared],
      [predicted('xinhua.txt', ['Tokaev', 'Wang Yi']), predicted('astana-times.md', ['Tokayev', 'Wang Yi'])],
    );
    expect(split.tally).toMatchObject({ matched: 1, predicted: 2, multiSource: 1, multiSourceComplete: 0 });
    expect(split.metrics.precision).toBe(0.5);
  });
});

describe('parseExpectedFile and mergeExpected', () => {
  it('reads a valid file and numbers its meetings by file', () => {
    const specs = parseExpectedFile({ meetings: [spec(), spec({ date: null })] }, 'nairobi.expected.json');
    const merged = mergeExpected([[fileStem('nairobi.expected.json'), specs]]);
    expect(merged.map((m) => m.id)).toEqual(['nairobi#1', 'nairobi#2']);
    expect(merged[0]?.files).toEqual(['nairobi']);
  });

  it('rejects a bad date or kind, naming the file', () => {
    expect(() => parseExpectedFile({ meetings: [spec({ date: '4 March 2024' })] }, 'x.expected.json')).toThrow(
      /x\.expected\.json.*date/,
    );
    expect(() => parseExpectedFile({ meetings: [{ ...spec(), kind: 'lunch' }] }, 'y.expected.json')).toThrow(
      ExpectedFileError,
    );
    expect(() => parseExpectedFile([], 'z.expected.json')).toThrow(/z\.expected\.json/);
  });

  it('rejects two entries of one key that disagree on the date', () => {
    expect(() =>
      mergeExpected([
        ['a', [spec({ key: 'k' })]],
        ['b', [spec({ key: 'k', date: '2024-03-05' })]],
      ]),
    ).toThrow(/key "k" has date/);
  });

  it('takes the stem of expectation and corpus file names', () => {
    expect(fileStem('tests/fixtures/meetings/seeds/000_0d5f.expected.json')).toBe('000_0d5f');
    expect(fileStem('astana-times.md')).toBe('astana-times');
  });
});

describe('affiliations', () => {
  const resolve = defaultCountryResolver();

  it('checks a country by its code and an organisation by its name or initials; unknown is not wrong', () => {
    expect(affiliationOk('PAK', { name: 'Ishaq Dar', country: 'Pakistan' }, resolve)).toBe(true);
    expect(affiliationOk('PAK', { name: 'Ishaq Dar', country: 'KGZ' }, resolve)).toBe(false);
    expect(affiliationOk('PAK', { name: 'Ishaq Dar' }, resolve)).toBeUndefined();
    expect(affiliationOk('European Union', { name: 'Kaja Kallas', organization: 'EU' }, resolve)).toBe(true);
    expect(affiliationOk('European Union', { name: 'Kaja Kallas', country: 'IND' }, resolve)).toBe(false);
    const sco = { name: 'Zhang Ming', organization: 'SCO' };
    expect(affiliationOk('Shanghai Cooperation Organisation', sco, resolve)).toBe(true);
    const vonDerLeyen = { name: 'Ursula von der Leyen', organization: 'EC' };
    expect(affiliationOk('European Union', vonDerLeyen, resolve)).toBe(true);
    expect(affiliationOk('NATO', vonDerLeyen, resolve)).toBe(false);
  });

  it('reads a territory written by name as its code, and Kosovo under either code it is given', () => {
    expect(affiliationOk('New Caledonia', { name: 'Alcide Ponga', country: 'New Caledonia' }, resolve)).toBe(true);
    expect(affiliationOk('New Caledonia', { name: 'Alcide Ponga', country: 'FRA' }, resolve)).toBe(false);
    expect(affiliationOk('XKX', { name: 'Albin Kurti', country: 'Kosovo' }, resolve)).toBe(true);
  });

  it('counts the participants of matched meetings given another country than expected', () => {
    const countries = { 'Kaja Kallas': 'European Union', 'Subrahmanyam Jaishankar': 'IND' };
    const e = expected('a', ['Kaja Kallas', 'Subrahmanyam Jaishankar'], { countries });
    const wrong = predicted('a.txt', [
      { name: 'Kaja Kallas', country: 'IND' },
      { name: 'Subrahmanyam Jaishankar', country: 'IND' },
    ]);
    const { tally } = scoreMeetings([e], [wrong]);
    expect(tally).toMatchObject({ matched: 1, countriesChecked: 2, countriesWrong: 1 });
  });

  it('merges the countries of one meeting written in two files', () => {
    const a = spec({
      key: 'k',
      participants: ['Ana Costa', 'Foreign Minister of Kenya'],
      countries: { 'Ana Costa': 'BRA' },
    });
    const b = spec({ key: 'k', countries: { 'Foreign Minister of Kenya': 'KEN' } });
    const [merged] = mergeExpected([
      ['a', [a]],
      ['b', [b]],
    ]);
    expect(merged?.countries).toEqual({ 'Ana Costa': 'BRA', 'Foreign Minister of Kenya': 'KEN' });
  });
});
