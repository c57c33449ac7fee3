import { Parser, type DefaultTreeAdapterMap, type ParserOptions } from 'parse5';

/**
 * How many formatting elements (`<b>`, `<s>`, `<font>`, `<a>`…) stay on the HTML spec's list
 * of active formatting elements after its last marker: more than any saved page was seen to
 * need (the check is in docs/reliability.md), few enough to keep the tree linear in the page.
 *
 * @internal
 */
export const ACTIVE_FORMATTING_CAP = 16;

/**
 * `parse5.parse(html, options)`, except that the list of active formatting elements keeps only
 * the newest {@link ACTIVE_FORMATTING_CAP} entries after its last marker. The spec's list is
 * unbounded: it drops a fourth *identical* element (its "Noah's Ark" clause), but n formatting
 * elements left open with different attributes (`<s data-i="1">`, `<s data-i="2">`…) inside
 * boxes closed before them all stay on it, and every later block of text reopens every one of
 * them, so n such blocks made n²/2 elements (a 238 KB page, four million). With the cap, each
 * block reopens at most that many. The oldest entry is dropped, as Noah's Ark drops it; that
 * changes the tree only where a page leaves more than the cap open at once, and no text is
 * lost: an element dropped from the list is only not reopened, and if it is still open it ends
 * at its end tag or its parent's, as any other element does.
 *
 * @example
 * ```ts
 * const document = boundedParse('<p><s data-i="1">a</p><p>b</p>');
 * ```
 * @internal
 */
export function boundedParse(html: string, options?: ParserOptions<DefaultTreeAdapterMap>): DefaultTreeAdapterMap['document'] {
  const parser = new Parser(options);
  // parse5's list is internal (`@internal`), and `^8.1.1` may bring a parse5 that changed it:
  // then the list is left as it is (no cap, no crash). The tests pin it for the lockfile's.
  const list = parser.activeFormattingElements as Partial<typeof parser.activeFormattingElements> | undefined;
  const push = list?.pushElement;
  if (push && list.removeEntry) {
    list.pushElement = (element, token) => {
      push.call(list, element, token);
      // Element entries (a marker has no element) back to the last marker or the list's start.
      let entry = list.newest;
      for (let k = 0; k < ACTIVE_FORMATTING_CAP && entry && 'element' in entry; k++) entry = entry.older;
      if (entry && 'element' in entry) list.removeEntry!(entry);
    };
  }
  parser.tokenizer.write(html, true);
  return parser.document;
}
