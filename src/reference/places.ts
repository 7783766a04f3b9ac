import cityTimezones from 'city-timezones';
import { foldName } from '../text/names.js';
import { typoTolerant } from '../text/typos.js';
import type { CountryRef } from './countries.js';

/** Small words inside a place name: "Rio de Janeiro", "Dar es Salaam". */
export const PLACE_PARTICLES: readonly string[] = ['de', 'es', 'del', 'da', 'do', 'al', 'el', 'la', 'le', 'sur'];

/** A city briefbot can name as a meeting's location. */
export interface Place {
  name: string;
  /** ISO alpha-3 code of its country. */
  country: string;
  /** IANA timezone, when known. */
  timezone?: string;
}

/** Cities smaller than this are only known when they are capitals: small towns share names with common words. */
export const MIN_CITY_POPULATION = 100_000;

/** Former or alternative names the city data lacks, mapped to the name it has. */
export const PLACE_ALIASES: Readonly<Record<string, string>> = {
  'nur-sultan': 'Astana',
  'new delhi': 'New Delhi',
  kiev: 'Kyiv',
  kyiv: 'Kyiv',
  samarqand: 'Samarkand',
  // Short and older names papers use: "Marcos to meet Takaichi in KL".
  kl: 'Kuala Lumpur',
  hcmc: 'Ho Chi Minh City',
  saigon: 'Ho Chi Minh City',
  rangoon: 'Yangon',
  addis: 'Addis Ababa',
  // The older or other spellings of cities named above as papers write them now.
  lvov: 'Lviv',
  odessa: 'Odesa',
  'saint petersburg': 'St. Petersburg',
  hrodna: 'Grodno',
};

/**
 * Towns too small for the city data where leaders and ministers meet: seats of government, summit resorts, border
 * villages and palaces' towns (ISO alpha-3 code of each one's country). Curated: no package lists diplomatic venues.
 */
export const VENUE_TOWNS: Readonly<Record<string, string>> = {
  Putrajaya: 'MYS',
  Langkawi: 'MYS',
  Baabda: 'LBN',
  Davos: 'CHE',
  Bürgenstock: 'CHE',
  Kananaskis: 'CAN',
  'La Malbaie': 'CAN',
  'Camp David': 'USA',
  'Palm Beach': 'USA',
  Panmunjom: 'KOR',
  'Sharm el-Sheikh': 'EGY',
  'El Alamein': 'EGY',
  'Dead Sea': 'JOR',
  Aqaba: 'JOR',
  AlUla: 'SAU',
  Bled: 'SVN',
  'Brdo pri Kranju': 'SVN',
  Ohrid: 'MKD',
  Dubrovnik: 'HRV',
  Tivat: 'MNE',
  Cernobbio: 'ITA',
  Fasano: 'ITA',
  Capri: 'ITA',
  Elmau: 'DEU',
  Biarritz: 'FRA',
  Évian: 'FRA',
  Shusha: 'AZE',
  Lachin: 'AZE',
  Borjomi: 'GEO',
  Batumi: 'GEO',
  'Cholpon-Ata': 'KGZ',
  Awaza: 'TKM',
  Burabay: 'KAZ',
  Turkistan: 'KAZ',
  Khiva: 'UZB',
  Termez: 'UZB',
  Sochi: 'RUS',
  'Nusa Dua': 'IDN',
  'Labuan Bajo': 'IDN',
  'Victoria Falls': 'ZWE',
  'Mt Hampden': 'ZWE',
  Munda: 'SLB',
  Antalya: 'TUR',
  'Siem Reap': 'KHM',
  'Luang Prabang': 'LAO',
  Pattaya: 'THA',
  'Hua Hin': 'THA',
  Boao: 'CHN',
  'Ha Long': 'VNM',
  'Phu Quoc': 'VNM',
  Bagan: 'MMR',
  Mekelle: 'ETH',
  Comrat: 'MDA',
  'Punta del Este': 'URY',
};

/** English names of cities the table spells otherwise, as papers write them now ("Lviv", not "Lvov"). */
const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  samarqand: 'Samarkand',
  'washington, d.c.': 'Washington',
  lvov: 'Lviv',
  odessa: 'Odesa',
  dnipropetrovsk: 'Dnipro',
  'tel aviv-yafo': 'Tel Aviv',
  vitsyebsk: 'Vitebsk',
  hrodna: 'Grodno',
  irbil: 'Erbil',
  'al ladhiqiyah': 'Latakia',
};

