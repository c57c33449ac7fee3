import type { Block } from '../blocks/types.js';
import { normalizeWhitespace } from '../normalizeWhitespace/index.js';

/**
 * The text-dump front end: one block per non-blank line, in order. Handles LF, CRLF and CR
 * line endings, a BOM, NBSP and trailing spaces. A line marked with a leading `|` becomes a
 * `list-item` whose whole text is a link (the dump does not keep the target, so `href` is
 * `null`). `start`/`end` point into the original string.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { textToBlocks } from 'thinktank-parser';
 * const blocks = textToBlocks('Title\r\n\r\n|RESEARCH\r\n');
 * blocks.map((b) => [b.text, b.role]); // [['Title', 'paragraph'], ['RESEARCH', 'list-item']]
 * ```
 */
export function textToBlocks(input: string): Block[] {
  const blocks: Block[] = [];
  // Without a CR, lines end at each LF: indexOf finds them without a match object per line.
  const cr = input.includes('\r');
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (;;) {
    const lf = cr ? -1 : input.indexOf('\n', lineStart);
    const match = cr ? lineBreak.exec(input) : null;
    const lineEnd = match ? match.index : lf >= 0 ? lf : input.length;
    // A dump tool marks link and menu entries with a leading bar, after optional whitespace:
    // '|RESEARCH', '|Printable version'. Found by a scan, not a regex with a match per line.
    let from = lineStart;
    // What `\s` matches: a space, tab to carriage return, and (past ASCII) Unicode spaces.
    for (let c; from < lineEnd && ((c = input.charCodeAt(from)) === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(input[from]!))); ) from++;
    const marked = input.charCodeAt(from) === 124;
    const text = normalizeWhitespace(input.slice(marked ? from + 1 : lineStart, lineEnd));
    if (text.length > 0) {
      blocks.push({
        index: blocks.length,
        text,
        role: marked ? 'list-item' : 'paragraph',
        level: null,
        landmark: null,
        links: marked ? [{ text, href: null }] : [],
        linkDensity: marked ? 1 : 0,
        start: lineStart,
        end: lineEnd,
      });
    }
    if (match) lineStart = lineEnd + match[0].length;
    else if (lf >= 0) lineStart = lf + 1;
    else break;
  }
  return blocks;
}
