import * as chrono from 'chrono-node';
import type { PartialDate } from '../types.js';
import { alternatives, pattern } from '../text/regex.js';
import { withoutMarks } from '../text/words.js';
import { DATELINE_PLACE_WORDS } from './title.js';

/** How many lines from the top a byline's date may stand on ("Headline" / "12:40, 10 August 2023" / "Author: …"). */
const BYLINE_LINES = 12;

/** A page's menus, topics and standfirsts may push a byline further down, but never below the story's first line. */
const BYLINE_LINES_MOST = 40;

/** Words of a line of the story itself: a byline stands above it. */
const STORY_LINE_WORDS = 30;

/** Words a publication date line may carry besides the date and time. */
const DATE_LINE_WORDS = /^(?:published|updated|posted|last updated|date|on|at|gmt|utc|ist|am|pm|h)$/i;

/**
 * The date of a line that gives only a date, with a time or "Published"/"Updated" perhaps ("12:40, 10 August 2023",
 * "Published: 3 March 2025 09:10"); a page header that carries more than that ("Wednesday, 12 June 2024 USD 87.45
 * EUR 94.12") gives none, as it is the day the page was read, not written.
 */
export function dateOfDateLine(written: string, datelineDay?: MonthDay): PartialDate | undefined {
  // "Issued on: 20/05/2025 - 21:14", "12.04.2025": numeric dates outside the US put the day first; "Mar - 12 - 2025":
  // a month, day and year set apart by dashes.
  const line = numericOrder(written.replace(HIJRI_DATE, ''), datelineDay)
    .replace(/\b(\p{L}{3,9})\s+-\s+(\d{1,2})\s+-\s+(\d{4})\b/u, '$1 $2 $3')
    // "12.04.2025", "11. 02. 2026. 18:05".
    .replace(/\b(\d{1,2})\. ?(\d{1,2})\. ?(\d{4})\b\.?/g, '$1/$2/$3');
  // A date line's date has digits: "L'Orient Today" or "USA Today" is a masthead, and chrono's "today" would be the day
  // the bot reads it.
  // "Published Date: 14:05 | 12 March 2025": the date, not a time before it.
  const found = chrono.en.GB.parse(line).find((r) => /\d/.test(r.text) && isFullDate(r));
  if (!found) return undefined;
  const date = { year: found.start.get('year')!, month: found.start.get('month')!, day: found.start.get('day')! };
  if (isBylineShaped(line, found.index)) return date;
  const before = line.slice(0, found.index);
  // "August 21, 2025    by Ariana News    0 Comments": an author and a count of comments beside the date.
  const after = line.slice(found.index + found.text.length).replace(AUTHOR_AND_COMMENTS, ' ');
  const rest = `${before} ${after}`.split(/[\s,:|·–—-]+/).filter(Boolean);
  const onlyDate = rest.every((w) => DATE_LINE_WORDS.test(w) || /^\d{1,2}[:.h]\d{2}$/.test(w));
  // "Our Correspondent | Published June 22, 2025", "Issued on: 20/05/2025 - 21:14  Modified: …": a publication word
  // just before the date; "Russian Politics & Diplomacy  6 MAR 2025, 15:40": a desk's name, then the date and time.
  const cued = PUBLICATION_CUE.test(before);
  const desk =
    /^[\p{L}&\s]+$/u.test(before) && /^(?:[\s,]*\d{1,2}[:.]\d{2})?\s*$/.test(after) && found.start.isCertain('hour');
  // "News › Politics › Diplomacy   16.01.2025": the story's section, then its date.
  const section = BREADCRUMB.test(before.trim()) && /^(?:[\s,]*\d{1,2}[:.]\d{2})?\s*$/.test(after);
  return onlyDate || cued || desk || section ? date : undefined;
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** A month and a day, as a dateline without a year gives them ("Amman, Nov. 10 (Petra) --"). */
export interface MonthDay {
  month: number;
  day: number;
}

/**
 * A numeric date put day first when its weekday or the story's dateline says so: "Fri, 09/07/2012" is 7 September (a
 * Friday), not 9 July (a Monday), and "11/10/2025" over "Amman, Nov. 10 (Petra)" is 10 November; it is then written
 * "7/9/2012", "10/11/2025". Left as written when both readings fit or neither does.
 */
function numericOrder(line: string, datelineDay: MonthDay | undefined): string {
  const m = /\b(\d{1,2})([/.-])(\d{1,2})\2(\d{4})\b/.exec(line);
  if (!m) return line;
  const weekday = WEEKDAYS.indexOf(/\b(sun|mon|tue|wed|thu|fri|sat)\w*\b/i.exec(line)?.[1]?.toLowerCase() ?? '');
  const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const fits = (day: number, month: number): boolean =>
    weekday >= 0
      ? new Date(Date.UTC(year, month - 1, day)).getUTCDay() === weekday
      : datelineDay !== undefined && datelineDay.day === day && datelineDay.month === month;
  const monthFirst = a <= 12 && b <= 31 && fits(b, a) && !(b <= 12 && fits(a, b));
  return monthFirst ? line.replace(m[0], `${b}${m[2]}${a}${m[2]}${year}`) : line;
}

/**
 * The month and day of a dateline that gives no year: "Amman, Nov. 10 (Petra) --", "TASHKENT, March 3 (UzA) -". Read
 * by hand, as chrono takes "Nov 10" for November 2010.
 */
export function yearlessDateline(line: string): MonthDay | undefined {
  const m = YEARLESS_DATELINE.exec(line);
  const month = m && ENGLISH_MONTH.test(m[1]!) ? ENGLISH_MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1 : 0;
  const day = m ? Number(m[2]) : 0;
  return month > 0 && day >= 1 && day <= 31 ? { month, day } : undefined;
}
const ENGLISH_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const YEARLESS_DATELINE = pattern(
  [/^(?:\p{Lu}[\p{L}'’.]*(?: \p{Lu}[\p{L}'’.]*){0,3},\s*){1,2}/u, /(\p{L}{3,9})\.? (\d{1,2})\s*(?:[-–—(]|\/)/u],
  'u',
);

/**
 * True when chrono read a day, a month and a year, each written: "3 hours ago" is certain of all three, but of the day
 * the page was read, not written.
 */
const isFullDate = (r: chrono.ParsedResult): boolean =>
  r.start.isCertain('day') && r.start.isCertain('month') && r.start.isCertain('year') && !RELATIVE.test(r.text);
const RELATIVE = /\b(?:ago|today|tonight|yesterday|tomorrow|now|last|next|this)\b/i;

/** A Hijri date beside the Gregorian one, as Saudi readouts write them: "Monday 1447/2/17 - 2025/08/11". */
const HIJRI_DATE = /\b1[34]\d\d([/.-])\d{1,2}\1\d{1,2}\b\s*[-–|]?\s*/g;
/** A Hijri date in words before the Gregorian one: "Riyadh, Jumada II 15, 1446, December 16, 2024, SPA --". */
const HIJRI_WORDS = pattern(
  [
    /\b/,
    alternatives([
      ...['Muharram', 'Safar', 'Rajab', "Sha[a'’]?ban", 'Ramadan', 'Shawwal', "Dhu[' ]?al-?(?:Qa[a'’]?dah|Hijjah)"],
      "Rabi[a'’]?\\s?(?:al-)?(?:Awwal|Akhir|Thani|I{1,2})",
      'Jumada(?:\\s?(?:al-)?(?:Ula|Akhirah|Awwal|Thani|I{1,2}))?',
    ]),
    /\s+\d{1,2},?\s+14\d\d,?\s*/,
  ],
  'g',
);
/** An author and a count of comments beside a byline's date. */
const AUTHOR_AND_COMMENTS = /\bby\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}|\b\d+\s+comments?\b/giu;

