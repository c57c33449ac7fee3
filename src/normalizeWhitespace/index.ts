// Zero-width characters and the BOM carry no text: they are removed outright.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Every other Unicode space (NBSP, thin spaces, ideographic space, tabs, newlines) folds to one space.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/**
 * Folds every run of Unicode whitespace (including NBSP) to one space, removes zero-width
 * characters, soft hyphens and BOMs, and trims the ends.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { normalizeWhitespace } from 'thinktank-parser';
 * normalizeWhitespace('\uFEFF  Kazakhstan\u00A0and\u200B Russia \r\n'); // 'Kazakhstan and Russia'
 * ```
 */
export function normalizeWhitespace(text: string): string {
  const work = needsWork(text);
  if (work === 0) return text;
  return (work === 2 ? text.replace(ZERO_WIDTH, '') : text).replace(SPACES, ' ').trim();
}

function isSpecial(c: number): boolean {
  return (
    c < 32 || c === 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff || c === 0x0b || c === 0x0c
  );
}

/**
 * Fast path: most lines have single ASCII spaces and nothing to strip. A loop beats a regex
 * here. 0: nothing to do; 1: spaces to fold or trim; 2: zero-width characters too.
 */
function needsWork(text: string): 0 | 1 | 2 {
  let previousSpace = true; // a leading space needs trimming
  let spaces = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) spaces = true;
      previousSpace = true;
    } else if (c < 0x7f ? c < 32 : isSpecial(c)) {
      if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad) return 2;
      spaces = true;
    } else {
      previousSpace = false;
    }
  }
  return spaces || previousSpace ? 1 : 0;
}
