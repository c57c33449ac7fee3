import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../src/index.js';

describe('htmlToBlocks', () => {
  it('gives roles, heading levels and landmarks', () => {
    const html = `<header><nav><ul><li><a href="/a">Research</a></li></ul></nav></header>
      <main><article><h2>Background</h2><p>First paragraph.</p><blockquote><p>A quote.</p></blockquote>
      <ul><li>An item</li></ul><figure><figcaption>A caption</figcaption></figure><pre>code  here</pre></article></main>
      <aside><p>Aside text.</p></aside><footer><p>Footer text.</p></footer>`;
    const blocks = htmlToBlocks(html);
    expect(blocks.map((b) => [b.text, b.role, b.level, b.landmark])).toEqual([
      ['Research', 'list-item', null, 'nav'],
      ['Background', 'heading', 2, 'article'],
      ['First paragraph.', 'paragraph', null, 'article'],
      ['A quote.', 'quote', null, 'article'],
      ['An item', 'list-item', null, 'article'],
      ['A caption', 'caption', null, 'article'],
      ['code here', 'preformatted', null, 'article'],
      ['Aside text.', 'paragraph', null, 'aside'],
      ['Footer text.', 'paragraph', null, 'footer'],
    ]);
  });

  it('drops screen-reader-only text but keeps the words around it apart', () => {
    const blocks = htmlToBlocks('<h1><span class="kicker">Klimaschutz</span><span class="visually-hidden">: </span><span>Bohren, bis es heiß wird</span></h1><p><a href="/x">Report<span class="sr-only">(opens in a new window)</span></a> out now</p>');
    expect(blocks.map((b) => b.text)).toEqual(['Klimaschutz Bohren, bis es heiß wird', 'Report out now']);
  });

  it('drops what a page shows only on hover, and keeps the name or word it hangs on', () => {
    const card =
      '<span class="rollover-people"><a class="rollover-people-link" href="/people/jane-roe">Jane Roe</a><span class="rollover-people-block"><img src="roe.jpg" alt=""><a class="name" href="/people/jane-roe">Jane Roe</a><a href="/policy/1">Senators call for a 5G security coordinator</a><a href="/policy/2">Progressives oppose the stopgap bill</a></span></span>';
    const blocks = htmlToBlocks(
      `<p>A man pleaded guilty to threatening Rep. ${card} (D-Minn.), prosecutors said.</p><p>The <span class="tooltip">quorum<span class="tooltiptext">the members needed for a vote</span></span> was not met; see the <span data-toggle="popover">rules<span class="popover-content">Rule 12</span></span>.</p>`,
    );
    expect(blocks.map((b) => b.text)).toEqual(['A man pleaded guilty to threatening Rep. Jane Roe (D-Minn.), prosecutors said.', 'The quorum was not met; see the rules.']);
    expect(blocks[0]?.links.map((l) => l.text)).toEqual(['Jane Roe']);
  });

  it('ends a block at two line breaks in a row, not at one', () => {
    const blocks = htmlToBlocks('<div><b>05/10/2018</b> - Published by Clarissa Borba<br><br>\n<img src="x.jpg">The team reported the damage this morning.<br>The police came.<br> <br><br>Closing line</div>');
    expect(blocks.map((b) => b.text)).toEqual(['05/10/2018 - Published by Clarissa Borba', 'The team reported the damage this morning. The police came.', 'Closing line']);
  });

  it('takes the role of the nearest element that has one, however deep, and a paragraph just inside a quote is a quote', () => {
    const deep = (inner: string) => `${'<div>'.repeat(5000)}${inner}${'</div>'.repeat(5000)}`;
    const blocks = htmlToBlocks(
      `<ul><li>${deep('Item text in a deep list')}</li></ul><blockquote><div><p>Quoted paragraph</p></div></blockquote>` +
        `<blockquote>${'<div>'.repeat(4)}<p>Too far from the quote</p>${'</div>'.repeat(4)}</blockquote><h3>${deep('Deep heading')}</h3>`,
    );
    expect(blocks.map((b) => [b.text, b.role, b.level])).toEqual([
      ['Item text in a deep list', 'list-item', null],
      ['Quoted paragraph', 'quote', null],
      ['Too far from the quote', 'paragraph', null],
      ['Deep heading', 'heading', 3],
    ]);
  });

  it('treats role attributes as landmarks, and headers inside articles as part of them', () => {
    const blocks = htmlToBlocks('<div role="navigation"><p>Menu</p></div><article><header><p>Kicker</p></header></article><div role="contentinfo"><p>Legal</p></div>');
    expect(blocks.map((b) => b.landmark)).toEqual(['nav', 'article', 'footer']);
  });

  it('skips scripts, styles, templates, forms controls, frames and hidden elements (AMP layout=nodisplay too)', () => {
    const html = `<p>Visible</p><script>var x = "<p>no</p>";</script><style>p{}</style><template><p>no</p></template>
      <noscript><p>no</p></noscript><iframe src="x"></iframe><svg><text>no</text></svg><button>Click</button>
      <select><option>One</option></select><p hidden>no</p><p aria-hidden="true">no</p><p style="color:red; display: none">no</p>
      <div style="visibility:hidden"><p>no</p></div><amp-lightbox layout="nodisplay"><p>no</p></amp-lightbox><p>Also visible</p>`;
    expect(htmlToBlocks(html).map((b) => b.text)).toEqual(['Visible', 'Also visible']);
  });

  it('keeps the words of ruby text and drops the readings set above them', () => {
    const [h, p] = htmlToBlocks('<h1><ruby>子<rt>こ</rt></ruby>どもの<ruby>法律<rp>(</rp><rt>ほうりつ</rt><rp>)</rp></ruby></h1><p><ruby>東京<rt>とうきょう</rt></ruby>で<ruby>雨<rt>あめ</rt></ruby>が降った。</p>');
    expect([h?.text, p?.text]).toEqual(['子どもの法律', '東京で雨が降った。']);
  });

  it('sets apart digits that meet at an element edge, and nothing else', () => {
    // A theme's date in three spans, a day and a time in two, a number closing a bold run.
    const blocks = htmlToBlocks(
      '<div class="date"><span class="month">Jun</span> <span class="day">09</span><span class="year">2021</span></div>' +
        '<p class="meta"><span>14.06.21</span><span>09:30</span></p><p><b>2021</b>42 entries</p>' +
        // Letters and digits stay joined, and a comment is not an edge.
        '<p>CO<sub>2</sub> and H<sub>2</sub>O, <span>page</span>7, 1<!-- -->5 votes</p>',
    );
    expect(blocks.map((b) => b.text)).toEqual(['Jun 09 2021', '14.06.21 09:30', '2021 42 entries', 'CO2 and H2O, page7, 15 votes']);
    // A link's text is set apart the same way, so it still matches its block's.
    const [count] = htmlToBlocks('<ul><li><a href="/topics/energy"><span class="name">Energy 2030</span><span class="count">118</span></a></li></ul>');
    expect([count!.text, count!.links]).toEqual(['Energy 2030 118', [{ text: 'Energy 2030 118', href: '/topics/energy' }]]);
  });

  it('decodes entities, strips zero-width characters and normalises whitespace', () => {
    const [b] = htmlToBlocks('<p>  Ports&nbsp;&amp;\u200B power\n\t in &ldquo;the&rdquo; <b>Indian</b>&#32;Ocean </p>');
    expect(b?.text).toBe('Ports & power in “the” Indian Ocean');
  });

  it('records links and link density, including links around block elements', () => {
    const blocks = htmlToBlocks('<p>Read <a href="/x">the full report</a> today.</p><a href="/card"><h3>A card title</h3></a>');
    expect(blocks[0]?.links).toEqual([{ text: 'the full report', href: '/x' }]);
    expect(blocks[0]?.linkDensity).toBeCloseTo(15 / 27, 2);
    expect(blocks[1]?.links).toEqual([{ text: 'A card title', href: '/card' }]);
    expect(blocks[1]?.linkDensity).toBe(1);
  });

  it('points every block back at its source text', () => {
    const html = '<html><body><h1>Title here</h1>\n<p>Some <em>body</em> text.</p></body></html>';
    for (const b of htmlToBlocks(html)) {
      expect(b.start).not.toBeNull();
      const source = html.slice(b.start!, b.end!).replace(/<[^>]+>/g, '');
      expect(source).toBe(b.text);
    }
  });

  it('never throws on broken HTML and survives very deep nesting', () => {
    expect(htmlToBlocks('<p>Unclosed <b>bold <i>and <p>next</div></span>')).toHaveLength(2);
    const deep = `${'<div>'.repeat(50_000)}<p>Deep text.</p>${'</div>'.repeat(50_000)}`;
    expect(htmlToBlocks(deep).map((b) => b.text)).toEqual(['Deep text.']);
  });
});