/**
 * The date of a story's dateline, before its first words: "Tashkent, Uzbekistan, 12 March 2025 - The foreign
 * minister …", "MANILA, March 12, 2025 – …", "Rome, 12 Mar 2025 15:02 - (Agency) - …", "Dakar, 12 mars 2025
 * (APS) -" (the month in the outlet's language), "Bogotá (Mar. 12/25). …"; or the date first: "March 12, 2025
 * (KHARTOUM) –".
 */
export function datelineDate(line: string): PartialDate | undefined {
  const text = line
    .replace(HIJRI_WORDS, '')
    // "Tehran, 18 Tir 1404 (July 9, 2025) – IRNA –": the Gregorian date in brackets after another calendar's.
    .replace(BRACKETED_GREGORIAN, '$1')
    // "VILNIUS, 2025-11-14 (BNA) —": a date written year first.
    .replace(/\b(\d{4})-(\d{2})-(\d{2})\b/, '$3/$2/$1')
    // "Quito (Mar. 12/25).": a month, a day and the year's last two digits, in brackets.
    .replace(/\s*\((\p{L}{3,9})\.? (\d{1,2})\/(\d{2})\)\./u, ', $1 $2, 20$3.');
  const date = DATELINE.exec(text)?.[1] ?? DATE_FIRST.exec(text)?.[1];
  if (!date) return undefined;
  for (const locale of [chrono.en.GB, ...FOREIGN_LOCALES]) {
    const found = locale.parse(date).find((r) => r.index === 0 && r.text === date.trim());
    if (found && isFullDate(found))
      return { year: found.start.get('year')!, month: found.start.get('month')!, day: found.start.get('day')! };
  }
  return undefined;
}
// "Belmopan. August 14, 2025. Prime Minister …", "Riyadh, December 16, 2024, SPA --" and "Chisinau, 19.02.2025
// /MOLDPRES/ -" too.
const DATELINE = pattern(
  [
    DATELINE_PLACE_WORDS,
    /([\p{L}\d,./ ]{6,24}?\d{4})\s*(?:\d{1,2}[:.]\d{2}\s*)?/u,
    // The agency after the date: ", SPA", ", Ukrinform", "/MOLDPRES/".
    /(?:,\s*\p{Lu}[\p{L}]{1,15}\s*|\/\p{Lu}[\p{L}]{2,}\/\s*)?(?:[-–—]|\(|\.\s+\p{Lu})/u,
  ],
  'u',
);
/** A dash after a date, perhaps after the place in capitals in brackets: " (KABUL) – ". */
const DASH_AFTER_DATE = /\s*(?:\(\p{Lu}[\p{Lu}\s.'’-]+\)\s*)?[-–—]\s/u;
/** A story's first words that are a date, then a dash or the place in capitals in brackets. */
const DATE_FIRST = pattern([/^((?:\p{L}{3,9}\.? \d{1,2},? \d{4}|\d{1,2} \p{L}{3,9}\.? \d{4}))/u, DASH_AFTER_DATE], 'u');
/** A date of another calendar, then the Gregorian one in brackets: "18 Tir 1404 (July 9, 2025)". */
const BRACKETED_GREGORIAN = /\b\d{1,2} \p{L}+ \d{4} \(((?:\p{L}+\.? \d{1,2},?|\d{1,2} \p{L}+\.?) \d{4})\)/u;

/** A breadcrumb of a page's sections: "News › Politics › Diplomacy". */
const BREADCRUMB = /^[\p{L}&\s]+(?:\s[›»>/]\s[\p{L}&\s]+)+$/u;

/** A month's name or short form, lower case in some bylines ("12 mar 2025"). */
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/** Words of a page's header or menu, never of a byline: a header's date is the day the page was read. */
const PAGE_WORDS = pattern(
  [
    /\b/,
    alternatives(['subscribe', 'newsletters?', 'log ?in', 'sign in', 'jobs', 'menu', 'search', 'usd', 'eur', '°c']),
    '|',
    /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/,
  ],
  'i',
);

/**
 * A byline of short parts set apart by bars, the date in one of them: "23/10/2024 | 14:05 | World", "Selin Aydemir
 * |12.04.2025 - Update : 13.04.2025", "By Staff reporter  November 20, 2024 | 06:12 pm GMT+7", "Feb 24, 2025
 * (updated: Feb 25, 2025)". A part may be an author ("By …"), a desk or a time, never a sentence.
 */
function isBylineShaped(line: string, dateAt: number): boolean {
  if (PAGE_WORDS.test(withoutPublishedWeekdays(line))) return false;
  const parts = line.replace(/\((?:updated|modified)[^)]*\)/i, '').split('|');
  let at = 0;
  return parts.every((part) => {
    const holdsDate = dateAt >= at && dateAt < at + part.length + 1;
    at += part.length + 1;
    // "Published: 3 hours ago | Updated: 1 hour ago By …": a time since, as a live page counts it, is no word.
    const words = part
      .replace(/\b\d+\s+(?:min(?:ute)?s?|hours?|hrs?|days?)\s+ago\b/gi, ' ')
      .replace(/\b\d[\d:./]*\b|\b(?:am|pm|gmt[+-]?\d*|update[ds]?)\b/gi, ' ')
      .split(/[\s,:–-]+/);
    // "Burak Dağ and Emre Aydın |12.03.2025": two authors.
    const named = words.filter((w) => /\p{L}/u.test(w) && w !== 'and');
    // Beside the date only an author ("By Staff reporter") or capitalised names: "The ministers met on …" is prose.
    // "Utorak, 14. 10. 2025. u 14:37": a word of one or two letters ("u", "à", "o") sets a time, as "at" does.
    const prose = named.some((w) => /^\p{Ll}/u.test(w) && !MONTH_WORD.test(w) && w.length > 2);
    // "By Aibarshyn Akhmetkali in Nation on 18 September 2024": an author's line may name a desk too.
    const by = /^\s*by\s/i.test(part);
    return holdsDate ? (by || !prose) && named.length <= (by ? 8 : 6) : named.length <= 4;
  });
}

/**
 * A line without its weekdays when it says when it was updated or published: "Friday, April 4, 2025 | Updated 17:55",
 * "Name | 14.03.2025 - Friday | 16:22 | Update: 14.03.2025 - Friday | 17:05".
 */
const withoutPublishedWeekdays = (line: string): string =>
  /\b(?:update[ds]?|published|posted)\b/i.test(line) ? line.replace(/\b\p{L}+day\b/giu, ' ') : line;

/**
 * A publication word right before a date: "Published", "Issued on:", "Posted:", "Updated"; and as French, Spanish,
 * Portuguese, German and Italian pages write it ("Mis à jour le 12.03.2024 à 21h40", "Publicado el …").
 */
const PUBLICATION_WORD = `\\b${alternatives([
  'publish(?:ed)?(?: date)?',
  'publication(?: date)?',
  'issued',
  'posted',
  'updated',
  'released',
  'publiée?',
  'mis à jour',
  'publicad[oa]',
  'actualizad[oa]',
  'atualizad[oa]',
  'veröffentlicht',
  'aktualisiert',
  'pubblicato',
  'aggiornato',
])}(?:\\s+(?:on|le|el|em|am|il))?\\s*[:–-]?\\s*`;
const PUBLICATION_CUE = new RegExp(`${PUBLICATION_WORD}$`, 'i');
/** A publication word right before a date anywhere in a line ("Publish Date: Aug 09, 2024 at 06:40 AM"). */
const PUBLICATION_CUE_ANYWHERE = new RegExp(`${PUBLICATION_WORD}(?:\\d|\\p{L}{3,9}\\.? \\d)`, 'iu');

/**
 * The date of a part of a line set apart by bars that says it is the date: "Sena Güler | 08.07.2026 - Update :
 * 08.07.2026", "Press release | Date: 12/06/2025 | Ministry of Foreign Affairs". A bare date beside a site's sections
 * ("Tuesday, May 13, 2025 | Kuwait | Business") is the day the page was read, and is not taken.
 */
function datedPart(line: string, datelineDay: MonthDay | undefined): PartialDate | undefined {
  const parts = line.includes('|') ? line.split('|').map((p) => p.trim()) : [];
  for (const part of parts.filter((p) => p.length <= 60 && DATE_WORD.test(p))) {
    const date = dateOfDateLine(part, datelineDay);
    if (date) return date;
  }
  return undefined;
}
const DATE_WORD = /\b(?:date|update[sd]?|published|posted|issued)\b/i;

/**
 * A line without an editor's note in square brackets ("[Translated from the Arabic service]   13/02/2025 - 09:41
 * PM") and with a North Korean year as the Gregorian one ("Juche 114 (Friday) October 10": October 10, 2025).
 */
const withoutNotes = (line: string): string =>
  line
    .replace(/\[[^\]\d]*\]/g, ' ')
    .replace(JUCHE_DATE, (_, year: string, date: string) => `${date}, ${JUCHE_START + Number(year)}`);
/** A year of the Juche calendar, a weekday in brackets perhaps, and the month and day; its first year is 1912. */
const JUCHE_DATE = /\bJuche (\d{2,3})\s*(?:\(\p{L}+\)\s*)?(\p{L}+\.? \d{1,2})\b/u;
const JUCHE_START = 1911;

/** How long a story takes to read, beside its date in a byline: "June 19, 2025 · 4 min read". */
const READING_TIME = pattern(
  [/[·•|]?\s*/, /(?:\breading time:?\s*\d{1,2}\s*min(?:ute)?s?\b|\b\d{1,2}\s*min(?:ute)?s?\.?\s+read\b)/],
  'giu',
);

/** How often a story was read or answered, beside its date in a byline: "- 1,204 views", "· 12 comments". */
const PAGE_COUNT = /[·•|-]?\s*\b\d[\d,.]*\s+(?:views|reads|comments|shares)\b/giu;

/** The first date line near the top of a briefing that has no date marker: its byline's date. */
export function bylineDate(lines: readonly string[]): PartialDate | undefined {
  // A page's columns set apart by runs of spaces are one line of words.
  const top = lines
    .map((l) =>
      asciiDigits(withoutNotes(l))
        .replace(READING_TIME, ' ')
        .replace(PAGE_COUNT, ' ')
        .trim()
        .replace(/\s{2,}/g, ' '),
    )
    .filter(Boolean)
    .slice(0, BYLINE_LINES_MOST);
  const story = top.findIndex((l) => l.split(/\s+/).length >= STORY_LINE_WORDS);
  const above = top.slice(0, story < 0 ? top.length : Math.max(BYLINE_LINES, story));
  const datelineDay = story < 0 ? undefined : yearlessDateline(top[story]!);
  for (const line of above) {
    // A long line is a sentence, unless a publication word stands before its date ("World | Published on …").
    const date =
      (line.length <= 60 || (line.length <= 160 && PUBLICATION_CUE_ANYWHERE.test(line))
        ? dateOfDateLine(line, datelineDay)
        : undefined) ?? datedPart(line, datelineDay);
    if (date) return date;
  }
  for (const line of top.slice(0, story < 0 ? top.length : story + 1)) {
    const date = datelineDate(line);
    if (date) return date;
  }
  for (const line of above) {
    const foreign = FOREIGN_MONTH.test(line) || FOREIGN_SCRIPT.test(line);
    const year = /\b\d{4}\b/.test(line) || ERA_ALONE.test(line);
    const date = line.length <= 120 && foreign && year ? foreignDateLine(line) : undefined;
    if (date) return date;
  }
  for (const line of above) {
    const date = line.length <= 120 ? (nordicDate(line) ?? persianDate(line)) : undefined;
    if (date) return date;
  }
  return undefined;
}

/** The first code point of each run of ten decimal digits that is not ASCII: Arabic, Persian, Devanagari, Bengali… */
const DIGIT_ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xed0, 0x1040];

/**
 * A line with its digits in ASCII:
 * "০৪ এপ্রিল ২০২৫" (Bengali) as "04 এপ্রিল 2025",
 * "۵ اسفند ۱۴۰۳" (Persian) likewise.
 */
const asciiDigits = (line: string): string =>
  line.replace(/\p{Nd}/gu, (d) => {
    const code = d.codePointAt(0)!;
    const zero = DIGIT_ZEROS.find((z) => code >= z && code < z + 10);
    return zero === undefined ? d : String(code - zero);
  });

/** The months of the Persian (Solar Hijri) calendar, as English and Persian write them, in order. */
const PERSIAN_MONTHS = [
  ['farvardin', 'فروردین'],
  ['ordibehesht', 'اردیبهشت'],
  ['khordad', 'خرداد'],
  ['tir', 'تیر'],
  ['mordad', 'amordad', 'مرداد'],
  ['shahrivar', 'شهریور'],
  ['mehr', 'مهر'],
  ['aban', 'آبان'],
  ['azar', 'آذر'],
  ['dey', 'dei', 'دی'],
  ['bahman', 'بهمن'],
  ['esfand', 'espand', 'اسفند'],
];
const PERSIAN_DATE = new RegExp(
  `(?<!\\d)(\\d{1,2})\\s+(${PERSIAN_MONTHS.flat().join('|')})\\s+(1[34]\\d\\d)(?!\\d)`,
  'iu',
);

/**
 * A date of the Persian calendar, which Iranian and Afghan outlets give alone ("Thursday, 25 Ordibehesht 1404",
 * "یکشنبه ۵ اسفند ۱۴۰۳"), as the Gregorian day: the day of the year after 1 Farvardin that ICU's
 * Persian calendar gives the same day, month and year.
 * @example persianDate('Thursday, 25 Ordibehesht 1404 - 11:32') // → { year: 2025, month: 5, day: 15 }
 */
function persianDate(line: string): PartialDate | undefined {
  const m = PERSIAN_DATE.exec(line);
  if (!m) return undefined;
  const [day, month, year] = [
    Number(m[1]),
    PERSIAN_MONTHS.findIndex((names) => names.includes(m[2]!.toLowerCase())) + 1,
    Number(m[3]),
  ];
  const format = new Intl.DateTimeFormat('en-u-ca-persian', { ...PERSIAN_PARTS, timeZone: 'UTC' });
  // 1 Farvardin falls on 20 or 21 March; a year has at most 366 days.
  const start = Date.UTC(year + 621, 2, 15);
  for (let k = 0; k < 380; k += 1) {
    const at = new Date(start + k * 86_400_000);
    const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]));
    if (Number(parts.year) === year && Number(parts.month) === month && Number(parts.day) === day)
      return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
  }
  return undefined;
}
const PERSIAN_PARTS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric' };

