import { compile, type Options } from 'css-select';
import { isTraversal, parse, SelectorType, type Selector } from 'css-what';
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

// A no-op condition that css-select rates expensive (`:is(*, :has(*))` matches every element).
// Put in front of each selector, it makes css-select cache, for every element it passes on the
// way up, whether an ancestor matched the left side of a descendant combinator. Without it
// `.box a` walks from every link through all its ancestors: quadratic on deeply nested markup.
const [[ANY]] = parse(':is(*, :has(*))') as [[Selector]];

/** A compiled selector: whether an element matches. @internal */
export type ElementTest = (el: Element) => boolean;

/**
 * Compiles `selector` once, for searches anywhere under `root` (the page, for a selector that is
 * searched for below many elements). A `:has(X)` or `:has(> X)` whose X is one compound
 * selector (`:has(h3.title)`) is answered from the set of elements above (or the parents of) a
 * match of X under `root`, found in one pass: css-select looks through every ancestor of every
 * candidate for a cached answer, or searches below every candidate, quadratic on deeply
 * nested markup.
 *
 * @internal
 */
export function compileSelector(root: Node, selector: string | Selector[][]): ElementTest {
  const pseudos: Record<string, ElementTest> = {};
  let count = 0;
  const tokens = (typeof selector === 'string' ? parse(selector) : selector).map((list) => [
    ANY,
    ...list.map((t): Selector => {
      const data = t.type === SelectorType.Pseudo && t.name === 'has' ? t.data : null;
      if (!Array.isArray(data)) return t;
      // `:has(> X)`: only X's parent.
      const lists = data.map((x) => (x[0]?.type === SelectorType.Child ? x.slice(1) : x));
      if (lists.some((x) => x.some(isTraversal))) return t;
      const above = new Set<Node>();
      const parents: Node[] = [];
      lists.forEach((x, i) => {
        for (const match of search(root, compileSelector(root, [x]))) {
          if (x !== data[i]) parents.push(match.parentNode as Node);
          else for (let p = match.parentNode as Node | null; p && !above.has(p); p = (p as Element).parentNode as Node | null) above.add(p);
        }
      });
      // Added last: the walks above stop at an element already known to hold a match below.
      for (const p of parents) above.add(p);
      const name = `has${count++}`;
      pseudos[name] = (el) => above.has(el);
      return { type: SelectorType.Pseudo, name, data: null };
    }),
  ]);
  // `p + p` and `:first-child` ask for an element's previous sibling, which css-select finds by
  // walking the siblings from the first: quadratic in siblings. Found once per parent instead.
  const previous = new Map<Node, Element | null>();
  const prevElementSibling = (el: Node): Element | null => {
    if (!previous.has(el)) {
      let last: Element | null = null;
      for (const c of ((el as Element).parentNode?.childNodes ?? []) as Node[]) {
        if (isElement(c)) {
          previous.set(c, last);
          last = c;
        }
      }
    }
    return previous.get(el) ?? null;
  };
  return compile<Node, Element>(tokens, { adapter: { ...parse5Adapter, prevElementSibling }, pseudos });
}

/**
 * The elements under `root` that pass `test`, in document order; only the first when `first`
 * is set, looking at no more than `limit` nodes (text nodes count). Our own iterative walk:
 * css-select's search keeps its stack of open elements with `Array.unshift`, which costs the
 * nesting depth at every element.
 *
 * @internal
 */
export function search(root: Node, test: ElementTest, first = false, limit = Infinity): Element[] {
  const out: Element[] = [];
  const stack = [...children(root)].reverse();
  while (stack.length > 0 && limit-- > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (test(node)) {
      out.push(node);
      if (first) break;
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return out;
}

/** Every element under `root` that matches `selector`, in document order. @internal */
export function selectElements(root: Node, selector: string): Element[] {
  return search(root, compileSelector(root, selector));
}

/** An element's text, without scripts, styles and the other never-text elements. @internal */
export const elementText = textOf;
