import { describe, expect, it } from 'vitest';
import { explain, parseHeadlines } from '../src/index.js';

const list = (...lines: string[]) => ['Latest News from', 'Chatham House', ...lines].join('\n');

describe('parseHeadlines', () => {
  it('splits a title glued to its timestamp and reads it in the outlet’s zone', () => {
    expect(parseHeadlines(list('A summer item15/07/2024 09:05:00', 'Its summary.', 'A winter item15/01/2024 09:05:00'))).toEqual([
      { title: 'A summer item', publishedAt: '2024-07-15T09:05:00+01:00', summary: 'Its summary.', url: null, kind: null, author: null },
      { title: 'A winter item', publishedAt: '2024-01-15T09:05:00+00:00', summary: null, url: null, kind: null, author: null },
    ]);
  });

  it('keeps digits and times that belong to the title', () => {
    const items = parseHeadlines(list('Outlook for 202401/03/2024 12:20:00', 'Summit at 10:30 in G2005/03/2024 08:00:00', 'Item 1231/01/2024 10:00'));
    expect(items.map((i) => i.title)).toEqual(['Outlook for 2024', 'Summit at 10:30 in G20', 'Item 12']);
    expect(items.map((i) => i.publishedAt)).toEqual(['2024-03-01T12:20:00+00:00', '2024-03-05T08:00:00+00:00', '2024-01-31T10:00:00+00:00']);
  });

  it('lets the whole list settle an ambiguous day order for an unknown outlet', () => {
    const input = ['Latest News from Example Policy Institute', 'First01/02/2024 10:00:00', 'Second01/13/2024 10:00:00'].join('\n');
    const items = parseHeadlines(input, { timeZone: 'America/New_York' });
    expect(items.map((i) => i.publishedAt)).toEqual(['2024-01-02T10:00:00-05:00', '2024-01-13T10:00:00-05:00']);
  });

  it('assumes day-first with a warning when nothing settles the order', () => {
    const input = ['Latest News from Example Policy Institute', 'First01/02/2024 10:00:00', 'Second03/04/2024 10:00:00'].join('\n');
    const e = explain(input, { timeZone: 'UTC' });
    expect(e.warnings.map((w) => w.code)).toContain('AMBIGUOUS_DATE_ORDER');
    expect(parseHeadlines(input, { timeZone: 'UTC' }).map((i) => i.publishedAt)).toEqual(['2024-02-01T10:00:00+00:00', '2024-04-03T10:00:00+00:00']);
  });

  it('leaves an impossible timestamp null and warns with the item’s path', () => {
    const input = list('Good item01/03/2024 12:20:00', 'Bad item31/02/2024 12:20:00');
    expect(parseHeadlines(input)[1]).toEqual({ title: 'Bad item', publishedAt: null, summary: null, url: null, kind: null, author: null });
    const warning = explain(input).warnings.find((w) => w.code === 'INVALID_TIMESTAMP');
    expect(warning?.path).toEqual(['headlines', 1, 'publishedAt']);
  });

  it('finds a run of dated items without a header, but not a lone dated line', () => {
    expect(parseHeadlines('One item03/03/2024 10:00\nTwo item04/03/2024 10:00', { timeZone: 'UTC', dateOrder: 'DMY' })).toHaveLength(2);
    expect(parseHeadlines('Title\nThe offer closes on 31/12/2024', { timeZone: 'UTC' })).toEqual([]);
  });

  it('returns [] for a page without headlines', () => {
    expect(parseHeadlines('Title\nParagraph one.\nParagraph two.')).toEqual([]);
  });
});
