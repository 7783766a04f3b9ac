/**
 * Cut raw text to at most `max` characters (code points) at a word boundary, ending with `…` when cut.
 * @example clipText('Shanghai Cooperation Organization', 30) // → 'Shanghai Cooperation…'
 */
export function clipText(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, Math.max(0, max - 1)).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}
