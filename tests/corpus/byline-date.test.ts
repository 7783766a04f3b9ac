import { describe, expect, it } from 'vitest';
import { bylineDate, datelineDate, dateOfDateLine, headerDate } from '../../src/corpus/byline-date.js';
import { parseArticle } from '../../src/corpus/parse-article.js';

describe('dateOfDateLine', () => {
  it.each([
    ['12:40, 10 August 2023', { year: 2023, month: 8, day: 10 }],
    ['Published: 3 March 2025 09:10', { year: 2025, month: 3, day: 3 }],
    ['Updated 14 Jan 2025, 10:32 GMT', { year: 2025, month: 1, day: 14 }],
    ['World desk  7 APR 2025, 09:15', { year: 2025, month: 4, day: 7 }],
    ['Issued on: 21/05/2025 - 21:14  Modified: 22/05/2025 - 08:02', { year: 2025, month: 5, day: 21 }],
    ['Staff Writer | Published July 2, 2025', { year: 2025, month: 7, day: 2 }],
    ['24/11/2024 | 14:05 | Politics', { year: 2024, month: 11, day: 24 }],
    ['Amina Bello  |13.05.2025 - Update : 14.05.2025', { year: 2025, month: 5, day: 13 }],
    ['By Staff reporter  December 2, 2024 | 06:12 pm GMT+7', { year: 2024, month: 12, day: 2 }],
    ['Mar 3, 2025 (updated: Mar 4, 2025)', { year: 2025, month: 3, day: 3 }],
    ['By Gulf Today staff, 14 March 2025 10:20, updated 14 March 2025 18:40', { year: 2025, month: 3, day: 14 }],
    ['By Ainur Seitkali in Nation on 18 September 2024', { year: 2024, month: 9, day: 18 }],
    // A time before the date.
    ['- Published Date: 09:40 | 5 June 2025', { year: 2025, month: 6, day: 5 }],
    // A weekday that only one order of a numeric date allows: 7 September 2012 was a Friday, 9 July a Monday.
    ['Fri, 09/07/2012 - 10:45', { year: 2012, month: 9, day: 7 }],
    ['Mon, 09/07/2012 - 10:45', { year: 2012, month: 7, day: 9 }],
    // A live page's times since, then the date written.
    ['Published: 2 hours ago | Updated: 1 hour ago By Ana Ruiz | 14.05.2025', { year: 2025, month: 5, day: 14 }],
    // Publication words of other languages.
    ['Publié il y a 5 heures | Mis à jour le 19.06.2025 à 21h40', { year: 2025, month: 6, day: 19 }],
    ['Publicado el 08/04/2025 a las 10:15', { year: 2025, month: 4, day: 8 }],
    // Two authors, then the date.
    ['Ana Ruiz and Tom Reid   |14.05.2025 - Update : 14.05.2025', { year: 2025, month: 5, day: 14 }],
  ])('reads "%s"', (line, date) => {
    expect(dateOfDateLine(line)).toEqual(date);
  });

  it.each([
    ['a page header with rates and weather', 'Wednesday, 12 June 2024   USD 87.45   EUR 94.12   Bishkek +27°C'],
    ['a sentence with a date in it', 'The ministers met on 3 March 2025'],
    ['a time since, which is of the day the page was read', 'Published: 3 hours ago'],
    ['a month without a day', 'March 2025'],
    ['a site header with a weekday and its menu', 'DAILY WIRE | Tuesday 25 February 2025 | Subscribe | Newsletters'],
    ['a masthead whose name says "Today", read on any day', 'Gulf Today'],
  ])('gives none for %s', (_name, line) => {
    expect(dateOfDateLine(line)).toBeUndefined();
  });
});