/** Month names of those languages that English does not share: a cheap test before parsing a line in each. */
const FOREIGN_MONTH = new RegExp(
  `\\b(?:${[
    'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre',
    'janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre',
    'janeiro fevereiro março marco maio junho julho setembro outubro dezembro',
    'januar februar märz maerz juni juli oktober dezember gennaio febbraio aprile maggio giugno luglio settembre',
    'ottobre dicembre januari februari maart mei augustus agustus desember',
  ]
    .join(' ')
    .split(' ')
    .join('|')})\\b`,
  'iu',
);

/** Scripts whose dates English never reads: Arabic, Cyrillic, and the year mark of Chinese, Japanese and Korean. */
const FOREIGN_SCRIPT = /[\u0600-\u06FF\u0400-\u04FF年년]/u;

/** Languages of pages copied or machine-translated from outlets abroad, whose bylines keep their own dates. */
const FOREIGN_LOCALES = [chrono.es, chrono.fr, chrono.pt, chrono.de, chrono.it, chrono.nl, chrono.id];
const FOREIGN_SCRIPT_LOCALES = [chrono.ar, chrono.ru, chrono.uk, chrono.ja];

/**
 * What stands before a foreign byline's date and is no word of a sentence: a Hijri date before the Gregorian one
 * ("الثلاثاء 12 ربيع الآخر 1446 هـ -"), an era's year before the Gregorian year in brackets
 * ("令和6年（2024年）").
 */
