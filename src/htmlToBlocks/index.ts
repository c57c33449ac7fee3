import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Block, BlockLink, BlockRole, Landmark } from '../blocks/types.js';
import { normalizeWhitespace } from '../normalizeWhitespace/index.js';
import type { Element, HtmlPage, PageMeta } from './page.js';

type Node = DefaultTreeAdapterMap['node'];
type TextNode = DefaultTreeAdapterMap['textNode'];

// Never text: code, styling, embedded documents, form controls.
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas',
  'input', 'select', 'textarea', 'button', 'option', 'datalist', 'audio', 'video', 'picture', 'map',
]);
// Elements that end one block of text and start another.
const BLOCK = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'dir',
  'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'ul', 'legend', 'frameset', 'noframes',
]);
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
const TAG_WEIGHT: Record<string, number> = {
  div: 5, pre: 3, td: 3, blockquote: 3, address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|wysiwyg|rich-?text/;
const NEGATIVE =
  /-ad-|hidden|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|social|newsletter|subscribe|breadcrumb|menu|nav|popup|modal|cookie|recommend|teaser/;
const PAYWALL = /paywall|subscriber-only|premium-content|regwall|meteredcontent/;
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const DATE_ITEMPROPS = new Set(['datepublished', 'datemodified', 'datecreated', 'uploaddate', 'dateposted']);

function attr(el: Element, name: string): string | null {
  const attrs = el.attrs;
  for (let i = 0; i < attrs.length; i++) if (attrs[i]!.name === name) return attrs[i]!.value;
  return null;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as TextNode).value;
  const children = (node as Element).childNodes;
  if (!children || SKIP.has((node as Element).tagName)) return '';
  let out = '';
  for (const child of children) out += textOf(child);
  return out;
}

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
  const document = parse(html, { sourceCodeLocationInfo: locations });

  const blocks: Block[] = [];
  const blockElement: number[] = [];
  const parent: number[] = [];
  const tag: string[] = [];
  const weight: number[] = [];
  const names: string[] = [];
  const nodes: Element[] = [];
  const elementLandmark: (Landmark | null)[] = [];
  const meta: PageMeta = { title: null, lang: null, base: null, canonical: null, metas: new Map(), jsonLd: [], times: [], marks: [], paywall: 0 };
  let textLength = 0;

  // Open block-level elements (ids), landmarks and the current run of inline text.
  const open: number[] = [];
  const landmarks: (Landmark | null)[] = [];
  let sectioning = 0;
  let parts: string[] = [];
  let links: BlockLink[] = [];
  let linkParts = null as string[] | null;
  let linkHref: string | null = null;
  let runStart: number | null = null;
  let runEnd: number | null = null;

  const flush = (): void => {
    if (parts.length === 0) return;
    const text = normalizeWhitespace(parts.length === 1 ? parts[0]! : parts.join(''));
    const runLinks = links;
    parts = [];
    links = [];
    if (text.length === 0) return;
    let role: BlockRole = 'paragraph';
    let level: number | null = null;
    for (let i = open.length - 1; i >= 0; i--) {
      const t = tag[open[i]!]!;
      const r = ROLE_OF[t];
      if (r) {
        role = r;
        if (r === 'heading') level = t.charCodeAt(1) - 48;
        break;
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
      links: runLinks,
      linkDensity: Math.min(1, linkChars / text.length),
      start: runStart,
      end: runEnd,
    });
    runStart = null;
    runEnd = null;
  };

  const enter = (el: Element): boolean => {
    const t = el.tagName;
    if (SKIP.has(t)) {
      if (t === 'script' && (attr(el, 'type') ?? '').toLowerCase().includes('ld+json')) meta.jsonLd.push(textOf(el.childNodes[0] ?? el));
      return false;
    }
    const attrs = el.attrs;
    if (attrs.length > 0) {
      if (attr(el, 'hidden') !== null || attr(el, 'aria-hidden') === 'true') return false;
      const style = attr(el, 'style');
      if (style !== null && HIDDEN_STYLE.test(style)) return false;
    }
    switch (t) {
      case 'head':
        return true;
      case 'title':
        meta.title ??= normalizeWhitespace(textOf(el));
        return false;
      case 'meta': {
        const key = attr(el, 'property') ?? attr(el, 'name') ?? attr(el, 'itemprop') ?? attr(el, 'http-equiv');
        const content = attr(el, 'content');
        if (key !== null && content !== null) {
          const k = key.toLowerCase().trim();
          const list = meta.metas.get(k);
          if (list) list.push(content);
          else meta.metas.set(k, [content]);
          if (DATE_ITEMPROPS.has(k) && attr(el, 'itemprop') !== null) {
            meta.times.push({ value: content, from: 'content', itemprop: k, hint: '', position: blocks.length, element: open[open.length - 1] ?? -1 });
          }
        }
        return false;
      }
      case 'link': {
        const rel = (attr(el, 'rel') ?? '').toLowerCase();
        const href = attr(el, 'href');
        if (href !== null) {
          if (rel.split(/\s+/).includes('canonical')) meta.canonical ??= href.trim();
          else if (rel === 'author') meta.marks.push({ kind: 'rel-author', text: '', href, position: blocks.length, element: -1 });
        }
        return false;
      }
      case 'base':
        meta.base ??= attr(el, 'href');
        return false;
      case 'br':
        parts.push(' ');
        return false;
      case 'img':
      case 'hr':
      case 'wbr':
        if (t === 'hr') flush();
        return false;
      case 'html':
        meta.lang = attr(el, 'lang') ?? attr(el, 'xml:lang');
        break;
      default:
        break;
    }

    if (attrs.length > 0) {
      const property = attr(el, 'property');
      if (property !== null && t !== 'meta') {
        const prop = property.toLowerCase().replace(/^[a-z]+:/, '');
        const content = attr(el, 'content') ?? attr(el, 'datetime');
        if (DATE_ITEMPROPS.has(prop) && content !== null) {
          meta.times.push({ value: content, from: 'content', itemprop: prop, hint: '', position: blocks.length, element: open[open.length - 1] ?? -1 });
        }
      }
      const titleAttr = t === 'abbr' || t === 'span' ? attr(el, 'title') : null;
      if (titleAttr !== null && /\d{4}/.test(titleAttr)) {
        const cls = (attr(el, 'class') ?? '').toLowerCase();
        if (/published|date|time|posted/.test(cls)) {
          meta.times.push({ value: titleAttr, from: 'content', itemprop: null, hint: cls, position: blocks.length, element: open[open.length - 1] ?? -1 });
        }
      }
      const itemprop = attr(el, 'itemprop');
      if (itemprop !== null) {
        const prop = itemprop.toLowerCase();
        if (DATE_ITEMPROPS.has(prop)) {
          const value = attr(el, 'datetime') ?? attr(el, 'content');
          meta.times.push({
            value: value ?? normalizeWhitespace(textOf(el)),
            from: value !== null ? 'datetime' : 'text',
            itemprop: prop,
            hint: '',
            position: blocks.length,
            element: open[open.length - 1] ?? -1,
          });
        } else if (prop === 'author' || prop === 'creator' || prop === 'headline' || prop === 'name' || prop === 'keywords' || prop === 'articlesection') {
          meta.marks.push({ kind: `itemprop-${prop}`, text: normalizeWhitespace(attr(el, 'content') ?? textOf(el)), href: attr(el, 'href'), position: blocks.length, element: open[open.length - 1] ?? -1 });
        }
      }
    }
    if (t === 'time') {
      const datetime = attr(el, 'datetime');
      const hintNames = `${attr(el, 'class') ?? ''} ${attr(el, 'id') ?? ''} ${attr(el, 'pubdate') !== null ? 'pubdate' : ''}`;
      let hint = hintNames;
      for (let i = open.length - 1; i >= 0 && i >= open.length - 2; i--) hint += ` ${names[open[i]!]}`;
      meta.times.push({
        value: datetime ?? normalizeWhitespace(textOf(el)),
        from: datetime !== null ? 'datetime' : 'text',
        itemprop: (attr(el, 'itemprop') ?? '').toLowerCase() || null,
        hint: hint.toLowerCase(),
        position: blocks.length,
        element: open[open.length - 1] ?? -1,
      });
    }
    if (t === 'a') {
      const href = attr(el, 'href');
      const rel = attr(el, 'rel');
      if (rel !== null && /\b(?:author|tag)\b/i.test(rel)) {
        meta.marks.push({ kind: /\bauthor\b/i.test(rel) ? 'rel-author' : 'rel-tag', text: normalizeWhitespace(textOf(el)), href, position: blocks.length, element: open[open.length - 1] ?? -1 });
      }
      if (href !== null && linkParts === null) {
        linkParts = [];
        linkHref = href.trim();
      }
      return true;
    }
    if (!BLOCK.has(t)) return true;

    flush();
    const id = tag.length;
    const cls = attr(el, 'class');
    const idAttr = attr(el, 'id');
    const n = cls === null && idAttr === null ? '' : `${cls ?? ''} ${idAttr ?? ''}`.toLowerCase();
    let w = TAG_WEIGHT[t] ?? 0;
    if (n !== '') {
      if (POSITIVE.test(n)) w += 25;
      if (NEGATIVE.test(n)) w -= 25;
      if (PAYWALL.test(n)) meta.paywall += 1;
    }
    parent.push(open.length > 0 ? open[open.length - 1]! : -1);
    tag.push(t);
    weight.push(w);
    names.push(n);
    nodes.push(el);
    open.push(id);

    let landmark: Landmark | null | undefined = LANDMARK_TAG[t];
    const role = attrs.length > 0 ? attr(el, 'role') : null;
    if (role !== null) landmark = LANDMARK_ROLE[role.toLowerCase()] ?? landmark;
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
      if (linkParts !== null) {
        const text = normalizeWhitespace(linkParts.join(''));
        if (text.length > 0) links.push({ text, href: linkHref });
        linkParts = null;
        linkHref = null;
      }
      return;
    }
    if (!BLOCK.has(t)) return;
    flush();
    open.pop();
    landmarks.pop();
    if (SECTIONING.has(t)) sectioning -= 1;
  };

  // Iterative walk: deep nesting cannot overflow the call stack.
  const stack: Node[] = [document as unknown as Node];
  const exiting: boolean[] = [false];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const isExit = exiting.pop()!;
    if (isExit) {
      exit(node as Element);
      continue;
    }
    const name = node.nodeName;
    if (name === '#text') {
      const value = (node as TextNode).value;
      parts.push(value);
      if (linkParts !== null) linkParts.push(value);
      if (locations) {
        const loc = (node as TextNode).sourceCodeLocation;
        if (loc) {
          runStart ??= loc.startOffset;
          runEnd = loc.endOffset;
        }
      }
      continue;
    }
    if (name === '#comment' || name === '#documentType') continue;
    const isElement = (node as Element).tagName !== undefined;
    if (isElement && !enter(node as Element)) continue;
    const children = (node as Element).childNodes;
    if (isElement) {
      stack.push(node);
      exiting.push(true);
    }
    if (children) {
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push(children[i]!);
        exiting.push(false);
      }
    }
  }
  flush();
  return { blocks, blockElement, parent, tag, weight, names, node: nodes, landmark: elementLandmark, meta, textLength };
}

/**
 * The HTML front end: parses with parse5 (which never throws on broken HTML) and walks the
 * tree once into the same {@link Block} list the text-dump front end produces, with roles,
 * heading levels, landmarks, links (`href` as written in the page), link density and source
 * offsets. Scripts, styles, forms controls, embedded frames and hidden elements (`hidden`,
 * `aria-hidden="true"`, inline `display:none`) give no text. Entities are decoded, zero-width
 * characters stripped and whitespace normalised.
 *
 * @category Blocks
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
