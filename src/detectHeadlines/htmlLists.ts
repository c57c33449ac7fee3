import type { Block } from '../blocks/types.js';
import { blockRanges, type HtmlPage } from '../htmlToBlocks/page.js';

/** A related/latest list found in the HTML, with the blocks it claims. @internal */
export interface HtmlHeadlineList {
  header: Block | null;
  items: { title: string; href: string | null; summary: string | null; dateText: string | null; kind: string | null; author: string | null; blocks: Block[] }[];
  blocks: Block[];
  rule: 'list-heading' | 'list-class' | 'repeated-cards';
}

const LIST_HEADING =
  /^(?:related(?:\s+\w+){0,2}|more (?:from|on|in|about)\b.{0,60}|more (?:stories|articles|news|analysis|research|commentary)|latest(?:\s+\w+){0,3}|recent(?:\s+\w+){0,2}|recommended(?: for you| reading)?|read (?:more|next)|(?:most )?(?:popular|read|viewed)(?:\s+\w+){0,3}|further reading|see also|also read|you (?:may|might) (?:also )?(?:like|enjoy|be interested in).{0,20}|in (?:this|the same) series|weitere artikel|mehr zum thema|ähnliche artikel|lesen sie auch)$/i;
const LIST_NAMES = /related|latest|more-(?:on|from|stories)|recommend|read-?next|most-?read|popular|further-reading/i;
const MIN_TITLE = 15;

function isTitleLink(b: Block): boolean {
  if (b.links.length === 0 || b.linkDensity < 0.6 || b.text.length < MIN_TITLE || b.text.length > 250) return false;
  // A headline is a phrase, not a topic tag ('Middle East & North Africa'): four words or more,
  // not counting '&'.
  return b.text.split(' ').filter((w) => w !== '&').length >= 4;
}

const BYLINE = /^(?:by|von|par|por)\s+\S/i;

/** How many blocks of a card are read. @internal */
export const CARD_BLOCKS = 40;

/**
 * What a card shows beside its headline: a kind label above it, a 'By …' byline, a date line
 * and a summary.
 *
 * @internal
 */
export function readCard(
  card: readonly Block[],
  titleBlock: Block | null,
  title: string,
  isDate: (text: string) => boolean,
  kindOf: (text: string) => string | null,
): { kind: string | null; author: string | null; dateText: string | null; summary: string | null } {
  const out = { kind: null as string | null, author: null as string | null, dateText: null as string | null, summary: null as string | null };
  // A card shows its label, byline, date and summary near its headline: only its first blocks
  // are read, so nested (unclosed) cards cannot make this quadratic.
  for (let i = 0; i < card.length && i < CARD_BLOCKS; i++) {
    const b = card[i]!;
    if (b === titleBlock || b.text === title) continue;
    if (out.author === null && BYLINE.test(b.text) && b.text.length <= 150) out.author = b.text.replace(/^(?:by|von|par|por)\s+/i, '').replace(/[,;]\s*$/, '');
    else if (out.dateText === null && b.text.length <= 90 && isDate(b.text)) out.dateText = b.text;
    else if (out.kind === null && b.text.length <= 40 && kindOf(b.text) !== null) out.kind = kindOf(b.text);
    else if (out.summary === null && b.linkDensity < 0.5 && b.text.length >= 40 && !b.text.includes(title)) out.summary = b.text;
  }
  return out;
}

/** A card's headline: a linked heading, else a link named as a title, else its longest link. */
function cardTitle(page: HtmlPage, card: readonly Block[]): Block | null {
  const candidates = (card.length > CARD_BLOCKS ? card.slice(0, CARD_BLOCKS) : card).filter((b) => b.links.length > 0 && b.linkDensity >= 0.6 && b.text.length >= 8 && b.text.length <= 250 && !BYLINE.test(b.text));
  if (candidates.length === 0) return null;
  const named = (b: Block): boolean => {
    for (let e = page.blockElement[b.index]!, i = 0; e >= 0 && i < 3; e = page.parent[e]!, i++) if (/title|headline|heading/i.test(page.names[e] ?? '')) return true;
    return false;
  };
  return candidates.find((b) => b.role === 'heading') ?? candidates.find(named) ?? candidates.reduce((a, b) => (b.text.length > a.text.length ? b : a));
}

/**
 * Finds 'Related', 'Latest', 'More on …' lists: a heading of that kind (or a container named
 * so) followed by links with headline-length text. Each item keeps its link, a summary line
 * and a date line when the card has them.
 *
 * @internal
 */
