import type { types } from '@slack/bolt';
import { fileURLToPath } from 'node:url';
import type { AskContext } from '../../src/ask/types.js';
import type { Answer, AnswerOf, SearchItem } from '../../src/ask/types.js';
import { createLogger } from '../../src/logger.js';
import { buildContext } from '../../src/main.js';
import { SLACK_LIMITS, type SlackMessage } from '../../src/render/limits.js';
import type { Citation } from '../../src/types.js';

/** Folder of the real seed briefings. */
export const SEEDS_DIR = fileURLToPath(new URL('../../seeds/', import.meta.url));

let seedContext: Promise<{ ctx: AskContext; logs: string[] }> | undefined;

/** The seed corpus loaded and indexed once, with a logger writing to an array. */
export function loadSeeds(): Promise<{ ctx: AskContext; logs: string[] }> {
  seedContext ??= (async () => {
    const logs: string[] = [];
    const ctx = await buildContext(
      SEEDS_DIR,
      createLogger((line) => logs.push(line)),
    );
    return { ctx, logs };
  })();
  return seedContext;
}

/** One piece of text in a message, with where it is. */
export interface Located {
  where: string;
  text: string;
  kind: 'mrkdwn' | 'plain_text' | 'fallback' | 'value';
}

/** Every text of a message: fallback, section, header, context and button texts, and button values. */
export function textsOf(message: SlackMessage): Located[] {
  const out: Located[] = [{ where: 'fallback', text: message.text, kind: 'fallback' }];
  message.blocks.forEach((b, i) => {
    switch (b.type) {
      case 'section':
        if (b.text) out.push({ where: `blocks[${i}] section`, text: b.text.text, kind: b.text.type });
        (b.fields ?? []).forEach((f, j) => out.push({ where: `blocks[${i}] field ${j}`, text: f.text, kind: f.type }));
        break;
      case 'header':
        out.push({ where: `blocks[${i}] header`, text: b.text.text, kind: 'plain_text' });
        break;
      case 'context':
        b.elements.forEach((e, j) => {
          if ('text' in e) out.push({ where: `blocks[${i}] context ${j}`, text: e.text, kind: e.type });
        });
        break;
      case 'actions':
        b.elements.forEach((e, j) => {
          if (e.type === 'button') {
            out.push({ where: `blocks[${i}] button ${j} text`, text: e.text.text, kind: 'plain_text' });
            if (e.value !== undefined)
              out.push({ where: `blocks[${i}] button ${j} value`, text: e.value, kind: 'value' });
          }
        });
        break;
      default:
        out.push({ where: `blocks[${i}] unexpected ${b.type}`, text: '', kind: 'mrkdwn' });
    }
  });
  return out;
}

const len = (s: string): number => s.length;

/** Every way a message breaks Slack's limits, as readable lines (empty when it is within them). */
export function limitViolations(message: SlackMessage): string[] {
  const v: string[] = [];
  const { blocks } = message;
  if (blocks.length > SLACK_LIMITS.blocks) v.push(`${blocks.length} blocks`);
  if (blocks.length === 0) v.push('no blocks');
  if (len(message.text) > SLACK_LIMITS.fallbackText) v.push(`fallback text ${len(message.text)}`);
  let total = 0;
  blocks.forEach((b, i) => {
    switch (b.type) {
      case 'section': {
        const t = b.text?.text ?? '';
        total += len(t);
        if (len(t) > SLACK_LIMITS.sectionText) v.push(`blocks[${i}] section text ${len(t)}`);
        if (t.length === 0) v.push(`blocks[${i}] empty section`);
        break;
      }
      case 'header':
        total += len(b.text.text);
        if (len(b.text.text) > SLACK_LIMITS.headerText) v.push(`blocks[${i}] header ${len(b.text.text)}`);
        break;
      case 'context':
        if (b.elements.length > 10) v.push(`blocks[${i}] context has ${b.elements.length} elements`);
        if (b.elements.length === 0) v.push(`blocks[${i}] context has no elements`);
        for (const e of b.elements) {
          if (!('text' in e)) continue;
          total += len(e.text);
          if (len(e.text) > SLACK_LIMITS.contextText) v.push(`blocks[${i}] context text ${len(e.text)}`);
        }
        break;
      case 'actions':
        if (b.elements.length === 0 || b.elements.length > 25)
          v.push(`blocks[${i}] actions has ${b.elements.length} elements`);
        for (const e of b.elements) {
          if (e.type !== 'button') continue;
          total += len(e.text.text);
          if (len(e.text.text) > SLACK_LIMITS.buttonText) v.push(`blocks[${i}] button text ${len(e.text.text)}`);
          if ((e.value ?? '').length > SLACK_LIMITS.buttonValue)
            v.push(`blocks[${i}] button value ${(e.value ?? '').length}`);
        }
        break;
      default:
        v.push(`blocks[${i}] unexpected block ${b.type}`);
    }
  });
  if (total > SLACK_LIMITS.totalChars) v.push(`total characters ${total}`);
  return v;
}

