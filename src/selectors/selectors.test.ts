import { selectAll, selectOne } from 'css-select';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { compileSelector, parse5Adapter, search, selectElements } from './index.js';

const selectFirst = (root: Parameters<typeof search>[0], selector: string) => search(root, compileSelector(root, selector), true)[0] ?? null;

// A listing page with cards, a nested box, a template and sibling paragraphs: the shapes the
// outlet selectors use (descendant and child combinators, `:has`, selector lists), and those a
// user's profile may use (sibling combinators, `:nth-child()` and its kin).
const PAGE = `<!doctype html><html><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/research"><img src="r.png" alt="">Research</a></li><li>Plain</li></ul></nav>
<main>
  <article class="teaser"><a class="teaser__link" href="/a"><div class="teaser__content"><div class="teaser__type">Report</div><div class="teaser__title">First card</div></div></a></article>
  <article class="teaser"><a href="/img"><img src="x.png" alt=""></a><h3 class="teaser__title"><a href="/b">Second card</a></h3></article>
  <div class="box"><div class="box"><p>Inner <a href="/c">link</a></p><p>Second</p></div><p>Outer</p></div>
  <template><p class="teaser__title">In a template</p></template>
  <section><h2>More</h2><p>One</p><p>Two <time datetime="2024-05-01">1 May</time></p></section>
</main>
</body></html>`;

const SELECTORS = [
  'article.teaser a:has(.teaser__title), article.teaser .teaser__title a',
  'a:has(h3.teaser__title), h3.teaser__title a',
  '.box p',
  '.box > p',
  '.box .box p a',
  'div:has(p)',
  'div:has(> p)',
  'section:has(> h2, time) > p',
  'li:has(> a[href]) a',
  ':has(time)',
  'section:has(h2, h3) p',
  'li:has(a[href]):not(:has(img))',
  ':is(h3, div.teaser__content) a, main a:has(img)',
  'h2 ~ p',
  'p + p',
  'h2 + p, time + p',
  'li:first-child a',
  'p:first-child',
  'h1, h2, h3, h4, h5, h6',
  '[class*="title"]',
  'li:nth-child(2) a',
  'li:nth-child(2n+1)',
  'li:nth-last-child(1)',
  'p:nth-of-type(2)',
  'section > :nth-last-of-type(1)',
  'li:last-child',
  'li:only-child, a:only-child',
  'p:first-of-type',
  'p:last-of-type',
  'img:only-of-type',
  'h2 ~ p ~ p',
  'li ~ li a',
  'article ~ div p',
  'p:first-child ~ p',
  'p:not(:first-child)',
  'li:has(+ li)',
  'h2:has(~ p)',
  'ul:has(> li > a)',
  'section:has(> h2 + p)',
  'p:has(+ p > time)',
  'article:has(~ div p a), li:has(~ li > a img)',
  'div:has(> div > p a)',
  'main > :has(+ section h2)',
];

const doc = parse(PAGE);
const reference = (selector: string) => selectAll(selector, doc as never, { adapter: parse5Adapter as never });
const tags = (els: readonly unknown[]) => els.map((el) => (el as { tagName: string }).tagName);

describe('selectElements and search', () => {
  for (const selector of SELECTORS) {
    it(`match what css-select matches, in document order: ${selector}`, () => {
      const expected = reference(selector);
      const got = selectElements(doc, selector);
      expect(tags(got)).toEqual(tags(expected));
      expect(expected.length).toBeGreaterThan(0);
      expect(got.every((el, i) => el === expected[i])).toBe(true);
      expect(selectFirst(doc, selector)).toBe(selectOne(selector, doc as never, { adapter: parse5Adapter as never }));
    });
  }

  it('find the cards the outlet selectors are written for, and nothing inside a template', () => {
    const links = selectElements(doc, 'article.teaser a:has(.teaser__title), article.teaser .teaser__title a');
    expect(links.map((a) => a.attrs.find((x) => x.name === 'href')?.value)).toEqual(['/a', '/b']);
    expect(selectElements(doc, '.teaser__title').map((el) => el.tagName)).toEqual(['div', 'h3']);
  });

  it('search only below the element they are given', () => {
    const inner = selectElements(doc, '.box .box')[0]!;
    expect(selectElements(inner, '.box p')).toHaveLength(2);
    expect(selectElements(inner, 'div:has(p)')).toEqual([]);
    expect(selectFirst(inner, 'a[href]')?.attrs[0]?.value).toBe('/c');
    // A selector compiled for the page, searched for below one element.
    expect(search(inner, compileSelector(doc, 'div:has(a) p')).map((p) => p.childNodes.length)).toEqual([2, 1]);
  });

  it('look at no more nodes than the limit says', () => {
    const list = parse(`<ul>${'<li>x</li>'.repeat(600)}<li><a href="/far">far</a></li></ul>`);
    const link = compileSelector(list, 'a[href]');
    expect(search(list, link, true)).toHaveLength(1);
    expect(search(list, link, true, 500)).toEqual([]);
  });

  it('read markup nested thousands deep', () => {
    const deep = parse(`<body>${'<article class="teaser"><div class="teaser__title"><a href="/x">T</a></div>'.repeat(5000)}`);
    expect(selectElements(deep, 'article.teaser a:has(.teaser__title), article.teaser .teaser__title a')).toHaveLength(5000);
    expect(selectElements(deep, 'article.teaser article.teaser article.teaser .teaser__title a')).toHaveLength(4998);
    expect(selectElements(deep, 'article:has(a[href="/x"])')).toHaveLength(5000);
    expect(selectElements(deep, 'article:has(> div.teaser__title)')).toHaveLength(5000);
    const divs = parse(`<body>${'<div>'.repeat(5000)}<p>x</p>`);
    expect(selectElements(divs, 'div:has(> p)')).toHaveLength(1);
    expect(selectElements(divs, 'div:has(p)')).toHaveLength(5000);
    expect(selectElements(divs, 'div:has(div p)')).toHaveLength(4999);
    expect(selectElements(divs, 'body:has(> div > div p)')).toHaveLength(1);
  });

  it('read a `:has` with a sibling combinator over thousands of siblings', () => {
    const siblings = parse(`<body><section>${'<h2>H</h2><p>P</p>'.repeat(5000)}</section>`);
    expect(selectElements(siblings, 'h2:has(~ p)')).toHaveLength(5000);
    expect(selectElements(siblings, 'p:has(+ h2)')).toHaveLength(4999);
    expect(selectElements(siblings, 'p:has(~ h2 + p)')).toHaveLength(4999);
    expect(selectElements(siblings, 'section:has(> h2 ~ p)')).toHaveLength(1);
  });

  it('anchor a `:has` with a descendant chain at the element, as the Selectors spec does', () => {
    // `div:has(div div)` asks for two nested divs below the div itself. css-select 7 also
    // counts a div whose own ancestor is the first of the two.
    const nested = parse('<div id="a"><div id="b"><div id="c"></div></div></div><div id="d"><p><span><a href="/x">x</a></span></p></div>');
    const ids = (selector: string) => selectElements(nested, selector).map((el) => el.attrs[0]?.value);
    expect(ids('div:has(div div)')).toEqual(['a']);
    expect(ids('div:has(p a)')).toEqual(['d']);
    expect(ids('div:has(span a)')).toEqual(['d']);
    expect(ids('div:has(div)')).toEqual(['a', 'b']);
  });
});
