import { describe, expect, it } from 'vitest';
import {
  betterTitle,
  clusterPeople,
  coreTitle,
  isVagueTitle,
  mergePerson,
  titlesCompatible,
  type Person,
} from '../../src/extract/people.js';
import { nameCodes, namesCompatible, sameNameWord } from '../../src/text/names.js';

type Report = Omit<Person, 'key'>;

describe('sameNameWord', () => {
  it.each([
    ['sergey', 'sergei', true],
    ['zhaparov', 'japarov', true],
    ['tokayev', 'tokaev', true],
    ['mirziyoev', 'mirziyoyev', true],
    ['sirajuddin', 'sirojiddin', true],
    ['zelenskyy', 'zelensky', true],
    ['lavrov', 'lavrov', true],
    ['yi', 'yi', true],
    ['sadyr', 'akylbek', false],
    ['imran', 'iran', false],
    ['ali', 'aly', false],
    ['kao', 'kim', false],
    ['rahmon', 'rakhmon', true],
    ['muhriddin', 'muhridin', true],
    ['karimov', 'kasimov', false],
    ['hasan', 'hassan', true],
    ['mohamed', 'muhammad', true],
    ['larnaca', 'lourenco', false],
    ['ceyhun', 'jeyhun', true],
    ['cevdet', 'jevdet', true],
    ['qasimov', 'kasimov', true],
    ['karimov', 'qasimov', false],
    ['cihan', 'jihad', false],
    // Ukrainian "h" and "y" are Russian "g" and "i"; two such letters in a long word, one in a short one.
    ['sybiha', 'sibiga', true],
    ['hanna', 'ganna', true],
    ['yigit', 'ihit', false],
    ['gomes', 'homis', false],
  ])('"%s" and "%s" → %s', (a, b, same) => {
    expect(sameNameWord(a, b)).toBe(same);
    expect(sameNameWord(b, a)).toBe(same);
  });

  it('compares words shorter than four letters only by spelling', () => {
    expect(sameNameWord('yi', 'yee')).toBe(false);
    expect(sameNameWord('dar', 'dar')).toBe(true);
  });

  it('gives the same answers with a shared code cache as without one', () => {
    const codes = nameCodes();
    for (const [a, b] of [
      ['sergey', 'sergei'],
      ['sadyr', 'akylbek'],
      ['sergey', 'sergei'],
    ] as const)
      expect(sameNameWord(a, b, codes)).toBe(sameNameWord(a, b));
  });
});

describe('namesCompatible', () => {
  it.each([
    ['Sergei Lavrov', 'Lavrov', true],
    ['Sergey Lavrov', 'Sergei Lavrov', true],
    ['Jalil Abbas Jilani', 'Jilani', true],
    ['Sadyr Zhaparov', 'Sadyr Japarov', true],
    ['Kassym-Jomart Tokayev', 'Kassym-Jomart Tokaev', true],
    ['Kassym-Jomart Tokaev', 'Tokayev', true],
    ['Retno L.P. Marsudi', 'Retno Marsudi', true],
    ['Abdel Fattah el-Sisi', 'Sisi', true],
    ['Ursula von der Leyen', 'von der Leyen', true],
    ["Ma'ruf Amin", 'Maruf Amin', true],
    ['S. Jaishankar', 'Jaishankar', true],
    ['KP Sharma Oli', 'Khadga Prasad Sharma Oli', true],
    ['Þorgerður Katrín Gunnarsdóttir', 'Thorgerdur Katrin', true],
    ['K. Shanmugam', 'Kasiviswanathan Shanmugam', true],
    ['KP Sharma Oli', 'Kamal Thapa Sharma Oli', false],
    ['KP', 'Khadga Prasad', false],
    ['Sirojiddin Muhriddin', 'Sirajuddin', true],
    ['Sadyr Japarov', 'Akylbek Japarov', false],
    ['Imran Khan', 'Jam Kamal Khan', false],
    ['Nawaz Sharif', 'Shehbaz Sharif', false],
    ['Mohamad Hasan', 'Hassan Sheikh Mohamud', false],
    ['IWAYA Takeshi', 'Takeshi Iwaya', true],
    ['Giorgos Gerapetritis', 'George Gerapetritis', true],
    ['Mykola Tochytskyi', 'Nikolai Tochitsky', true],
    ['Jorge Arreaza', 'Jorge Rodríguez', false],
    ['George Weah', 'Giorgos Papandreou', false],
    ['Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani', 'Mohammed bin Abdulrahman bin Jassim', true],
    ['', '', false],
  ])('"%s" and "%s" → %s', (a, b, compatible) => {
    expect(namesCompatible(a, b)).toBe(compatible);
    expect(namesCompatible(b, a)).toBe(compatible);
  });
});

