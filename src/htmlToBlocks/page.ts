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
  /** Number of elements marked as paywalled or subscriber-only. */
  paywall: number;
}

/**
 * The HTML front end's full result: the blocks plus a compact table of the block-level
 * elements (parent links, tags, class/id weights) that body scoring and selectors need.
 *
 * @internal
 */
export interface HtmlPage {
  blocks: Block[];
  /** For each block, the id of its nearest block-level element. */
  blockElement: number[];
  /** Per block-level element id: its parent's id (-1 at the root). */
  parent: number[];
  tag: string[];
  /** class/id weight: +25 for content-like names, −25 for boilerplate-like ones. */
  weight: number[];
  /** class and id, lower-cased ('' when none). */
  names: string[];
  node: Element[];
  /** Per block-level element id: the landmark it sits in (its own, or its nearest ancestor's). */
  landmark: (Landmark | null)[];
  meta: PageMeta;
  /** Text length of the whole visible page, for non-article checks. */
  textLength: number;
}
