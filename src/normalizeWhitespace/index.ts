// Zero-width characters and the BOM carry no text: they are removed outright.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Every other Unicode space (NBSP, thin spaces, ideographic space, tabs, newlines) folds to one space.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/**
 * Folds every run of Unicode whitespace (including NBSP) to one space, removes zero-width
 * characters, soft hyphens and BOMs, and trims the ends.
 *
 * @category Blocks
 * @example
 * ```ts
 * import { normalizeWhitespace } from 'thinktank-parser';
 * normalizeWhitespace('\uFEFF  Kazakhstan\u00A0and\u200B Russia \r\n'); // 'Kazakhstan and Russia'
 * ```
 */
export function normalizeWhitespace(text: string): string {
  return text.replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
}
