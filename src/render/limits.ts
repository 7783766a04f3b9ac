import type { types } from '@slack/bolt';
import { clipMrkdwn } from './mrkdwn.js';

type Block = types.KnownBlock;

/** Slack's limits for a message, and the total briefbot keeps under. */
export const SLACK_LIMITS = {
  blocks: 50,
  sectionText: 3000,
  headerText: 150,
  contextText: 2000,
  buttonText: 75,
  buttonValue: 2000,
  fallbackText: 3000,
  totalChars: 12_000,
} as const;

/** A message as sent to Slack: fallback text (notifications, screen readers) and blocks. */
export interface SlackMessage {
  text: string;
  blocks: Block[];
}

/** Characters of text a block carries. */
export function blockChars(block: Block): number {
  switch (block.type) {
    case 'section':
      return (block.text?.text.length ?? 0) + (block.fields ?? []).reduce((n, f) => n + f.text.length, 0);
    case 'header':
      return block.text.text.length;
    case 'context':
      return block.elements.reduce((n, e) => n + ('text' in e ? e.text.length : 0), 0);
    case 'actions':
      return block.elements.reduce((n, e) => n + ('text' in e && e.text ? e.text.text.length : 0), 0);
    default:
      return 0;
  }
}

function clipBlock(block: Block): Block {
  switch (block.type) {
    case 'section':
      return block.text
        ? { ...block, text: { ...block.text, text: clipMrkdwn(block.text.text, SLACK_LIMITS.sectionText) } }
        : block;
    case 'header':
      return { ...block, text: { ...block.text, text: clipMrkdwn(block.text.text, SLACK_LIMITS.headerText) } };
    case 'context':
      return {
        ...block,
        elements: block.elements
          .slice(0, 10)
          .map((e) => ('text' in e ? { ...e, text: clipMrkdwn(e.text, SLACK_LIMITS.contextText) } : e)),
      };
    default:
      return block;
  }
}

/**
 * Keep a message within Slack's limits: every text clipped to its block's limit, then blocks dropped from the end
 * (an actions block at the end is kept) until there are at most 50 and about 12 000 characters, with a note.
 */
export function fitMessage(message: SlackMessage): SlackMessage {
  const blocks = message.blocks.map(clipBlock);
  const last = blocks[blocks.length - 1];
  const tail = last?.type === 'actions' ? [last] : [];
  const body = tail.length ? blocks.slice(0, -1) : blocks;
  const note: Block = {
    type: 'context',
    elements: [{ type: 'mrkdwn', text: '_…shortened to fit in one Slack message._' }],
  };
  const withNote = (bs: Block[]): Block[] => (bs.length < body.length ? [...bs, note, ...tail] : [...bs, ...tail]);
  const fits = (bs: Block[]): boolean =>
    bs.length <= SLACK_LIMITS.blocks && bs.reduce((n, b) => n + blockChars(b), 0) <= SLACK_LIMITS.totalChars;
  let kept = body;
  while (kept.length > 0 && !fits(withNote(kept))) kept = kept.slice(0, -1);
  const out = withNote(kept);
  return { text: clipMrkdwn(message.text, SLACK_LIMITS.fallbackText), blocks: out };
}
