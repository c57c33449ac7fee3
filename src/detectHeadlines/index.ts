import type { Block } from '../blocks/types.js';

/**
 * One headline as found on the page, before its timestamp is read.
 *
 * @internal
 */
export interface RawHeadline {
  title: string;
  /** The timestamp text glued to the title, if any. */
  timestampText: string | null;
  summary: string | null;
  url: string | null;
  blocks: Block[];
}

/**
 * A 'Latest News from …' list: its header blocks, the outlet the header names, its items.
 *
 * @internal
 */
export interface DetectedHeadlineList {
  header: Block[];
  /** Outlet named by the header ('Latest News from' + 'Chatham House'), if any. */
  source: string | null;
  items: RawHeadline[];
  blocks: Block[];
  rule: 'header' | 'timestamp-run';
}

const HEADER =
  /^(?:the\s+)?(?:latest|more|related|recent|top|most read)\s+(?:news|stories|articles|analysis|publications|research|insights|comments?|commentary|content|posts|updates|expert comment)(?:\s+(?:from|on|at|by)(?:\s+(.{1,80}?))?)?\s*:?$/i;
const HEADER_START = /^(?:the\s+)?(?:latest|more|related|recent|top|most)\b/i;
// A timestamp at the very end of a line, glued to the title: 'Title29/02/2024 12:20:00'.
const TAIL_TIMESTAMP =
  /(?:\d{1,2}([/.-])\d{1,2}\1\d{4}|\d{4}-\d{2}-\d{2})(?:,?[ T]?\d{1,2}:\d{2}(?::\d{2})?)?$/;
const TAIL_WINDOW = 40;
// A match begins only where a run of separators begins: tried at every point of a long run
// that does not end the text, the pattern was quadratic (a 41 KB line of ' -' took 2 s).
const TRAILING_SEPARATORS = /(?<![\s\-–—|•·,:])[\s\-–—|•·,:]+$/;

/** Splits 'Title29/02/2024 12:20:00' into title and timestamp text. @internal */
export function splitGluedTimestamp(text: string): { title: string; timestamp: string } | null {
  // Every form ends in a digit: a cheap test before the regex.
  const last = text.charCodeAt(text.length - 1);
  if (last < 48 || last > 57) return null;
  const offset = Math.max(0, text.length - TAIL_WINDOW);
  const match = TAIL_TIMESTAMP.exec(offset === 0 ? text : text.slice(offset));
  if (!match) return null;
  const title = text.slice(0, offset + match.index).replace(TRAILING_SEPARATORS, '');
  return { title, timestamp: match[0] };
}

function header(block: Block): { source: string | null; wantsName: boolean } | null {
  if (block.text.length > 120 || !HEADER_START.test(block.text)) return null;
  const m = HEADER.exec(block.text);
  if (!m) return null;
  const wantsName = /\b(?:from|on|at|by)$/i.test(block.text.replace(/(?<!\s)\s*:$/, ''));
  return { source: m[1]?.trim() || null, wantsName };
}

/**
 * The outlet named by the first headline-list header, without detecting the lists: an early
 * signal for outlet detection.
 *
 * @internal
 */
export function findHeadlineSource(blocks: readonly Block[]): string | null {
  for (let i = 0; i < blocks.length; i++) {
    const head = header(blocks[i]!);
    if (!head) continue;
    if (head.source) return head.source;
    const next = blocks[i + 1];
    if (head.wantsName && next && looksLikeName(next)) return next.text;
  }
  return null;
}

function looksLikeName(block: Block): boolean {
  return block.text.length <= 80 && block.text.split(' ').length <= 10 && !/[.?!]$/.test(block.text) && splitGluedTimestamp(block.text) === null;
}

/**
 * Finds headline lists: a 'Latest News from' + outlet header followed by items, or a run of
 * two or more items without a header. An item is a title with a timestamp glued to its end
 * ('dd/mm/yyyy HH:MM:SS', or an ISO date), then an optional summary line.
 *
 * @internal
 */
export function detectHeadlineLists(blocks: readonly Block[]): { lists: DetectedHeadlineList[]; blocks: Block[] } {
  const lists: DetectedHeadlineList[] = [];
  const rest: Block[] = [];
  let i = 0;
  while (i < blocks.length) {
    const start = blocks[i]!;
    const head = header(start);
    const headerBlocks: Block[] = [];
    let source: string | null = null;
    let j = i;
    if (head) {
      headerBlocks.push(start);
      source = head.source;
      j = i + 1;
      const next = blocks[j];
      if (head.wantsName && next && looksLikeName(next)) {
        headerBlocks.push(next);
        source = next.text;
        j += 1;
      }
    }
    const items: RawHeadline[] = [];
    while (j < blocks.length) {
      const block = blocks[j]!;
      if (header(block)) break;
      const glued = splitGluedTimestamp(block.text);
      if (glued && glued.title.length > 0) {
        items.push({ title: glued.title, timestampText: glued.timestamp, summary: null, url: null, blocks: [block] });
        j += 1;
        continue;
      }
      const last = items[items.length - 1];
      if (!glued && last && last.summary === null) {
        last.summary = block.text;
        last.blocks.push(block);
        j += 1;
        continue;
      }
      break;
    }
    const isList = head ? items.length > 0 : items.length >= 2;
    if (isList) {
      const listBlocks = [...headerBlocks, ...items.flatMap((item) => item.blocks)];
      lists.push({ header: headerBlocks, source, items, blocks: listBlocks, rule: head ? 'header' : 'timestamp-run' });
      i = j;
    } else {
      rest.push(start);
      i += 1;
    }
  }
  return { lists, blocks: rest };
}
