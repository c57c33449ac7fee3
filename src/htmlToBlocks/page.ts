import type { DefaultTreeAdapterMap } from 'parse5';
import type { Block, Landmark } from '../blocks/types.js';

/** @internal */
export type Element = DefaultTreeAdapterMap['element'];

/** A `<time>` element, or an element with `itemprop` date, found during the walk. @internal */
export interface TimeMark {
  value: string;
  /** `datetime`, `content`, or `text`. */
  from: 'datetime' | 'content' | 'text';
  itemprop: string | null;
  /** class and id of the element and its two nearest ancestors, lower-cased. */
  hint: string;
  /** Index of the next block emitted after it: its position in reading order. */
  position: number;
  element: number;
}

/** An element with itemprop (author, name, headline …) or rel=author. @internal */
export interface Mark {
  kind: string;
  text: string;
  href: string | null;
  position: number;
  element: number;
}

/** Everything the HTML walk learns about the page besides its blocks. @internal */
export interface PageMeta {
  title: string | null;
  lang: string | null;
  base: string | null;
  canonical: string | null;
  /** meta tags by lower-cased name, property, itemprop or http-equiv, in page order. */
  metas: Map<string, string[]>;
  jsonLd: string[];
  times: TimeMark[];
  marks: Mark[];
}

/**
 * The HTML front end's full result: the blocks plus a compact table of the block-level
 * elements (parent links, tags, class/id weights) that body scoring and selectors need.
 *
 * @internal
 */
export interface HtmlPage {
  /** The parse5 document, for outlet selectors. */
  root: DefaultTreeAdapterMap['document'];
  blocks: Block[];
  /** For each block, the id of its nearest block-level element. */
  blockElement: number[];
  /** Per block-level element id: its parent's id (-1 at the root). */
  parent: number[];
  tag: string[];
  /** class and id as written ('' when none); match them case-insensitively. */
  names: string[];
  /** Memo for {@link elementWeight}: filled on demand, most elements are never weighed. */
  weights: number[];
  /** Memo for {@link namedAs}: per pattern source, per element 1 (matches), -1 or 0 (not yet tested). */
  named: Record<string, Int8Array>;
  /** Memo for {@link blockRanges}. */
  ranges?: { first: Int32Array; last: Int32Array };
  node: Element[];
  /** Per block-level element id: the landmark it sits in (its own, or its nearest ancestor's). */
  landmark: (Landmark | null)[];
  meta: PageMeta;
  /** Text length of the whole visible page, for non-article checks. */
  textLength: number;
}

const TAG_WEIGHT: Record<string, number> = {
  div: 5, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|wysiwyg|rich-?text/i;
const NEGATIVE =
  /-ad-|hidden|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|social|newsletter|subscribe|breadcrumb|menu|nav|popup|modal|cookie|recommend|teaser/i;

/**
 * An element's weight for body scoring: its tag's, plus 25 for content-like class/id names and
 * minus 25 for boilerplate-like ones (Readability's weights). Computed on demand: the regexes
 * are the costly part, and only scored elements need them.
 *
 * @internal
 */
export function elementWeight(page: HtmlPage, e: number): number {
  const memo = page.weights[e];
  if (memo !== undefined) return memo;
  const n = page.names[e]!;
  let w = TAG_WEIGHT[page.tag[e]!] ?? 0;
  if (n !== '') {
    if (POSITIVE.test(n)) w += 25;
    if (NEGATIVE.test(n)) w -= 25;
  }
  page.weights[e] = w;
  return w;
}

/**
 * A test of the class and id names of a block's element and its ancestors, `levels` of them:
 * whether any of them matches a pattern (none may span two elements' names). Each element is
 * tested once per page and pattern, so thousands of blocks inside one element with a huge
 * class attribute do not each read it again.
 *
 * @internal
 */
export function namedAs(page: HtmlPage, block: Block, levels: number): (re: RegExp) => boolean {
  return (re) => {
    const hits = (page.named[re.source] ??= new Int8Array(page.tag.length));
    for (let i = 0, e = page.blockElement[block.index]!; i < levels && e >= 0; i++, e = page.parent[e]!) {
      if ((hits[e] ||= re.test(page.names[e]!) ? 1 : -1) > 0) return true;
    }
    return false;
  };
}

/**
 * For each element, the first and last index of the blocks inside it (−1 when none). Blocks
 * are in document order and a subtree is contiguous, so an element's blocks are exactly
 * `blocks[first..last]`. Computed once per page, on demand.
 *
 * @internal
 */
export function blockRanges(page: HtmlPage): { first: Int32Array; last: Int32Array } {
  if (page.ranges) return page.ranges;
  const n = page.tag.length;
  const first = new Int32Array(n).fill(-1);
  const last = new Int32Array(n).fill(-1);
  // Blocks are in document order: walking up from each block, an ancestor that already has its
  // first block (forward) or last block (backward) has all its own ancestors set too, so each
  // element is visited once per direction, however deep the nesting.
  const { blocks, blockElement, parent } = page;
  for (let i = 0; i < blocks.length; i++) {
    for (let e = blockElement[i]!; e >= 0 && first[e] === -1; e = parent[e]!) first[e] = i;
  }
  for (let i = blocks.length - 1; i >= 0; i--) {
    for (let e = blockElement[i]!; e >= 0 && last[e] === -1; e = parent[e]!) last[e] = i;
  }
  page.ranges = { first, last };
  return page.ranges;
}
