import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldSpaces, normalizeWhitespace } from './index.js';

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
    // The run between two elements, and text with line breaks only at its ends (both trimmed first).
    expect(normalizeWhitespace('\n      ')).toBe('');
    expect(normalizeWhitespace('\n  Sanctions and\u00A0trade \r\n')).toBe('Sanctions and trade');
    expect(normalizeWhitespace('\n\u200B a  b\n')).toBe('a b');
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
    // The quick check that skips the work must know every character the definition touches.
    for (let c = 0; c <= 0xffff; c++) {
      const u = String.fromCharCode(c);
      for (const text of [`a${u}b`, `${u}a `, `a ${u}${u}`]) if (normalizeWhitespace(text) !== reference(text)) expect(text).toBe(`U+${c.toString(16)}`);
    }
  });

  it('folds long text in one pass with the same result as the regex', () => {
    const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;
    // Every code unit from 0 to 0x3100, and the BOM, each alone and in runs.
    const units = [...Array.from({ length: 0x3100 }, (_, c) => c), 0xfeff, 0xd800, 0xdfff];
    const all = units.map((c) => `a${String.fromCharCode(c)}b${String.fromCharCode(c, c)}`).join('');
    expect(foldSpaces(all)).toBe(all.replace(SPACES, ' '));
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(foldSpaces(text)).toBe(text.replace(SPACES, ' '));
      }),
      { numRuns: 2000, seed: 20261128 },
    );
    // Past the length where normalizeWhitespace switches to the loop.
    const long = ' date 2024-05-10 '.repeat(10_000) + '\u00A0\u200B end ';
    expect(normalizeWhitespace(long)).toBe(reference(long));
  });
});