describe('bylineDate', () => {
  it.each([
    // Albanian and Swahili months, the Latvian order, a Japanese era's year alone.
    ['Tiranë, 3 shkurt 2025', { year: 2025, month: 2, day: 3 }],
    ['Ijumaa, Machi 7, 2025', { year: 2025, month: 3, day: 7 }],
    ['Piektdiena, 2025. gada 7. marts', { year: 2025, month: 3, day: 7 }],
    ['令和6年3月5日 (火) 9:00', { year: 2024, month: 3, day: 5 }],
    // Months as ICU writes them in Czech, Polish, Croatian, Turkish and Romanian, after a time or a weekday.
    ['Petr Svoboda | Olomouc | 9:10 14. března 2025', { year: 2025, month: 3, day: 14 }],
    ['12 października 2024, 08:30', { year: 2024, month: 10, day: 12 }],
    ['Srijeda, 5. studenoga 2025.', { year: 2025, month: 11, day: 5 }],
    ['Çarşamba, 9 Nisan 2025 14:02', { year: 2025, month: 4, day: 9 }],
    ['Joi, 6 februarie 2025', { year: 2025, month: 2, day: 6 }],
    // Numbers spaced after a weekday and "u" (at) a time; a year of the Juche calendar; an editor's note before.
    ['Četvrtak, 6. 3. 2025. u 09:12  |  M.K.  |  Komentara: 12', { year: 2025, month: 3, day: 6 }],
    ['Juche 113 (Tuesday) June 18', { year: 2024, month: 6, day: 18 }],
    ['[Translated from the French service]   04/03/2025 - 10:15 AM', { year: 2025, month: 3, day: 4 }],
    ['Publication date: 2024-11-08 09:00  |  Last updated: 2024-11-08 11:20', { year: 2024, month: 11, day: 8 }],
    // Digits and months of other scripts: Bengali after "published" (প্রকাশ), Georgian, Hindi.
    ['ঢাকা প্রকাশ: ০৪ এপ্রিল ২০২৫, ১৮: ৩০', { year: 2025, month: 4, day: 4 }],
    ['14 ნოემბერი, 2025 · 13:05 Nino Kapanadze', { year: 2025, month: 11, day: 14 }],
    ['नई दिल्ली, 12 मार्च 2025', { year: 2025, month: 3, day: 12 }],
    // The Persian calendar alone, in English and in Persian: 25 Ordibehesht 1404 is 15 May 2025, 5 Esfand 1403 a
    // Sunday, 23 February 2025.
    ['Thursday, 25 Ordibehesht 1404 - 11:32 News code: 4411827', { year: 2025, month: 5, day: 15 }],
    ['یکشنبه ۵ اسفند ۱۴۰۳ - ۱۳:۲۷', { year: 2025, month: 2, day: 23 }],
    // A long line whose publication words are set off by dashes.
    [
      'Updated - March 04, 2025 11:20 am IST - Published - March 03, 2025 09:05 pm IST',
      { year: 2025, month: 3, day: 4 },
    ],
  ])('reads "%s" under a masthead', (line, date) => {
    expect(bylineDate(['Outlet | EN', line, '', 'Ministers meet'])).toEqual(date);
  });

  it("takes the date after the story's section breadcrumb, set apart by a run of spaces", () => {
    const lines = [
      'Public Radio | EN | RU',
      'News › Politics › Diplomacy                              16.01.2025',
      '',
      'Ministers meet in Riga',
    ];
    expect(bylineDate(lines)).toEqual({ year: 2025, month: 1, day: 16 });
  });

  it('takes the byline date under the headline, not the page header above it', () => {
    const lines = [
      'Daily Courier | EN | FR',
      'Wednesday, 12 June 2024   USD 87.45   Lagos +31°C',
      '',
      'Ministers agree on a new border post',
      '12:40, 10 August 2023',
      'Author: Politics desk',
    ];
    expect(bylineDate(lines)).toEqual({ year: 2023, month: 8, day: 10 });
  });

  it('finds a byline pushed down by menus and a standfirst, but none under the story’s first line', () => {
    const menus = ['News', 'World', 'Asia', 'Africa', 'Business', 'Opinion', 'Sport', 'Video', 'Podcasts', 'Topics'];
    const story =
      'The foreign minister arrived in the capital on Monday for two days of talks with his counterpart on trade, ' +
      'the border and the new railway line that both governments have promised to finish by the end of the decade.';
    expect(
      bylineDate([...menus, 'Minister begins Africa tour', 'Lea Fonseka', 'Published: 8:00pm, 9 Jan 2025']),
    ).toEqual({ year: 2025, month: 1, day: 9 });
    expect(bylineDate([...menus, 'Minister begins Africa tour', story, '12:40, 10 August 2023'])).toBeUndefined();
  });

  it('reads a byline dated in the language of the outlet, but not a header English reads', () => {
    const spanish = 'POLÍTICA 21 de octubre de 2025, 06:30 a. m. Actualizado: 21 de octubre de 2025, 09:12 a. m.';
    expect(bylineDate(['Inicio | Colombia | Mundo', spanish])).toEqual({ year: 2025, month: 10, day: 21 });
    expect(bylineDate(['Publié le 3 mars 2025 à 10h12'])).toEqual({ year: 2025, month: 3, day: 3 });
    // A Hijri date before the Gregorian one.
    expect(bylineDate(['Monday 1447/2/17 - 2025/08/11'])).toEqual({ year: 2025, month: 8, day: 11 });
    // Dots and spaces, as Balkan sites write dates; an author and a count of comments beside the date.
    expect(bylineDate(['11. 02. 2026. 18:05'])).toEqual({ year: 2026, month: 2, day: 11 });
    expect(bylineDate(['March 3, 2025    by Kabul Desk    2 Comments'])).toEqual({ year: 2025, month: 3, day: 3 });
    // The outlet's name before a bar, then the date.
    const outlet = 'Secretaría de Relaciones Exteriores | 27 de marzo de 2025';
    expect(bylineDate(['Minister meets counterpart', outlet])).toEqual({ year: 2025, month: 3, day: 27 });
    expect(bylineDate(['Una larga frase de la sección de noticias sobre 27 de marzo de 2025'])).toBeUndefined();
    // Icelandic and Danish, which no parser here reads: the month from its word's first letters.
    expect(bylineDate(['18. júlí 2025 kl. 09:14'])).toEqual({ year: 2025, month: 7, day: 18 });
    expect(bylineDate(['Opdateret 3. maj 2024'])).toEqual({ year: 2024, month: 5, day: 3 });
    expect(bylineDate(['Thursday, 22 May 2025 | Abu Dhabi 41°C | English'])).toBeUndefined();
  });

  it('reads a byline in Arabic, Russian, Japanese or Korean script, and a place before a foreign date', () => {
    const arabic = 'الأربعاء 5 جمادى الأولى 1446 هـ - 6 نوفمبر 2024';
    expect(bylineDate(['Gulf Desk', arabic])).toEqual({ year: 2024, month: 11, day: 6 });
    expect(bylineDate(['6 ноября 2024, 14:20'])).toEqual({ year: 2024, month: 11, day: 6 });
    // The era's year, then the Gregorian year in brackets.
    expect(bylineDate(['令和6年（2024年）11月6日 09:30'])).toEqual({ year: 2024, month: 11, day: 6 });
    expect(bylineDate(['입력 2024년 11월 6일 09:30'])).toEqual({ year: 2024, month: 11, day: 6 });
    const place = 'Ministerio de Relaciones Exteriores | Boletín 88 | San José, 6 de noviembre de 2024';
    expect(bylineDate(['Cancilleres se reúnen', place])).toEqual({ year: 2024, month: 11, day: 6 });
    expect(bylineDate(['Los cancilleres se reunieron ayer en San José, 6 de noviembre de 2024'])).toBeUndefined();
  });

  it('dates an article with no date marker from its byline line', () => {
    const raw =
      'Ministers agree on a new border post\n\nPublished: 3 March 2025 09:10\n\nThe foreign ministers of Ghana and ' +
      'Togo met in Lomé on Monday and agreed to open a joint border post at Aflao before the end of the year.\n';
    expect(parseArticle('lome.txt', raw).article?.published).toEqual({ year: 2025, month: 3, day: 3 });
  });

  it('reads a weekday line that says when it was updated (a live page), not only a header of the day it was read', () => {
    expect(bylineDate(['Gazette Live', 'Friday, May 9, 2025 | Updated 11:40'])).toEqual({
      year: 2025,
      month: 5,
      day: 9,
    });
  });

  it('reads a byline beside the time a story takes to read, or with weekdays in a line that says it was updated', () => {
    expect(bylineDate(['Herald', 'By Ama Owusu', 'July 2, 2025 · 5 min read'])).toEqual({
      year: 2025,
      month: 7,
      day: 2,
    });
    expect(bylineDate(['Times', '2 July 2025 | Reading time: 4 min'])).toEqual({ year: 2025, month: 7, day: 2 });
    const agency = 'Deniz Kaya | 02.07.2025 - Wednesday | 10:05 | Update: 02.07.2025 - Wednesday | 11:40';
    expect(bylineDate(['Agency', agency])).toEqual({ year: 2025, month: 7, day: 2 });
    // A header of the day the page was read stays no byline.
    expect(bylineDate(['Daily', 'Wednesday, July 2, 2025 | Nation | Sport | 4 min read'])).toBeUndefined();
  });

  it('reads a byline beside how often the story was read or answered', () => {
    expect(bylineDate(['Island Daily', '12 May 2025 08:15 am - 2 - 3,410 views', 'By Nimal Perera'])).toEqual({
      year: 2025,
      month: 5,
      day: 12,
    });
    expect(bylineDate(['Gazette', 'June 3, 2024 · 18 comments'])).toEqual({ year: 2024, month: 6, day: 3 });
  });

  it('reads a byline in Greek', () => {
    expect(bylineDate(['Kathimerini', 'Τετάρτη, 02 Ιουλίου 2025, 10:05'])).toEqual({ year: 2025, month: 7, day: 2 });
  });

  it('reads a long byline when a publication word stands before its date', () => {
    const line = 'Diplomacy | Published on 03/06/2025 - 09:15 | By Ana Souza Lima - Correspondent - Porto Alegre';
    expect(bylineDate(['Tribuna', line])).toEqual({ year: 2025, month: 6, day: 3 });
    const sentence =
      'The two ministers met on 03/06/2025 to review trade, energy and transport links between the two countries';
    expect(bylineDate(['Tribuna', sentence])).toBeUndefined();
  });

  it('reads "Mar - 12 - 2025 , 07:55" and "Publish Date: Aug 09, 2024 at 06:40 AM"', () => {
    expect(bylineDate(['Graphic', 'Mar - 12 - 2025 , 07:55'])).toEqual({ year: 2025, month: 3, day: 12 });
    expect(bylineDate(['Vision', 'Publish Date: Aug 09, 2024 at 06:40 AM'])).toEqual({ year: 2024, month: 8, day: 9 });
  });

  it('reads the part of a line set apart by bars that says it is the date, not a date beside sections', () => {
    const authors = 'Ayla Demir, Kerem Aksoy | 21.03.2025 - Update : 21.03.2025';
    expect(bylineDate(['Agency', authors])).toEqual({ year: 2025, month: 3, day: 21 });
    const release = 'Press release | Date: 04/11/2024 | Ministry for Foreign Affairs and Trade';
    expect(bylineDate(['Ministry', release])).toEqual({ year: 2024, month: 11, day: 4 });
    const header = 'Friday, March 21, 2025 | National | Business | Opinion | Sport | World | E-paper';
    expect(bylineDate(['Daily', header])).toBeUndefined();
  });
});

