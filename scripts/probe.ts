// Probes for quadratic paths: each shape is a small HTML or text unit repeated n and 4n times,
// nested (an unclosed opening tag, so parse5 nests the copies) or side by side, or side by side
// with one value (a meta title, a byline, a class name) n × 25 characters long. Linear work
// grows about 4× from n to 4n; a walk up every ancestor from every block, or a scan of every
// later block per block, grows about 16×. Usage:
//   npm run probe -- [--copies 2000]
// Prints each shape's time at 4n copies and its growth, and exits 1 if any grows more than 8×
// (a quadratic path: see docs/reliability.md). Timings are best of 2, after a warm-up.
import { performance } from 'node:perf_hooks';
import { parseHeadlines, safeParseArticle } from '../src/index.js';
import { OPEN_FORMATTING_ITEM } from '../test/fuzz/adversarial.js';

const args = process.argv.slice(2);
const at = args.indexOf('--copies');
const copies = at >= 0 ? Number(args[at + 1]) : 2000;

// Opening tags with some text, left unclosed: each copy nests inside the one before.
const NESTED = [
  '<div class="byline">By Jane Roe', '<div class="author">Jane Roe', '<div class="dek">Summary text', '<div class="summary">Summary text',
  '<span class="kicker">Kick', '<figure><figcaption>Caption', '<div class="related">Related', '<div role="navigation"><a href="/x">Home</a>',
  '<div role="main">Main text', '<article><h1>Title here</h1>', '<section><h2>Section</h2>', '<main>Text', '<header>Head', '<footer>Foot',
  '<aside>Side', '<h2>Heading', '<ul><li>Item', '<ol><li><a href="/a">Link item</a>', '<blockquote>Quote', '<table><tr><td>Cell',
  '<dl><dt>Datum</dt><dd>01.02.2024', '<a href="/x">link', '<p>Para', '<div class="post hentry">Post', '<div class="entry-content">Content',
  '<div itemprop="articleBody">Body', '<span itemprop="author">Jane Roe', '<time>1 May 2024', '<div class="paywall">Pay',
  '<div class="teaser"><h3><a href="/t">Teaser title</a></h3>', '<div class="card"><a href="/c">Card</a>', '<div class="comments">Comment',
  '<div class="share">Share', '<div class="date">01.02.2024', '<div class="meta">Published 1 May 2024 by Jane Roe', '<div lang="de">Text',
  '<div class="swiper">x', '<div class="intro">Lead text', '<div class="caption">Cap © Reuters', '<span class="rollover-people-block">Card',
];
// Closed units side by side.
const REPEATED = [
  '<div class="related"><h3>Related</h3><a href="/a">A story title here</a><a href="/b">B story title here</a></div>', '<h1>Another title</h1>',
  '<h2>Related</h2><ul><li><a href="/x">Story x title words</a></li><li><a href="/y">Story y title words</a></li></ul>',
  '<time datetime="2024-01-02">2 Jan 2024</time>', '<script type="application/ld+json">{"@type":"Article","author":{"name":"Jane Roe"}}</script>',
  '<meta property="article:published_time" content="2024-01-01T00:00:00Z">', '<a rel="author" href="/a/j">Jane Roe</a>', '<p class="byline">By Jane Roe</p>',
  '<span itemprop="author">Jane Roe</span>', '<p>Published 1 May 2024</p>', '<p>Von Jane Roe</p>', '<dl><dt>Datum</dt><dd>01.02.2024</dd></dl>',
  '<div class="card"><h3><a href="/c">Card title words here</a></h3><p>Summary of the card, long enough.</p><time>1 May 2024</time></div>',
  '<p>Paragraph, with commas, and enough text to be scored as body text by the selector.</p>', '<nav><a href="/n">Nav</a></nav>',
  '<p><a href="/l">Link only paragraph text here</a></p>', '<img src="x.jpg" alt="Photo"><p>(Photo: dpa)</p>',
];
const TEXT = [
  'By Jane Roe\n', 'date 2024-05-10 Chatham House\n', 'Latest\n', 'Headline about policy 01/03/2024 12:20:00\n', 'RESEARCH\n', '|EVENTS\n',
  'Expert comment\n', '© 2024 Site\n', 'Continue reading\n', 'Related\nStory title here\n12 May 2024\n', 'Published 1 May 2024 by Jane Roe\n',
];
// Outlet profiles with CSS selectors run css-select over the tree: nested shapes their
// selectors match, parsed with that outlet.
const OUTLETS: [string, string][] = [
  ['brookings', '<section id="hero"><h1>Title</h1><p class="label-large">Commentary</p><a class="person-hover" href="/p">Jane Roe</a><div class="byo-block wysiwyg-block"><p>Body text para.</p><span class="tooltip">tip</span>'],
  ['chatham-house', '<a href="/x"><h3 class="teaser__title">Teaser'],
  ['csis', '<article class="teaser"><div class="teaser__title"><a href="/x">T</a></div>'],
  ['atlantic-council', '<a href="/e"><h4 class="gta-event-embed--title">Event</h4>'],
  ['bruegel', '<ul><li class="Subject-item"><a href="https://www.bruegel.org/2024/x">X</a>'],
  ['ecfr', '<div class="w32"><h6><a href="/x">X</a></h6>'],
  ['cfr', '<section class="card-article"><div class="card-article__link-outer-wrapper"><a href="/a">Story</a>'],
];
// One long value in one place beside many repeated units: both grow with n, so work that
// reduces or searches the long value once per unit grows about 16×. (The fuzzer found such a
// path: the metadata title reduced again for every heading.)
const LONG_PLACES: [string, (v: string) => string, (v: string) => string][] = [
  ['og:title', (v) => `<meta property="og:title" content="${v}">`, () => ''],
  ['<title>', (v) => `<title>${v}</title>`, () => ''],
  ['meta description', (v) => `<meta name="description" content="${v}">`, () => ''],
  ['meta author', (v) => `<meta name="author" content="${v}">`, () => ''],
  ['og:site_name', (v) => `<meta property="og:site_name" content="${v}">`, () => ''],
  ['JSON-LD headline, author and section', (v) => `<script type="application/ld+json">${JSON.stringify({ '@type': 'Article', headline: v, author: { name: v }, articleSection: v })}</script>`, () => ''],
  ['canonical path', (v) => `<link rel="canonical" href="https://example.org/${v.replace(/ /g, '-')}">`, () => ''],
  ['h1', () => '', (v) => `<h1>${v}</h1>`],
  ['byline', () => '', (v) => `<div class="byline">By ${v}</div>`],
  ['class attribute', () => '', (v) => `<div class="${v}">x</div>`],
];
const LONG_BESIDE = ['<h2>Heading</h2><p>Some text.</p>', '<p>A paragraph that says a few things, by Jane Roe.</p>', '<li><a href="/a">Story title here</a></li>', '<p class="byline">By Jane Roe</p>'];
const long = (n: number) => 'Word and text '.repeat(Math.ceil((n * 25) / 14));
const html = (body: string) =>
  `<!doctype html><html><head><title>T | Site</title></head><body><h1>Title of the story</h1><p>${'Some paragraph text that is long enough to count as the body. '.repeat(4)}</p>${body}</body></html>`;
