import { withoutMarks } from '../text/words.js';

/**
 * Nicknames and initials the press gives leaders, with the names briefings write. Curated: no package lists them.
 * A question that asks of "albo" or "ED" asks of Anthony Albanese or Emmerson Mnangagwa when the briefings know them;
 * a nickname a briefing itself explains ("better known as Hemedti") is read from the briefing. Gulf initials ("MBS",
 * "MBZ") are read by the index from the names when the briefings know them; their entries here name whom a question
 * asks of when they do not ("did MBS meet al-Mashat?" is no question about al-Mashat alone).
 */
export const NICKNAMES: ReadonlyArray<{ nick: string; name: string; cased?: true }> = [
  { nick: 'albo', name: 'Anthony Albanese' },
  { nick: 'scomo', name: 'Scott Morrison' },
  { nick: 'bojo', name: 'Boris Johnson' },
  { nick: 'bibi', name: 'Benjamin Netanyahu' },
  { nick: 'jokowi', name: 'Joko Widodo' },
  { nick: 'bbm', name: 'Ferdinand Marcos Jr.' },
  { nick: 'pbbm', name: 'Ferdinand Marcos Jr.' },
  { nick: 'digong', name: 'Rodrigo Duterte' },
  { nick: 'prrd', name: 'Rodrigo Duterte' },
  { nick: 'amlo', name: 'Andrés Manuel López Obrador' },
  { nick: 'namo', name: 'Narendra Modi' },
  { nick: 'prachanda', name: 'Pushpa Kamal Dahal' },
  { nick: 'gota', name: 'Gotabaya Rajapaksa' },
  { nick: 'akd', name: 'Anura Kumara Dissanayake' },
  { nick: 'sby', name: 'Susilo Bambang Yudhoyono' },
  { nick: 'kjt', name: 'Kassym-Jomart Tokayev' },
  { nick: 'vdl', name: 'Ursula von der Leyen' },
  { nick: 'fatshi', name: 'Félix Tshisekedi' },
  { nick: 'kaka', name: 'Mahamat Idriss Déby' },
  { nick: 'teodorin', name: 'Teodoro Nguema Obiang Mangue' },
  { nick: 'hemeti', name: 'Mohamed Hamdan Dagalo' },
  { nick: 'hemedti', name: 'Mohamed Hamdan Dagalo' },
  { nick: 'm7', name: 'Yoweri Museveni' },
  { nick: 'ngwena', name: 'Emmerson Mnangagwa' },
  { nick: 'ibk', name: 'Ibrahim Boubacar Keïta' },
  { nick: 'mbs', name: 'Mohammed bin Salman' },
  { nick: 'mbz', name: 'Mohamed bin Zayed' },
  { nick: 'mbr', name: 'Mohammed bin Rashid' },
  // Everyday words in lower case: read only as written.
  { nick: 'ED', name: 'Emmerson Mnangagwa', cased: true },
  { nick: 'ADO', name: 'Alassane Ouattara', cased: true },
  { nick: 'BAT', name: 'Bola Ahmed Tinubu', cased: true },
];

/** The name a nickname stands for, accents aside: "albo" → "Anthony Albanese", "teodorín"; "ED" only as written. */
export function nicknameOf(word: string): string | undefined {
  // "'M7'", "“NNN”": a nickname in quotes, as desks type it.
  const bare = withoutMarks(word.replace(/['’]s$/i, '').replace(/^['‘"“]+|['’"”]+$/g, ''));
  return NICKNAMES.find((n) => (n.cased ? bare === n.nick : bare.toLowerCase() === n.nick))?.name;
}