describe('coreTitle', () => {
  it.each([
    ['FM', 'foreign minister'],
    ['PM', 'prime minister'],
    ['DPM', 'deputy prime minister'],
    ['FMs', 'foreign minister'],
    ['Caretaker Foreign Minister', 'foreign minister'],
    ['acting Foreign Minister', 'foreign minister'],
    ['Former President', 'president'],
    ['State Councilor and Foreign Minister', 'foreign minister'],
    ['Federal Minister for Finance', 'minister for finance'],
    ['  Vice   President ', 'vice president'],
    ['Secretary-General', 'secretary-general'],
    ['top diplomat', 'foreign minister'],
    ['foreign policy chief', 'high representative'],
  ])('reduces "%s" to "%s"', (title, core) => {
    expect(coreTitle(title)).toBe(core);
  });

  it.each([
    ['counterpart', true],
    ['his counterpart', false],
    ['leader', true],
    ['head of state', true],
    ['head of government', true],
    ['President', false],
    ['Foreign Minister', false],
  ])('isVagueTitle("%s") → %s', (title, vague) => {
    expect(isVagueTitle(title)).toBe(vague);
  });
});

describe('titlesCompatible', () => {
  it.each([
    ['FM', 'Caretaker Foreign Minister', true],
    ['PM', 'Prime Minister', true],
    ['State Councilor and Foreign Minister', 'Foreign Minister', true],
    ['Deputy Prime Minister and Foreign Minister', 'Foreign Minister', true],
    ['counterpart', 'Foreign Minister', true],
    ['leader', 'President', true],
    ['head of state', 'President', true],
    ['head of government', 'Prime Minister', true],
    [undefined, 'President', true],
    ['President', undefined, true],
    ['President', 'Prime Minister', false],
    ['President', 'Chairman of the Cabinet of Ministers', false],
    ['leader', 'Foreign Minister', false],
    // One office of a list is an office of the other's list.
    [
      'Minister of State, Minister of Foreign Affairs and African Affairs',
      'Minister of Foreign Affairs, Cooperation and Nationals Abroad',
      true,
    ],
    ['Minister of State, Minister of Justice', 'Minister of Foreign Affairs, Cooperation and Nationals Abroad', false],
  ])('"%s" and "%s" → %s', (a, b, compatible) => {
    expect(titlesCompatible(a, b)).toBe(compatible);
    expect(titlesCompatible(b, a)).toBe(compatible);
  });

  // Containment, not office: "Vice President" contains "President", "Deputy Prime Minister" contains "Prime Minister".
  it('reads a vice or deputy office as compatible with the office it contains', () => {
    expect(titlesCompatible('President', 'Vice President')).toBe(true);
    expect(titlesCompatible('Prime Minister', 'Deputy Prime Minister')).toBe(true);
  });

  it.each([
    ['Foreign Minister', 'Minister of Foreign Affairs'],
    ['Foreign Minister', 'Minister for Foreign Affairs'],
    ['Secretary-General', 'Secretary General'],
  ])('reads "%s" and "%s" as one office', (a, b) => {
    expect(titlesCompatible(a, b)).toBe(true);
  });
});

describe('betterTitle', () => {
  it.each([
    ['counterpart', 'Foreign Minister', 'Foreign Minister'],
    ['Foreign Minister', 'counterpart', 'Foreign Minister'],
    ['leader', 'President', 'President'],
    ['President', undefined, 'President'],
    [undefined, 'President', 'President'],
    [undefined, undefined, undefined],
    ['President', 'Prime Minister', 'Prime Minister'],
    ['Deputy Prime Minister', 'Prime Minister', 'Deputy Prime Minister'],
    ['FM', 'Caretaker Foreign Minister', 'FM'],
  ])('prefers between "%s" and "%s": "%s"', (a, b, best) => {
    expect(betterTitle(a, b)).toBe(best);
  });
});

describe('mergePerson', () => {
  it('keeps the key, takes the longer name and the better title, and fills in the country', () => {
    expect(
      mergePerson(
        { key: 'p1', name: 'Jilani', title: 'FM' },
        { name: 'Jalil Abbas Jilani', title: 'counterpart', country: 'PAK' },
      ),
    ).toEqual({
      key: 'p1',
      name: 'Jalil Abbas Jilani',
      title: 'FM',
      country: 'PAK',
    });
  });

  it('keeps the first country when the two disagree', () => {
    expect(
      mergePerson({ key: 'p1', name: 'Sergey Lavrov', country: 'RUS' }, { name: 'Sergei Lavrov', country: 'KAZ' })
        .country,
    ).toBe('RUS');
  });
});

