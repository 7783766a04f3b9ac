/**
 * The replies to a briefing added from Slack, or dated by a reply: its title and id, its date (or how to give one),
 * the first meetings found in it, and a warning when the corpus already held its text.
 */
import type { types } from '@slack/bolt';
import {
  addedLine,
  dateLine,
  datedLine,
  duplicateWarning,
  meetingsFound,
  moreMeetings,
  NO_MEETINGS_FOUND,
  notIndexedWarning,
  removedText,
} from '../ask/messages.js';
import { formatHumanDate } from '../calendar.js';
import type { Meeting } from '../extract/types.js';
import { clipText } from '../text/clip.js';
import type { Article } from '../types.js';
import { meetingLineMrkdwn } from './digest.js';
import { TITLE_MAX_CHARS } from './format.js';
import { fitMessage, type SlackMessage } from './limits.js';
import { escapeSlack, literalMrkdwn } from './mrkdwn.js';

type Block = types.KnownBlock;

/** Most meetings a reply lists; the rest are counted. */
export const MEETINGS_LISTED = 5;

/** A briefing as the reply shows it: what the corpus holds now. */
export interface SavedView {
  article: Pick<Article, 'id' | 'title' | 'published'>;
  meetings: readonly Meeting[];
  /** The briefing of the same text the corpus held before. */
  duplicateOf?: Pick<Article, 'id' | 'title'>;
  /** Why the corpus did not take it (the file is kept). */
  skipped?: string;
}

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });
const context = (text: string): Block => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
const titleOf = (title: string): string => literalMrkdwn(clipText(title, TITLE_MAX_CHARS));

/**
 * The reply to a briefing added (`added`) or dated by a reply (`dated`): title and id, the date or `undated` (what to
 * do to date it), the duplicate warning, then at most {@link MEETINGS_LISTED} meetings and how many more.
 */
export function buildSavedMessage(view: SavedView, how: 'added' | 'dated', undated: string): SlackMessage {
  const { article, meetings, duplicateOf, skipped } = view;
  const id = escapeSlack(article.id);
  const indexed = !duplicateOf && !skipped;
  const first =
    how === 'dated' ? datedLine(titleOf(article.title), id) : addedLine(titleOf(article.title), id, indexed);
  const date = article.published ? dateLine(formatHumanDate(article.published)) : escapeSlack(undated);
  const blocks: Block[] = [section(`${first}\n${date}`)];
  // The meetings of a copy are its first's: `/brief source` shows that one.
  const shown = duplicateOf ? escapeSlack(duplicateOf.id) : id;
  if (duplicateOf) blocks.push(section(duplicateWarning(titleOf(duplicateOf.title), escapeSlack(duplicateOf.id), id)));
  if (skipped) blocks.push(section(notIndexedWarning(escapeSlack(skipped), id)));
  if (meetings.length === 0) blocks.push(context(NO_MEETINGS_FOUND));
  else {
    const lines = meetings.slice(0, MEETINGS_LISTED).map((m) => meetingLineMrkdwn(m));
    blocks.push(section([meetingsFound(meetings.length), ...lines].join('\n')));
    if (meetings.length > MEETINGS_LISTED) blocks.push(context(moreMeetings(meetings.length - MEETINGS_LISTED, shown)));
  }
  const text = `${first.replace(/\*/g, '')} ${article.published ? dateLine(formatHumanDate(article.published)) : ''}`;
  return fitMessage({ text: text.trim(), blocks });
}

/** The reply to a briefing removed: where its file went and how to bring it back. */
export function buildRemovedMessage(article: Pick<Article, 'id' | 'title'>, from: string, to: string): SlackMessage {
  const text = removedText(titleOf(article.title), escapeSlack(article.id), escapeSlack(from), escapeSlack(to));
  return fitMessage({ text: text.replace(/\*/g, ''), blocks: [section(text)] });
}
