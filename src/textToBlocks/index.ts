import type { Block } from '../blocks/types.js';
import { normalizeWhitespace } from '../normalizeWhitespace/index.js';

// A dump tool marks link and menu entries with a leading bar: '|RESEARCH', '|Printable version'.
const LINK_MARKER = /^\s*\|\s*/;

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
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(input);
    const lineEnd = match ? match.index : input.length;
    const line = input.slice(lineStart, lineEnd);
    const marked = LINK_MARKER.exec(line);
    const text = normalizeWhitespace(marked ? line.slice(marked[0].length) : line);
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
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return blocks;
}
