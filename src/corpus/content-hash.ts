import { createHash } from 'node:crypto';
import { collapseSpaces } from './normalize.js';

/**
 * Hashes cleaned paragraph texts (whitespace-normalised, joined by a blank line) with SHA-256.
 * @example contentHash(['Leaders met.', 'They agreed.']) === contentHash([' Leaders  met.', 'They agreed. '])
 */
export function contentHash(paragraphs: readonly string[]): string {
  const text = paragraphs.map(collapseSpaces).join('\n\n');
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
