import fc from 'fast-check';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import { readsTheSameWithoutScriptText } from '../../test/support/readsTheSameWithoutScriptText.js';
import { dropScriptText, parseWithoutScriptText } from './dropScriptText.js';
import { readHtmlPage } from './index.js';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>Grain and sanctions</title><style>p { margin: 0 }</style></head><body>${body}</body></html>`;

describe('dropScriptText', () => {
  it('replaces the bodies of scripts and styles with one mark each, and keeps everything else', () => {
    const html = page(`<script>var s = "<p>not text</p>";</script><p>Grain shipments fell.</p><STYLE media=print>.a > b { color: red }</STYLE ><script src="/a.js"></script>`);
    const [out, dropped] = dropScriptText(html);
    expect(dropped).toBe(4);
    expect(out).toBe(page(`<script>\uE000</script><p>Grain shipments fell.</p><STYLE media=print>\uE000</STYLE ><script src="/a.js">\uE000</script>`).replace('p { margin: 0 }', '\uE000'));
    // Nothing to drop: the same string back.
    expect(dropScriptText('<p>Grain shipments fell.</p>')).toEqual(['<p>Grain shipments fell.</p>', 0]);
  });

  it('keeps JSON scripts, however their type is written, and scripts that may not end at their first end tag', () => {
    for (const html of [
      ...['application/ld+json', 'application/LD+JSON', 'application&#x2F;ld&#x2B;json', 'application/json'].map(
        (type) => `<script type="${type}">{"@type": "Article", "headline": "Grain"}</script>`,
      ),
      `<script><!--<script>a</script>b--></script><p>Grain</p>`,
      // A page that already holds the mark is left alone.
      `<p>\uE000</p><script>a()</script>`,
    ]) {
      expect(dropScriptText(html)).toEqual([html, 0]);
    }
  });

  it('passes over an svg whole, and the scripts after it are still dropped', () => {
    // An svg's own style and script hold markup, not text: they are kept, and the script after
    // the svg is dropped.
    const styled = '<svg viewBox="0 0 9 9"><style>.a { fill: red }</style><script>go()</script><path class="a" d="M0 0h9"/></svg>';
    expect(dropScriptText(`${styled}<script>x()</script><p>Grain</p>`)).toEqual([`${styled}<script>\uE000</script><p>Grain</p>`, 1]);
    // An svg closed by '/>' does not hide the scripts after it.
    expect(dropScriptText('<svg/><script>x()</script><p>Grain</p><svg></svg>')[1]).toBe(1);
    expect(parseWithoutScriptText('<svg/><script>x()</script><p>Grain</p><svg></svg>').dropped).toBe(1);
    // Nor does one never closed: the scan goes on, and the script it finds is the svg's, so
    // the check sends the page to parse5 as given.
    expect(dropScriptText('<SVG><path d="M0 0"/><script>x()</script>')[1]).toBe(1);
    expect(parseWithoutScriptText('<SVG><path d="M0 0"/><script>x()</script>').dropped).toBe(0);
    // Each svg end tag is looked for once: a self-closed svg's search finds the end tag of the
    // svg after it, which still passes over its own style; unclosed svgs past the last end tag
    // search no more, and the styles after them are still dropped.
    const later = '<svg/><script>x()</script><svg><style>.a{}</style></svg><style>p{}</style>';
    expect(dropScriptText(later)[1]).toBe(2);
    expect(parseWithoutScriptText(later).dropped).toBe(2);
    const unclosed = `<svg></svg>${'<svg>x'.repeat(3)}<style>p{}</style>`;
    expect(dropScriptText(unclosed)[1]).toBe(1);
  });

  it('stops at a script with no end tag, and at a start tag or comment that never closes', () => {
    for (const html of ['<script>a()', '<script a="b', '<!-- <script>a()</script>', '<p>a</p><style>p {}']) {
      expect(dropScriptText(html)).toEqual([html, 0]);
    }
    // A noscript's content is text, passed over whole.
    expect(dropScriptText('<noscript><style>.lazy { opacity: 1 }</style></NOSCRIPT ><style>p {}</style>')).toEqual([
      '<noscript><style>.lazy { opacity: 1 }</style></NOSCRIPT ><style>\uE000</style>',
      1,
    ]);
    // '<!-->' and '<!--->' are whole comments, so the script after them is one.
    expect(dropScriptText('<!--><script>x</script>')[1]).toBe(1);
    expect(dropScriptText('<!---><script>x</script>')[1]).toBe(1);
  });
});

describe('parseWithoutScriptText', () => {
  it('gives the tree parse5 gives, but for the text of scripts and styles', () => {
    const html = page(`<script>document.write("<h1>Not the title</h1>")</script><h1>Grain</h1><p>Shipments fell.</p>`);
    const { document, dropped } = parseWithoutScriptText(html);
    expect(dropped).toBe(2);
    // The tree as JSON, with the text of scripts and styles left out.
    const shape = (tree: unknown) =>
      JSON.stringify(tree, function (this: { parentNode?: { tagName?: string } }, key, value: unknown) {
        if (key === 'parentNode') return undefined;
        return key === 'value' && /^(script|style)$/.test(this.parentNode?.tagName ?? '') ? '' : value;
      });
    expect(shape(document)).toBe(shape(parse(html)));
    expect(shape(document)).toContain('Shipments fell.');
  });

  it('reads the page as given where a mark would not land in a script or style', () => {
    // The scan is naive: each of these holds '<script>' or '<style>' that the tokenizer does
    // not read as a start tag, or a body that is markup, and dropping it would lose 'Grain'.
    for (const html of [
      `<a title='<script>'>Grain</a> fell.<p>More</p> </script>`,
      `<a data-x="a>b" title="<style>">Grain</a><p>More</p></style>`,
      `<script data-x="a>b">var a</script><p>Grain</p>`,
      `<title><script>x</title><p>Grain</p></script>`,
      `<textarea><style></textarea><p>Grain</p></style>`,
      `<noscript><script>x</noscript><p>Grain</p></script>`,
      `<?php echo "<style>" ?><p>Grain</p></style>`,
      `<svg><style><p>Grain</p></style></svg>`,
      `<math><script><p>Grain</p></script></math>`,
      `<plaintext><script>Grain</script>`,
    ]) {
      expect(parseWithoutScriptText(html).dropped).toBe(0);
      expect(readsTheSameWithoutScriptText(html)).toBe(true);
      expect(readHtmlPage(html).blocks.map((b) => b.text).join(' ')).toContain('Grain');
    }
    // Bodies that hold what looks like markup or another element's end tag are still bodies.
    for (const html of [`<script>a("</p><p>")</script><style>a</title><p>b</p></style><p>Grain</p>`]) {
      expect(parseWithoutScriptText(html).dropped).toBeGreaterThan(0);
      expect(readsTheSameWithoutScriptText(html)).toBe(true);
      expect(readHtmlPage(html).blocks.map((b) => b.text)).toEqual(['Grain']);
    }
  });

  // 3,000 pages, each read twice: about half a second alone, more on a loaded machine.
  it('leaves what the front end reads as it was, on any mix of markup', { timeout: 60_000 }, () => {
    const piece = fc.constantFrom(
      '<script>', '</script>', '<script type="application/ld+json">', '{"@type":"NewsArticle","headline":"Grain","author":{"name":"Jane Doe"}}',
      '<style>', '</style>', '<!--', '-->', '<!-->', '--!>', '<svg>', '</svg>', '<svg viewBox="0 0 9 9">', '<path d="M0 0"/>', '<g>', '</g>',
      '<math>', '</math>', '<title>', '</title>', '<textarea>',
      '</textarea>', '<noscript>', '</noscript>', '<select>', '</select>', '<template>', '</template>', '<frameset>', '<iframe>', '</iframe>',
      '<plaintext>', '<p>', '</p>', '<h1>', '</h1>', '<a href="/x">', '</a>', '<meta name="author" content="', '">', '"', "'", '=', '>',
      '/>', '<', '</', '<![CDATA[', ']]>', '<div class=', ' x="a>b" ', 'Grain shipments fell by a third. ', 'var a = "<b>"; ', ' ',
      '<time datetime="2024-03-05">', '</time>', '<table><colgroup>', '<nav><a href="/">Home</a></nav>', '<?', '<!x', '</script ', '<STYLE ',
    );
    let dropped = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const html = page(parts.join(''));
        if (parseWithoutScriptText(html).dropped > 0) dropped++;
        expect(readsTheSameWithoutScriptText(html)).toBe(true);
      }),
      { numRuns: 3000, seed: 20261128 },
    );
    // The check does not refuse everything: most of these pages keep the fast route.
    expect(dropped).toBeGreaterThan(1500);
  });

  it('is what the front end parses when it tracks no offsets', () => {
    const html = page(`<script>document.write("<h1>Not the title</h1>")</script><h1>Grain and sanctions</h1><p>Grain shipments fell.</p>`);
    const fast = readHtmlPage(html);
    expect(fast.blocks.map((b) => b.text)).toEqual(['Grain and sanctions', 'Grain shipments fell.']);
    expect(fast.blocks[0]!.start).toBeNull();
    // With offsets, parse5 reads the page as given, so they point into it.
    const located = readHtmlPage(html, { locations: true });
    expect(html.slice(located.blocks[1]!.start!, located.blocks[1]!.end!)).toContain('Grain shipments fell.');
  });
});