const OTHER_CALENDAR = /^[\u0600-\u06FF\s]*\d{1,2}\s[\u0600-\u06FF\s]+1[34]\d\d\s*(?:هـ)?\s*[-–|]?\s*/u;
const ERA_YEAR = /[^\s\d（(]*\d{1,2}年[（(](\d{4})年[）)]/u;
/** A Japanese era's year with no Gregorian one beside it, and the year before each era's first. */
const ERA_ALONE = /(令和|平成)(\d{1,2}|元)年(?![（(])/u;
const ERA_START: Readonly<Record<string, number>> = { 令和: 2018, 平成: 1988 };
/** A place and a comma before a dateline's date: "Ciudad de México, ". */
const PLACE_BEFORE = /^\s*\p{Lu}[\p{L}.'’-]*(?:\s+(?:de|del|da|do|di|la|el|\p{Lu}[\p{L}.'’-]*)){0,4},\s*$/u;

/**
 * A byline's date written in another language, at the start of its line or after a word or two: "POLÍTICA 21 de
 * octubre de 2025, 06:30 a. m.", "Publié le 3 mars 2025 à 10h12". Its month is a word, so the order of day and month
 * is never guessed.
 */
function foreignDateLine(written: string): PartialDate | undefined {
  // A date English reads was judged already ("Thursday, 22 May 2025 | Abu Dhabi 41°C" is a header, not a byline).
  if (chrono.en.GB.parse(written).some((r) => r.start.isCertain('day'))) return undefined;
  const line = written
    .replace(OTHER_CALENDAR, '')
    .replace(ERA_YEAR, '$1年')
    // "令和7年8月24日": an era's year alone, as the Gregorian one.
    .replace(ERA_ALONE, (_, era: string, n: string) => `${ERA_START[era]! + (n === '元' ? 1 : Number(n))}年`)
    // "2024년 7월 9일": Korean writes the year, month and day marks as Japanese reads them.
    .replace(/(\d)\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/u, '$1年$2月$3日');
  const locales = FOREIGN_SCRIPT.test(line) ? FOREIGN_SCRIPT_LOCALES : FOREIGN_LOCALES;
  for (const locale of locales) {
    const found = locale.parse(line).find((r) => /\p{L}{3}|年|년/u.test(r.text) && /\d{4}/.test(r.text));
    if (!found || !found.start.isCertain('day') || !found.start.isCertain('month') || !found.start.isCertain('year'))
      continue;
    // "Secretaría de Relaciones Exteriores | Comunicado No. 142 | Ciudad de México, 9 de abril de 2025": the parts
    // before a bar are an outlet's, and a place may stand before the date, as in a dateline.
    const part = line.slice(0, found.index).split(/[|·•]/u);
    const before = `${part.length > 1 ? 'outlet ' : ''}${part.at(-1)!.replace(PLACE_BEFORE, '')}`;
    if (before.split(/\s+/).filter(Boolean).length > 2) continue;
    return { year: found.start.get('year')!, month: found.start.get('month')!, day: found.start.get('day')! };
  }
  return undefined;
}

