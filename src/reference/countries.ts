import * as worldCountriesModule from 'world-countries';
import type { Country } from 'world-countries';

/** A country as briefbot refers to it: ISO alpha-3 code, display name and every form that names it in text. */
export interface CountryRef {
  /** ISO 3166-1 alpha-3, e.g. `KGZ`. */
  code: string;
  /** ISO 3166-1 alpha-2 and alpha-3, e.g. `KG` and `KGZ`: short forms a hyphenated pair may use ("ph-japan"). */
  codes: string[];
  /** Common English name, e.g. `Kyrgyzstan`. */
  name: string;
  /** Names as written in text: common, official and Latin-script alternative spellings. */
  names: string[];
  /** Adjectives and demonyms: `Kyrgyz`, `Kirghiz`. */
  demonyms: string[];
  capitals: string[];
  independent: boolean;
}

/**
 * Modern English forms that world-countries lacks (it has the older `Kirghiz`, `Tadzhik`, `Kazakhstani`…).
 * Only what the package does not know belongs here.
 */
export const COUNTRY_FORM_SUPPLEMENT: Readonly<Record<string, { names?: string[]; demonyms?: string[] }>> = {
  KGZ: { demonyms: ['Kyrgyz', 'Kyrgyzstani'] },
  TJK: { demonyms: ['Tajik'] },
  KAZ: { demonyms: ['Kazakh'] },
  UZB: { demonyms: ['Uzbek'] },
  TKM: { demonyms: ['Turkmen'] },
  TUR: { names: ['Turkey'] },
  CZE: { names: ['Czech Republic'] },
  AZE: { demonyms: ['Azeri'] },
  SAU: { demonyms: ['Saudi'] },
  GBR: { names: ['Britain'] },
  MMR: { names: ['Burma'] },
  KOR: { demonyms: ['Korean'] },
  PRK: { names: ['DPRK'] },
  USA: { names: ['US', 'USA', 'America'] },
  BIH: { names: ['Bosnia'], demonyms: ['Bosnian'] },
  // The package's "Cape Verdian", "Salvadoran", "Guinea-Bissauan", "Equatorial Guinean", "Saint Vincentian", "Antiguan,
  // Barbudan", "Kosovar" and "Macedonian" leave out what papers also write.
  CPV: { names: ['Cabo Verde'], demonyms: ['Cape Verdean'] },
  MKD: { demonyms: ['North Macedonian'] },
  SLV: { demonyms: ['Salvadorean'] },
  GNB: { demonyms: ['Bissau-Guinean'] },
  GNQ: { demonyms: ['Equatoguinean'] },
  VCT: { demonyms: ['Vincentian'] },
  ATG: { demonyms: ['Antiguan'] },
  UNK: { demonyms: ['Kosovan'] },
  // "The Islamic Emirate's Minister of Foreign Affairs": the name Afghanistan's rulers give it, no UAE.
  AFG: { names: ['Islamic Emirate', 'Islamic Emirate of Afghanistan'] },
  // The package's "Maldivan", "Surinamer", "Comoran" and "Ni-Vanuatu" are rarely what a newspaper writes.
  MDV: { demonyms: ['Maldivian'] },
  NPL: { demonyms: ['Nepali'] },
  COM: { demonyms: ['Comorian'] },
  TLS: { demonyms: ['Timorese'] },
  SUR: { demonyms: ['Surinamese'] },
  VUT: { demonyms: ['Vanuatuan'] },
  // The package's "Ecuadorean", "Argentine", "Djibouti", "Icelander" and "Luxembourger" leave out what papers write.
  ECU: { demonyms: ['Ecuadorian'] },
  ARG: { demonyms: ['Argentinian'] },
  DJI: { demonyms: ['Djiboutian'] },
  ISL: { demonyms: ['Icelandic'] },
  LUX: { demonyms: ['Luxembourgish'] },
  // The package's "Slovene", "Slovak" and "Motswana" beside what papers also write.
  SVN: { demonyms: ['Slovenian'] },
  SVK: { demonyms: ['Slovakian'] },
  BWA: { demonyms: ['Botswanan'] },
};

/** Upper-case short forms that name a country only when written in capitals ("US", not "us"). */
export const UPPERCASE_COUNTRY_FORMS: Readonly<Record<string, string>> = {
  US: 'USA',
  USA: 'USA',
  UK: 'GBR',
  UAE: 'ARE',
  KSA: 'SAU',
  PRC: 'CHN',
  DPRK: 'PRK',
  ROK: 'KOR',
  PNG: 'PNG',
  DRC: 'COD',
  NZ: 'NZL',
  PH: 'PHL',
  TZ: 'TZA',
};

const isLatin = (s: string): boolean => /^[\p{Script=Latin}\p{M}\s'’.,-]+$/u.test(s) && /\p{L}/u.test(s);

/**
 * Build the country table from the world-countries package plus {@link COUNTRY_FORM_SUPPLEMENT}.
 * Short codes (2–3 capitals) are left out of `names`; see {@link UPPERCASE_COUNTRY_FORMS}.
 */
export function buildCountries(): CountryRef[] {
  // world-countries is CommonJS: its module.exports (the array) arrives as the namespace's default.
  const all = worldCountriesModule.default as unknown as Country[];
  return all.map((c) => {
    const extra = COUNTRY_FORM_SUPPLEMENT[c.cca3] ?? {};
    const names = [c.name.common, c.name.official, ...c.altSpellings, ...(extra.names ?? [])].filter(
      (n) => isLatin(n) && !/^[A-Z]{2,4}$/.test(n) && !n.includes(','),
    );
    const singular = [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(extra.demonyms ?? [])].filter(
      (d): d is string => typeof d === 'string' && d.length > 0,
    );
    // "the Saudis", "the Kenyans", "the Pakistanis": a people named in the plural.
    const demonyms = [...singular, ...singular.filter((d) => /(?:an|i)$/.test(d)).map((d) => `${d}s`)];
    return {
      code: c.cca3,
      codes: [c.cca2, c.cca3],
      name: c.name.common,
      names: [...new Set(names)],
      demonyms: [...new Set(demonyms)],
      capitals: c.capital ?? [],
      independent: c.independent === true,
    };
  });
}

/**
 * Map each lower-cased name or demonym to the countries it names. Where a form names several territories
 * ("Indian": India and the British Indian Ocean Territory), independent countries win.
 * @example countryForms(buildCountries()).get('kyrgyz') // → ['KGZ']
 */
export function countryForms(countries: CountryRef[]): Map<string, string[]> {
  const byForm = new Map<string, CountryRef[]>();
  for (const c of countries) {
    for (const form of [...c.names, ...c.demonyms]) {
      const key = form.toLowerCase();
      const list = byForm.get(key) ?? [];
      if (!list.includes(c)) list.push(c);
      byForm.set(key, list);
    }
  }
  const out = new Map<string, string[]>();
  for (const [form, list] of byForm) {
    const independent = list.filter((c) => c.independent);
    out.set(
      form,
      (independent.length > 0 ? independent : list).map((c) => c.code),
    );
  }
  return out;
}