describe('headerDate', () => {
  const body =
    'Foreign ministers of Chile and Peru met in Lima on Wednesday to review the border treaty. They agreed to ' +
    'open two new crossings before the end of the year and to meet again in Santiago after the harvest season.';

  it('dates a briefing no byline dates from a page header with a weekday', () => {
    const lines = ['NEWS WIRE', 'Thursday, 16/11/2023 | 11:35 (GMT+7)', '', 'Ministers meet in Lima'];
    expect(headerDate(lines, body)).toEqual({ year: 2023, month: 11, day: 16 });
    expect(headerDate(['Americas Newswire | Tuesday, October 10, 2023'], body)).toEqual({
      year: 2023,
      month: 10,
      day: 10,
    });
  });

  it('gives none for a header with a menu or rates, or one later than every year the briefing names', () => {
    expect(headerDate(['DAILY WIRE | Tuesday 25 February 2025 | Subscribe | Newsletters'], body)).toBeUndefined();
    const old = 'The two ministers met in Lima in March 2019 and again in May 2020.';
    expect(headerDate(['Wednesday, 12 June 2024'], old)).toBeUndefined();
    expect(headerDate(['Wednesday, 12 June 2024'], `${old} They meet again in 2024.`)).toEqual({
      year: 2024,
      month: 6,
      day: 12,
    });
  });

  it('gives way to a byline: parseArticle takes the byline under the header', () => {
    const header = "Bahrain Wire\nWednesday 11 February 2026 | 23 Sha'ban 1447\n\nKing receives envoys\n";
    const raw = `${header}10/02/2026  11:48\n\n${body}\n`;
    expect(parseArticle('wire.txt', raw).article?.published).toEqual({ year: 2026, month: 2, day: 10 });
    const headerOnly = `${header}\n${body}\n`;
    expect(parseArticle('wire.txt', headerOnly).article?.published).toEqual({ year: 2026, month: 2, day: 11 });
  });
});

