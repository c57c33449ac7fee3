import type { Block } from '../blocks/types.js';
import { blockRanges, elementWeight, namedAs, type HtmlPage } from '../htmlToBlocks/page.js';

/** Which blocks form the body, and how they were chosen. @internal */
export interface BodySelection {
  blocks: Block[];
  /** Element ids the body was taken from. */
  roots: number[];
  rule: 'scored-container' | 'article-landmark' | 'all-paragraphs' | 'none';
  /** Blocks inside the roots that were left out, and why. */
  dropped: { block: Block; rule: string }[];
}

const SCORED_ROLES = new Set(['paragraph', 'quote', 'preformatted', 'list-item']);
const MIN_PARAGRAPH = 25;
// Characters of text a box needs to count fully as an article container.
const ARTICLE_CHARS = 500;
// Containers that conditional cleaning may drop whole (never a single paragraph).
const BOXES = new Set('div section ul ol dl table aside form header footer details'.split(' '));
const TOP_CANDIDATES = 5;
// Inside the chosen container, boxes named like these are not the article's text.
const INNER_NOISE =
  /share|social|related|gallery|slideshow|carousel|swiper|trending|lightbox|photo-?credit|newsletter|subscribe|signup|sign-up|comment|promo|advert|\bads?\b|ad-slot|sponsor|recommend|popular|read-?next|more-?(?:stories|articles|on)|breadcrumb|paywall|cookie|tooltip|byline|author|article-meta|post-meta|entry-meta|dateline|timestamp|caption|tags\b|tag-list|topics|skip|print|toolbar|widget|sidebar|outbrain|taboola/i;

function commas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001 || c === 0x060c) n++;
  }
  return n;
}

/**
 * Generic body scoring on the block list (text density, link density, landmarks, class
 * names, paragraph clusters), after Readability's method: each paragraph scores its
 * ancestors, the best container wins, and its siblings join when they score close to it.
 *
 * @internal
 */
