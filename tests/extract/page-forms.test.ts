/**
 * Forms that real pages use and the extractor missed (found by running it over stored news pages; each written
 * here in invented sentences): an office with a slash, a list of names each with its country in brackets, talks one
 * "is scheduled to engage in", and a call that no one answered.
 */
import { describe, expect, it } from 'vitest';
import { meetingsOf, meetingsOfFiles, pairs, rowsOf } from './unseen-helpers.js';

describe('forms of real pages', () => {
  it('reads "the State Councilor/Minister of Foreign Affairs of X, B" as B', () => {
    const text =
      'Foreign Minister Lin Hao held a bilateral meeting with the State Councilor/Minister of Foreign Affairs of ' +
      'Vanuatu, Jotham Tari, in Port Vila on Tuesday.';
    expect(rowsOf(meetingsOf(text), true)).toEqual(['Jotham Tari + Lin Hao · 2025-03-04 · Port Vila']);
  });

  it('reads each name of "Presidents A (Senegal), B (Malawi) and C (Angola)", with its country', () => {
    const text =
      'President Kamal Osei met Presidents Omar Diallo (Senegal), Ruth Banda (Malawi) and Tomas Ferreira (Angola) ' +
      'on the sidelines of the summit in Addis Ababa on Tuesday.';
    const meetings = meetingsOf(text);
    expect(rowsOf(meetings)).toEqual([
      'Kamal Osei + Omar Diallo · 2025-03-04',
      'Kamal Osei + Ruth Banda · 2025-03-04',
      'Kamal Osei + Tomas Ferreira · 2025-03-04',
    ]);
    expect(meetings.map((m) => m.participants.find((p) => p.name !== 'Kamal Osei')?.country)).toEqual([
      'Senegal',
      'Malawi',
      'Angola',
    ]);
  });

  it('reads talks one "is scheduled to engage in" as planned', () => {
    const text =
      'Foreign Minister Rashid Al-Harthy arrived on Wednesday and is scheduled to engage in bilateral talks with ' +
      'President Ana Lopes on Friday.';
    const [m] = meetingsOf(text);
    expect(rowsOf(meetingsOf(text))).toEqual(['Ana Lopes + Rashid Al-Harthy · 2025-03-07']);
    expect(m!.status).toBe('planned');
  });

  it('reads a call no one answered as none, but not a meeting after which no one answered questions', () => {
    const unanswered =
      'Minister Sara Olsen called her counterpart Ivan Petrov several times on Monday, but he did not return the call.';
    expect(meetingsOf(unanswered)).toEqual([]);
    const met = 'Minister Sara Olsen met her counterpart Ivan Petrov on Monday; he did not respond to questions later.';
    expect(rowsOf(meetingsOf(met))).toEqual(['Ivan Petrov + Sara Olsen · 2025-03-03']);
  });
});

