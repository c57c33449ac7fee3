import { describe, expect, it } from 'vitest';
import { stripBoilerplate, textToBlocks } from '../src/index.js';

const page = (...lines: string[]) => textToBlocks(lines.join('\n'));

describe('stripBoilerplate', () => {
  it('removes generic boilerplate with its rule and keeps content', () => {
    const result = stripBoilerplate(page('|Printable version', 'Share this article', 'Real paragraph about tariffs.', '© 2024 The Institute. All rights reserved.'));
    expect(result.blocks.map((b) => b.text)).toEqual(['Real paragraph about tariffs.']);
    expect(result.removed.map((r) => [r.block.text, r.reason, r.rule])).toEqual([
      ['Printable version', 'boilerplate', 'generic.printable-version'],
      ['Share this article', 'boilerplate', 'generic.share'],
      ['© 2024 The Institute. All rights reserved.', 'boilerplate', 'generic.copyright'],
    ]);
    expect(result.truncated).toBe(false);
    expect(result.url).toBeNull();
  });

  it('marks the page truncated for continue-reading lines of any outlet and kind', () => {
    for (const line of [
      'Click here to continue reading the full version of this Research Paper on the Carnegie Endowment website.',
      'Continue reading on the Brookings website',
      'Read the full article on RAND.org',
    ]) {
      const result = stripBoilerplate(page('Para one.', line));
      expect(result.truncated, line).toBe(true);
      expect(result.blocks.map((b) => b.text)).toEqual(['Para one.']);
    }
  });

  it("marks the page truncated for a paywall's notice, and drops subscription prompts and disclosures", () => {
    const result = stripBoilerplate(
      page(
        'The council voted on Tuesday to raise the levy for the second year running.',
        'To read the full story, subscribe to the Valley Gazette from $4 a month.',
        "If you're a reader who is already a subscriber, log in to keep reading.",
        'Subscribe now',
        'Already a subscriber? Log in',
        'Subscribe to the Gazette for full access.',
        'Disclosure: the Gazette may earn a commission when you buy through the links on this page.',
        'Readers who subscribe to the print edition get the supplement on Sundays, the editor said.',
      ),
    );
    expect(result.truncated).toBe(true);
    expect(result.removed.map((r) => [r.reason, r.rule])).toEqual([
      ['truncation', 'generic.paywall'],
      ['truncation', 'generic.paywall'],
      ['boilerplate', 'generic.subscribe-prompt'],
      ['boilerplate', 'generic.subscribe-prompt'],
      ['boilerplate', 'generic.subscribe-prompt'],
      ['boilerplate', 'generic.disclosure'],
    ]);
    expect(result.blocks.map((b) => b.text)).toEqual([
      'The council voted on Tuesday to raise the levy for the second year running.',
      'Readers who subscribe to the print edition get the supplement on Sundays, the editor said.',
    ]);
  });

  it('takes the URL from a source-link line', () => {
    const result = stripBoilerplate(page('Para.', 'Original article link: https://example.org/a/b?c=1', 'Source: https://example.org/other'));
    expect(result.url).toBe('https://example.org/a/b?c=1');
    expect(result.removed.map((r) => r.reason)).toEqual(['source-link', 'source-link']);
  });

  it('applies the outlet’s own patterns, named after the outlet', () => {
    const outlet = { id: 'hypothetical-institute', boilerplate: ['^Listen to this (?:article|comment)$'], truncation: ['^Members can read the rest'] };
    const result = stripBoilerplate(page('Listen to this article', 'Para.', 'Members can read the rest of this briefing.'), { outlet });
    expect(result.removed.map((r) => r.rule)).toEqual(['hypothetical-institute.boilerplate[0]', 'hypothetical-institute.truncation[0]']);
    expect(result.truncated).toBe(true);
  });

  it('never removes a long paragraph, whatever it starts with', () => {
    const long = `Continue reading ${'the analysis of sanctions policy '.repeat(12)}`;
    expect(stripBoilerplate(page(long)).blocks).toHaveLength(1);
  });

  it('does not modify its input', () => {
    const blocks = page('|Printable version', 'Para.');
    const copy = structuredClone(blocks);
    stripBoilerplate(blocks);
    expect(blocks).toEqual(copy);
  });
});
