/**
 * Seats of government and venues of diplomacy that name their city: "received at the Akorda" was in Astana. Only
 * venues whose name belongs to one city; a "Presidential Palace" or a "State House" names none.
 */
const VENUE_CITIES: Readonly<Record<string, string>> = {
  // Europe
  kremlin: 'Moscow',
  'elysee palace': 'Paris',
  elysee: 'Paris',
  "quai d'orsay": 'Paris',
  matignon: 'Paris',
  'downing street': 'London',
  'lancaster house': 'London',
  'palazzo chigi': 'Rome',
  farnesina: 'Rome',
  quirinale: 'Rome',
  'quirinal palace': 'Rome',
  'bellevue palace': 'Berlin',
  'schloss bellevue': 'Berlin',
  'zarzuela palace': 'Madrid',
  zarzuela: 'Madrid',
  'la moncloa': 'Madrid',
  'moncloa palace': 'Madrid',
  'palacio de santa cruz': 'Madrid',
  hofburg: 'Vienna',
  ballhausplatz: 'Vienna',
  berlaymont: 'Brussels',
  'europa building': 'Brussels',
  'justus lipsius': 'Brussels',
  'egmont palace': 'Brussels',
  belweder: 'Warsaw',
  'belvedere palace': 'Warsaw',
  'stenbock house': 'Tallinn',
  'mariinsky palace': 'Kyiv',
  bankova: 'Kyiv',
  'ak saray': 'Ankara',
  'dolmabahce palace': 'Istanbul',
  'vahdettin pavilion': 'Istanbul',
  'vahdettin mansion': 'Istanbul',
  'maximos mansion': 'Athens',
  'palais des nations': 'Geneva',
  // Central Asia and the Caucasus
  akorda: 'Astana',
  'ak orda': 'Astana',
  kuksaroy: 'Tashkent',
  'kuksaroy residence': 'Tashkent',
  'oguzkhan palace': 'Ashgabat',
  'oguzhan palace': 'Ashgabat',
  'yntymak ordo': 'Bishkek',
  'ala-archa residence': 'Bishkek',
  'kokhi millat': 'Dushanbe',
  'zagulba residence': 'Baku',
  // Asia and the Pacific
  'great hall of the people': 'Beijing',
  zhongnanhai: 'Beijing',
  'diaoyutai state guesthouse': 'Beijing',
  diaoyutai: 'Beijing',
  'hyderabad house': 'New Delhi',
  'rashtrapati bhavan': 'New Delhi',
  'south block': 'New Delhi',
  'aiwan-e-sadr': 'Islamabad',
  'singha durbar': 'Kathmandu',
  'sheetal niwas': 'Kathmandu',
  baluwatar: 'Kathmandu',
  'state guest house padma': 'Dhaka',
  'state guest house jamuna': 'Dhaka',
  bangabhaban: 'Dhaka',
  'temple trees': 'Colombo',
  kantei: 'Tokyo',
  'akasaka palace': 'Tokyo',
  'iikura guest house': 'Tokyo',
  'blue house': 'Seoul',
  'yongsan presidential office': 'Seoul',
  'malacanang palace': 'Manila',
  malacanang: 'Manila',
  'merdeka palace': 'Jakarta',
  'bogor palace': 'Bogor',
  'istana negara': 'Kuala Lumpur',
  'wisma putra': 'Putrajaya',
  'perdana putra': 'Putrajaya',
  'seri perdana': 'Putrajaya',
  istana: 'Singapore',
  'the beehive': 'Wellington',
  // Middle East and North Africa
  'amiri diwan': 'Doha',
  'lusail palace': 'Doha',
  'qasr al shati': 'Abu Dhabi',
  'qasr al watan': 'Abu Dhabi',
  'al-yamamah palace': 'Riyadh',
  'al yamamah palace': 'Riyadh',
  'al-salam palace': 'Jeddah',
  'al salam palace': 'Jeddah',
  'bayan palace': 'Kuwait City',
  'al alam palace': 'Muscat',
  'bait al barakah': 'Muscat',
  'sakhir palace': 'Manama',
  'gudaibiya palace': 'Manama',
  'al-ittihadiya palace': 'Cairo',
  'al ittihadiya palace': 'Cairo',
  'ittihadiya palace': 'Cairo',
  'al husseiniya palace': 'Amman',
  'raghadan palace': 'Amman',
  'baabda palace': 'Beirut',
  'el mouradia palace': 'Algiers',
  'el mouradia': 'Algiers',
  'carthage palace': 'Tunis',
  muqataa: 'Ramallah',
  "sa'dabad palace": 'Tehran',
  // Africa
  'union buildings': 'Pretoria',
  'state house nairobi': 'Nairobi',
  'villa somalia': 'Mogadishu',
  'aso rock': 'Abuja',
  'aso villa': 'Abuja',
  'jubilee house': 'Accra',
  'koulouba palace': 'Bamako',
  'tafawa balewa house': 'Abuja',
  // The Americas
  'white house': 'Washington',
  'oval office': 'Washington',
  'foggy bottom': 'Washington',
  'casa rosada': 'Buenos Aires',
  'palacio san martin': 'Buenos Aires',
  'palacio de lopez': 'Asunción',
  'torre ejecutiva': 'Montevideo',
  'palacio do planalto': 'Brasília',
  'planalto palace': 'Brasília',
  planalto: 'Brasília',
  itamaraty: 'Brasília',
  'alvorada palace': 'Brasília',
  'palacio de la moneda': 'Santiago',
  'la moneda': 'Santiago',
  'casa de narino': 'Bogotá',
  'miraflores palace': 'Caracas',
  'palace of the revolution': 'Havana',
  'rideau hall': 'Ottawa',
  'parliament hill': 'Ottawa',
};