describe('more forms of real pages', () => {
  it('places the meetings of a visit "to Ghana\'s capital Accra" told in the lead', () => {
    const text =
      "Foreign Minister Amina Wekesa arrived on Monday on a three-day working visit to Ghana's capital Accra. On " +
      'Tuesday she met President Kofi Mensah and discussed trade.';
    expect(rowsOf(meetingsOf(text), true)).toEqual(['Amina Wekesa + Kofi Mensah · 2025-03-04 · Accra']);
  });

  it('reads "his counterparts from A, B; C, D" as the people named, with no one unnamed beside them', () => {
    const text =
      'Chilean Foreign Minister Alberto van Klaveren held talks on Tuesday with his counterparts from Peru, Elmer ' +
      'Schialer; Bolivia, Celinda Sosa; and Ecuador, Gabriela Sommerfeld.';
    expect(pairs(text)).toEqual([
      'Alberto van Klaveren + Celinda Sosa',
      'Alberto van Klaveren + Elmer Schialer',
      'Alberto van Klaveren + Gabriela Sommerfeld',
    ]);
  });

  it('places a meeting "in the city of" a place, or "in the port city of" it', () => {
    const text =
      'Foreign Minister Amina Wekesa held talks on Tuesday in the city of Bogotá with her Colombian counterpart ' +
      'Luis Murillo. On Wednesday she met President Kofi Mensah in the port city of Mombasa.';
    expect(rowsOf(meetingsOf(text), true)).toEqual([
      'Amina Wekesa + Kofi Mensah · 2025-03-05 · Mombasa',
      'Amina Wekesa + Luis Murillo · 2025-03-04 · Bogotá',
    ]);
  });

  it('reads "her Ugandan and Tanzanian counterparts", not named after, as an official of each country', () => {
    const text =
      'Foreign Minister Amina Wekesa held a trilateral meeting with her Ugandan and Tanzanian counterparts in ' +
      'Kampala on Tuesday.';
    expect(rowsOf(meetingsOf(text))).toEqual([
      'Amina Wekesa + Foreign Minister of Tanzania + Foreign Minister of Uganda · 2025-03-04',
    ]);
    // Named after, the names are the officials.
    const named =
      'Foreign Minister Amina Wekesa met her French and German counterparts, Paul Martin and Jonas Weber, in Paris ' +
      'on Tuesday.';
    expect(rowsOf(meetingsOf(named))).toEqual([
      'Amina Wekesa + Jonas Weber · 2025-03-04',
      'Amina Wekesa + Paul Martin · 2025-03-04',
    ]);
  });
});

describe('lists and headlines of ministry pages', () => {
  it('reads "the Minister met with:" and a line for each official, a line of what was said between', () => {
    const text = [
      'On Monday, 3 March, Minister Lerato Dube met with:',
      '- Foreign Minister Kaito Mori of Japan.',
      'The Ministers discussed shipping and critical minerals.',
      '- Foreign Minister Anna Kowal of Poland.',
      'On Tuesday, 4 March, the Minister met with:',
      '- Foreign Minister Rui Matos of Portugal.',
      '- Foreign Minister Elin Dahl of Sweden.',
    ].join('\n\n');
    expect(rowsOf(meetingsOf(text))).toEqual([
      'Anna Kowal + Lerato Dube · 2025-03-03',
      'Elin Dahl + Lerato Dube · 2025-03-04',
      'Kaito Mori + Lerato Dube · 2025-03-03',
      'Lerato Dube + Rui Matos · 2025-03-04',
    ]);
  });

  it('reads no headline verb and no "Round" as a name', () => {
    expect(
      rowsOf(meetingsOf('Lin Tao Co-chairs the Fifth Round of the China-Kenya Dialogue with Amina Wekesa')),
    ).toEqual(['Amina Wekesa + Lin Tao · no date']);
  });
});

describe('meetings put off', () => {
  it('reads a meeting "postponed" with no new day as none, and one "postponed to" a day as planned for it', () => {
    const off =
      'A visit by Foreign Minister Kerem Ulusoy to Athens, where he was expected to meet Foreign Minister Nikos ' +
      'Pappas on Friday, has been postponed at the request of the Greek side.';
    expect(meetingsOf(off)).toEqual([]);
    const moved =
      'The meeting between Foreign Minister Kerem Ulusoy and Foreign Minister Nikos Pappas has been postponed to ' +
      '20 March.';
    const [m] = meetingsOf(moved);
    expect(rowsOf(meetingsOf(moved))).toEqual(['Kerem Ulusoy + Nikos Pappas · 2025-03-20']);
    expect(m!.status).toBe('planned');
  });
});

