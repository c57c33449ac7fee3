import { compile, type Options } from 'css-select';
import { isTraversal, parse, SelectorType, type Selector } from 'css-what';
import nthCheck from 'nth-check';
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
// The pseudo-classes that ask for an element's place among its siblings.
const POSITION = /^(?:nth|first|last|only)-(?:last-)?(?:child|of-type)$/;

/** A compiled selector: whether an element matches. @internal */
export type ElementTest = (el: Element) => boolean;

/**
 * Compiles `selector` once, for searches anywhere under `root` (the page, for a selector that is
 * searched for below many elements). A `:has()` is answered from the set of elements a match
 * of its argument under `root` relates to (its ancestors, its parent, its previous sibling or
 * its earlier siblings, by the leading combinator), found in one search: css-select looks
 * through every ancestor of every candidate for a cached answer, or searches below or beside
 * every candidate, quadratic on deeply nested markup and on siblings. An argument with more
 * than one compound is anchored at the candidate, as the Selectors spec says:
 * `div:has(div div)` needs two nested divs below the div (css-select 7 also counts one whose
 * ancestor is the first). `X ~ Y` and the pseudo-classes of an element's place among its
 * siblings (`:nth-child()`, `:last-child`, `:first-of-type` …; not the `of S` form) are
 * answered from tables built once per parent, for the same reason.
 *
 * @internal
 */
export function compileSelector(root: Node, selector: string | Selector[][]): ElementTest {
  const pseudos: Record<string, ElementTest> = {};
  let count = 0;
  const custom = (test: ElementTest): Selector => {
    const name = `tt${count++}`;
    pseudos[name] = test;
    return { type: SelectorType.Pseudo, name, data: null };
  };
  // An element's place among its parent's element children and among those of its tag, found
  // once per parent: css-select counts the siblings before (or after) every candidate for
  // `:nth-child()`, `:last-child` and their kin, quadratic in siblings.
  // `p + p` asks for the previous element sibling, found the same way.
  const places = new Map<Node, [number, number, number, number, Element[]]>();
  const place = (el: Element): [number, number, number, number, Element[]] => {
    if (!places.has(el)) {
      const siblings = (((el.parentNode as Element | null)?.childNodes ?? [el]) as Node[]).filter(isElement);
      const ofTag = new Map<string, number>();
      const seen = new Map<string, number>();
      for (const c of siblings) ofTag.set(c.tagName, (ofTag.get(c.tagName) ?? 0) + 1);
      siblings.forEach((c, i) => {
        const k = seen.get(c.tagName) ?? 0;
        seen.set(c.tagName, k + 1);
        places.set(c, [i, siblings.length, k, ofTag.get(c.tagName)!, siblings]);
      });
    }
    return places.get(el)!;
  };
  // The elements that `lead` relates to a match of `list`, seen from the match: its ancestors
  // (descendant), its parent (child), its previous sibling (+), its earlier siblings (~), or
  // for `X ~ Y` its later siblings ('after'). One search; each walk stops at an element already
  // in the set, since everything past it is in the set too.
  const related = (list: Selector[], lead: string): Set<Node> => {
    const out = new Set<Node>();
    const next = (n: Element): Node | undefined => {
      if (lead === SelectorType.Child || lead === SelectorType.Descendant) return n.parentNode as Node;
      const [i, , , , siblings] = place(n);
      return siblings[lead === 'after' ? i + 1 : i - 1];
    };
    for (const match of search(root, compileSelector(root, [list])))
      for (let n: Node | undefined = match; (n = next(n as Element)) && !out.has(n); ) {
        out.add(n);
        if (lead === SelectorType.Child || lead === SelectorType.Adjacent) break;
      }
    return out;
  };
  const rewrite = (list: Selector[]): Selector[] => {
    // `X ~ Y`: css-select tests every earlier sibling of every candidate.
    const at = list.map((t) => t.type).lastIndexOf(SelectorType.Sibling);
    if (at >= 0) {
      const after = related(list.slice(0, at), 'after');
      return [custom((el) => after.has(el)), ...rewrite(list.slice(at + 1))];
    }
    return list.map((t): Selector => {
      if (t.type !== SelectorType.Pseudo) return t;
      const { name, data } = t;
      if (POSITION.test(name) && (data === null || (typeof data === 'string' && !/\sof\s/i.test(data)))) {
        const check = typeof data === 'string' ? nthCheck(data) : name.startsWith('only') ? null : (at: number) => at === 0;
        return custom((el) => {
          const [i, n, k, m] = place(el);
          const [at, of] = name.endsWith('type') ? [k, m] : [i, n];
          return check ? check(name.includes('last') ? of - 1 - at : at) : of === 1;
        });
      }
      // `:has(X)`: css-select searches below (or beside) every candidate, worse than quadratic
      // on nested markup. X past its first compound becomes a `:has` of that compound:
      // `ul:has(> li > a)` is the parents of `li:has(> a)`.
      if (name !== 'has' || !Array.isArray(data) || /"(?:parent|column-combinator)"/.test(JSON.stringify(data))) return t;
      const sets = data.map((x) => {
        const rest = isTraversal(x[0]!) ? x.slice(1) : x;
        const at = rest.findIndex(isTraversal);
        return related(at < 0 ? rest : [...rest.slice(0, at), { type: SelectorType.Pseudo, name: 'has', data: [rest.slice(at)] }], rest === x ? SelectorType.Descendant : x[0]!.type);
      });
      return custom((el) => sets.some((set) => set.has(el)));
    });
  };
  const tokens = (typeof selector === 'string' ? parse(selector) : selector).map((list) => [ANY, ...rewrite(list)]);
  const prevElementSibling = (el: Node): Element | null => {
    const [i, , , , siblings] = place(el as Element);
    return siblings[i - 1] ?? null;
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