/** A venue's name folded for look-up: no accents, lower case, one space, no leading "the". */
const foldVenue = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .trim();

/** The first words of the venues: a name that starts with none of them names no venue. */
const FIRST_WORDS: ReadonlySet<string> = new Set(Object.keys(VENUE_CITIES).map((k) => k.split(' ')[0]!));

/**
 * The city of a venue by name, or undefined.
 * @example venueCity('the Akorda') // → 'Astana'
 */
export function venueCity(name: string): string | undefined {
  return VENUE_CITIES[foldVenue(name)];
}

/**
 * The city of a venue named anywhere in words, the longest name first: "presidential palace Akorda" was in Astana.
 * @example venueCityWithin('presidential palace Akorda') // → 'Astana'
 */
export function venueCityWithin(words: string): string | undefined {
  const parts = foldVenue(words).split(' ');
  for (let n = parts.length; n >= 1; n--)
    for (let i = 0; i + n <= parts.length; i++) {
      const city = VENUE_CITIES[parts.slice(i, i + n).join(' ')];
      if (city) return city;
    }
  return undefined;
}

/** Whether a word (folded, without "the") can start a venue's name: a cheap test before {@link venueCity}. */
export const mayStartVenue = (word: string): boolean => FIRST_WORDS.has(foldVenue(word));

/** Gatherings held in one city every time: "on the sidelines of the UN General Assembly" was in New York. */
const EVENT_CITIES: readonly (readonly [RegExp, string])[] = [
  [/\b(?:UN|United Nations) General Assembly\b|\bUNGA\b/i, 'New York'],
  [/\bMunich Security Conference\b/i, 'Munich'],
  [/\bShangri-La Dialogue\b/i, 'Singapore'],
  [/\bRaisina Dialogue\b/i, 'New Delhi'],
  [/\bAntalya Diplomacy Forum\b/i, 'Antalya'],
  [/\bDoha Forum\b/i, 'Doha'],
  [/\bManama Dialogue\b/i, 'Manama'],
  [/\bWorld Government Summit\b/i, 'Dubai'],
  [/\bSt\.? Petersburg International Economic Forum\b|\bSPIEF\b/i, 'Saint Petersburg'],
  [/\bEastern Economic Forum\b/i, 'Vladivostok'],
  [/\bHalifax International Security Forum\b/i, 'Halifax'],
];

/**
 * The city of an event held there every time, or undefined.
 * @example eventCity('79th session of the UN General Assembly') // → 'New York'
 */
export function eventCity(event: string): string | undefined {
  return EVENT_CITIES.find(([re]) => re.test(event))?.[1];
}