/** A day, a month's word and a year at a line's start, in a language read nowhere else: "18. júlí 2025 kl. 09:14". */
const DAY_MONTH_WORD_YEAR =
  /^(?:[\p{L}\p{M}]+[,:]?\s+){0,2}(?<day>\d{1,2})\.?\s+(?<word>[\p{L}\p{M}]{3,12})\.?,?\s+(?<year>\d{4})\b/u;
const ENGLISH_MONTH = pattern(
  [
    '^',
    alternatives([
      ...['jan(?:uary)?', 'feb(?:ruary)?', 'mar(?:ch)?', 'apr(?:il)?', 'may', 'june?', 'july?', 'aug(?:ust)?'],
      ...['sept?(?:ember)?', 'oct(?:ober)?', 'nov(?:ember)?', 'dec(?:ember)?'],
    ]),
    '$',
  ],
  'i',
);
/**
 * Languages whose months English does not read (chrono reads some, but not beside another script), and which pages
 * translated into English keep in their bylines: Romance, Germanic, Nordic, Baltic, Slavic, Balkan, Hungarian,
 * Romanian, Turkic, Albanian, Swahili, Malay, Tagalog, Somali, Hausa; Bengali, Hindi, Nepali, Georgian, Armenian.
 */
const MONTH_LOCALES = (
  'fr es pt de it nl cs sk pl hr bs sr-Latn sl hu ro tr az uz lt lv et fi sv da nb nn is sq sw id ms tl so ha ' +
  'bn hi ne ka hy el'
).split(' ');

