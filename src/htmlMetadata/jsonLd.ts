import { parseFragment } from 'parse5';
import { textOf } from '../htmlToBlocks/tree.js';
import { lower } from '../lower/index.js';

/** A JSON-LD node: a plain object parsed from the page. @internal */
export type LdNode = Record<string, unknown>;

// Article and every schema.org subtype of it (all end in 'article' or 'posting', or are
// Report), plus the creative works that pages use for the same role.
const ARTICLE_TYPES = /(?:article|posting)$|^(?:report|creativework|podcastepisode|videoobject)$/;
const PAGE_TYPES = new Set(['webpage', 'itempage', 'aboutpage', 'faqpage', 'qapage', 'profilepage']);

const MAX_DEPTH = 100;

/** Whether brackets and braces outside strings nest deeper than `max`: one linear pass. */
function deeperThan(json: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}

/** A JSON object: not null, not an array. @internal */
export function isObject(value: unknown): value is LdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own property only: never reads through the prototype (no `__proto__` or `constructor` surprises). @internal */
export function own(node: LdNode, key: string): unknown {
  return Object.hasOwn(node, key) ? node[key] : undefined;
}

/** The lower-cased @type names of a node. @internal */
export function typesOf(node: LdNode): string[] {
  const t = own(node, '@type');
  return [t].flat().filter((x): x is string => typeof x === 'string').map((x) => lower(x).replace(/^.*[/#:]/, ''));
}

/**
 * Parses the page's JSON-LD scripts. Bad JSON is skipped and reported, never thrown. Returns
 * every node reachable through arrays, `@graph` and `mainEntity`, and an `@id` index.
 *
 * @internal
 */
export function readJsonLd(scripts: readonly string[]): { nodes: LdNode[]; byId: Map<string, LdNode>; errors: string[] } {
  const nodes: LdNode[] = [];
  const byId = new Map<string, LdNode>();
  const errors: string[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 6) return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    if (!isObject(value)) return;
    nodes.push(value);
    const id = own(value, '@id');
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, value);
    const graph = own(value, '@graph');
    if (graph !== undefined) visit(graph, depth + 1);
    const main = own(value, 'mainEntity');
    if (isObject(main) || Array.isArray(main)) visit(main, depth + 1);
  };
  for (const raw of scripts) {
    const text = raw.trim().replace(/^<!--|-->$/g, '').replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, '').trim();
    if (text === '') continue;
    if (deeperThan(text, MAX_DEPTH)) {
      // Real JSON-LD nests a few levels; JSON.parse's time grows faster than linearly with depth.
      errors.push(`nested deeper than ${MAX_DEPTH} levels`);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      try {
        // Raw control characters inside strings are the commonest fault in the wild. Spaces
        // join the run ('Jane \t \t Doe' is one match, not one per tab): a replace with a
        // million matches costs more than linear time, and values are folded later anyway.
        parsed = JSON.parse(text.replace(/[\u0000-\u0020]+/g, ' '));
      } catch (e) {
        errors.push((e as Error).message.slice(0, 120));
        continue;
      }
    }
    visit(parsed, 0);
  }
  return { nodes, byId, errors };
}

/** The node describing the article itself: an Article-like type first, then a WebPage. @internal */
export function mainNode(nodes: readonly LdNode[]): LdNode | null {
  return nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.test(t))) ?? nodes.find((n) => typesOf(n).some((t) => PAGE_TYPES.has(t))) ?? null;
}

/**
 * Entities left in a value: meta values escaped twice ('Redacci&amp;oacute;n' in the source,
 * 'Redacci&oacute;n' after one decoding), and JSON-LD strings, which the page's script text
 * holds undecoded. Decoded the way parse5 decodes text.
 *
 * @internal
 */
export function decodeLeftoverEntities(value: string): string {
  if (!/&(?:[a-z][a-z0-9]{1,31}|#\d{1,7}|#x[0-9a-f]{1,6});/i.test(value) || value.length > 2000) return value;
  return textOf(parseFragment(value.replace(/</g, '&lt;')));
}

/** A string value, or the first string of an array, or the `name`/`@value` of an object. @internal */
export function str(value: unknown): string | null {
  if (typeof value === 'string') return decodeLeftoverEntities(value).trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const v of value) {
      const s = str(v);
      if (s) return s;
    }
    return null;
  }
  if (isObject(value)) return str(own(value, 'name') ?? own(value, '@value'));
  return null;
}

/** A person or organisation read from JSON-LD. @internal */
export interface LdPerson {
  name: string;
  url: string | null;
  role: string | null;
  isOrganization: boolean;
}

/** `author` as a string, an object, an `@id` reference or an array of any of these. @internal */
export function people(value: unknown, byId: ReadonlyMap<string, LdNode>, depth = 0): LdPerson[] {
  if (depth > 4 || value === undefined || value === null) return [];
  if (typeof value === 'string') return value.trim() ? [{ name: value.trim(), url: null, role: null, isOrganization: false }] : [];
  if (Array.isArray(value)) return value.flatMap((v) => people(v, byId, depth + 1));
  if (!isObject(value)) return [];
  let node = value;
  const ref = own(node, '@id');
  if (typeof ref === 'string' && own(node, 'name') === undefined) node = byId.get(ref) ?? node;
  const name = str(own(node, 'name'));
  if (!name) return [];
  const url = str(own(node, 'url')) ?? (Array.isArray(own(node, 'sameAs')) ? null : str(own(node, 'sameAs')));
  return [{ name, url, role: str(own(node, 'jobTitle')), isOrganization: typesOf(node).includes('organization') || typesOf(node).includes('newsmediaorganization') }];
}