describe('clusterPeople', () => {
  it('gives a full name to the person spelt the same, not to a sound-alike of no known office', () => {
    const reports: Report[] = [
      { name: 'Datuk Seri Mohamad Hasan', title: 'Foreign Minister' },
      { name: 'Mohammed Al-Hassan' },
      { name: 'Mohamad Hasan', title: 'Foreign Minister', country: 'MYS' },
    ];
    const { personOf } = clusterPeople(reports);
    expect(personOf(reports[2]!)?.name).toBe('Datuk Seri Mohamad Hasan');
  });

  it('gives a titled surname to the one sound-alike known in that office, and leaves an untitled word alone', () => {
    const reports: Report[] = [
      { name: 'Yoon Suk Yeol', title: 'President', country: 'KOR' },
      { name: 'Park Heong-joon' },
      { name: 'Andres Villalobos Mora', title: 'Foreign Minister' },
      { name: 'Mario Morra' },
    ];
    const { personOf } = clusterPeople(reports);
    expect(personOf({ name: 'Yoon', title: 'President' })?.name).toBe('Yoon Suk Yeol');
    expect(personOf({ name: 'More' })).toBeUndefined();
  });

  it('merges "Sergey Lavrov", "Sergei Lavrov" and "Lavrov" into one foreign minister of Russia', () => {
    const reports: Report[] = [
      { name: 'Sergey Lavrov', title: 'counterpart', country: 'RUS' },
      { name: 'Sergei Lavrov', title: 'Foreign Minister', country: 'RUS' },
      { name: 'Lavrov', title: 'Foreign Minister' },
      { name: 'Lavrov' },
    ];
    const { people, personOf } = clusterPeople(reports);
    expect(people).toEqual([{ key: 'p1', name: 'Sergey Lavrov', title: 'Foreign Minister', country: 'RUS' }]);
    for (const r of reports) expect(personOf(r)?.key).toBe('p1');
  });

  it('joins "Jilani" and "FM Jilani" to "Jalil Abbas Jilani"', () => {
    const reports: Report[] = [
      { name: 'Jilani', title: 'Foreign Minister' },
      { name: 'Jalil Abbas Jilani', title: 'Caretaker Foreign Minister' },
      { name: 'Jilani', title: 'FM' },
    ];
    const { people, personOf } = clusterPeople(reports);
    expect(people.map((p) => p.name)).toEqual(['Jalil Abbas Jilani']);
    expect(personOf({ name: 'Jilani', title: 'FM' })?.name).toBe('Jalil Abbas Jilani');
  });

  const JAPAROVS: Report[] = [
    { name: 'Sadyr Zhaparov', title: 'President', country: 'KGZ' },
    { name: 'Sadyr Japarov', title: 'President', country: 'KGZ' },
    { name: 'Akylbek Japarov', title: 'Chairman of the Cabinet of Ministers' },
  ];

  it('keeps "Sadyr Japarov" and "Akylbek Japarov" apart, and "Zhaparov" with "Japarov"', () => {
    const { people } = clusterPeople(JAPAROVS);
    expect(people.map((p) => p.name)).toEqual(['Sadyr Zhaparov', 'Akylbek Japarov']);
  });

  it.each([
    ['President', 'Sadyr Zhaparov'],
    ['Chairman of the Cabinet of Ministers', 'Akylbek Japarov'],
    ['head of state', 'Sadyr Zhaparov'],
  ])('joins a bare "Japarov" with the title %s to %s', (title, name) => {
    const report = { name: 'Japarov', title };
    const { people, personOf } = clusterPeople([...JAPAROVS, report]);
    expect(people).toHaveLength(2);
    expect(personOf(report)?.name).toBe(name);
  });

  it('leaves a bare "Japarov" with no title to the article that names him: it could be either', () => {
    const { people, personOf } = clusterPeople([...JAPAROVS, { name: 'Japarov' }]);
    expect(people.map((p) => p.name)).toEqual(['Sadyr Zhaparov', 'Akylbek Japarov']);
    expect(personOf({ name: 'Japarov' })).toBeUndefined();
  });

  it('still resolves "President Japarov" to Sadyr when a bare "Japarov" is in the corpus too', () => {
    const { personOf } = clusterPeople([...JAPAROVS, { name: 'Japarov', title: 'President' }, { name: 'Japarov' }]);
    expect(personOf({ name: 'Japarov', title: 'President' })?.name).toBe('Sadyr Zhaparov');
  });

  it('keeps "Imran Khan" and "Jam Kamal Khan" apart', () => {
    const { people } = clusterPeople([
      { name: 'Imran Khan', title: 'Prime Minister' },
      { name: 'Jam Kamal Khan', title: 'Commerce Minister' },
    ]);
    expect(people.map((p) => p.name).sort()).toEqual(['Imran Khan', 'Jam Kamal Khan']);
  });

  it('returns no person for a name it never saw, and none for an empty corpus', () => {
    expect(clusterPeople(JAPAROVS).personOf({ name: 'Ishaq Dar' })).toBeUndefined();
    expect(clusterPeople([]).people).toEqual([]);
  });

  it('gives every person a distinct key', () => {
    const { people } = clusterPeople([
      ...JAPAROVS,
      { name: 'Wang Yi' },
      { name: 'Imran Khan' },
      { name: 'Sergey Lavrov' },
    ]);
    expect(new Set(people.map((p) => p.key)).size).toBe(people.length);
  });
});
