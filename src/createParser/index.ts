import { defineOutlet } from '../defineOutlet/index.js';
import { ParseError } from '../errors/ParseError.js';
import { explainWith, type Explanation } from '../explain/index.js';
import type { Article, HeadlineItem } from '../model/schema.js';
import type { ParseOptions } from '../options/index.js';
import { BUILTIN_OUTLETS } from '../outlets/builtins.js';
import type { OutletRule } from '../outlets/resolveOutlet/index.js';
import type { OutletInput, OutletProfile } from '../outlets/schema.js';
import { analyse } from '../parseArticle/analyse.js';
import { parseArticleWith } from '../parseArticle/index.js';
import { parseHeadlinesWith } from '../parseHeadlines/index.js';
import { safeParseArticleWith, type SafeParseResult } from '../safeParseArticle/index.js';

/**
 * Options for {@link createParser}.
 *
 * @category Outlets
 * @example
 * ```ts
 * const options: ParserOptions = { outlets: [myProfile], includeBuiltins: true };
 * ```
 */
export interface ParserOptions {
  /** Your outlet profiles; they are tried before the built-in ones. */
  outlets?: readonly OutletInput[];
  /** Include the built-in profiles (Chatham House, Brookings). Default true. */
  includeBuiltins?: boolean;
}

/**
 * Which outlet a page belongs to, and the rule that decided it.
 *
 * @category Outlets
 * @example
 * ```ts
 * const d: DetectedOutlet = { id: 'brookings', name: 'Brookings', rule: 'url-host' };
 * ```
 */
export interface DetectedOutlet {
  id: string;
  name: string;
  rule: OutletRule;
}

/**
 * A parser bound to its own outlet registry. Nothing global is changed by creating one.
 *
 * @category Outlets
 * @example
 * ```ts
 * const parser = createParser({ outlets: [myProfile] });
 * parser.parseArticle(html).outlet.id; // 'my-outlet' when the page is on one of its hosts
 * ```
 */
export interface Parser {
  parseArticle(input: string, options?: ParseOptions): Article;
  safeParseArticle(input: string, options?: ParseOptions): SafeParseResult;
  parseHeadlines(input: string, options?: ParseOptions): HeadlineItem[];
  explain(input: string, options?: ParseOptions): Explanation;
  /** The outlet the page belongs to: the `outlet` option, URL host, dateline or site name, headline header, or a generic profile. */
  detectOutlet(input: string, options?: ParseOptions): DetectedOutlet;
  /** The registry, in lookup order. */
  readonly outlets: readonly OutletProfile[];
}

/**
 * Makes a parser with its own outlet registry: your profiles first, then (unless
 * `includeBuiltins: false`) the built-in ones. Profiles are validated as by
 * {@link defineOutlet}; a bad one, or two with the same id, throw {@link ParseError}
 * `INVALID_OUTLET`. The top-level `parseArticle` and friends use a default parser made with
 * no options.
 *
 * @category Outlets
 * @example
 * ```ts
 * import { createParser } from 'thinktank-parser';
 * const parser = createParser({
 *   outlets: [{ id: 'hypothetical-institute', name: 'Institute for Hypothetical Studies',
 *               hosts: ['hypothetical.example'], timeZone: 'Asia/Tokyo', dateOrder: 'YMD' }],
 * });
 * parser.detectOutlet(html, { url: 'https://hypothetical.example/briefs/1' });
 * // { id: 'hypothetical-institute', name: 'Institute for Hypothetical Studies', rule: 'url-host' }
 * ```
 */
export function createParser(options: ParserOptions = {}): Parser {
  const own = (options.outlets ?? []).map((p) => defineOutlet(p));
  const registry = Object.freeze([...own, ...(options.includeBuiltins === false ? [] : BUILTIN_OUTLETS)]);
  const seen = new Set<string>();
  for (const p of registry) {
    if (seen.has(p.id)) {
      const message = `Two outlet profiles share the id '${p.id}'`;
      throw new ParseError('INVALID_OUTLET', message, [{ code: 'INVALID_OUTLET', path: ['id'], message }]);
    }
    seen.add(p.id);
  }
  const parseArticle = (input: string, o?: ParseOptions): Article => parseArticleWith(registry, input, o);
  return Object.freeze({
    outlets: registry,
    parseArticle,
    safeParseArticle: (input: string, o?: ParseOptions): SafeParseResult => safeParseArticleWith(registry, input, o),
    parseHeadlines: (input: string, o?: ParseOptions): HeadlineItem[] => parseHeadlinesWith(registry, input, o),
    explain: (input: string, o?: ParseOptions): Explanation => explainWith(registry, input, o),
    detectOutlet(input: string, o?: ParseOptions): DetectedOutlet {
      const { outlet } = analyse(input, o, registry);
      return { id: outlet.profile.id, name: outlet.profile.name, rule: outlet.rule };
    },
  });
}
