// Property-based checks (a short seeded run; a long fuzzing run belongs to issue 7): whatever
// the input, only ParseError is thrown, results validate, parsing is deterministic and the
// input's line endings do not change the result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ArticleSchema,
  HeadlineItemSchema,
  ParseError,
  decodeHtml,
  parseHeadlines,
  parseTimestamp,
  safeParseArticle,
} from '../src/index.js';

const SEED = 20261128;
const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300), seed: Number(process.env.PROPERTY_SEED ?? SEED) };

const word = fc.stringMatching(/^[A-Za-z0-9’',.:;!?()\-–—|/ ]{1,30}$/);
const textLine = fc.oneof(
  word,
  fc.constantFrom('|Printable version', ' date 2024-03-01 Chatham House', 'EXPERT COMMENT', 'Latest News from', 'Chatham House', 'Click here to continue reading', '|RESEARCH'),
  fc.tuple(word, fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1990, max: 2040 })).map(([t, d, m, y]) => `${t}${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y} 12:20:00`),
);
const textDump = fc.array(textLine, { minLength: 1, maxLength: 30 }).map((lines) => lines.join('\n'));
const tag = fc.constantFrom('p', 'div', 'h1', 'h2', 'li', 'ul', 'nav', 'article', 'main', 'aside', 'footer', 'a', 'span', 'time', 'script', 'table', 'td', 'blockquote');
const html = fc
  .array(fc.oneof(tag.map((t) => `<${t} class="c">`), tag.map((t) => `</${t}>`), word, fc.constantFrom('<a href="javascript:x">x</a>', '<script type="application/ld+json">{"@type":"Article","__proto__":{"x":1},"author":[{"name":"A B"}]}</script>', '<meta property="article:published_time" content="-0001-11-30">', '&amp;', '&#0;', '\u0000', '\uD800')), { maxLength: 80 })
  .map((parts) => `<!doctype html><html><head><title>T</title></head><body>${parts.join('')}</body></html>`);

function check(input: string): void {
  const options = { timeZone: 'Europe/London' };
  const a = safeParseArticle(input, options);
  if (a.success) expect(ArticleSchema.safeParse(a.data).success).toBe(true);
  else expect(a.error).toBeInstanceOf(ParseError);
  const b = safeParseArticle(input, options);
  expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  try {
    for (const item of parseHeadlines(input, options)) expect(HeadlineItemSchema.safeParse(item).success).toBe(true);
  } catch (e) {
    expect(e).toBeInstanceOf(ParseError);
  }
}

describe('properties', () => {
  it('text dumps: only ParseError, valid and deterministic results', () => {
    fc.assert(fc.property(textDump, (input) => check(input)), runs);
  });

  it('text dumps: CRLF and extra blank lines give the same article', () => {
    fc.assert(
      fc.property(textDump, (input) => {
        const a = safeParseArticle(input, { timeZone: 'UTC' });
        const b = safeParseArticle(`\uFEFF${input.split('\n').join('\r\n\r\n')}\r\n`, { timeZone: 'UTC' });
        expect(b.success).toBe(a.success);
        if (a.success && b.success) expect(b.data).toEqual(a.data);
      }),
      runs,
    );
  });

  it('HTML fragments: only ParseError, valid and deterministic results, no pollution', () => {
    fc.assert(fc.property(html, (input) => check(input)), runs);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('arbitrary strings and bytes: nothing but ParseError, ever', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (input) => check(input)), runs);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const text = decodeHtml(bytes);
        expect(typeof text).toBe('string');
        check(text);
      }),
      runs,
    );
  });

  it('timestamps: null or a well-formed ISO value, never an exception for a valid zone', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())), (text) => {
        const t = parseTimestamp(text, { timeZone: 'America/New_York', dateOrder: 'DMY' });
        if (t) expect(t.iso).toMatch(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/);
      }),
      runs,
    );
  });
});
