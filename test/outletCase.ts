// Shared checks for the built-in outlets' own tests (src/outlets/<id>/<id>.test.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createParser, safeParseArticle, type OutletProfile } from '../src/index.js';

export function fixture(id: string, name: string, file = 'input.html'): string {
  return readFileSync(join(import.meta.dirname, '..', 'fixtures', id, name, file), 'utf8');
}

/** A listing fixture: found by its host, read through the outlet's selector, refused as an article. */
export function checkListing(profile: OutletProfile, html: string, expected: { title: string; url: string; publishedAt?: string | null }[]): void {
  const parser = createParser({ outlets: [profile], includeBuiltins: false });
  expect(parser.detectOutlet(html)).toEqual({ id: profile.id, name: profile.name, rule: 'url-host' });
  const e = parser.explain(html);
  expect(e.fields.headlines?.rule).toBe(`${profile.id}.selectors.headlines`);
  const items = parser.parseHeadlines(html);
  expect(items.map((i) => ({ title: i.title, url: i.url, ...('publishedAt' in (expected[0] ?? {}) ? { publishedAt: i.publishedAt } : {}) }))).toEqual(expected);
  const result = safeParseArticle(html);
  expect(result.success).toBe(false);
  if (!result.success) expect(result.error.message).toMatch(/parseHeadlines/);
}