export function selectBody(page: HtmlPage, available: readonly boolean[], titleIndex: number | null = null): BodySelection {
  const { blocks, blockElement, parent, tag, landmark } = page;
  const n = tag.length;
  const textLen = new Float64Array(n);
  const linkLen = new Float64Array(n);
  const commaCount = new Float64Array(n);
  for (const b of blocks) {
    const e = blockElement[b.index]!;
    if (e < 0) continue;
    textLen[e]! += b.text.length;
    linkLen[e]! += b.text.length * b.linkDensity;
    commaCount[e]! += commas(b.text);
  }
  // Elements are numbered in document order, so every child comes after its parent: one pass
  // backwards sums each subtree, however deep (a walk up from every block was quadratic).
  for (let e = n - 1; e >= 0; e--) {
    const p = parent[e]!;
    if (p < 0) continue;
    textLen[p]! += textLen[e]!;
    linkLen[p]! += linkLen[e]!;
    commaCount[p]! += commaCount[e]!;
  }
  const linkDensity = (e: number): number => (textLen[e]! > 0 ? linkLen[e]! / textLen[e]! : 0);

  const hasKids = new Uint8Array(n);
  for (let e = 0; e < n; e++) if (parent[e]! >= 0) hasKids[parent[e]!] = 1;
  const score = new Float64Array(n);
  const scored = new Uint8Array(n);
  const landmarkFactor = (e: number): number => {
    const l = landmark[e];
    return l === 'nav' ? 0.05 : l === 'footer' || l === 'aside' || l === 'header' ? 0.3 : 1;
  };
  for (const b of blocks) {
    if (!available[b.index] || !SCORED_ROLES.has(b.role) || b.landmark === 'nav') continue;
    const len = b.text.length;
    if (len < MIN_PARAGRAPH || b.linkDensity >= 0.5) continue;
    let s = 1 + commas(b.text) + Math.min(Math.floor(len / 100), 3);
    if (b.role === 'list-item') s *= 0.5;
    let e = blockElement[b.index]!;
    // A paragraph's own element does not score; a div holding text directly acts as its own
    // paragraph, unless it also holds block elements: then its loose text is a paragraph of it
    // (as Readability wraps such text in a <p>).
    if (e >= 0 && !hasKids[e]) e = parent[e]!;
    for (let level = 0; e >= 0 && level < 5; level++, e = parent[e]!) {
      if (!scored[e]) {
        scored[e] = 1;
        // A content-like name ('…-content') counts in full only for a box with text enough to
        // be an article (a small rating or sign-in widget named 'panel-content' is not).
        const w = elementWeight(page, e);
        score[e] = w > 0 ? w * Math.min(1, textLen[e]! / ARTICLE_CHARS) : w;
      }
      score[e]! += level === 0 ? s : level === 1 ? s / 2 : s / (level * 3);
    }
  }

  const final = new Float64Array(n);
  const ranked: number[] = [];
  for (let e = 0; e < n; e++) {
    if (!scored[e]) continue;
    final[e] = score[e]! * (1 - linkDensity(e)) * landmarkFactor(e);
    ranked.push(e);
  }
  ranked.sort((a, b) => final[b]! - final[a]!);
  let top = ranked[0];
  if (top === undefined || final[top]! <= 0) return fallback(page, available);
  // The article follows its title: on pages with several stories (infinite scroll, a long
  // comment thread, a big related block), prefer a strong candidate that starts just after it
  // and holds an article's worth of text.
  const { first, last } = blockRanges(page);
  if (titleIndex !== null) {
    const near = (e: number): boolean => first[e]! > titleIndex && first[e]! - titleIndex <= 40;
    // A subtree's blocks are contiguous: the title is inside `top` when its index is in top's range.
    if (!near(top) && !(first[top]! <= titleIndex && titleIndex <= last[top]!)) {
      const alternative = ranked.slice(1, 10).find((e) => near(e) && final[e]! >= final[top!]! * 0.3 && textLen[e]! >= ARTICLE_CHARS);
      if (alternative !== undefined) top = alternative;
    }
  }

  // Several strong candidates under one ancestor: the ancestor is the article. Each candidate
  // marks its ancestors once; the nearest ancestor of the top one marked three times wins.
  const strong = ranked.slice(1, TOP_CANDIDATES).filter((e) => final[e]! >= final[top!]! * 0.75);
  if (strong.length >= 3) {
    const marks = new Uint8Array(n);
    for (const e of strong) for (let a = e; a >= 0; a = parent[a]!) marks[a]!++;
    for (let a = parent[top]!; a >= 0 && tag[a] !== 'body'; a = parent[a]!) {
      if (marks[a]! >= 3) {
        top = a;
        break;
      }
    }
  }
  // Climb while the parent scores better (the paragraphs were split across wrappers).
  {
    let last = final[top]!;
    const threshold = last / 3;
    for (let a = parent[top]!; a >= 0 && tag[a] !== 'body'; a = parent[a]!) {
      if (!scored[a]) continue;
      if (final[a]! < threshold) break;
      if (final[a]! > last) {
        top = a;
        break;
      }
      last = final[a]!;
    }
  }
  // A lone child is the same box as its parent.
  const childCount = new Int32Array(n);
  for (let e = 0; e < n; e++) if (parent[e]! >= 0 && textLen[e]! > 0) childCount[parent[e]!] = childCount[parent[e]!]! + 1;
  while (parent[top]! >= 0 && tag[parent[top]!] !== 'body' && childCount[parent[top]!] === 1) top = parent[top]!;

  // Siblings that score close to the top candidate join it.
  const firstText = new Map<number, string>();
  for (const b of blocks) if (!firstText.has(blockElement[b.index]!)) firstText.set(blockElement[b.index]!, b.text);
  const roots: number[] = [top];
  const p = parent[top]!;
  if (p >= 0) {
    const threshold = Math.max(10, final[top]! * 0.2);
    const topNames = page.names[top];
    for (let e = 0; e < n; e++) {
      if (parent[e] !== p || e === top || textLen[e] === 0) continue;
      const bonus = topNames && page.names[e] === topNames ? final[top]! * 0.2 : 0;
      let join = scored[e] === 1 && final[e]! + bonus >= threshold;
      if (!join && tag[e] === 'p') {
        const ld = linkDensity(e);
        const len = textLen[e]!;
        join = (len > 80 && ld < 0.25) || (len > 0 && len <= 80 && ld === 0 && /\.( |$)/.test(firstText.get(e) ?? ''));
      }
      if (join && landmark[e] !== 'nav') roots.push(e);
    }
  }
  // Page builders set an article's text in several boxes named alike, each in its own section:
  // a box named as the one that holds most of the body's text, with an article's worth of text
  // of its own, few links, after the title and outside side landmarks, joins the body.
  const inside = new Uint8Array(n);
  for (const r of roots) inside[r] = 1;
  for (let e = 0; e < n; e++) if (parent[e]! >= 0 && inside[parent[e]!]) inside[e] = 1;
  const tally = new Map<string, number>();
  let key = '';
  for (const b of blocks) {
    const e = blockElement[b.index]!;
    // The box holding the block, itself in the body (a root or below one, never above).
    const box = e >= 0 && inside[parent[e]!] ? page.names[parent[e]!] : '';
    if (!box) continue;
    tally.set(box, (tally.get(box) ?? 0) + b.text.length);
    if (tally.get(box)! > (tally.get(key) ?? 0)) key = box;
  }
  for (let e = 0; e < n && key; e++) {
    if (parent[e]! >= 0 && inside[parent[e]!]) inside[e] = 1;
    else if (
      !inside[e] &&
      page.names[e] === key &&
      textLen[e]! >= ARTICLE_CHARS &&
      linkDensity(e) <= 0.3 &&
      landmarkFactor(e) === 1 &&
      first[e]! > (titleIndex ?? -1) &&
      !(first[e]! <= first[top]! && last[top]! <= last[e]!)
    ) {
      roots.push(e);
      inside[e] = 1;
    }
  }
  return collect(page, available, roots, 'scored-container', { textLen, linkLen, commaCount });
}