/**
 * Each month's words in those languages as ICU writes them, alone, shortened and in a date ("červen", "června",
 * "čvn"), accents folded and lower-cased; a word two languages give two months ("listopada": November in Polish,
 * October in Croatian) is left out.
 */
function buildMonthWords(): ReadonlyMap<string, number> {
  const found = new Map<string, Set<number>>();
  const forms: Intl.DateTimeFormatOptions[] = [
    { month: 'long' },
    { month: 'short' },
    { day: 'numeric', month: 'long' },
    { day: 'numeric', month: 'short' },
  ];
  for (const locale of MONTH_LOCALES)
    for (const form of forms) {
      const format = new Intl.DateTimeFormat(locale, { ...form, timeZone: 'UTC' });
      for (let month = 1; month <= 12; month += 1)
        for (const [word] of format.format(Date.UTC(2025, month - 1, 20)).matchAll(/[\p{L}\p{M}]{3,}/gu)) {
          const key = withoutMarks(word).toLowerCase();
          found.set(key, (found.get(key) ?? new Set()).add(month));
        }
    }
  return new Map([...found].flatMap(([word, months]) => (months.size === 1 ? [[word, [...months][0]!]] : [])));
}
/** {@link buildMonthWords}, built on first use: ICU's locales cost some 90 ms to load, which no start-up should pay. */
const monthWords = ((): (() => ReadonlyMap<string, number>) => {
  let words: ReadonlyMap<string, number> | undefined;
  return () => (words ??= buildMonthWords());
})();

