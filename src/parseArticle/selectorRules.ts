import type { DefaultTreeAdapterMap } from 'parse5';
import type { Block } from '../blocks/types.js';
import { CARD_BLOCKS } from '../detectHeadlines/htmlLists.js';
import { blockRanges, type HtmlPage } from '../htmlToBlocks/page.js';
import { normalizeWhitespace } from '../normalizeWhitespace/index.js';
import type { OutletProfile } from '../outlets/schema.js';
import { compileSelector, elementText, search, selectElements, type ElementTest } from '../selectors/index.js';
import { attr } from '../htmlToBlocks/tree.js';

type Element = DefaultTreeAdapterMap['element'];

/** What an outlet's selectors found on a page. Absent fields matched nothing. @internal */
export interface SelectorHits {
  excluded: Block[];
  title?: string;
  body?: Block[];
  authors?: { text: string; href: string | null }[];
  published?: string[];
  kind?: string;
  standfirst?: string;
  topics?: string[];
  headlines?: { title: string; href: string | null; text: string; blocks: Block[] }[];
}

type TreeNode = DefaultTreeAdapterMap['node'];

/**
 * For every node that has any, how many of `marked` are it or below it. One walk lists the
 * elements parents first; read backwards, each node is complete before its parent, to which it
 * adds its count.
 */
function countBelow(root: TreeNode, marked: ReadonlySet<Element>): Map<TreeNode, number> {
  const counts = new Map<TreeNode, number>();
  const order: TreeNode[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    order.push(node);
    if ('childNodes' in node) for (const c of node.childNodes) if ('tagName' in c) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i]!;
    const n = (counts.get(node) ?? 0) + (marked.has(node as Element) ? 1 : 0);
    if (n === 0) continue;
    counts.set(node, n);
    const parent = (node as Element).parentNode;
    if (parent) counts.set(parent, (counts.get(parent) ?? 0) + n);
  }
  return counts;
}

/**
 * Runs an outlet's CSS selectors on the parsed page and maps what they match back to blocks
 * and texts. Only called for profiles that have selectors: the generic path never pays for it.
 *
 * @internal
 */
export function hasSelectors(profile: OutletProfile): boolean {
  const s = profile.selectors;
  return s.exclude.length > 0 || Object.entries(s).some(([k, v]) => k !== 'exclude' && v !== undefined);
}