interface Densities {
  textLen: Float64Array;
  linkLen: Float64Array;
  commaCount: Float64Array;
}

/** Why a box inside the chosen container is not article text, or null when it is. */
function noisyBox(page: HtmlPage, e: number, d: Densities | undefined, rootText: number): string | null {
  const names = page.names[e]!;
  const small = !d || d.textLen[e]! < rootText * 0.3;
  if (names && small && INNER_NOISE.test(names)) return `noisy-box:${names.trim().slice(0, 40)}`;
  const tag = page.tag[e]!;
  if (tag === 'figure') return 'figure';
  if (!d || d.textLen[e] === 0 || !BOXES.has(tag)) return null;
  // Readability's conditional cleaning: a small box of links with few commas is a widget.
  const linkDensity = d.linkLen[e]! / d.textLen[e]!;
  const limit = elementWeight(page, e) >= 25 ? 0.5 : 0.3;
  if (small && d.commaCount[e]! < 10 && linkDensity > limit && d.textLen[e]! < rootText * 0.25) return `link-box:${tag}`;
  return null;
}

function collect(page: HtmlPage, available: readonly boolean[], roots: number[], rule: BodySelection['rule'], d?: Densities): BodySelection {
  const { blocks, blockElement, parent } = page;
  const rootSet = new Set(roots);
  const rootText = d ? roots.reduce((sum, r) => sum + d.textLen[r]!, 0) : Infinity;
  // For each element under a root: whether it is, and why its nearest noisy box between it and
  // the root is noise (or null). Parents come before children, so one pass forwards does it.
  const inside = new Uint8Array(parent.length);
  const noiseOf: (string | null)[] = [];
  for (let e = 0; e < parent.length; e++) {
    const p = parent[e]!;
    noiseOf.push(null);
    if (rootSet.has(e)) inside[e] = 1;
    else if (p >= 0 && inside[p]) {
      inside[e] = 1;
      noiseOf[e] = noisyBox(page, e, d, rootText) ?? noiseOf[p] ?? null;
    }
  }
  const body: Block[] = [];
  const dropped: BodySelection['dropped'] = [];
  for (const b of blocks) {
    const e = blockElement[b.index]!;
    if (!available[b.index] || !inside[e]) continue;
    const noise = noiseOf[e] ?? null;
    if (b.landmark === 'nav') dropped.push({ block: b, rule: 'nav-landmark' });
    else if (noise !== null) dropped.push({ block: b, rule: noise });
    else if (b.role === 'caption' || (b.text.length <= 300 && PHOTO_CREDIT.test(b.text))) dropped.push({ block: b, rule: 'caption' });
    else if (b.linkDensity > 0.5 && b.text.length < 200 && (b.role !== 'heading' || !b.links.every((l) => l.href?.startsWith('#'))))
      dropped.push({ block: b, rule: 'link-dense' });
    else body.push(b);
  }
  return { blocks: trimCallsToAction(cutTail(page, body, dropped), dropped), roots, rule, dropped };
}

