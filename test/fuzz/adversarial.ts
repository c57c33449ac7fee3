// Adversarial inputs of about 1 MB, shaped to make regexes backtrack or walkers recurse:
// long runs of digits and slashes beside timestamp patterns, runs of '|', deep nesting,
// 100,000 siblings, and the shapes the regex audit found risky. Used by
// test/adversarial.test.ts and reported (ms per MB) by `npm run fuzz`.
const MB = 1_000_000;
const fill = (unit: string, size = MB, k = 1) => unit.repeat(Math.ceil((size * k) / unit.length));
const page = (body: string) => `<!doctype html><html><head><title>Adversarial</title></head><body>${body}</body></html>`;

/** A list item that leaves an `<s>` open with its own attributes ({i}: the copy's number); also a probe shape. */
export const OPEN_FORMATTING_ITEM = '<li><div class="text"><h3><s data-x="{i}">Trade rules {i}</a></h4><p>A short description of the report.</p></div></li>';

/** Each maker takes a scale k (1 gives about 1 MB) so the bench can check linear growth. */
export const ADVERSARIAL: Record<string, (k?: number) => string> = {
  'digits and slashes (text)': (k = 1) => `Title\n${fill('1/', MB, k)}12:20:0\nSummary\n`,
  'glued timestamps without end (text)': (k = 1) => `Latest News from Chatham House\n${fill('Headline 01/03/2024 12:20:0', MB, k)}`,
  'digits only line (text)': (k = 1) => fill('0', MB, k),
  'pipes (text)': (k = 1) => fill('|', MB, k),
  'pipe menu items (text)': (k = 1) => fill('|RESEARCH\n', MB, k),
  'one huge line of words (text)': (k = 1) => fill('word ', MB, k),
  'open parentheses (text)': (k = 1) => `By ${fill('(', MB, k)}`,
  'spaces and commas (text)': (k = 1) => `By Jane Doe${fill(' ,', MB, k)}x`,
  'at signs (text)': (k = 1) => `By ${fill('a@b', MB, k)}`,
  'date keyword repeated (text)': (k = 1) => fill(' date 2024-05-10 ', MB, k),
  'blank lines (text)': (k = 1) => fill('\n', MB, k),
  'nested divs 100,000 deep (html)': (k = 1) => page(`${'<div>'.repeat(100_000 * k)}text${'</div>'.repeat(100_000 * k)}`),
  'nested inline tags 100,000 deep (html)': (k = 1) => page(`<p>${'<span>'.repeat(100_000 * k)}text</p>`),
  'nested boxes with text at every level 35,000 deep (html)': (k = 1) => page(`${'<div class="dek">Summary text'.repeat(35_000 * k)}<p>x</p>`),
  'nested related boxes 20,000 deep (html)': (k = 1) => page(`${'<div class="related">Related <a href="/a">A story</a>'.repeat(20_000 * k)}`),
  'nested itemprop elements 40,000 deep (html)': (k = 1) => page(`<p>${'<span itemprop="author">x'.repeat(40_000 * k)}</p>`),
  'nested time elements 100,000 deep (html)': (k = 1) => page(`<p>${'<time>1 May'.repeat(100_000 * k)}</p>`),
  // Parsed as ECFR (by the canonical link's host), whose headline selectors match every box.
  "nested boxes an outlet's selectors match, 22,000 deep (html)": (k = 1) =>
    `<html><head><title>Adversarial</title><link rel="canonical" href="https://ecfr.eu/latest/"></head><body>${'<div class="w32"><h6><a href="/x">X</a></h6>'.repeat(22_000 * k)}</body></html>`,
  // Found by the seeded fuzz test's first run with short pieces repeated: a headline card was
  // found by walking up from the item, and each step walked up again to the nearest block.
  "an outlet's headline item below 170,000 nested spans (html)": (k = 1) =>
    `<html><head><title>Adversarial</title><link rel="canonical" href="https://ecfr.eu/latest/"></head><body><div class="w32">${'<span>'.repeat(170_000 * k)}<h6><a href="/x">X</a></h6></div></body></html>`,
  '100,000 sibling paragraphs (html)': (k = 1) => page(fill('<p>x</p>', 800_000, k)),
  '100,000 sibling links (html)': (k = 1) => page(`<ul>${fill('<li><a href="/a">a</a></li>', 2_600_000, k)}</ul>`),
  'huge attribute (html)': (k = 1) => page(`<div class="${fill('a ', MB, k)}">x</div>`),
  // Found by fuzzing: the fallback title's heading was looked up by reducing the title again
  // for every heading, so a long og:title beside many headings took minutes.
  'huge metadata title beside 10,000 headings (html)': (k = 1) =>
    `<html><head><title>Adversarial</title><meta property="og:title" content="${fill('A long title ', 500_000, k)}"></head><body>${fill('<h2>Heading</h2><p>Some text.</p>', 500_000, k)}</body></html>`,
  // Found while profiling the fuzzer's slowest input: each site name at the end of the title
  // was dropped by a recursive call that split the title again (10,000 overflowed the stack).
  'site name repeated 150,000 times in the title (html)': (k = 1) =>
    `<html><head><title>Adversarial${fill(' | Site', 1_050_000, k)}</title><meta property="og:site_name" content="Site"></head><body><p>x</p></body></html>`,
  // Found by the fuzzer's short-piece mutator: every short block's class and id names were
  // joined with its ancestors' and searched, so a huge class read once per block inside it.
  'huge class name on a box of 20,000 short lines (html)': (k = 1) =>
    page(`<div class="${fill('box ', 450_000, k)}">${fill('<p>Short line 2024 here.</p>', 540_000, k)}</div>`),
  'huge JSON-LD (html)': (k = 1) =>
    `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'Article', author: Array.from({ length: 20_000 * k }, (_, i) => ({ name: `Author ${i}` })), keywords: fill('k,', 400_000, k) })}</script></head><body><p>x</p></body></html>`,
  'deeply nested JSON-LD (html)': (k = 1) => `<html><head><script type="application/ld+json">${'['.repeat(100_000 * k)}${']'.repeat(100_000 * k)}</script></head><body><p>x</p></body></html>`,
  'unclosed comment (html)': (k = 1) => `<html><body><p>x</p><!--${fill('-', MB, k)}`,
  'digits and slashes in a time element (html)': (k = 1) => page(`<time>${fill('1/', MB, k)}</time><p>x</p>`),
  'whitespace runs in title, meta and JSON-LD (html)': (k = 1) => {
    const run = fill(' \t', 200_000, k);
    return `<html><head><title>Adversarial${run}x</title><meta name="keywords" content="a${run}b"><meta name="description" content="A description that is long enough to be a standfirst${run}x"><meta property="og:site_name" content="Site${run}name"><script type="application/ld+json">{"@type":"Article","author":{"name":"Jane${run}Doe"},"keywords":"k${run}j"}</script></head><body>${run}<p>x${run}y</p></body></html>`;
  },
  // Bodies the front end spares parse5 (each one found, dropped and checked), and script start
  // tags inside attribute values, which make the check fail and parse5 read the page as given.
  'scripts and styles, 25,000 of each (html)': (k = 1) => page(fill('<script>var a = "<p>";</script><style>p { margin: 0 }</style><p>x</p>', MB, k)),
  'script tags in attribute values (html)': (k = 1) => page(fill('<p title="<script>">x</p></script>', MB, k)),
  // Found by the fuzzer's short-piece mutator: the script-and-style scan looked for each svg's
  // end tag from its start, and an unclosed svg searched to the end of the page every time.
  'unclosed svg start tags, 160,000 of them (html)': (k = 1) => page(fill('<svg>x', MB, k)),
  // Found by the fuzzer's counted-repeat mutator (nineteenth session): the trailing separators
  // of a title glued to a timestamp were stripped by a pattern tried at every point of a run
  // that did not end the title (a 41 KB line took 2 s).
  'separator run before a glued timestamp (text)': (k = 1) => `Latest News\n${fill('- ', MB, k)}Title 01/03/2024 12:20:00\n`,
  // The same run: each metadata title was compared with every site name, each reduced again
  // per title (750 titles and 1,375 site names took 5 s).
  '12,000 different metadata titles and site names (html)': (k = 1) =>
    `<html><head>${Array.from({ length: 12_000 * k }, (_, i) => `<meta property="og:title" content="Title ${i} | Site ${i}"><meta property="og:site_name" content="Site ${i}">`).join('')}</head><body><p>x</p></body></html>`,
  // Found by the fuzzer's counted-repeat mutator (twentieth session): each `<s>` is left open
  // in a box closed before it, with its own attributes, so the HTML spec keeps every one on its
  // list of active formatting elements and each later block reopened all of them (parse5 built
  // n²/2 elements). The list is now capped (src/htmlToBlocks/boundedParse.ts).
  'formatting elements left open with different attributes, 9,000 of them (html)': (k = 1) =>
    page(`<ul>${Array.from({ length: 9_000 * k }, (_, i) => OPEN_FORMATTING_ITEM.replaceAll('{i}', String(i))).join('')}</ul>`),
  'meta published_time garbage (html)': (k = 1) => `<html><head><meta property="article:published_time" content="${fill('2024-', MB, k)}"></head><body><p>x</p></body></html>`,
};