const text = (body: string) => `Title of the piece\n\nSome paragraph text that is long enough to count as the body of this dump.\n${body}`;

const once = (input: string, outlet?: string): number => {
  const t0 = performance.now();
  const options = outlet ? { timeZone: 'UTC', outlet } : { timeZone: 'UTC' };
  safeParseArticle(input, options);
  try {
    parseHeadlines(input, options);
  } catch {
    // ParseError for a page without headlines: only the time matters here.
  }
  return performance.now() - t0;
};
const best = (input: string, outlet?: string): number => Math.min(once(input, outlet), once(input, outlet));
// Units whose copies differ ({i} is the copy's number), at an eighth of the copies. A formatting
// element (<s>, <b>, <font>…) left open inside a box the next copy's end tag closes stays on
// the HTML spec's list of active formatting elements, which dedupes only copies with the same
// attributes (the 'Noah's Ark' clause, three of each); every later block reopens them all, so
// parse5 builds about n²/2 elements from n copies (twentieth session's fuzz run 46a: 293 KB,
// 421,000 <s> elements). Fixed in the twenty-first session by capping that list
// (src/htmlToBlocks/boundedParse.ts): 16.3× per 4× before, 3.6× after.
const COUNTED = [OPEN_FORMATTING_ITEM];
const counted = (u: string, n: number) => Array.from({ length: Math.max(50, Math.round(n / 8)) }, (_, i) => u.replaceAll('{i}', String(i))).join('');

const rows: { shape: string; ms: number; growth: number }[] = [];
type Shape = [name: string, make: (n: number) => string, outlet?: string];
const shapes: Shape[] = [
  ...NESTED.map((u): Shape => [`nested ${u}`, (n) => html(u.repeat(n))]),
  ...REPEATED.map((u): Shape => [`repeated ${u}`, (n) => html(u.repeat(n))]),
  ...TEXT.map((u): Shape => [`text ${JSON.stringify(u)}`, (n) => text(u.repeat(n))]),
  ...COUNTED.map((u): Shape => [`counted ${u}`, (n) => html(counted(u, n))]),
  ...OUTLETS.map(([outlet, u]): Shape => [`${outlet}: nested ${u}`, (n) => html(u.repeat(n)), outlet]),
  ...LONG_PLACES.flatMap(([place, head, body]) =>
    LONG_BESIDE.map((u): Shape => [`long ${place} beside repeated ${u}`, (n) => `<!doctype html><html><head>${head(long(n))}</head><body>${body(long(n))}${u.repeat(n)}</body></html>`]),
  ),
];
for (const [i, [shape, make, outlet]] of shapes.entries()) {
  process.stderr.write(`\rprobe ${i + 1}/${shapes.length}   `);
  const small = make(copies);
  const large = make(copies * 4);
  once(small, outlet);
  const a = best(small, outlet);
  const b = best(large, outlet);
  rows.push({ shape: shape.slice(0, 90), ms: Math.round(b), growth: Number((b / Math.max(a, 0.01)).toFixed(1)) });
}
process.stderr.write('\n');
rows.sort((x, y) => y.growth - x.growth);
for (const r of rows) console.log(`${String(r.growth).padStart(5)}× ${String(r.ms).padStart(6)} ms  ${r.shape}`);
const quadratic = rows.filter((r) => r.growth > 8);
console.log(`${shapes.length} shapes, ${copies} → ${copies * 4} copies: ${quadratic.length} grew more than 8× (linear is about 4×)`);
process.exit(quadratic.length > 0 ? 1 : 0);
