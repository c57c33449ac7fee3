import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeWhitespace } from './index.js';

// The definition the fast paths must agree with.
const reference = (text: string) =>
  text
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g, ' ')
    .trim();

describe('normalizeWhitespace', () => {
  it('folds every kind of space, drops zero-width characters and trims', () => {
    expect(normalizeWhitespace('  Kazakhstan\u00A0and\tRussia\u200B \r\n')).toBe('Kazakhstan and Russia');
    expect(normalizeWhitespace('soft\u00ADhyphen')).toBe('softhyphen');
    expect(normalizeWhitespace('already clean')).toBe('already clean');
    expect(normalizeWhitespace(' leading')).toBe('leading');
    expect(normalizeWhitespace('trailing ')).toBe('trailing');
  });

  it('agrees with the plain definition on any mix of letters and spaces', () => {
    const piece = fc.constantFrom('a', 'Zürich', ' ', '  ', '\t', '\n', '\r\n', '\u00A0', '\u2009', '\u3000', '\u200B', '\uFEFF', '\u00AD', '\u000B');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(normalizeWhitespace(text)).toBe(reference(text));
      }),
      { numRuns: 2000, seed: 20261128 },
    );
  });
});