describe('countries of a readout', () => {
  it("gives the host the other country of a pair its paragraph names ('the Mexico-Chile council')", () => {
    const text =
      "Foreign Secretary Lucía Ortega received Chile's Foreign Minister Matías Larraín at the ministry on Tuesday. " +
      'The two agreed to relaunch the Mexico-Chile Strategic Council.';
    const [m] = meetingsOf(text);
    expect(m!.participants.map((p) => `${p.name} (${p.country})`)).toEqual([
      'Lucía Ortega (Mexico)',
      'Matías Larraín (Chile)',
    ]);
  });

  it('reads a country of two words before a hyphen ("Solomon Islands-Australia"), not its last word', () => {
    const text =
      'Prime Minister Jeremiah Tova met Australian Prime Minister Daniel Hart on Tuesday. The leaders discussed the ' +
      'Solomon Islands-Australia policing partnership.';
    const [m] = meetingsOf(text);
    expect(m!.participants.find((p) => p.name === 'Jeremiah Tova')?.country).toBe('Solomon Islands');
  });
});

describe('a host of no stated country, by where they received a guest', () => {
  it('gives the host the country of the city where they received a guest of another country', () => {
    const text =
      'ASMARA, 6 March 2025 - President Isaias Afwerki on Wednesday received at his office in Asmara the Egyptian ' +
      'Minister of Foreign Affairs Badr Abdelatty, who brought a message on Red Sea security.';
    const [m] = meetingsOf(text);
    expect(m!.participants.map((p) => `${p.name} (${p.country ?? '?'})`).sort()).toEqual([
      'Badr Abdelatty (Egypt)',
      'Isaias Afwerki (Eritrea)',
    ]);
  });

  it('gives it to the minister who received an envoy, and to her other meetings of the briefing', () => {
    const text =
      'Prime Minister Harini Amarasuriya received the Ambassador of the Netherlands, Bonnie Horbach, in Colombo on ' +
      'Tuesday. On Wednesday Amarasuriya spoke by telephone with Foreign Minister Vijitha Herath about the visit.';
    const countries = meetingsOf(text).flatMap((m) => m.participants.filter((p) => p.name === 'Harini Amarasuriya'));
    expect(countries.map((p) => p.country)).toEqual(['Sri Lanka', 'Sri Lanka']);
  });

  it('leaves alone talks on neutral ground, an occasion abroad, and a guest of no stated country', () => {
    const neutral =
      'Foreign Minister Sergey Lavrov held talks with US Secretary of State Marco Rubio in Riyadh on Tuesday.';
    const summit =
      'On the sidelines of the UN General Assembly in New York on Tuesday, Foreign Minister Lemma Tadesse ' +
      "received Kenya's Foreign Minister Musalia Mudavadi.";
    const guest =
      'Kenyan President William Ruto received Foreign Minister Badr Abdelatty at State House, Nairobi, on Tuesday.';
    for (const text of [neutral, summit, guest]) {
      const stateless = meetingsOf(text).flatMap((m) => m.participants.filter((p) => !p.country && !p.organization));
      expect(stateless.map((p) => p.name)).toHaveLength(1);
    }
  });
});

describe('credentials presented by several envoys', () => {
  it('has each envoy call on the head of state alone', () => {
    const named =
      'Ambassadors Ines Barros of Chile and Tomas Holm of Sweden presented their credentials to President Amara ' +
      'Sesay on Tuesday.';
    expect(rowsOf(meetingsOf(named))).toEqual([
      'Amara Sesay + Ines Barros · 2025-03-04',
      'Amara Sesay + Tomas Holm · 2025-03-04',
    ]);
    const unnamed =
      'The new ambassadors of Chile, Sweden and Japan presented their letters of credence to President Amara Sesay ' +
      'on Tuesday.';
    expect(meetingsOf(unnamed).map((m) => m.participants.length)).toEqual([2, 2, 2]);
  });
});

describe('an office of a country, a name, "and" another name', () => {
  it("reads two people, not the second as holder of the first one's office", () => {
    const text =
      'Minister of Foreign Affairs of the Republic of Latvia Baiba Ozola and Tomas Holm held talks in Riga on Monday.';
    expect(pairs(text)).toEqual(['Baiba Ozola + Tomas Holm']);
    expect(meetingsOf(text)[0]!.participants.find((p) => p.name === 'Baiba Ozola')?.country).toBe('Latvia');
  });
});

