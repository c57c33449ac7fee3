/**
 * What a block is on the page. Text dumps give `paragraph` for ordinary lines and
 * `list-item` for lines the dump tool marked with a leading `|` (a link or menu entry).
 *
 * @category Parsing
 * @example
 * ```ts
 * const role: BlockRole = 'heading';
 * ```
 */
export type BlockRole = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'caption' | 'preformatted';

/**
 * The page region a block sits in (HTML landmarks; text dumps have none, so `null`).
 *
 * @category Parsing
 * @example
 * ```ts
 * const landmark: Landmark = 'nav';
 * ```
 */
export type Landmark = 'nav' | 'header' | 'footer' | 'aside' | 'main' | 'article';

/**
 * A link inside a block. `href` is `null` when the source only shows that something was a
 * link (text dumps) or the target is not an absolute http(s) URL.
 *
 * @category Parsing
 * @example
 * ```ts
 * const link: BlockLink = { text: 'RESEARCH', href: null };
 * ```
 */
export interface BlockLink {
  text: string;
  href: string | null;
}

/**
 * One unit of page text, the shared currency of every detector. Both front ends (text
 * dumps and HTML) produce a list of these, so a detector written once serves both.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { textToBlocks } from 'thinktank-parser';
 * const [first] = textToBlocks('Title\nFirst paragraph.');
 * first?.text;  // 'Title'
 * first?.start; // 0 (offset in the input string)
 * ```
 */
export interface Block {
  /** Position in the block list, from 0. */
  index: number;
  /** Whitespace-normalised text. Never empty. */
  text: string;
  role: BlockRole;
  /** Heading level 1–6 for headings, else `null`. */
  level: number | null;
  landmark: Landmark | null;
  links: BlockLink[];
  /** Share of the text that sits inside links, 0–1. */
  linkDensity: number;
  /**
   * Offset of the block's first character in the input string (UTF-16 code units). `null`
   * when the HTML front end ran without location tracking, as `parseArticle` does for speed;
   * `explain` and `htmlToBlocks` always track.
   */
  start: number | null;
  /** Offset just past the block's last character in the input string, or `null` as for `start`. */
  end: number | null;
}
