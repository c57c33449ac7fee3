import { describe, expect, it } from 'vitest';
import { detectNavMenus, textToBlocks, type Block } from '../src/index.js';

const page = (...lines: string[]) => textToBlocks(lines.join('\n'));

describe('detectNavMenus', () => {
  it('finds a run of bar-marked menu entries and keeps it out of the rest', () => {
    const { menus, blocks } = detectNavMenus(page('Body paragraph one.', '|Programs', '|Experts', '|Events', '|About us', 'Body paragraph two.'));
    expect(menus).toHaveLength(1);
    expect(menus[0]!.rule).toBe('link-run');
    expect(menus[0]!.items).toEqual([
      { label: 'Programs', url: null },
      { label: 'Experts', url: null },
      { label: 'Events', url: null },
      { label: 'About us', url: null },
    ]);
    expect(blocks.map((b) => b.text)).toEqual(['Body paragraph one.', 'Body paragraph two.']);
  });

  it('finds an unmarked capitalised menu, and one named by the outlet’s labels', () => {
    expect(detectNavMenus(page('Para.', 'TOPICS', 'REGIONS', 'EVENTS')).menus[0]?.rule).toBe('caps-run');
    const labelled = detectNavMenus(page('Para.', 'Research', 'Experts', 'Events'), { labels: ['RESEARCH', 'EXPERTS', 'EVENTS'] });
    expect(labelled.menus[0]?.rule).toBe('labels');
  });

  it('leaves short runs, single labels and sentences alone', () => {
    expect(detectNavMenus(page('|RESEARCH', '|EVENTS', 'Para.')).menus).toEqual([]);
    expect(detectNavMenus(page('Title', 'EXPERT COMMENT', 'A standfirst sentence.')).menus).toEqual([]);
    expect(detectNavMenus(page('Short one.', 'Short two.', 'Short three.')).menus).toEqual([]);
  });

  it('takes a nav landmark of any length, with link targets', () => {
    const nav: Block[] = ['Home', 'Research'].map((text, index) => ({
      index, text, role: 'list-item', level: null, landmark: 'nav',
      links: [{ text, href: `https://example.org/${text.toLowerCase()}` }], linkDensity: 1, start: index * 10, end: index * 10 + text.length,
    }));
    const { menus } = detectNavMenus(nav);
    expect(menus[0]?.rule).toBe('landmark');
    expect(menus[0]?.items[1]).toEqual({ label: 'Research', url: 'https://example.org/research' });
  });
});