describe('a round of talks', () => {
  it('reads "the first round of political consultations with", held or to come', () => {
    const held =
      'Foreign Minister Selim Arslan held the first round of political consultations with Foreign Minister ' +
      'Grace Wambui in Nairobi on Monday.';
    const planned =
      'Foreign Minister Selim Arslan will visit Nairobi in May for the second round of strategic consultations with ' +
      'Foreign Minister Grace Wambui.';
    expect(rowsOf(meetingsOf(held), true)).toEqual(['Grace Wambui + Selim Arslan · 2025-03-03 · Nairobi']);
    expect(rowsOf(meetingsOf(planned), true)).toEqual(['Grace Wambui + Selim Arslan · 2025-05 · Nairobi']);
  });

  it('reads talks told in a clause of where someone went: "…, where talks with B are on the programme"', () => {
    const text =
      'Foreign Minister Selim Arslan held talks in Baku on Tuesday. Next week he is expected in Tashkent, where ' +
      'talks with Foreign Minister Rustam Nurov are on the programme.';
    expect(rowsOf(meetingsOf(text), true)).toContain('Rustam Nurov + Selim Arslan · 2025-03 · Tashkent');
  });
});

describe('a pair that met before, told back from the story', () => {
  const main = 'Foreign Minister Marta Ilves received her Peruvian counterpart Tomas Quiroga in Tallinn on Tuesday. ';

  it('reads "the two had met only three weeks earlier, on 11 February in Lima" on that day', () => {
    const text = `${main}The two had met only three weeks earlier, on 11 February in Lima.`;
    expect(rowsOf(meetingsOf(text), true)).toEqual([
      'Marta Ilves + Tomas Quiroga · 2025-02-11 · Lima',
      'Marta Ilves + Tomas Quiroga · 2025-03-04 · Tallinn',
    ]);
  });

  it('reads "the two met three weeks earlier in Lima" in the month the span gives', () => {
    const text = `${main}The two met three weeks earlier in Lima.`;
    expect(rowsOf(meetingsOf(text), true)).toEqual([
      'Marta Ilves + Tomas Quiroga · 2025-02 · Lima',
      'Marta Ilves + Tomas Quiroga · 2025-03-04 · Tallinn',
    ]);
  });

  it('reads "the two leaders, who had met in Suva in 2024" of a prime minister and a deputy prime minister', () => {
    const text =
      'Prime Minister Kila Wari met Fiji Deputy Prime Minister Sefa Naivalu on Tuesday. The two leaders, who had ' +
      'met in Suva in 2024, talked about trade.';
    expect(rowsOf(meetingsOf(text), true)).toEqual([
      'Kila Wari + Sefa Naivalu · 2024 · Suva',
      'Kila Wari + Sefa Naivalu · 2025-03-04 · no place',
    ]);
  });

  it('does not read "the two met a delegation of students" as the pair meeting again', () => {
    const text = `${main}The two met a delegation of students.`;
    expect(rowsOf(meetingsOf(text), true)).toEqual(['Marta Ilves + Tomas Quiroga · 2025-03-04 · Tallinn']);
  });
});

describe("a ministry's readout of its own minister's day", () => {
  const readout =
    'The Minister for Foreign Affairs, Hon. Ama Owusu-Darko, on Monday received the Ambassador of Japan, H.E. ' +
    'Kenji Arai, at the Ministry.\n\nOn the same day, a delegation from Togo led by the Minister Delegate for ' +
    'Cooperation, Mr. Kossi Amegan, paid a courtesy call on the Hon. Minister to deliver a message from the ' +
    'authorities in Lomé.\n\nOn Tuesday, the Hon. Minister held a telephone conversation with his Liberian ' +
    'counterpart, Amb. Sara Kollie.';

  it('reads "the Hon. Minister" as the minister it named first, not the minister in focus', () => {
    expect(rowsOf(meetingsOf(readout))).toEqual([
      'Ama Owusu-Darko + Kenji Arai · 2025-03-03',
      'Ama Owusu-Darko + Kossi Amegan · 2025-03-03',
      'Ama Owusu-Darko + Sara Kollie · 2025-03-04',
    ]);
  });

  it('does not place a call where the message it delivered came from', () => {
    const call = meetingsOf(readout).find((m) => m.participants.some((p) => p.name === 'Kossi Amegan'));
    expect(call?.location).not.toBe('Lomé');
  });
});