/**
 * Cities by lower-cased name: capitals from the country data, cities of at least {@link MIN_CITY_POPULATION} from
 * city-timezones, and the {@link VENUE_TOWNS}. Where a name is shared, the larger city wins.
 * @example buildPlaces(countries).get('bishkek') // → { name: 'Bishkek', country: 'KGZ', timezone: 'Asia/Bishkek' }
 */
export function buildPlaces(countries: readonly CountryRef[]): Map<string, Place> {
  const places = new Map<string, Place & { pop: number }>();
  const add = (name: string, country: string, pop: number, timezone?: string): void => {
    const key = name.toLowerCase();
    const known = places.get(key);
    if (!known || known.pop < pop) places.set(key, { name, country, pop, ...(timezone ? { timezone } : {}) });
  };
  for (const c of cityTimezones.cityMapping) {
    const name = ENGLISH_NAMES[c.city_ascii.toLowerCase()] ?? c.city_ascii;
    if (c.pop >= MIN_CITY_POPULATION) add(name, c.iso3, c.pop, c.timezone);
  }
  for (const c of countries) {
    for (const written of c.capitals) {
      const capital = ENGLISH_NAMES[written.toLowerCase()] ?? written;
      const known = places.get(capital.toLowerCase());
      if (!known || known.country !== c.code) add(capital, c.code, Number.MAX_SAFE_INTEGER, known?.timezone);
    }
  }
  for (const [name, country] of Object.entries(VENUE_TOWNS)) if (!places.has(name.toLowerCase())) add(name, country, 0);
  for (const [alias, name] of Object.entries(PLACE_ALIASES)) {
    const target = places.get(name.toLowerCase());
    if (target && !places.has(alias)) places.set(alias, target);
  }
  const out = new Map<string, Place>();
  for (const [key, { pop: _pop, ...place }] of places) out.set(key, place);
  return out;
}

/** The lower-cased names of the states and provinces of the city data: "texas", "punjab", "hokkaido". */
export function buildRegions(): Set<string> {
  return new Set(cityTimezones.cityMapping.map((c) => c.province.toLowerCase()).filter((n) => n !== ''));
}

/** A city by its name as a briefing writes it, misspelt or not; undefined when it names none. */
export type PlaceLookup = (name: string) => Place | undefined;

/**
 * The {@link PlaceLookup} of a table of cities: the exact name, else the one city nearest in spelling ("Dushambe",
 * "Tashkant", "Kuala Lumpor"), as {@link typoTolerant} finds it; a word `isOtherWord` knows ("Chilean") is no
 * misspelt city (Chillán).
 * @example placeLookup(buildPlaces(countries))('Dushambe')?.name // → 'Dushanbe'
 */
export function placeLookup(
  places: ReadonlyMap<string, Place>,
  isOtherWord: (key: string) => boolean = () => false,
): PlaceLookup {
  const calendar = calendarWords();
  const find = typoTolerant(places, (key) => calendar.has(key) || isOtherWord(key));
  // "Ha Noi" is Hanoi: a name of two or three words may be the table's one word.
  const bare = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '');
  const lookup: PlaceLookup = (name) =>
    find(name) ??
    (bare(name) !== name ? find(bare(name)) : undefined) ??
    (/^\S+(?: \S+){1,2}$/.test(name) ? find(name.replace(/ /g, '')) : undefined);
  return (name) => asWritten(name, lookup(name));
}

/**
 * A city named as the briefing writes it when only accents, dots or case set it apart from the table's name ("Belém",
 * "St Petersburg"); the table's name for a misspelling ("Tashkant") or a name in capitals ("ABU DHABI").
 */
function asWritten(name: string, place: Place | undefined): Place | undefined {
  if (!place || name === place.name || !/\p{Ll}/u.test(name)) return place;
  const fold = (s: string): string => foldName(s).replace(/\s+/g, ' ').trim();
  return fold(name) === fold(place.name) ? { ...place, name: name.trim() } : place;
}

/**
 * The names of months and weekdays in English, lower case: words a place must not be read from ("in August" is
 * no misspelt Augusta).
 */
export function calendarWords(): ReadonlySet<string> {
  const month = new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
  const weekday = new Intl.DateTimeFormat('en', { weekday: 'long', timeZone: 'UTC' });
  const months = Array.from({ length: 12 }, (_, m) => month.format(Date.UTC(2024, m, 1)));
  const weekdays = Array.from({ length: 7 }, (_, d) => weekday.format(Date.UTC(2024, 0, 1 + d)));
  return new Set([...months, ...weekdays].map((w) => w.toLowerCase()));
}
