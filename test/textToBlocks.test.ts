import { describe, expect, it } from 'vitest';
import { normalizeWhitespace, textToBlocks } from '../src/index.js';

describe('textToBlocks', () => {
  it('gives one block per non-blank line, with offsets into the input', () => {
    const input = '\uFEFF date 2024-03-01 Chatham House\r\n\r\n|Printable version  \r\nTitle\u00A0here\rLast line';
    const blocks = textToBlocks(input);
    expect(blocks.map((b) => b.text)).toEqual(['date 2024-03-01 Chatham House', 'Printable version', 'Title here', 'Last line']);
    expect(blocks.map((b) => b.index)).toEqual([0, 1, 2, 3]);
    for (const b of blocks) expect(normalizeWhitespace(input.slice(b.start!, b.end!)).replace(/^\|/, '')).toBe(b.text);
  });

  it('marks bar-prefixed lines as link list items', () => {
    const [menu, para] = textToBlocks('|RESEARCH\nA paragraph.');
    expect(menu).toMatchObject({ role: 'list-item', linkDensity: 1, links: [{ text: 'RESEARCH', href: null }] });
    expect(para).toMatchObject({ role: 'paragraph', linkDensity: 0, links: [] });
  });

  it('finds the bar after any leading whitespace, with LF, CRLF or CR line endings', () => {
    for (const br of ['\n', '\r\n', '\r']) {
      const blocks = textToBlocks(['\uFEFF|RESEARCH', '\u00A0 |EVENTS', '\t|  ABOUT', ' Body | text.', '|'].join(br));
      expect(blocks.map((b) => [b.text, b.role])).toEqual([
        ['RESEARCH', 'list-item'],
        ['EVENTS', 'list-item'],
        ['ABOUT', 'list-item'],
        ['Body | text.', 'paragraph'],
      ]);
    }
  });

  it('returns nothing for whitespace-only input', () => {
    expect(textToBlocks(' \r\n\t\u00A0\n')).toEqual([]);
  });

  it('does not treat a bar inside a line as a marker', () => {
    expect(textToBlocks('Gaza | Analysis')[0]?.role).toBe('paragraph');
    // Only whitespace may stand before the bar, not another control character.
    expect(textToBlocks('\u0001|RESEARCH')[0]?.role).toBe('paragraph');
  });
});

describe('normalizeWhitespace', () => {
  it('folds Unicode spaces and removes zero-width characters', () => {
    expect(normalizeWhitespace('\u200BA\u00A0\u2009b \t\n c\u00AD\u2060d ')).toBe('A b cd');
  });
});
