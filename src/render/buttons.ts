/** What a button carries: the command that gives the answer again, and the page to show. */
export interface ButtonValue {
  command: string;
  page: number;
}

export const SHARE_ACTION = 'brief_share';
export const PAGE_ACTION = 'brief_page';
export const BUTTON_VALUE_MAX = 2000;

/** Encode a button value; undefined when it would not fit in Slack's 2000 characters. */
export function encodeButtonValue(v: ButtonValue): string | undefined {
  const s = JSON.stringify({ c: v.command, p: v.page });
  return s.length <= BUTTON_VALUE_MAX ? s : undefined;
}

/**
 * Decode a button value; undefined for anything briefbot did not write.
 * @example decodeButtonValue('{"c":"search dasu","p":2}') // → { command: 'search dasu', page: 2 }
 */
export function decodeButtonValue(value: string | undefined): ButtonValue | undefined {
  if (!value) return undefined;
  try {
    const v: unknown = JSON.parse(value);
    if (typeof v !== 'object' || v === null) return undefined;
    const { c, p } = v as Record<string, unknown>;
    if (typeof c !== 'string' || typeof p !== 'number' || !Number.isInteger(p) || p < 1) return undefined;
    return { command: c, page: p };
  } catch {
    return undefined;
  }
}
