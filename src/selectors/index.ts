import { compile, selectAll, selectOne, type Options } from 'css-select';
import type { DefaultTreeAdapterMap } from 'parse5';
import { attr, textOf } from '../htmlToBlocks/tree.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
type ParentNode = DefaultTreeAdapterMap['parentNode'];
type Adapter = NonNullable<Options<Node, Element>['adapter']>;

function isElement(node: Node): node is Element {
  return (node as Element).tagName !== undefined;
}

function children(node: Node): Node[] {
  return ((node as ParentNode).childNodes as Node[] | undefined) ?? [];
}


/**
 * css-select's view of parse5's default tree, so outlet selectors run on the tree the HTML
 * front end already built (no second parse, no DOM library).
 *
 * @internal
 */
export const parse5Adapter: Adapter = {
  isTag: isElement,
  getAttributeValue: (el: Element, name: string) => attr(el, name) ?? undefined,
  getChildren: children,
  getName: (el: Element) => el.tagName,
  getParent: (el: Element) => (el.parentNode as Node | null) ?? null,
  getSiblings: (node: Node) => {
    const parent = (node as Element).parentNode as Node | null;
    return parent ? children(parent) : [node];
  },
  getText: textOf,
  hasAttrib: (el: Element, name: string) => el.attrs.some((a) => a.name === name),
  removeSubsets: (nodes: Node[]) => {
    // Drop nodes that have an ancestor in the list, and duplicates.
    const set = new Set(nodes);
    return nodes.filter((node, i) => {
      if (nodes.indexOf(node) !== i) return false;
      for (let p = (node as Element).parentNode as Node | null; p; p = (p as Element).parentNode as Node | null) if (set.has(p)) return false;
      return true;
    });
  },
};

/** Throws css-select's error for a selector it cannot read. @internal */
export function checkSelector(selector: string): void {
  compile(selector, { adapter: parse5Adapter });
}

/** Every element under `root` that matches `selector`, in document order. @internal */
export function selectElements(root: Node, selector: string): Element[] {
  return selectAll(selector, root, { adapter: parse5Adapter }) as Element[];
}

/** The first element under `root` (in document order) that matches, or null: stops at it. @internal */
export function selectFirst(root: Node, selector: string): Element | null {
  return selectOne(selector, root, { adapter: parse5Adapter }) as Element | null;
}

/** An element's text, without scripts, styles and the other never-text elements. @internal */
export const elementText = textOf;