export function detectHtmlHeadlineLists(
  page: HtmlPage,
  available: readonly boolean[],
  isDate: (text: string) => boolean,
  kindOf: (text: string) => string | null = () => null,
): HtmlHeadlineList[] {
  const { blocks } = page;
  const { first, last } = blockRanges(page);
  // Nested list boxes each read the blocks after them: on a hostile page of thousands of
  // nested 'Related' boxes that is quadratic. Real pages read each block a few times; past
  // 20 reads per block (plus some slack) no more lists are looked for.
  let budget = blocks.length * 20 + 100_000;
  const within = (e: number, from: number): Block[] => {
    const start = Math.max(first[e]!, from);
    return first[e]! < 0 || (budget -= last[e]! + 1 - start) < 0 ? [] : blocks.slice(start, last[e]! + 1);
  };
  const lists: HtmlHeadlineList[] = [];
  const taken = new Set<number>();

  const collect = (container: number, from: number, header: Block | null, rule: HtmlHeadlineList['rule']): void => {
    const members = within(container, from).filter((b) => available[b.index] && !taken.has(b.index));
    const items: HtmlHeadlineList['items'] = [];
    for (const b of members) {
      if (isTitleLink(b)) {
        const title = b.links.length === 1 ? b.links[0]!.text : b.text;
        // A date beside the link in the same line: 'Title 28 June 2024'.
        const rest = title === b.text ? '' : b.text.replace(title, '').trim();
        items.push({ title, href: b.links[0]!.href, summary: null, dateText: rest && isDate(rest) ? rest : null, kind: null, author: null, blocks: [b] });
        continue;
      }
      const last = items[items.length - 1];
      if (!last) continue;
      if (last.dateText === null && b.text.length <= 90 && isDate(b.text)) {
        last.dateText = b.text;
        last.blocks.push(b);
      } else if (last.summary === null && b.linkDensity < 0.3 && b.text.length >= 30 && !b.text.includes(last.title) && (/[.!?…]$/.test(b.text) || b.text.split(' ').length >= 8)) {
        last.summary = b.text;
        last.blocks.push(b);
      }
    }
    if (items.length < 2) return;
    const claimed = [...(header ? [header] : []), ...items.flatMap((i) => i.blocks)];
    for (const b of claimed) taken.add(b.index);
    lists.push({ header, items, blocks: claimed, rule });
  };

  for (const b of blocks) {
    if (!available[b.index] || taken.has(b.index) || b.text.length > 60 || b.linkDensity > 0.5) continue;
    if (!LIST_HEADING.test(b.text.replace(/[:.…]+$/, ''))) continue;
    // The list is the nearest ancestor of the heading that holds at least two headline links after it.
    for (let e = page.blockElement[b.index]!, level = 0; e >= 0 && level < 5; e = page.parent[e]!, level++) {
      if (page.tag[e] === 'body' || page.tag[e] === 'main') break;
      const links = within(e, b.index + 1).filter((x) => available[x.index] && isTitleLink(x)).length;
      if (links >= 2) {
        collect(e, b.index + 1, b, 'list-heading');
        break;
      }
    }
  }
  for (let e = 0; e < page.names.length; e++) {
    // Only boxes holding two or more blocks can be lists; most elements are skipped unread.
    if (!page.names[e] || last[e]! - first[e]! < 1 || page.landmark[e] === 'nav' || !LIST_NAMES.test(page.names[e]!)) continue;
    const parentNamed = page.parent[e]! >= 0 && LIST_NAMES.test(page.names[page.parent[e]!] ?? '');
    if (parentNamed) continue;
    collect(e, 0, null, 'list-class');
  }
  // Repeated cards: three or more elements of one kind (same tag and first class), not nested
  // in each other, each holding a headline link — a homepage's teasers, a listing's events.
  const groups = new Map<string, number[]>();
  for (let e = 0; e < page.tag.length; e++) {
    const l = page.landmark[e];
    if (first[e]! < 0 || l === 'nav' || l === 'footer' || !page.names[e]) continue;
    const names = page.names[e]!.trimStart();
    const space = names.indexOf(' ');
    const key = `${page.tag[e]}.${space < 0 ? names : names.slice(0, space)}`;
    const list = groups.get(key);
    if (list) list.push(e);
    else groups.set(key, [e]);
  }
  for (const elements of groups.values()) {
    if (elements.length < 3) continue;
    // Outermost only: a card nested in a card of the same kind is part of it. Block ranges
    // nest or are disjoint, so one pass in document order finds them.
    const outer: number[] = [];
    for (const e of [...elements].sort((a, b) => first[a]! - first[b]! || last[b]! - last[a]!)) {
      const previous = outer[outer.length - 1];
      if (previous === undefined || first[e]! > last[previous]!) outer.push(e);
    }
    // A card is small: a few short blocks around one headline, never running text.
    const small = (bs: readonly Block[]): boolean =>
      bs.length > 0 &&
      bs.length <= 8 &&
      bs.reduce((n, b) => n + b.text.length, 0) <= 800 &&
      !bs.some((b) => b.text.length >= 300 || (b.role === 'heading' && b.level === 1));
    const cards = outer
      .map((e) => within(e, 0))
      .filter(small)
      .map((bs) => bs.filter((b) => available[b.index] && !taken.has(b.index)))
      .filter((bs) => cardTitle(page, bs) !== null);
    if (cards.length < 3 || cards.filter((bs) => bs.some(isTitleLink)).length * 2 < cards.length) continue;
    const items: HtmlHeadlineList['items'] = [];
    for (const card of cards) {
      const titleBlock = cardTitle(page, card)!;
      const title = titleBlock.links.length === 1 ? titleBlock.links[0]!.text : titleBlock.text;
      items.push({ title, href: titleBlock.links[0]!.href, blocks: card, ...readCard(card, titleBlock, title, isDate, kindOf) });
    }
    for (const card of cards) for (const b of card) taken.add(b.index);
    lists.push({ header: null, items, blocks: cards.flat(), rule: 'repeated-cards' });
  }
  lists.sort((a, b) => a.blocks[0]!.index - b.blocks[0]!.index);
  return lists;
}
