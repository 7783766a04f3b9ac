/** `/brief serach Lavrov`: a mistyped command word, answered with the command it stands for rather than searched. */
import { closestWord } from '../text/closest.js';

/** The commands a mistyped first word may stand for, in the order a tie prefers. */
export const COMMAND_WORDS: readonly string[] = [
  'search',
  'sources',
  'source',
  'meetings',
  'timeline',
  'digest',
  'help',
];

/** What a mistyped command stands for: the text meant (after `/brief`), and whether the first word was the typo. */
export interface MeantCommand {
  meant: string;
  /** True when the command word was mistyped (not only `/brief`): then the words as typed may be a search. */
  wordTypo: boolean;
}

/** The least letters a first word needs to be taken for a mistyped command: "hep" may be anything. */
export const MIN_TYPO_LETTERS = 4;

/**
 * The command that `/brief` text with a mistyped command word most likely stands for, or undefined when the text is
 * to be answered as typed. Since anything that is not a command is a search or a question, a wrong guess costs the
 * user an answer, so the rule is conservative:
 * - a first word of a slash and letters 1 or 2 edits from `brief` (`/breif help`, typed in the console or a DM)
 *   stands for `/brief`;
 * - the first word stands for a command when it has at least {@link MIN_TYPO_LETTERS} letters and nothing else, is
 *   one edit from the command's name (a letter added, dropped or changed), or two when it has 6 letters or more
 *   (see {@link closestWord}), and `isKnown` says it is neither an English word nor a term of the briefings:
 *   "serach", "sorce" and "meetngs" are commands mistyped, but "held", "hello", "searches", a name the briefings use,
 *   and "Helga" (two letters off `help` in five) stay search words.
 * @example misspeltCommand('serach Lavrov', () => false) // → { meant: 'search Lavrov', wordTypo: true }
 * @example misspeltCommand('/breif help', () => false) // → { meant: 'help', wordTypo: false }
 */
export function misspeltCommand(text: string, isKnown: (word: string) => boolean): MeantCommand | undefined {
  const [first = '', ...rest] = text.split(' ');
  const slash = /^\/([a-z]+)$/i.exec(first);
  if (slash) {
    if (closestWord(slash[1]!, ['brief']) === undefined) return undefined;
    const after = rest.join(' ');
    const inner = misspeltCommand(after, isKnown);
    return { meant: inner?.meant ?? after, wordTypo: false };
  }
  if (!/^[a-z]+$/i.test(first) || first.length < MIN_TYPO_LETTERS) return undefined;
  const command = closestWord(first, COMMAND_WORDS, first.length >= 6 ? 2 : 1);
  if (!command || isKnown(first.toLowerCase())) return undefined;
  return { meant: [command, ...rest].join(' '), wordTypo: true };
}