/**
 * "18. júlí 2025" (Icelandic), "8:05 20. června 2025" (Czech, after a time), "Jumamosi, Agosti 16, 2025" (Swahili,
 * the month first), "2024. gada 16. aprīlis" (Latvian, the year first): a byline part's date whose month is a word
 * of {@link buildMonthWords}.
 */
function nordicDate(line: string): PartialDate | undefined {
  for (const part of line.split(/[|·•]/u)) {
    const text = part.trim().replace(/^\d{1,2}[:.]\d{2}\s+/, '');
    const { day, word, year } =
      [DAY_MONTH_WORD_YEAR, MONTH_WORD_DAY_YEAR, YEAR_DAY_MONTH_WORD]
        .map((re) => re.exec(text)?.groups)
        .find(Boolean) ?? {};
    // An English month was judged already ("On 12 March 2025 the ministers …" opens a story, not a byline).
    const month = word && !ENGLISH_MONTH.test(word) ? monthWords().get(withoutMarks(word).toLowerCase()) : undefined;
    if (month && Number(day) >= 1 && Number(day) <= 31) return { year: Number(year), month, day: Number(day) };
  }
  return undefined;
}
const MONTH_WORD_DAY_YEAR =
  /^(?:[\p{L}\p{M}]+,?\s+)?(?<word>[\p{L}\p{M}]{3,12})\s+(?<day>\d{1,2}),?\s+(?<year>\d{4})\b/u;