describe('datelineDate', () => {
  it.each([
    ['Dushanbe, Tajikistan, 4 June 2025 - The foreign minister received …', { year: 2025, month: 6, day: 4 }],
    ['LUSAKA, June 4, 2025 – President Mwale met …', { year: 2025, month: 6, day: 4 }],
    ['Port Moresby, 4 June 2025 (PNG Desk) — The prime minister …', { year: 2025, month: 6, day: 4 }],
    // Set apart by full stops; after a Hijri date in words and before an agency's code.
    ['Belmopan. June 4, 2025. The Prime Minister welcomed …', { year: 2025, month: 6, day: 4 }],
    ['Jeddah, Dhu al-Hijjah 8, 1446, June 4, 2025, SPA -- The minister …', { year: 2025, month: 6, day: 4 }],
    // An agency named as a word after the date, or between slashes after a date in figures.
    ['Lviv, 4 June 2025, Ukrinform - The minister …', { year: 2025, month: 6, day: 4 }],
    ['Balti, 04.06.2025 /Moldpres/ - The minister …', { year: 2025, month: 6, day: 4 }],
    // Written year first; the Gregorian date in brackets after a Persian one.
    ['RIGA, 2025-06-04 (Agency) — The ministers …', { year: 2025, month: 6, day: 4 }],
    ['Tehran, 14 Khordad 1404 (June 4, 2025) – Agency – The minister …', { year: 2025, month: 6, day: 4 }],
    // The month in the outlet's language; a time after the date; the date first; a year of two digits in brackets.
    ['Montevideo, 4 de junio de 2025 (Agencia).- El canciller …', { year: 2025, month: 6, day: 4 }],
    ['Niamey, 4 juin 2025 (ANP) - Le ministre …', { year: 2025, month: 6, day: 4 }],
    ['Milan, 4 Jun 2025 11:20 - (Agency) - The minister …', { year: 2025, month: 6, day: 4 }],
    ['June 4, 2025 (NOUAKCHOTT) – The foreign minister …', { year: 2025, month: 6, day: 4 }],
    ['June 4, 2025 - Ottawa, Ontario - Global Affairs Canada', { year: 2025, month: 6, day: 4 }],
    ['Lima (Jun. 4/25). The Minister of Foreign Affairs …', { year: 2025, month: 6, day: 4 }],
  ])('reads the date of "%s"', (line, date) => {
    expect(datelineDate(line)).toEqual(date);
  });

  it.each([
    ['a dateline without a year', 'ASTANA, June 4 (Agency) – The minister …'],
    ['a sentence that opens with a date', 'On 4 June 2025 - the minister said …'],
    ['a story line', 'The ministers of Peru and Chile met on 4 June 2025 - and agreed …'],
  ])('gives none for %s', (_name, line) => {
    expect(datelineDate(line)).toBeUndefined();
  });

  it("dates a briefing whose only date is its story's dateline", () => {
    const body =
      'Dushanbe, Tajikistan, 4 June 2025 - Foreign Minister Sirojiddin Muhriddin received the visiting Kyrgyz ' +
      'foreign minister yesterday and discussed the border, water use and new road links between the two countries.';
    expect(parseArticle('x.txt', `Ministers meet\n\n${body}\n`).article?.published).toEqual({
      year: 2025,
      month: 6,
      day: 4,
    });
  });
});