/**
 * The `<…>` forms briefbot itself may write: a mention of the sharer (or of whoever changed a digest), a link to the
 * channel a notice is about, and `<http(s)://…|source>` links.
 */
function allowedAngle(sharer: string | undefined, channel: string | undefined): RegExp {
  const mention = `${sharer ? `@${sharer}>|` : ''}${channel ? `#${channel}>|` : ''}`;
  // A character of article text shown as written (render/mrkdwn.ts literalMrkdwn) is a date fallback.
  return new RegExp(`^<(?:${mention}https?://[^\\s<>|]+\\|source>|!date\\^00000000\\^\\{_\\}\\|[*_~\`]>)`);
}

/**
 * Every place a text would let Slack read `<…>` or `&` that briefbot did not mean: a `<` that does not start an
 * allowed form, a `>` outside one, or an `&` that is not `&amp;`, `&lt;` or `&gt;`.
 */
export function escapeViolations(message: SlackMessage, sharer?: string, channel?: string): string[] {
  const v: string[] = [];
  const angle = allowedAngle(sharer, channel);
  for (const { where, text, kind } of textsOf(message)) {
    if (kind === 'value') continue;
    for (let i = 0; i < text.length; i++) {
      const ch = text[i];
      if (ch === '<') {
        const m = angle.exec(text.slice(i));
        if (!m) v.push(`${where}: unescaped < at ${i}: ${JSON.stringify(text.slice(i, i + 40))}`);
        else i += m[0].length - 1;
      } else if (ch === '>') {
        // "> " opening a line: the quote briefbot sets evidence in, not text.
        if ((i === 0 || text[i - 1] === '\n') && text[i + 1] === ' ') continue;
        v.push(`${where}: unescaped > at ${i}: ${JSON.stringify(text.slice(Math.max(0, i - 30), i + 1))}`);
      } else if (ch === '&' && !/^&(?:amp|lt|gt);/.test(text.slice(i, i + 5))) {
        v.push(`${where}: bare & at ${i}: ${JSON.stringify(text.slice(i, i + 20))}`);
      }
    }
  }
  return v;
}

/** A citation for hand-built answers. */
export function citation(n: number, over: Partial<Citation> = {}): Citation {
  return {
    n,
    articleId: `00${n}_abc`,
    title: `Title ${n}`,
    file: `00${n}_abc.txt`,
    paragraph: 3,
    published: { year: 2021, month: 7, day: 14 },
    ...over,
  };
}

/** A search item for hand-built answers. */
export function item(n: number, over: Partial<SearchItem> = {}): SearchItem {
  return {
    n,
    articleId: `00${n}_abc`,
    file: `00${n}_abc.txt`,
    title: `Title ${n}`,
    published: { year: 2021, month: 7, day: 14 },
    paragraph: 3,
    excerpt: [
      { text: 'Talks on ', hit: false },
      { text: 'CASA-1000', hit: true },
      { text: ' went well.', hit: false },
    ],
    score: 1,
    alsoParagraphs: [],
    ...over,
  };
}

/** A hand-built search answer; items and citations are made to match unless given. */
export function searchAnswer(over: Partial<AnswerOf<'search'>> & { command?: string; notice?: string } = {}): Answer {
  const items = over.items ?? [item(1)];
  return {
    kind: 'search',
    command: 'search CASA-1000',
    query: 'CASA-1000',
    items,
    citations:
      over.citations ??
      items.map((it) =>
        citation(it.n, { title: it.title, file: it.file, paragraph: it.paragraph, published: it.published }),
      ),
    partial: false,
    suggestions: [],
    page: 1,
    pageCount: 1,
    total: items.length,
    ...over,
  };
}

export type Block = types.KnownBlock;

/** Blocks of one type, narrowed. */
export function blocksOf<T extends Block['type']>(message: SlackMessage, type: T): Extract<Block, { type: T }>[] {
  return message.blocks.filter((b): b is Extract<Block, { type: T }> => b.type === type);
}

/** The mrkdwn texts of a message's section blocks. */
export const sectionTexts = (m: SlackMessage): string[] => blocksOf(m, 'section').map((b) => b.text?.text ?? '');

/** The texts of a message's context elements. */
export const contextTexts = (m: SlackMessage): string[] =>
  blocksOf(m, 'context').flatMap((b) => b.elements.flatMap((e) => ('text' in e ? [e.text] : [])));
