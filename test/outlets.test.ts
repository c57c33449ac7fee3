import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ParseError, createParser, defineOutlet, parseArticle, type OutletInput } from '../src/index.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'hypothetical-institute-json-profile');
const profile = JSON.parse(readFileSync(join(dir, 'outlet.json'), 'utf8')) as OutletInput;
const html = readFileSync(join(dir, 'input.html'), 'utf8');

describe('defineOutlet', () => {
  it('validates, fills defaults and freezes a profile', () => {
    const p = defineOutlet({ id: 'x-institute', name: 'X Institute', timeZone: 'UTC' });
    expect(p).toMatchObject({ hosts: [], aliases: [], kinds: {}, boilerplate: [], navigation: { labels: [] } });
    expect(Object.isFrozen(p)).toBe(true);
  });

  it('refuses a CSS selector css-select cannot read', () => {
    expect(() => defineOutlet({ id: 'x', name: 'X', timeZone: 'UTC', selectors: { body: 'div[' } })).toThrow(/selectors\.body/);
  });

  it('names every bad field', () => {
    try {
      defineOutlet({ id: 'Not A Slug', name: '', timeZone: 'Mars/Base', boilerplate: ['(unclosed'] } as OutletInput);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
      expect((e as ParseError).code).toBe('INVALID_OUTLET');
      expect((e as ParseError).issues.map((i) => i.path.join('.'))).toEqual(['id', 'name', 'timeZone', 'boilerplate.0']);
    }
  });
});