describe('a minister met several on the sidelines', () => {
  it('reads "talks with A, the host of the meeting, and with B" as two meetings', () => {
    const text =
      'Foreign Minister Ana Ruiz held talks with Chilean Foreign Minister Tomas Vidal, the host of the meeting, and ' +
      'with Brazilian Foreign Minister Joao Lima on Tuesday.';
    expect(rowsOf(meetingsOf(text))).toEqual([
      'Ana Ruiz + Joao Lima · 2025-03-04',
      'Ana Ruiz + Tomas Vidal · 2025-03-04',
    ]);
  });

  it('follows "he" after a sentence that opens "With A, he discussed …" to him, not to A', () => {
    const text =
      'Foreign Minister Ana Ruiz held talks with Chilean Foreign Minister Tomas Vidal on Tuesday. With Vidal, she ' +
      'discussed lithium. On Wednesday she also held a brief meeting with Norwegian Foreign Minister Siri Dahl.';
    expect(rowsOf(meetingsOf(text))).toEqual([
      'Ana Ruiz + Siri Dahl · 2025-03-05',
      'Ana Ruiz + Tomas Vidal · 2025-03-04',
    ]);
  });
});

describe('a headline that joins its verbs with a comma', () => {
  it('reads "A Receives Call from B, Meets C" as A meeting C, not B meeting C', () => {
    const raw =
      'Minister of State Receives Phone Call from Iranian FM, Meets Kenyan Ambassador\n\n' +
      'Doha, March 06 - Minister of State Hamad Al-Mansouri received today a phone call from Iranian Foreign ' +
      'Minister Mehrdad Tavakoli. Minister of State Hamad Al-Mansouri also met today with the Ambassador of Kenya, ' +
      'Joseph Langat.';
    const pairs = meetingsOfFiles(` date 2025-03-06 \n\n${raw}`).map((m) =>
      m.participants
        .map((p) => p.name ?? p.title)
        .sort()
        .join(' + '),
    );
    expect(pairs).not.toContain('Joseph Langat + Mehrdad Tavakoli');
    expect(pairs).toContain('Hamad Al-Mansouri + Joseph Langat');
  });
});

describe('a date line with no year', () => {
  const PAGE = [
    'Ghana News Agency',
    'Ghana and Togo agree on border patrols',
    'Accra, June 12, GNA – Foreign Minister Kojo Boateng held talks with his Togolese counterpart Edem Kodjo in ' +
      'Accra on Tuesday on joint patrols along the border and the coastal corridor road.',
    'The two ministers also discussed the upcoming summit of the regional bloc in Abuja.',
  ].join('\n\n');

  it('takes its year from the page’s copyright line when the text gives none', () => {
    const [m] = meetingsOfFiles(`${PAGE}\n\nCopyright © 2025 Ghana News Agency. All Rights Reserved.`);
    expect(rowsOf([m!], true)).toEqual(['Edem Kodjo + Kojo Boateng · 2025-06-10 · Accra']);
  });

  it('leaves the meeting undated on a page with no year at all', () => {
    const [m] = meetingsOfFiles(PAGE);
    expect(m?.date).toBeUndefined();
  });
});

describe('a meeting verb misspelt', () => {
  it('reads "recieved" as "received"', () => {
    const text =
      'President Kamal Osei recieved Foreign Minister Ruth Banda of Malawi at the State House in Accra on Tuesday.';
    expect(rowsOf(meetingsOf(text), true)).toEqual(['Kamal Osei + Ruth Banda · 2025-03-04 · Accra']);
  });
});