// A caption written as a paragraph ends with its picture's credit: '… in Hanoi (Image: GETTY)',
// '… (Foto: dpa)'.
// Only picture words: '(Source: Eurostat)' closes many a paragraph of real text.
// '(Image: Getty)', or an agency credit closing a caption: '… November 19, 2019. © Reuters / David Mercado'.
const PHOTO_CREDIT = /\((?:images?|photos?|pictures?|fotos?|bild)\s*:[^()]{1,60}\)\s*$|[.)]\s+©\s*[^.©]{2,60}$/i;

// Headings that open what follows an article: related links, comments, reader picks.
const TAIL_HEADING =
  /^(?:related(?: \w+)?|more (?:from|on|in|stories|articles|news)\b.*|(?:most )?(?:popular|read|viewed|shared)\b.*|(?:top rated |latest )?comments?|recommended(?: for you)?|you (?:may|might) (?:also )?like\b.*|read (?:more|next)|trending(?: now)?|also read|see also|further reading|latest (?:news|stories|articles)|kommentare|ähnliche artikel|weitere artikel|das könnte sie auch interessieren|lesen sie auch|leia também|veja também|artículos relacionados|отзывы|комментарии|похожие статьи|самые популярные.*|kontakt|contact(?: us)?|disclaimer|haftungsausschluss|weitere informationen|more information|further information|über (?:den|die) autor(?:in)?|about the author|zur person|mehr zum thema.*|mehr zu .{1,40})$/i;

// What a site appends to every article: sign-ups, follow links, affiliate notices.
const CALL_TO_ACTION =
  /\b(?:sign up|subscribe to|newsletters?\b|follow us|follow @|follow (?:him|her|them) on|join our|share (?:it|this) with|affiliate commission|click here|get the latest|delivered (?:to|through) your|like this (?:story|article)\?)/i;

/** Drops sign-up, follow and affiliate lines that close the body. */
function trimCallsToAction(body: Block[], dropped: BodySelection['dropped']): Block[] {
  let end = body.length;
  // Short lines that address the reader ('your inbox', 'follow us', '@site'); reporting that
  // mentions a newsletter does not.
  const isCallToAction = (text: string): boolean => text.length <= 240 && CALL_TO_ACTION.test(text) && /\b(?:you|your|us|our|a friend)\b|@/i.test(text);
  while (end > 1 && isCallToAction(body[end - 1]!.text)) {
    end--;
    dropped.push({ block: body[end]!, rule: 'call-to-action' });
  }
  return end === body.length ? body : body.slice(0, end);
}

const TAIL_BOX = /comment|related|recommend|more-?stories|read-?next/i;

/** Drops a related/comments section that closes the body, from its heading on. */
function cutTail(page: HtmlPage, body: Block[], dropped: BodySelection['dropped']): Block[] {
  const total = body.reduce((n, b) => n + b.text.length, 0);
  let seen = 0;
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    // A tail heading inside a box named for comments or related items cuts wherever it is (a
    // short article with a long comment thread); elsewhere only in the second half of the text.
    const tailHeading = b.text.length <= 60 && (b.role === 'heading' || b.role === 'paragraph') && TAIL_HEADING.test(b.text.replace(/[:.!…]+$/, ''));
    if (tailHeading && (seen >= total * 0.5 || (seen >= 200 && namedAs(page, b, 3)(TAIL_BOX)))) {
      for (const rest of body.slice(i)) dropped.push({ block: rest, rule: 'after-tail-heading' });
      return body.slice(0, i);
    }
    seen += b.text.length;
  }
  return body;
}

function fallback(page: HtmlPage, available: readonly boolean[]): BodySelection {
  const articles: number[] = [];
  for (let e = 0; e < page.tag.length; e++) if (page.tag[e] === 'article' || page.tag[e] === 'main') articles.push(e);
  if (articles.length > 0) {
    const picked = collect(page, available, [articles[0]!], 'article-landmark');
    if (picked.blocks.length > 0) return picked;
  }
  const blocks = page.blocks.filter((b) => available[b.index] && b.landmark !== 'nav' && b.text.length >= 40 && b.linkDensity < 0.5);
  return { blocks, roots: [], rule: blocks.length > 0 ? 'all-paragraphs' : 'none', dropped: [] };
}
