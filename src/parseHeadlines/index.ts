import { HeadlineItemSchema, type HeadlineItem } from '../model/schema.js';
import type { ParseOptions } from '../options/index.js';
import { BUILTIN_OUTLETS } from '../outlets/builtins.js';
import type { OutletProfile } from '../outlets/schema.js';
import { analyse } from '../parseArticle/analyse.js';

/**
 * Returns every headline on a page ('Latest News from …' lists and runs of dated titles), in
 * page order, with timestamps read in the outlet's zone. Works on listing pages that hold no
 * article. Throws {@link ParseError} for a non-string, empty input or bad options; a page with
 * no headlines gives `[]`. Use {@link explain} to see the warnings.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { parseHeadlines } from 'thinktank-parser';
 * const items = parseHeadlines('Latest News from\nChatham House\nA title01/03/2024 12:20:00\nIts summary.');
 * items[0]; // { title: 'A title', publishedAt: '2024-03-01T12:20:00+00:00', summary: 'Its summary.', url: null }
 * ```
 */
export function parseHeadlines(input: string, options?: ParseOptions): HeadlineItem[] {
  return parseHeadlinesWith(BUILTIN_OUTLETS, input, options);
}

/** @internal */
export function parseHeadlinesWith(registry: readonly OutletProfile[], input: unknown, options?: ParseOptions): HeadlineItem[] {
  const { headlines } = analyse(input, options, registry);
  return headlines.map((item) => HeadlineItemSchema.parse(item));
}
