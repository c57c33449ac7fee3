import { lower } from '../lower/index.js';

/**
 * Text as it is compared with other text: lower case, each run of what is neither a letter nor
 * a digit one space, trimmed. 'Chatham House | The Royal Institute…' → 'chatham house the royal institute'.
 *
 * @internal
 */
export function comparable(text: string): string {
  return lower(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
