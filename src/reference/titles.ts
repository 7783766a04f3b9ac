/**
 * Titles of officials as briefings write them. Curated: no package lists diplomatic and government titles.
 * Each is lower case, words separated by single spaces; hyphenated forms are listed as written.
 */
export const TITLE_HEADS: readonly string[] = [
  'president', 'vice president', 'vice-president', 'prime minister', 'premier', 'vice premier', 'chancellor',
  'foreign minister', 'foreign secretary', 'secretary of state', 'state councilor', 'state councillor',
  'external affairs minister', 'minister of foreign affairs', 'minister for foreign affairs', 'foreign affairs minister',
  'minister of external affairs', 'secretary-general', 'secretary general', 'director-general', 'director general',
  'king', 'queen', 'emir', 'amir', 'crown prince', 'prince', 'sheikh', 'sultan', 'monarch',
  'ambassador', 'envoy', 'special envoy', 'special representative', 'high representative', 'high commissioner',
  'speaker', 'chairman', 'chairwoman', 'chairperson', 'chair', 'governor', 'senator', 'mayor', 'commissioner',
  'spokesperson', 'spokesman', 'spokeswoman', 'minister', 'head of state', 'head of government', 'leader',
  'counterpart', 'fm', 'pm', 'dpm', 'deputy prime minister', 'deputy foreign minister', 'vice foreign minister',
  'army chief', 'chief of army staff', 'national security adviser', 'national security advisor', 'adviser', 'advisor',
  'cabinet secretary', 'prime cabinet secretary', 'governor-general', 'governor general', 'opposition leader',
  'leader of the opposition', 'defence minister', 'defense minister',
];

/** Words that may stand before a title and belong to it ("Caretaker Foreign Minister", "Deputy Chairman"). */
export const TITLE_MODIFIERS: readonly string[] = [
  'deputy', 'vice', 'acting', 'caretaker', 'interim', 'first', 'senior', 'former', 'outgoing', 'incoming', 'federal',
  'state', 'chief', 'executive', 'assistant', 'under', 'principal', 'special', 'new', 'newly-appointed', 'newly-elected',
];

/** Portfolios written before "Minister" ("Commerce Minister", "Defence Minister"). */
export const PORTFOLIOS: readonly string[] = [
  'commerce', 'trade', 'defence', 'defense', 'interior', 'home', 'finance', 'energy', 'economy', 'economic',
  'industry', 'agriculture', 'health', 'education', 'information', 'planning', 'petroleum', 'railways', 'water',
  'climate', 'justice', 'labour', 'labor', 'transport', 'foreign', 'external', 'culture', 'tourism', 'investment',
  'digital', 'environment', 'security', 'communications', 'science', 'mining', 'power', 'maritime',
];

/** Titles a head of state or government holds; their holder speaks for the country. */
export const LEADER_TITLES: readonly string[] = ['president', 'prime minister', 'premier', 'king', 'queen', 'emir', 'amir', 'chancellor', 'leader', 'head of state', 'head of government', 'monarch', 'sultan', 'crown prince'];

/** Words that make a capitalised phrase an organisation, a body or a building rather than a person. */
export const INSTITUTION_WORDS: ReadonlySet<string> = new Set([
  'organization', 'organisation', 'council', 'committee', 'commission', 'corridor', 'hospital', 'house', 'palace',
  'ministry', 'office', 'bank', 'forum', 'summit', 'republic', 'union', 'nations', 'assembly', 'strip', 'agency',
  'project', 'party', 'university', 'airport', 'federation', 'government', 'cabinet', 'conference', 'parliament',
  'senate', 'congress', 'court', 'army', 'forces', 'force', 'group', 'company', 'corporation', 'fund', 'institute',
  'association', 'alliance', 'treaty', 'initiative', 'programme', 'program', 'center', 'centre', 'hall', 'square',
  'embassy', 'consulate', 'mission', 'secretariat', 'department', 'board', 'authority', 'news', 'times', 'post',
  'media', 'wing', 'press', 'tv', 'radio', 'channel', 'platform', 'spirit', 'economic', 'development', 'cooperation',
  'security', 'affairs', 'states', 'republics', 'islands', 'sea', 'ocean', 'river', 'gulf', 'region', 'province',
  'street', 'road', 'highway', 'station', 'port', 'zone', 'day', 'week', 'games', 'cup', 'olympics', 'expo',
]);
