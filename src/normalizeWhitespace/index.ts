// Zero-width characters and the BOM carry no text: they are removed outright.
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Every other Unicode space (NBSP, thin spaces, ideographic space, tabs, newlines) folds to one space.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
// What needs more than a trim: a control character (tabs and line breaks among them), any
// other Unicode space, a zero-width character, or two spaces in a row.
const WORK = /[\0-\x1f\u00A0\u00AD\u1680\u2000-\u200D\u2028\u2029\u202F\u205F\u2060\u3000\uFEFF]| {2}/;

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
  // Trim first: the ends are whitespace that folding would only trim later, and a blank run
  // (the line break between two elements) or text with a line break at its ends then needs
  // nothing more. Only single U+0020 spaces left: done. One regex test is several times
  // faster than a loop over the characters, and on a multi-megabyte line it spares a replace
  // that would build the whole string again.
  const trimmed = text.trim();
  if (!WORK.test(trimmed)) return trimmed;
  const clean = trimmed.replace(ZERO_WIDTH, '');
  return (clean.length > LONG ? foldSpaces(clean) : clean.replace(SPACES, ' ')).trim();
}

// Past this length a regex replace with hundreds of thousands of matches costs more than
// linear time (the garbage collector); a loop into one buffer does not.
const LONG = 65_536;

/** `text.replace(SPACES, ' ')`, in one pass over one buffer. @internal */
export function foldSpaces(text: string): string {
  const out = new Uint16Array(text.length);
  let n = 0;
  let space = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // The characters of SPACES: JavaScript's \s.
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff))) {
      space = true;
      continue;
    }
    if (space) out[n++] = 32;
    space = false;
    out[n++] = c;
  }
  if (space) out[n++] = 32;
  const parts: string[] = [];
  for (let i = 0; i < n; i += 8192) parts.push(String.fromCharCode.apply(null, out.subarray(i, Math.min(n, i + 8192)) as unknown as number[]));
  return parts.join('');
}
