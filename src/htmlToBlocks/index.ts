import type { DefaultTreeAdapterMap } from 'parse5';
import { boundedParse } from './boundedParse.js';
import { parseWithoutScriptText } from './dropScriptText.js';
import type { Block, BlockLink, BlockRole, Landmark } from '../blocks/types.js';
import { normalizeWhitespace } from '../normalizeWhitespace/index.js';
import type { Element, HtmlPage, PageMeta, TimeMark } from './page.js';
import { attr, BLOCK, GAP, isDigit, SKIP, textOf } from './tree.js';
import { search } from '../selectors/index.js';
import { lower } from '../lower/index.js';

type TextNode = DefaultTreeAdapterMap['textNode'];

const ROLE_OF: Record<string, BlockRole> = {
  p: 'paragraph', li: 'list-item', dt: 'list-item', dd: 'list-item', blockquote: 'quote',
  figcaption: 'caption', caption: 'caption', pre: 'preformatted',
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
};
const LANDMARK_TAG: Record<string, Landmark> = { nav: 'nav', aside: 'aside', main: 'main', article: 'article', header: 'header', footer: 'footer' };
const LANDMARK_ROLE: Record<string, Landmark> = {
  navigation: 'nav', banner: 'header', contentinfo: 'footer', complementary: 'aside', main: 'main', article: 'article',
};
const SECTIONING = new Set(['article', 'aside', 'main', 'nav', 'section']);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const DATE_ITEMPROPS = new Set(['datepublished', 'datemodified', 'datecreated', 'uploaddate', 'dateposted']);

const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-?hidden|screen-reader-text|hide-accessible|element-invisible|a11y-hidden|u-hidden-visually)(?:\s|$)/;
// What a page shows only on hover: a rollover card inside a paragraph (a person's photo and
// latest headlines, hung on their name), a tooltip's or popover's text. The link or word it
// hangs on stays. `\w` stops at each '-', so a huge class attribute cannot make it backtrack.
const HOVER_CONTENT = /rollover-\w+-block|(?:popover|tooltip)-?(?:content|text|body|inner)|hover-?card/;
// Class names that mark an author's name (hCard 'fn', WordPress 'author vcard', 'byline').
// Any class token that names the author or byline, with an optional prefix ('blog-author',
// 'td-post-author-name', 'c-article-card__author') and suffix ('authorname-txt', 'author-link'),
// but not the author's bio, photo or box.
const HEADING_TAGS = new Set(['h1', 'h2', 'h3']);
/** A cheap pre-check before {@link AUTHOR_CLASS}: most class attributes name neither. */
const mayNameAuthor = (cls: string): boolean => {
  const name = lower(cls);
  return name.includes('author') || name.includes('byline') || name.includes('fn');
};
const KICKER_CLASS = /kicker|roofline|dachzeile|topline|overline|eyebrow|supertitle|h1small|headline-intro|pre-?title|title-prefix/i;
const AUTHOR_CLASS = /(?:^|\s)(?:fn|(?:[a-z0-9]+(?:-|_|__))*(?:author|byline)(?:(?:-|_|__)?(?:name|txt|text|link|names))*)(?:\s|$)/i;

// An author box's name: its microdata name ('<span itemprop="name">'), else its first part,
// without the bio or date set apart below it ('<div class="author"><b>Jane Doe</b><p>Jane
// writes on trade.</p></div>') and past a label set apart before it ('Editor:', 'About the
// author'; 'Author: Jane Doe' is one part and stays, for the byline reader to unlabel).
const firstPart = (el: Element): string =>
  textOf(search(el, (e) => attr(e, 'itemprop') === 'name', true, 50)[0] ?? el, 200)
    .split(GAP)
    .find((p) => /\S/.test(p) && !/^[^:]{0,12}auth?or\w{0,2}\W*$|:\s*$/i.test(p)) ?? '';

// Shared by every block without links; never mutated.
const NO_LINKS: BlockLink[] = Object.freeze([]) as unknown as BlockLink[];

/** @internal */
export interface HtmlFrontEndOptions {
  /** Track source offsets (slower: parse5 then records a location for every node). */
  locations?: boolean;
}

/**
 * The HTML front end, in full: one parse5 parse and one walk of the tree give the blocks,
 * the block-level element table, and the page's metadata.
 *
 * @internal
 */