describe('createParser', () => {
  it('parses a made-up outlet with a profile written as JSON from the docs alone', () => {
    const parser = createParser({ outlets: [profile] });
    const e = parser.explain(html);
    expect(e.outlet).toEqual({ id: 'hypothetical-institute', name: 'Institute for Hypothetical Studies', rule: 'url-host' });
    const a = e.article!;
    expect(a.kind).toBe('Policy Brief');
    expect(e.fields.kind?.rule).toBe('hypothetical-institute.selectors.kind');
    expect(a.published).toBe('2024-06-03T07:30:00+09:00');
    expect(a.authors.map((x) => x.name)).toEqual(['Aiko Tanaka']);
    expect(a.body).toHaveLength(3);
    expect(e.fields.body?.rule).toBe('hypothetical-institute.selectors.body');
    expect(e.fields.title?.rule).toBe('hypothetical-institute.selectors.title');
    expect(e.fields.authors?.rule).toBe('hypothetical-institute.selectors.authors');
    expect(e.blocks.find((b) => b.text.startsWith('Our annual conference'))?.rule).toBe('hypothetical-institute.selectors.exclude');
    expect(a.body.join(' ')).not.toMatch(/Share this page|Download PDF/);
    expect(e.blocks.filter((b) => b.rule?.startsWith('hypothetical-institute.boilerplate')).map((b) => [b.text, b.rule])).toEqual([
      ['Listen to this brief (4 min)', 'hypothetical-institute.boilerplate[2]'],
    ]);
    expect(e.blocks.filter((b) => b.claimedBy === 'boilerplate').map((b) => b.text)).toEqual([
      'Listen to this brief (4 min)',
      'Our annual conference on river basins opens registration next week.',
      'Share this page',
      'Download PDF',
    ]);
  });

  it('keeps registries apart: nothing global changes', () => {
    createParser({ outlets: [profile] });
    const plain = parseArticle(html, { timeZone: 'UTC' });
    expect(plain.outlet.id).not.toBe('hypothetical-institute');
    const builtins = createParser().outlets.map((o) => o.id);
    expect(builtins.slice(0, 2)).toEqual(['chatham-house', 'brookings']);
    expect(builtins).not.toContain('hypothetical-institute');
    expect(new Set(builtins).size).toBe(builtins.length);
    expect(createParser({ outlets: [profile], includeBuiltins: false }).outlets.map((o) => o.id)).toEqual(['hypothetical-institute']);
  });

  it('refuses two profiles with one id', () => {
    expect(() => createParser({ outlets: [profile, profile] })).toThrow(/share the id 'hypothetical-institute'/);
    expect(() => createParser({ outlets: [{ ...profile, id: 'brookings' }] })).toThrow(ParseError);
  });

  it('says which rule detected the outlet', () => {
    const parser = createParser({ outlets: [profile] });
    expect(parser.detectOutlet(html).rule).toBe('url-host');
    expect(parser.detectOutlet('<title>x</title><p>Some text long enough.</p>', { outlet: 'brookings' }).rule).toBe('option');
    expect(parser.detectOutlet(' date 2024-03-01 Chatham House\nTitle\nBody text.').rule).toBe('dateline-name');
    const bySite = '<html><head><meta property="og:site_name" content="Brookings"></head><body><h1>T</h1><p>Body.</p></body></html>';
    expect(parser.detectOutlet(bySite).rule).toBe('site-name');
    expect(parser.detectOutlet(' date 2024-03-01 Nowhere Institute\nTitle\nBody.').id).toBe('nowhere-institute');
  });

  it('takes the topics a profile selects as they are, where the page\'s own tags lose their machine tags', () => {
    const tagged = (head: string) =>
      `<html><head><link rel="canonical" href="https://tags.example/a">${head}</head><body><h1>Grid storage after the winter peak</h1>` +
      `<ul class="topic-list"><li>Region: Europe</li><li>Energy_Security</li></ul>` +
      `<p>${'Grid storage lets operators shift solar output into the evening peak, and cuts the need for gas peaker plants. '.repeat(3)}</p></body></html>`;
    const outlet = defineOutlet({ id: 'tags-institute', name: 'Tags Institute', hosts: ['tags.example'], timeZone: 'UTC', selectors: { topics: 'ul.topic-list li' } });
    expect(createParser({ outlets: [outlet] }).parseArticle(tagged('')).topics).toEqual(['Region: Europe', 'Energy_Security']);
    const page = tagged('<meta name="parsely-tags" content="Region: Europe, Energy_Security, Energy">');
    expect(parseArticle(page, { timeZone: 'UTC' }).topics).toEqual(['Energy']);
  });

  it('keeps the date a profile selects even when a date line by the title names another day', () => {
    const html =
      `<html><head><link rel="canonical" href="https://dates.example/a"></head><body><h1>Grid storage after the winter peak</h1>` +
      `<p class="meta">12.01.2022</p><span class="issued">2021-11-29</span>` +
      `<p>${'Grid storage lets operators shift solar output into the evening peak, and cuts the need for gas peaker plants. '.repeat(3)}</p></body></html>`;
    const outlet = defineOutlet({ id: 'dates-institute', name: 'Dates Institute', hosts: ['dates.example'], timeZone: 'UTC', selectors: { published: 'span.issued' } });
    expect(createParser({ outlets: [outlet] }).parseArticle(html).published).toBe('2021-11-29');
    // Without the profile, the same date as metadata gives way to the date line.
    const generic = html.replace('<span class="issued">2021-11-29</span>', '').replace('</head>', '<meta property="article:published_time" content="2021-11-29"></head>');
    expect(parseArticle(generic, { timeZone: 'UTC' }).published).toBe('2022-01-12');
  });

  it("keeps a short article whose page holds one item of the profile's headline selector", () => {
    // The item's card grows to the largest ancestor that holds no other item and few blocks;
    // on a short page that was <html> itself, which took every paragraph from the body.
    const paragraph = 'Grid storage lets operators shift solar output into the evening peak, and cuts the need for gas peaker plants.';
    const html =
      `<html><head><link rel="canonical" href="https://cards.example/a"></head><body><h1>Grid storage after the winter peak</h1>` +
      `<p>${paragraph}</p><p>${paragraph}</p><div class="related"><h6><a href="/b">Batteries and the grid</a></h6></div></body></html>`;
    const outlet = defineOutlet({ id: 'cards-institute', name: 'Cards Institute', hosts: ['cards.example'], timeZone: 'UTC', selectors: { headlines: 'div.related h6 a' } });
    const parser = createParser({ outlets: [outlet] });
    const article = parser.parseArticle(html);
    expect(article.body).toEqual([paragraph, paragraph]);
    expect(article.headlines.map((h) => h.title)).toEqual(['Batteries and the grid']);
  });
});
