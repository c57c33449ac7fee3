import { describe, expect, it } from 'vitest';
import { ParseError, explain, parseArticle, safeParseArticle, type ParseOptions } from '../src/index.js';

const dump = (...lines: string[]) => lines.join('\n');
const article = dump(
  ' date 2024-06-03 Institute for Hypothetical Studies',
  'Why small states hedge between great powers',
  'POLICY BRIEF',
  'Hedging is a strategy, not indecision.',
  'Small states rarely choose sides outright.',
  'They spread risk across partners, and the evidence from Southeast Asia supports this.',
  'Latest News from',
  'Institute for Hypothetical Studies',
  'Ports and power in the Indian Ocean2024-06-03 07:30',
  'A survey of new port investments.',
);

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParseError) return e.code;
    throw e;
  }
  return undefined;
}

describe('parseArticle on an outlet it does not know', () => {
  it('builds a generic outlet from the dateline and reads times in the timeZone option', () => {
    const a = parseArticle(article, { timeZone: 'Asia/Tokyo' });
    expect(a.outlet).toEqual({ id: 'institute-for-hypothetical-studies', name: 'Institute for Hypothetical Studies' });
    expect(a.kind).toBe('Policy Brief');
    expect(a.standfirst).toBe('Hedging is a strategy, not indecision.');
    expect(a.body).toHaveLength(2);
    expect(a.headlines[0]?.publishedAt).toBe('2024-06-03T07:30:00+09:00');
    expect(a.warnings).toEqual([]);
  });

  it('falls back to UTC with a warning when no zone is known', () => {
    const a = parseArticle(article);
    expect(a.headlines[0]?.publishedAt).toBe('2024-06-03T07:30:00+00:00');
    expect(a.warnings.map((w) => w.code)).toEqual(['DEFAULT_TIME_ZONE']);
  });

  it('uses an outlet profile passed as an option', () => {
    const outlet = { id: 'ihs', name: 'IHS', timeZone: 'Asia/Tokyo', dateOrder: 'DMY' as const, kinds: { 'POLICY BRIEF': 'Brief' } };
    const e = explain(article, { outlet });
    expect(e.outlet).toEqual({ id: 'ihs', name: 'IHS', rule: 'option' });
    expect(e.article?.kind).toBe('Brief');
    expect(e.fields.kind?.rule).toBe('ihs.kinds');
  });

  it('warns when the page names no outlet and none is given', () => {
    const a = parseArticle(dump('A title with no dateline', 'One paragraph of body text.'));
    expect(a.outlet.id).toBe('unknown');
    expect(a.warnings.map((w) => w.code)).toEqual(['UNKNOWN_OUTLET', 'DEFAULT_TIME_ZONE', 'NO_PUBLISHED_DATE']);
    expect(a.standfirst).toBeNull();
    expect(a.body).toEqual(['One paragraph of body text.']);
  });

  it('finds the outlet from the url option', () => {
    const a = parseArticle(dump('A title', 'Body.'), { url: 'https://www.chathamhouse.org/2024/01/x' });
    expect(a.outlet.id).toBe('chatham-house');
    expect(a.url).toBe('https://www.chathamhouse.org/2024/01/x');
  });

  it('accepts a kind label above the title', () => {
    const a = parseArticle(dump('RESEARCH PAPER', 'A title', 'Standfirst.', 'Body.'), { outlet: 'chatham-house' });
    expect([a.kind, a.title, a.standfirst, a.body]).toEqual(['Research Paper', 'A title', 'Standfirst.', ['Body.']]);
  });
});

describe('errors', () => {
  it('rejects non-strings, empty input and bad options with typed codes', () => {
    expect(codeOf(() => parseArticle(undefined as never))).toBe('NOT_A_STRING');
    expect(codeOf(() => parseArticle(Buffer.from('x') as never))).toBe('NOT_A_STRING');
    expect(codeOf(() => parseArticle(' \n\u00A0\r\n'))).toBe('EMPTY_INPUT');
    expect(codeOf(() => parseArticle(article, { timeZone: 'Nowhere/Land' }))).toBe('INVALID_OPTION');
    expect(codeOf(() => parseArticle(article, { dateOrder: 'XYZ' } as never))).toBe('INVALID_OPTION');
    expect(codeOf(() => parseArticle(article, { outlet: 'no-such-outlet' }))).toBe('INVALID_OPTION');
    expect(codeOf(() => parseArticle(article, { url: 'javascript:alert(1)' }))).toBe('INVALID_OPTION');
    expect(codeOf(() => parseArticle(article, 'opts' as never))).toBe('INVALID_OPTION');
    expect(codeOf(() => parseArticle(article, { maxInputBytes: 0 }))).toBe('INVALID_OPTION');
    expect(codeOf(() => parseArticle(article, { maxInputBytes: 100 }))).toBe('INPUT_TOO_LARGE');
  });

  it('names the bad field of an outlet profile', () => {
    const result = safeParseArticle(article, { outlet: { id: 'Bad Id', name: 'X', timeZone: 'Europe/Nowhere' } } as ParseOptions);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.code).toBe('INVALID_OPTION');
      expect(result.error.issues.map((i) => i.path.join('.'))).toEqual(['outlet.id', 'outlet.timeZone']);
    }
  });

  it('reports a page with nothing but menus and boilerplate as NOT_AN_ARTICLE', () => {
    expect(codeOf(() => parseArticle(dump('|Printable version', '|HOME', '|RESEARCH', '|ABOUT')))).toBe('NOT_AN_ARTICLE');
    expect(codeOf(() => parseArticle(dump('Just a title')))).toBe('NOT_AN_ARTICLE');
    expect(codeOf(() => parseArticle('x'.repeat(1000) + '\nmore'))).toBe('NOT_AN_ARTICLE');
  });

  it('safeParseArticle returns the error instead of throwing', () => {
    const result = safeParseArticle('');
    expect(result).toMatchObject({ success: false });
    if (!result.success) {
      expect(result.error).toBeInstanceOf(ParseError);
      expect(result.error.code).toBe('EMPTY_INPUT');
      expect(result.error.issues[0]?.code).toBe('EMPTY_INPUT');
    }
    expect(safeParseArticle(article).success).toBe(true);
  });
});

describe('purity', () => {
  it('gives the same result for the same input, and does not touch its options', () => {
    const options = Object.freeze({ timeZone: 'Asia/Tokyo' });
    expect(parseArticle(article, options)).toEqual(parseArticle(article, options));
  });

  it('gives the same fields whatever the line endings, blank lines and spaces', () => {
    const rewrapped = '\uFEFF' + article.split('\n').map((l) => `${l.replace(/ /g, (m, i) => (i % 7 === 0 ? '\u00A0' : m))}  `).join('\r\n\r\n');
    expect(parseArticle(rewrapped, { timeZone: 'Asia/Tokyo' })).toEqual(parseArticle(article, { timeZone: 'Asia/Tokyo' }));
  });
});