export function readHtmlPage(html: string, options: HtmlFrontEndOptions = {}): HtmlPage {
  const locations = options.locations === true;
  // Offsets must point into the page as given, so with them parse5 reads every byte.
  const document = locations ? boundedParse(html, { sourceCodeLocationInfo: true }) : parseWithoutScriptText(html).document;

  const blocks: Block[] = [];
  const blockElement: number[] = [];
  const parent: number[] = [];
  const tag: string[] = [];
  const names: string[] = [];
  const nodes: Element[] = [];
  const elementLandmark: (Landmark | null)[] = [];
  const meta: PageMeta = { title: null, lang: null, base: null, canonical: null, metas: new Map(), jsonLd: [], times: [], marks: [] };
  let textLength = 0;

  // Open block-level elements (ids), landmarks and the current run of inline text.
  const open: number[] = [];
  // For each open element, the position in `open` of the nearest one (itself or an ancestor)
  // that has a role, or -1.
  const roleAt: number[] = [];
  const landmarks: (Landmark | null)[] = [];
  let sectioning = 0;
  let run = '';
  let links: BlockLink[] = [];
  let linkText = null as string | null;
  let linkHref: string | null = null;
  let runStart: number | null = null;
  let runEnd: number | null = null;

  // Where the current run stood after its last <br>, or -1.
  let brAt = -1;
  const flush = (): void => {
    brAt = -1;
    if (run === '') return;
    const text = normalizeWhitespace(run);
    let runLinks = links;
    run = '';
    if (links.length > 0) links = [];
    if (text.length === 0) return;
    if (linkText !== null) {
      // A link that wraps block elements (<a><h3>…</h3></a>): this block's text is link text.
      const inLink = normalizeWhitespace(linkText);
      if (inLink.length > 0) runLinks = [...runLinks, { text: inLink, href: linkHref }];
      linkText = '';
    }
    let role: BlockRole = 'paragraph';
    let level: number | null = null;
    // The nearest element with a role decides, except that a paragraph inside a quote, list
    // item or caption (<blockquote><p>) takes the container's role. `roleAt` keeps the nearest
    // one for each depth, so deep nesting costs nothing here.
    const i = roleAt.length > 0 ? roleAt[roleAt.length - 1]! : -1;
    if (i >= 0) {
      const t = tag[open[i]!]!;
      const r = ROLE_OF[t]!;
      if (r === 'paragraph' && open.length - 1 - i < 4) {
        for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
          const outer = ROLE_OF[tag[open[j]!]!];
          if (outer === 'quote' || outer === 'list-item' || outer === 'caption') {
            role = outer;
            break;
          }
        }
      } else {
        role = r;
        if (r === 'heading') level = t.charCodeAt(1) - 48;
      }
    }
    let linkChars = 0;
    for (const l of runLinks) linkChars += l.text.length;
    textLength += text.length;
    blockElement.push(open.length > 0 ? open[open.length - 1]! : -1);
    blocks.push({
      index: blocks.length,
      text,
      role,
      level,
      landmark: landmarks.length > 0 ? landmarks[landmarks.length - 1]! : null,
      links: runLinks.length > 0 ? runLinks : NO_LINKS,
      linkDensity: Math.min(1, linkChars / text.length),
      start: runStart,
      end: runEnd,
    });
    runStart = null;
    runEnd = null;
  };

  // What the metadata reader gets besides meta tags and JSON-LD: dates and marks (bylines,
  // kickers, rel links), each with the number of blocks before it and its parent element.
  const addTime = (value: string, from: TimeMark['from'], itemprop: string | null, hint: string, element: number): void => {
    meta.times.push({ value, from, itemprop, hint, position: blocks.length, element });
  };
  const addMark = (kind: string, text: string, href: string | null, element: number): void => {
    meta.marks.push({ kind, text, href, position: blocks.length, element });
  };

  const enter = (el: Element): boolean => {
    const t = el.tagName;
    const attrs = el.attrs;
    // One pass over the attributes collects everything the walk needs.
    let cls: string | null = null;
    let idAttr: string | null = null;
    let role: string | null = null;
    let itemprop: string | null = null;
    let property: string | null = null;
    let titleAttr: string | null = null;
    let href: string | null = null;
    let rel: string | null = null;
    let datetime: string | null = null;
    let content: string | null = null;
    for (let i = 0; i < attrs.length; i++) {
      const a = attrs[i]!;
      switch (a.name) {
        case 'class':
          cls = a.value;
          // Screen-reader-only text ('Skip to content', '(opens in a new window)') is not page text.
          if (HOVER_CONTENT.test(cls)) return false;
          if (SCREEN_READER_ONLY.test(cls)) {
            // Its words are gone, but they kept the words on either side apart.
            run += ' ';
            return false;
          }
          break;
        case 'id': idAttr = a.value; break;
        case 'hidden': return false;
        case 'aria-hidden': if (a.value === 'true') return false; break;
        case 'style': if (HIDDEN_STYLE.test(a.value)) return false; break;
        // AMP's hidden layout: a lightbox or a dialog shown only when opened.
        case 'layout': if (a.value === 'nodisplay') return false; break;
        case 'role': role = a.value; break;
        case 'itemprop': itemprop = a.value; break;
        case 'property': property = a.value; break;
        case 'title': titleAttr = a.value; break;
        case 'href': href = a.value; break;
        case 'rel': rel = a.value; break;
        case 'datetime': datetime = a.value; break;
        case 'content': content = a.value; break;
        default: break;
      }
    }
    const parentId = open.length > 0 ? open[open.length - 1]! : -1;
    if (SKIP.has(t)) {
      if (t === 'script' && lower(attr(el, 'type') ?? '').includes('ld+json')) meta.jsonLd.push(textOf(el.childNodes[0] ?? el));
      return false;
    }
    switch (t) {
      case 'head':
        return true;
      case 'title':
        meta.title ??= normalizeWhitespace(textOf(el));
        return false;
      case 'meta': {
        const key = property ?? attr(el, 'name') ?? itemprop ?? attr(el, 'http-equiv');
        if (key !== null && content !== null) {
          const k = lower(key).trim();
          const list = meta.metas.get(k);
          if (list) list.push(content);
          else meta.metas.set(k, [content]);
          if (itemprop !== null && DATE_ITEMPROPS.has(k)) {
            addTime(content, 'content', k, '', parentId);
          }
        }
        return false;
      }
      case 'link': {
        const r = lower(rel ?? '');
        if (href !== null) {
          if (r.split(/\s+/).includes('canonical')) meta.canonical ??= href.trim();
          else if (r === 'author') addMark('rel-author', '', href, -1);
        }
        return false;
      }
      case 'base':
        meta.base ??= href;
        return false;
      case 'br':
        // Two line breaks with nothing between them end a paragraph, as they do on screen:
        // text set apart by <br><br> in a box with no <p> is not one block with its byline.
        if (brAt >= 0 && run.slice(brAt).trim() === '') flush();
        else {
          run += ' ';
          brAt = run.length;
        }
        return false;
      case 'hr':
        flush();
        return false;
      case 'img':
      case 'wbr':
        return false;
      case 'html':
        meta.lang = attr(el, 'lang') ?? attr(el, 'xml:lang');
        break;
      default:
        break;
    }

    if (property !== null) {
      const prop = lower(property).replace(/^[a-z]+:/, '');
      const value = content ?? datetime;
      if (value !== null && DATE_ITEMPROPS.has(prop)) {
        addTime(value, 'content', prop, '', parentId);
      }
    }
    if (cls !== null && mayNameAuthor(cls) && AUTHOR_CLASS.test(cls) && t !== 'body' && t !== 'article' && t !== 'main' && t !== 'section') {
      const text = normalizeWhitespace(firstPart(el));
      if (text.length > 0 && text.length <= 120) addMark('class-author', text, null, parentId);
    }
    // A kicker inside a heading ('<h1><span class="roofline">Immobilienkrise</span> Rene Benko …'),
    // or a <small> line after the title ('<h1>Title<br><small>02.02.2022 • News</small>').
    if (parentId >= 0 && HEADING_TAGS.has(tag[parentId]!) && ((cls !== null && KICKER_CLASS.test(cls)) || t === 'small')) {
      const text = normalizeWhitespace(textOf(el, 200));
      if (text.length > 0 && text.length <= 120) addMark(t === 'small' ? 'heading-small' : 'kicker', text, null, parentId);
    }
    if (titleAttr !== null && (t === 'abbr' || t === 'span') && cls !== null && /\d{4}/.test(titleAttr) && /published|date|time|posted/i.test(cls)) {
      addTime(titleAttr, 'content', null, lower(cls), parentId);
    }
    if (itemprop !== null) {
      const prop = lower(itemprop);
      if (DATE_ITEMPROPS.has(prop)) {
        const value = datetime ?? content;
        addTime(value ?? normalizeWhitespace(textOf(el, 200)), value !== null ? 'datetime' : 'text', prop, '', parentId);
      } else if (/^(?:author|creator|headline|name|keywords|articlesection)$/.test(prop)) {
        addMark(`itemprop-${prop}`, normalizeWhitespace(content ?? (prop === 'author' ? firstPart(el) : textOf(el, 200))), href, parentId);
      }
    }
    if (t === 'time') {
      let hint = `${cls ?? ''} ${idAttr ?? ''} ${attr(el, 'pubdate') !== null ? 'pubdate' : ''}`;
      for (let i = open.length - 1; i >= 0 && i >= open.length - 2; i--) hint += ` ${names[open[i]!]}`;
      addTime(datetime ?? normalizeWhitespace(textOf(el, 200)), datetime !== null ? 'datetime' : 'text', itemprop === null ? null : lower(itemprop), lower(hint), parentId);
    }
    if (t === 'a') {
      if (rel !== null && /\b(?:author|tag)\b/i.test(rel)) {
        addMark(/\bauthor\b/i.test(rel) ? 'rel-author' : 'rel-tag', normalizeWhitespace(textOf(el)), href, parentId);
      }
      if (href !== null && linkText === null) {
        linkText = '';
        linkHref = href.trim();
      }
      return true;
    }
    if (!BLOCK.has(t)) return true;

    flush();
    const id = tag.length;
    parent.push(parentId);
    tag.push(t);
    names.push(cls === null && idAttr === null ? '' : `${cls ?? ''} ${idAttr ?? ''}`);
    nodes.push(el);
    open.push(id);
    roleAt.push(ROLE_OF[t] ? open.length - 1 : roleAt.length > 0 ? roleAt[roleAt.length - 1]! : -1);

    let landmark: Landmark | null | undefined = LANDMARK_TAG[t];
    if (role !== null) landmark = LANDMARK_ROLE[lower(role)] ?? landmark;
    if ((t === 'header' || t === 'footer') && sectioning > 0 && role === null) landmark = undefined;
    const current = landmark === undefined ? (landmarks.length > 0 ? landmarks[landmarks.length - 1]! : null) : landmark;
    landmarks.push(current);
    elementLandmark.push(current);
    if (SECTIONING.has(t)) sectioning += 1;
    return true;
  };

  const exit = (el: Element): void => {
    const t = el.tagName;
    if (t === 'a') {
      if (linkText !== null) {
        const text = normalizeWhitespace(linkText);
        if (text.length > 0) links.push({ text, href: linkHref });
        linkText = null;
        linkHref = null;
      }
      return;
    }
    if (!BLOCK.has(t)) return;
    flush();
    open.pop();
    roleAt.pop();
    landmarks.pop();
    if (SECTIONING.has(t)) sectioning -= 1;
  };

  // Iterative walk: deep nesting cannot overflow the call stack. Each frame is an element
  // and the index of its next child.
  const frames: Element[] = [];
  const next: number[] = [];
  const root = document as unknown as Element;
  // Whether an element began or ended since the last text: two runs of digits in adjacent
  // elements are set apart, as a stylesheet does ('<span class="day">04</span><span
  // class="year">2013</span>': '04 2013', not '042013'). Comments do not count.
  let edge = false;
  let digitEnd = false;
  frames.push(root);
  next.push(0);
  while (frames.length > 0) {
    const top = frames.length - 1;
    const element = frames[top]!;
    const children = element.childNodes;
    const i = next[top]!;
    if (i >= children.length) {
      frames.pop();
      next.pop();
      if (element !== root) exit(element);
      edge = true;
      continue;
    }
    next[top] = i + 1;
    const node = children[i]!;
    const name = node.nodeName;
    if (name === '#text') {
      let value = (node as TextNode).value;
      // Not run's own last character: reading one flattens the concatenated string.
      if (edge && digitEnd && isDigit(value.charCodeAt(0))) value = ` ${value}`;
      edge = false;
      digitEnd = isDigit(value.charCodeAt(value.length - 1));
      run += value;
      if (linkText !== null) linkText += value;
      if (locations) {
        const loc = (node as TextNode).sourceCodeLocation;
        // Offsets span the block's visible text, not the indentation around it.
        if (loc && /\S/.test(value)) {
          runStart ??= loc.startOffset;
          runEnd = loc.endOffset;
        }
      }
      continue;
    }
    if (name === '#comment' || name === '#documentType') continue;
    const el = node as Element;
    edge = true;
    if (el.tagName === undefined || !enter(el)) continue;
    if (el.childNodes && el.childNodes.length > 0) {
      frames.push(el);
      next.push(0);
    } else {
      exit(el);
    }
  }
  flush();
  return { root: document, blocks, blockElement, parent, tag, names, weights: [], named: {}, node: nodes, landmark: elementLandmark, meta, textLength };
}

/**
 * The HTML front end: parses with parse5 (which never throws on broken HTML) and walks the
 * tree once into the same {@link Block} list the text-dump front end produces, with roles,
 * heading levels, landmarks, links (`href` as written in the page), link density and source
 * offsets. Scripts, styles, forms controls, embedded frames and hidden elements (`hidden`,
 * `aria-hidden="true"`, inline `display:none`) give no text. Entities are decoded, zero-width
 * characters stripped and whitespace normalised.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { htmlToBlocks } from 'thinktank-parser';
 * const blocks = htmlToBlocks('<nav><a href="/r">Research</a></nav><article><h1>Title</h1><p>Text &amp; more.</p></article>');
 * blocks.map((b) => [b.text, b.role, b.landmark]);
 * // [['Research', 'paragraph', 'nav'], ['Title', 'heading', 'article'], ['Text & more.', 'paragraph', 'article']]
 * ```
 */
export function htmlToBlocks(html: string): Block[] {
  return readHtmlPage(html, { locations: true }).blocks;
}
