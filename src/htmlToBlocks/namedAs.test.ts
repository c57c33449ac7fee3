import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHtmlPage } from './index.js';
import { namedAs } from './page.js';

// The definition: the class and id names of a block's element and its ancestors, `levels` of
// them, joined with spaces, match the pattern.
function joined(page: ReturnType<typeof readHtmlPage>, index: number, levels: number): string {
  let out = '';
  let e = page.blockElement[index]!;
  for (let i = 0; i < levels && e >= 0; i++, e = page.parent[e]!) out += ` ${page.names[e]}`;
  return out;
}

describe('namedAs', () => {
  it('agrees with testing the joined names, on nested boxes with and without names', () => {
    const open = fc.constantFrom('<div>', '<div class="byline">', '<div id="related-box">', '<section class="post intro">', '<div class="a b">', '<p class="lede">', '<aside class="Sidebar">');
    const piece = fc.oneof(open, fc.constantFrom('</div>', '</section>', '</p>', 'text', '<h2>Heading</h2>'));
    const patterns = [/byline|author/i, /related|sidebar/i, /intro|\blede?\b/i, /\bb\b/i];
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 4 }), (parts, levels) => {
        const page = readHtmlPage(`<!doctype html><html><body>${parts.join('')}</body></html>`);
        // Twice over, so answers kept from the first round are checked too.
        for (let round = 0; round < 2; round++) {
          for (const b of page.blocks) {
            const named = namedAs(page, b, levels);
            for (const re of patterns) expect(named(re)).toBe(re.test(joined(page, b.index, levels)));
          }
        }
      }),
      { numRuns: 300, seed: 20261128 },
    );
  });
});
