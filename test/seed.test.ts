// The user's saved page, checked field by field against what the issue asks for (the full
// Article is also pinned in fixtures/chatham-house-kazakhstan-russia/expected.json).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain, parseArticle } from '../src/index.js';

const seed = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'chatham-house-kazakhstan-russia', 'input.txt'), 'utf8');

describe('the Kazakhstan–Russia seed', () => {
  const article = parseArticle(seed);

  it('reads the header fields', () => {
    expect(article.outlet).toEqual({ id: 'chatham-house', name: 'Chatham House' });
    expect(article.title).toBe('Russia’s influence in Kazakhstan is increasing despite the war in Ukraine');
    expect(article.kind).toBe('Expert Comment');
    expect(article.standfirst).toMatch(/^Some hoped /);
    expect(article.url).toBe('https://www.chathamhouse.org/2024/02/russias-influence-kazakhstan-increasing-despite-war-ukraine');
    expect(article.published).toBe('2024-03-01');
    expect(article.truncated).toBe(true);
  });

  it('keeps exactly the four body paragraphs', () => {
    expect(article.body).toHaveLength(4);
    expect(article.body[0]).toMatch(/^Last week, /);
    expect(article.body[3]).toMatch(/^If not managed carefully, /);
    const body = article.body.join('\n');
    for (const noise of ['Printable version', 'Click here', 'Original article link', 'RESEARCH', 'Latest News']) {
      expect(body).not.toContain(noise);
    }
  });

  it('returns the menu as data', () => {
    expect(article.navigation).toHaveLength(1);
    expect(article.navigation[0]!.items.map((i) => i.label)).toEqual(['RESEARCH', 'EXPERTS', 'EVENTS', 'MEMBERSHIP', 'ACADEMY', 'ABOUT']);
  });

  it('reads eight headlines with offset timestamps and summaries', () => {
    expect(article.headlines).toHaveLength(8);
    for (const h of article.headlines) {
      expect(h.title.length).toBeGreaterThan(10);
      expect(h.summary).not.toBeNull();
      expect(h.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/);
    }
    expect(article.headlines[0]!.publishedAt).toBe('2024-03-01T12:20:00+00:00');
    expect(article.headlines[4]!.title).toMatch(/2024 summit – but more is needed$/);
    expect(article.headlines[4]!.publishedAt).toBe('2024-02-27T09:20:00+00:00');
  });

  it('claims every block and records where each field came from', () => {
    const e = explain(seed);
    expect(e.outlet.rule).toBe('url-host');
    expect(e.blocks.every((b) => b.claimedBy !== null)).toBe(true);
    const title = e.fields.title!;
    expect(seed.slice(...title.spans[0]!)).toBe(article.title);
    expect(e.fields.kind?.rule).toBe('chatham-house.kinds');
    expect(e.fields.url?.rule).toBe('generic.source-link');
    expect(e.fields.truncated?.rule).toBe('generic.click-to-continue');
    expect(e.blocks.find((b) => b.text === 'Printable version')?.rule).toBe('generic.printable-version');
  });
});
