import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readHtmlPage } from './index.js';
import { blockRanges } from './page.js';

// The definition: an element's first and last blocks are the first and last blocks whose
// element is it or lies below it.
function bruteForce(page: ReturnType<typeof readHtmlPage>): { first: number[]; last: number[] } {
  const first = page.tag.map(() => -1);
  const last = page.tag.map(() => -1);
  for (const b of page.blocks) {
    for (let e = page.blockElement[b.index]!; e >= 0; e = page.parent[e]!) {
      if (first[e] === -1) first[e] = b.index;
      last[e] = b.index;
    }
  }
  return { first, last };
}

describe('blockRanges', () => {
  it('gives every element the range of blocks below it, on nested, unclosed and sibling markup', () => {
    const piece = fc.constantFrom('<div>', '</div>', '<section>', '</section>', '<p>', '</p>', '<ul><li>', '</li></ul>', '<article>', 'text', ' more words ', '<h2>Heading</h2>');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const page = readHtmlPage(`<!doctype html><html><body>${parts.join('')}</body></html>`);
        const { first, last } = blockRanges(page);
        expect({ first: [...first], last: [...last] }).toEqual(bruteForce(page));
      }),
      { numRuns: 500, seed: 20261128 },
    );
  });
});
