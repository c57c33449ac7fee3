import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type TextNode = DefaultTreeAdapterMap['textNode'];

/**
 * Never text: code, styling, embedded documents, form controls, and ruby annotations (the
 * readings set above the words, '<ruby>子<rt>こ</rt></ruby>': the text is the words). @internal
 */
export const SKIP = new Set(
  ('script style noscript template svg math iframe object embed canvas ' +
    'input select textarea button option datalist audio video picture map rt rp').split(' '),
);

/** Elements that end one block of text and start another. @internal */
export const BLOCK = new Set(
  ('html body address article aside blockquote center dd details dialog dir ' +
    'div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 ' +
    'header hgroup hr li main menu nav ol p pre section summary table ' +
    'tbody thead tfoot tr td th caption ul legend frameset noframes').split(' '),
);

/** An attribute's value, or null. @internal */
export function attr(el: Element, name: string): string | null {
  const attrs = el.attrs;
  for (let i = 0; i < attrs.length; i++) if (attrs[i]!.name === name) return attrs[i]!.value;
  return null;
}

/**
 * What `textOf` puts before and after a block element's text: U+2029 PARAGRAPH SEPARATOR,
 * which `normalizeWhitespace` folds to a space like any other. @internal
 */
export const GAP = '\u2029';
// The same, as a text node on the walk's stack.
const GAP_NODE = { nodeName: '#text', value: GAP } as TextNode;
// Where an inline element's text ends, on the walk's stack.
const EDGE = {} as Node;

/** Whether a character code is an ASCII digit's. @internal */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The text under a node, without the SKIP elements' contents (a text node's own value for a
 * script's child). Iterative, so no nesting depth can overflow the stack. Digits on both sides
 * of an element's edge get a space between them, as in the block walk.
 *
 * @internal
 */
export function textOf(node: Node, limit = Infinity): string {
  if (node.nodeName === '#text') return (node as TextNode).value;
  let out = '';
  let visited = 0;
  const stack: Node[] = [node];
  let edge = false;
  let digitEnd = false;
  while (stack.length > 0) {
    // With a limit, stop once the text is longer than it or after 4 nodes per allowed
    // character: a caller that only wants short texts never walks a big subtree.
    if (out.length > limit || ++visited > limit * 4) break;
    const n = stack.pop()!;
    if (n === EDGE) {
      edge = true;
      continue;
    }
    if (n.nodeName === '#text') {
      const value = (n as TextNode).value;
      if (edge && digitEnd && isDigit(value.charCodeAt(0))) out += ' ';
      edge = false;
      digitEnd = isDigit(value.charCodeAt(value.length - 1));
      out += value;
      continue;
    }
    const el = n as Element;
    if (!el.childNodes || (el.tagName !== undefined && SKIP.has(el.tagName))) continue;
    edge = true;
    // A block element or a line break sets its text apart from what comes before and after it
    // ('<div><span>Jane Doe</span><p>Jane writes on trade.</p></div>': not 'Jane DoeJane …').
    if (BLOCK.has(el.tagName) || el.tagName === 'br') {
      out += GAP;
      stack.push(GAP_NODE);
    } else stack.push(EDGE);
    for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push(el.childNodes[i]!);
  }
  return out;
}