/** @internal */
export function applySelectors(page: HtmlPage, profile: OutletProfile): SelectorHits {
  const s = profile.selectors;
  const hits: SelectorHits = { excluded: [] };
  const idOf = new Map<Element, number>();
  page.node.forEach((n, i) => idOf.set(n, i));
  const { first, last } = blockRanges(page);
  // The blocks an element holds, as a range (its nearest ancestor that starts a block). Each
  // element passed on the way up keeps the answer: cards walk up deep chains of elements that
  // start no block, and would otherwise walk each chain again from every step.
  const up = new Map<Element, number>();
  const rangeOf = (el: Element): [number, number] | null => {
    const path: Element[] = [];
    let node: Element | null = el;
    let id: number | undefined;
    for (; node && (id = idOf.get(node) ?? up.get(node)) === undefined; node = node.parentNode as Element | null) path.push(node);
    id ??= -1;
    for (const p of path) up.set(p, id);
    return id < 0 || first[id]! < 0 ? null : [first[id]!, last[id]!];
  };
  const blocksIn = (el: Element, limit = Infinity): Block[] => {
    const range = rangeOf(el);
    return range ? page.blocks.slice(range[0], Math.min(range[1] + 1, range[0] + limit)) : [];
  };
  const blockCount = (el: Element): number => {
    const range = rangeOf(el);
    return range ? range[1] - range[0] + 1 : 0;
  };
  // Texts of matched elements, bounded: nested matches would each read the whole subtree. The
  // first 100 matches only: no page has more authors or topics, and 20,000 nested matches each
  // reading 2,000 characters took seconds.
  const text = (el: Element): string => normalizeWhitespace(elementText(el, 2000));
  const texts = (selector: string | undefined): { el: Element; text: string }[] =>
    selector ? selectElements(page.root, selector).slice(0, 100).map((el) => ({ el, text: text(el) })).filter((t) => t.text.length > 0) : [];
  // The blocks of every match, reading only the outermost of nested matches (their ranges nest
  // or are disjoint, and matches come in document order).
  const blocksOf = (selector: string): Block[] => {
    let end = -1;
    const out: Block[] = [];
    for (const el of selectElements(page.root, selector)) {
      const range = rangeOf(el);
      if (!range || range[0] <= end) continue;
      end = range[1];
      for (let i = range[0]; i <= end; i++) out.push(page.blocks[i]!);
    }
    return out;
  };

  const excluded = new Set<Block>(s.exclude.flatMap(blocksOf));
  hits.excluded = [...excluded].sort((a, b) => a.index - b.index);

  const title = texts(s.title)[0];
  if (title) hits.title = title.text;
  if (s.body) {
    const body = blocksOf(s.body).filter((b) => !excluded.has(b));
    if (body.length > 0) hits.body = body;
  }
  const authors = texts(s.authors);
  if (authors.length > 0) hits.authors = authors.map(({ el, text }) => ({ text, href: el.tagName === 'a' ? attr(el, 'href') : null }));
  if (s.published) {
    const values = selectElements(page.root, s.published)
      .map((el) => attr(el, 'datetime') ?? attr(el, 'content') ?? text(el))
      .filter((v) => v.length > 0);
    if (values.length > 0) hits.published = values;
  }
  const kind = texts(s.kind)[0];
  if (kind) hits.kind = kind.text;
  const standfirst = texts(s.standfirst)[0];
  if (standfirst) hits.standfirst = standfirst.text;
  const topics = texts(s.topics);
  if (topics.length > 0) hits.topics = topics.map((t) => t.text);
  if (s.headlines) {
    const matched = selectElements(page.root, s.headlines);
    const set = new Set<Element>(matched);
    const itemsBelow = countBelow(page.root, set);
    // Compiled once for the page, then looked for below every item, among its first 500
    // nodes: nested items would otherwise each search all the items below them.
    const [link, heading, titled] = ['a[href]', 'h1, h2, h3, h4, h5, h6', '[class*="title"]'].map((t) => compileSelector(page.root, t));
    const first = (el: Element, test: ElementTest): Element | null => search(el, test, true, 500)[0] ?? null;
    const items = matched.flatMap((el) => {
      const a = el.tagName === 'a' ? el : first(el, link!);
      const titleElement = first(el, heading!) ?? first(el, titled!) ?? a ?? el;
      // A block-level title element's first block is the title alone, without nested labels.
      const title = (idOf.has(titleElement) ? blocksIn(titleElement, 1)[0]?.text : undefined) ?? text(titleElement);
      if (!title) return [];
      // The card around the item: the largest ancestor that holds no other item and stays small,
      // and is not the whole page (a short article with one such item keeps its text).
      // An ancestor holds another item when it has more items below it than el has; counted
      // once for the tree, so deep nesting cannot make this quadratic.
      let card: Element = el;
      for (let p = el.parentNode as Element | null; p && (p as Element).tagName; p = p.parentNode as Element | null) {
        const n = blockCount(p);
        if ((itemsBelow.get(p) ?? 0) > (itemsBelow.get(el) ?? 0) || n > 8 || n >= page.blocks.length) break;
        card = p;
      }
      // A card's first blocks only (all a card reader looks at): an item inside nested,
      // unclosed cards would otherwise own every block after it, and the page's items
      // quadratically many.
      return [{ title, href: a ? attr(a, 'href') : null, text: text(el), blocks: blocksIn(card, CARD_BLOCKS) }];
    });
    if (items.length > 0) hits.headlines = items;
  }
  return hits;
}