const YEAR_DAY_MONTH_WORD = /^(?:\p{L}+,?\s+)?(?<year>\d{4})\.\s+gada\s+(?<day>\d{1,2})\.\s+(?<word>\p{L}{3,12})/u;

/** Words of a site's menu or a ticker beside a header's date: such a header is the day the page was read. */
const MENU_WORDS = /\b(?:subscribe|newsletters?|log ?in|sign in|jobs|menu|search|usd|eur)\b|°c/i;
const WEEKDAY = /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/**
 * The date of a page's header with a weekday ("Thursday, 16/11/2023 | 11:35 (GMT+7)", "Newswire | Tuesday, October
 * 10, 2023", "Thursday, 15 August 2024 | 11th Waxing of Wagaung 1386 ME"), for a briefing no byline dates. None when
 * the header carries a menu or rates, or when the briefing names years, all before the header's (a page read long
 * after the story).
 */
export function headerDate(lines: readonly string[], body: string): PartialDate | undefined {
  for (const line of lines
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, BYLINE_LINES)) {
    if (line.length > 80 || !WEEKDAY.test(line) || MENU_WORDS.test(line)) continue;
    const found = chrono.en.GB.parse(line).find((r) => /\d/.test(r.text) && isFullDate(r));
    if (!found) continue;
    const date = { year: found.start.get('year')!, month: found.start.get('month')!, day: found.start.get('day')! };
    const years = [...body.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0]));
    return years.length === 0 || years.some((y) => y >= date.year) ? date : undefined;
  }
  return undefined;
}
