import type { Block } from '../blocks/types.js';
import { readTimestamp } from '../parseTimestamp/index.js';

/**
 * A dump's dateline, ' date 2024-03-01 Chatham House': the block, its timestamp text and the
 * outlet it names.
 *
 * @internal
 */
export interface Dateline {
  block: Block;
  timestampText: string;
  name: string;
}

const DATELINE = /^(?:date|published|posted)\s*:?\s+(.+)$/i;
const LEADING_SEPARATORS = /^[\s|,–—·•-]+/;
const LOOKAHEAD_BLOCKS = 3;
const MAX_DATE_TOKENS = 7;

/**
 * Finds the dateline among the first blocks: 'date' (or 'published', 'posted'), a timestamp in
 * any format {@link parseTimestamp} reads, then the outlet's name.
 *
 * @internal
 */
export function detectDateline(blocks: readonly Block[]): Dateline | null {
  for (const block of blocks.slice(0, LOOKAHEAD_BLOCKS)) {
    if (block.text.length > 160) continue;
    const m = DATELINE.exec(block.text);
    if (!m) continue;
    const tokens = m[1]!.split(' ');
    // The longest run of leading tokens that reads as a timestamp is the date; the rest names the outlet.
    for (let k = Math.min(MAX_DATE_TOKENS, tokens.length - 1); k >= 1; k--) {
      const timestampText = tokens.slice(0, k).join(' ');
      const read = readTimestamp(timestampText, { timeZone: 'UTC', dateOrder: 'DMY' });
      if (read.ok || read.reason === 'impossible') {
        const name = tokens.slice(k).join(' ').replace(LEADING_SEPARATORS, '');
        if (name.length > 0) return { block, timestampText, name };
      }
    }
  }
  return null;
}
