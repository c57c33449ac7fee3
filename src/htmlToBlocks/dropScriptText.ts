import { defaultTreeAdapter, html as spec, type DefaultTreeAdapterMap } from 'parse5';
import { boundedParse } from './boundedParse.js';

// What stands in for a dropped body: a private-use character no saved page is expected to hold
// (a page that holds one is parsed as given).
const MARK = '\uE000';

/**
 * The page with the body of each `<script>` and `<style>` replaced by one mark character, and
 * how many were replaced. Nothing reads those bodies but JSON-LD, and they are about half of a
 * saved page's bytes and of parse5's time. Kept as they are: a script whose start tag says
 * 'json' or holds a character reference (JSON-LD, however its type is written), and a script
 * whose body holds '<!--' (the tokenizer's escaped states may end it later).
 * The scan is naive about everything else (attribute values, comments, titles, svg):
 * {@link parseWithoutScriptText} checks its work.
 *
 * @internal
 */
export function dropScriptText(html: string): [page: string, dropped: number] {
  if (html.includes(MARK)) return [html, 0];
  let out = '';
  let copied = 0;
  let dropped = 0;
  // A comment's start, or the name of a script, style, noscript or svg start tag (a noscript's
  // content is text too: parse5 parses as a browser with scripting on does). One per call, as
  // its search position is state.
  const open = /<!--|<(script|style|noscript|svg)(?=[\t\n\f\r />])/gi;
  // The first '</svg' at or after where it was last looked for (Infinity: none): it holds for
  // every later svg start before it, so 20,000 unclosed svgs do not each search to the end.
  let svgEnd = -1;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    // A comment ends at the first '-->'; its search starts two back, for '<!-->' and '<!--->'.
    const name = m[1]?.toLowerCase();
    const end = name ? html.indexOf('>', open.lastIndex) + 1 : html.indexOf('-->', open.lastIndex - 2) + 3;
    if (end < 3) break;
    let next = end;
    if (name) {
      // A script's body (script data, with no '<!--' in it), a style's or a noscript's
      // (RAWTEXT) ends at the first end tag of its name. An svg is passed over to its end tag
      // and kept: a <style> or <script> in it is the svg's own, whose content is markup, and
      // dropping it would send the whole page back to parse5 as given. An svg closed by '/>',
      // or never closed, is passed over to the end of its start tag.
      const close = new RegExp(`</${name}[\\t\\n\\f\\r />]`, 'gi');
      close.lastIndex = end;
      if (name === 'svg') {
        if (svgEnd < end) svgEnd = close.exec(html)?.index ?? Infinity;
        if (html[end - 2] !== '/' && svgEnd < Infinity) next = svgEnd;
      } else {
        const found = close.exec(html);
        if (!found) break;
        next = found.index;
      }
      if (name === 'style' || (name === 'script' && !(/json|&/i.test(html.slice(m.index, end)) || html.slice(end, next).includes('<!--')))) {
        out += html.slice(copied, end) + MARK;
        copied = next;
        dropped++;
      }
    }
    open.lastIndex = next;
  }
  return dropped > 0 ? [out + html.slice(copied), dropped] : [html, 0];
}

/**
 * {@link boundedParse}`(html)`, but for the text of scripts and styles: parse5 reads the page from
 * {@link dropScriptText}, and the result stands only if every mark became the whole text of
 * a script or style element in the HTML namespace. Then the tokenizer was in that element's
 * script-data or RAWTEXT state where the body began, and in those states the body ends where
 * the scan ended it, so the rest of the tree is the one the page as given would give. If any
 * mark landed elsewhere (in an attribute value, a comment, a title, svg, or another script),
 * parse5 reads the page as given. `dropped` says how many bodies the tree lacks (0 then).
 *
 * @internal
 */
export function parseWithoutScriptText(html: string): { document: DefaultTreeAdapterMap['document']; dropped: number } {
  const [page, dropped] = dropScriptText(html);
  let landed = 0;
  const document = boundedParse(page, {
    treeAdapter: {
      ...defaultTreeAdapter,
      insertText(parent, text) {
        const el = parent as DefaultTreeAdapterMap['element'];
        if (text === MARK && el.childNodes.length === 0 && el.namespaceURI === spec.NS.HTML && /^s(cript|tyle)$/.test(el.tagName)) landed++;
        defaultTreeAdapter.insertText(parent, text);
      },
    },
  });
  return landed === dropped ? { document, dropped } : { document: boundedParse(html), dropped: 0 };
}
