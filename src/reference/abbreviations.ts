/**
 * Abbreviations common in diplomatic briefings, with the phrases they stand for. Curated: no package covers
 * organisation acronyms of this field. Each entry is one search term: `SCO` finds "Shanghai Cooperation
 * Organization" and the reverse.
 */
export const ABBREVIATIONS: ReadonlyArray<{ short: string; long: readonly string[] }> = [
  { short: 'SCO', long: ['Shanghai Cooperation Organization', 'Shanghai Cooperation Organisation'] },
  { short: 'CHG', long: ['Council of Heads of Government'] },
  { short: 'CHS', long: ['Council of Heads of State'] },
  { short: 'CFM', long: ['Council of Foreign Ministers'] },
  { short: 'CPEC', long: ['China-Pakistan Economic Corridor'] },
  { short: 'BRICS', long: ['Brazil, Russia, India, China and South Africa'] },
  { short: 'FM', long: ['Foreign Minister', 'Foreign Affairs Minister', 'Minister of Foreign Affairs', 'Minister for Foreign Affairs'] },
  { short: 'PM', long: ['Prime Minister'] },
  { short: 'DPM', long: ['Deputy Prime Minister'] },
  { short: 'MoFA', long: ['Ministry of Foreign Affairs'] },
  { short: 'UN', long: ['United Nations'] },
  { short: 'UNGA', long: ['United Nations General Assembly', 'UN General Assembly'] },
  { short: 'UNSC', long: ['United Nations Security Council', 'UN Security Council'] },
  { short: 'EU', long: ['European Union'] },
  { short: 'ASEAN', long: ['Association of Southeast Asian Nations'] },
  { short: 'NATO', long: ['North Atlantic Treaty Organization'] },
  { short: 'OIC', long: ['Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation'] },
  { short: 'SAARC', long: ['South Asian Association for Regional Cooperation'] },
  { short: 'ECO', long: ['Economic Cooperation Organization'] },
  { short: 'CICA', long: ['Conference on Interaction and Confidence-Building Measures in Asia'] },
  { short: 'CIS', long: ['Commonwealth of Independent States'] },
  { short: 'CARs', long: ['Central Asian Republics'] },
  { short: 'JCC', long: ['Joint Cooperation Committee'] },
  { short: 'GCC', long: ['Gulf Cooperation Council'] },
  { short: 'APEC', long: ['Asia-Pacific Economic Cooperation'] },
  { short: 'IMF', long: ['International Monetary Fund'] },
  { short: 'WTO', long: ['World Trade Organization'] },
  { short: 'G20', long: ['Group of Twenty'] },
];
