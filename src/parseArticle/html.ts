import { absoluteUrl } from '../absoluteUrl/index.js';
import type { Block } from '../blocks/types.js';
import { detectHtmlHeadlineLists, readCard } from '../detectHeadlines/htmlLists.js';
import { matchKindLabel, titleCase } from '../detectKind/index.js';
import { ParseError } from '../errors/ParseError.js';
import { ASIDE_NAMES, ORGANIZATION_AUTHORS, isGenericDateMeta, readMetadata, type Candidate } from '../htmlMetadata/index.js';
import { readHtmlPage } from '../htmlToBlocks/index.js';
import { namedAs, type HtmlPage } from '../htmlToBlocks/page.js';
import type { Author, BodyBlock, HeadlineItem } from '../model/schema.js';
import { normalizeWhitespace } from '../normalizeWhitespace/index.js';
import type { ParseOptions } from '../options/index.js';
import type { OutletProfile } from '../outlets/schema.js';
import { LEADING_DATE, dedupeAuthors, splitAuthors, unglue } from '../parseAuthors/index.js';
import { findDateInText, isDateLine } from '../parseTimestamp/findInText.js';
import { readTimestamp, type DateOrder, type Timestamp, type TimestampOptions } from '../parseTimestamp/index.js';
import { formatDateTime, offsetMinutesAt, utcToWall } from '../parseTimestamp/zone.js';
import { languageZone } from '../languageZone/index.js';
import { selectBody, type BodySelection } from '../selectBody/index.js';
import { runSharedDetectors, Trace, type Analysis, type BlockClaim } from './context.js';
import { applySelectors, hasSelectors } from './selectorRules.js';
import { comparable } from '../comparable/index.js';
import { lower } from '../lower/index.js';

const CHALLENGE_TITLE = /^(?:just a moment|attention required|checking your browser|please wait|access denied|ddos-guard|security check|are you a robot|one more step)\b/i;
const CHALLENGE_TEXT = /(?:enable javascript and cookies to continue|checking if the site connection is secure|cf-browser-verification|verify you are (?:a )?human|completing the captcha|you will be connected to \S+ in just a moment|ddos protection by)/i;
const NOT_FOUND_TITLE = /(?:\b404\b|page not found|not found|seite nicht gefunden|page introuvable|página no encontrada)/i;
// A bar separates even without spaces ('Site|Headline').
const TITLE_SEPARATORS = /(?<!\s)\s+(?:[-–—·»/:]|::)\s+|\s*[|│｜]\s*/;
// A dek is the standfirst wherever it sits; a summary-like box only when it is outside the body.
const DEK_NAMES = /\bdek\b|standfirst|sub-?title|subhead|strapline|\bdeck\b|article-desc|sub-?headline/i;
const SUMMARY_NAMES = /summary|excerpt|description|abstract|teaser-text/i;
const BYLINE_NAMES = /byline|author|contributor|writer|posted-by|by-line/i;
// A link to an author's own page ('/author/…', '/autoren/…', '/experts/…', '/people/…') marks a
// byline as its class name does; not in a quote, whose source is not the article's author.
const AUTHOR_PAGE = /\/(?:author|autor|expert|people)/i;
const bylineNamed = (b: Block, named: (re: RegExp) => boolean): boolean => named(BYLINE_NAMES) || (b.role !== 'quote' && b.links.some((l) => AUTHOR_PAGE.test(l.href!)));
// A byline inside a date line: '06.11.2023 13:30 von Olga', '05/10/2018 - Publicado por: Clarissa
// Borba', 'Ein Artikel von Pamela Sladky | 27.01.2022'.
const INNER_BYLINE = /(?:\d\s*(?:uhr\s*)?[|·•–-]?\s*(?:(?:published|posted|publicado)\s+)?(?:by|von|por):?|\b(?:ein artikel von|beitrag von|posted by|written by|geschrieben von|gespeichert von|eingestellt von))\s+\S/i;
// Labels of a publication date ('Erschienen am:', 'Veröffentlichung:', 'Published on').
const PUBLISHED_LABEL = /(?:^|\s)(?:erschienen(?:\s+am)?|veröffentlicht(?:\s+am)?|veröffentlichung|publiziert(?:\s+am)?|published(?:\s+on)?|publié\s+le|publicado(?:\s+el)?|pubblicato(?:\s+il)?|datum|date|posted(?:\s+on)?|(?:beitrag|eintrag)\s+wurde(?:\s+vor)?\s+am)\s*:?\s*(?=(?:\p{L}+\.?,?\s+){0,2}\S{0,12}\d)/iu;
// Landmarks around the article, never its text.
const AROUND = new Set<string | null>(['nav', 'aside', 'footer']);
// Prose ends a sentence: '.', '!', '?', '…', or a closing quote or bracket after one.
const LEAD_END = /[.!?…]["'“”»)]*$/;
const BYLINE_LABEL = /^(?:von|by|autor(?:in|en)?|authors?|auteur(?:\(s\)|s)?|verfasser(?:in)?)\s*:?$/i;
const BYLINE_TEXT = /^(?:(?:written|words|posted|published|reported)\s+by|post author|by|von|par|por|door|autor(?:in|en)?:|author:|text:|verfasser(?:in)?:)(?:\s*:)?\s+\S/i;
const MIN_BODY_CHARS = 150;
const HEAD_WINDOW = 25;

/**
 * 'Title | Site' → 'Title', when the dropped part is the site's name or a short tail. `sites`
 * are the site names already reduced by `comparable` (the caller does it once per page).
 */
function stripSiteSuffix(title: string, sites: readonly string[]): string {
  let parts = title.split(TITLE_SEPARATORS);
  const keys = parts.map(comparable);
  // Site names at the end go one at a time ('Title | Section | Site'), each part reduced once:
  // a loop, as 10,000 of them must neither recurse nor split the title again.
  let n = parts.length;
  const last = (): string => keys[n - 1]!;
  while (n > 1 && sites.some((s) => last() === s || last().includes(s) || s.includes(last()))) n--;
  if (n < parts.length) title = (parts = parts.slice(0, n)).join(' | ');
  if (n < 2) return title;
  if (sites.some((s) => keys[0] === s || s.includes(keys[0]!))) return parts.slice(1).join(' - ');
  const separator = TITLE_SEPARATORS.exec(title)![0].trim();
  if (/^[|–—-]$/.test(separator) && last().split(' ').length <= 4 && parts.slice(0, -1).join(' ').split(' ').length >= 3) {
    return title.slice(0, title.lastIndexOf(parts[n - 1]!)).replace(/(?<!\s)\s*(?:[|–—·»/-]|::)\s*$/, '');
  }
  return title;
}

function overlap(wa: ReadonlySet<string>, b: string): number {
  const wb = comparable(b).split(' ');
  if (wa.size === 0 || wb.length === 0) return 0;
  let hit = 0;
  for (const w of wb) if (wa.has(w)) hit++;
  return hit / Math.max(wa.size, wb.length);
}

/** A body block's structured form: headings keep their level; captions, preformatted text and other roles are paragraphs. */
function bodyType({ role, text, level }: Block): BodyBlock {
  if (role === 'heading') return { type: role, text, level: level! };
  return { type: role === 'list-item' || role === 'quote' ? role : 'paragraph', text };
}

/**
 * A UTC instant re-expressed at the page's own offset, when another candidate gives the same
 * instant as a zone-less local time ('2023-11-09T03:28:35Z' and '2023-11-08 22:28:35' → −05:00).
 */
function localOffset(iso: string, candidates: readonly Candidate[], zone: { timeZone: string; dateOrder?: DateOrder }): string | null {
  const instant = Date.parse(iso);
  // The same instant written with the page's own offset in another source.
  for (const c of candidates) {
    const read = readTimestamp(c.value, zone);
    if (read.ok && read.value.zoneSource === 'text' && read.value.offset !== '+00:00' && read.value.iso.length > 10 && Date.parse(read.value.iso) === instant) return read.value.iso;
  }
  // The same instant as a zone-less local time in another source.
  for (const c of candidates) {
    const wall = readTimestamp(c.value, { ...zone, timeZone: 'UTC' });
    if (!wall.ok || wall.value.zoneSource !== 'option') continue;
    const diff = (Date.parse(wall.value.iso) - instant) / 60_000;
    if (diff !== 0 && Math.abs(diff) <= 14 * 60 && diff % 15 === 0) return formatDateTime(utcToWall(instant + diff * 60_000), diff);
  }
  return null;
}

const PAYWALL = /paywall|subscriber-only|premium-content|regwall|meteredcontent/i;

/** A paywall box beside the article: on the path from the body up to the page, or next to it. */
function paywallMarked(page: HtmlPage, roots: readonly number[]): boolean {
  const path = new Set<number>();
  for (const r of roots) for (let e = r; e >= 0; e = page.parent[e]!) path.add(e);
  for (let e = 0; e < page.names.length; e++) {
    if ((path.has(e) || path.has(page.parent[e]!)) && page.names[e] && PAYWALL.test(page.names[e]!)) return true;
  }
  return false;
}

/** The host that most absolute links on the page point to, when one clearly dominates. */
function dominantLinkHost(blocks: readonly Block[]): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const b of blocks) {
    for (const l of b.links) {
      // A null href reads as 'null', which matches nothing.
      const m = /^(?:https?:)?\/\/(?:www\.)?([a-z0-9.-]+)/i.exec(l.href!);
      if (!m) continue;
      total += 1;
      const host = lower(m[1]!);
      counts.set(host, (counts.get(host) ?? 0) + 1);
    }
  }
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  return best && total >= 5 && best[1] >= total * 0.5 ? best[0] : null;
}

/** A short text made (mostly) of personal names: 'Jane Doe and John Roe'. */
function isNameList(text: string): boolean {
  if (text.length > 160 || /[.:!?]$/.test(text)) return false;
  const names = splitAuthors(text);
  const covered = names.reduce((n, a) => n + a.name.length + (a.role?.length ?? 0), 0);
  return names.length > 0 && covered >= text.replace(/^by\s+/i, '').length * 0.6;
}

/** A date read from the page, with what its reading assumed. */
type Dated = Pick<Timestamp, 'iso' | 'warnings'>;

/**
 * Date from the URL path: /2019/02/19/, 2019-02-19, 20190219, or /19-02-2019 read in the page's
 * date order (an ambiguous one with a warning).
 */
function dateFromUrl(url: string | null, zone: TimestampOptions) {
  if (!url) return null;
  const m =
    /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:[/-]|$)/.exec(url) ??
    /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[/_-]|$)/.exec(url);
  const read = readTimestamp(m ? `${m[1]}-${m[2]}-${m[3]}` : (/\/(\d\d?-\d\d?-(?:19|20)\d\d)(?:[/._-]|$)/.exec(url)?.[1] ?? ''), zone);
  return read.ok ? read : null;
}

/** @internal */
export function analyseHtml(input: string, options: ParseOptions, registry: readonly OutletProfile[], locations: boolean): Analysis {
  const page = readHtmlPage(input, { locations });
  const { blocks } = page;
  const md = readMetadata(page);
  const trace = new Trace(blocks, locations);
  for (const e of md.jsonLdErrors) trace.warn({ code: 'INVALID_JSON_LD', message: `A JSON-LD script could not be read and was skipped: ${e}`, path: ['jsonLd'] });

  const fetched = options.url ?? null;
  let canonical: Candidate | null = null;
  for (const c of md.urls) {
    const abs = absoluteUrl(c.value, fetched);
    if (abs) {
      canonical = { value: abs, rule: c.rule };
      break;
    }
  }
  const base = absoluteUrl(page.meta.base, canonical?.value ?? fetched) ?? canonical?.value ?? fetched;
  let baseUrl = base && URL.canParse(base) ? new URL(base) : null;
  const resolve = (href: string | null): string | null => absoluteUrl(href, baseUrl);

  const rawTitle = md.titles.find((t) => t.rule === 'title-tag')?.value ?? '';
  const visible = page.textLength < 2000 ? blocks.map((b) => b.text).join(' ') : '';
  const shared = runSharedDetectors(trace, blocks, options, registry, {
    urls: md.urls.map((u) => resolve(u.value)),
    datelineName: null,
    siteNames: md.siteNames,
    titleNames: rawTitle ? rawTitle.split(TITLE_SEPARATORS).map((p) => p.trim()).filter((p) => p.length > 1) : [],
    linkHost: canonical || fetched ? null : dominantLinkHost(blocks),
  });
  const { profile, timeZone, dateOrder } = shared;
  // A page with no canonical, <base> or url option: relative links resolve against the
  // detected outlet's main host.
  if (!baseUrl && profile.hosts.length > 0) {
    const home = `https://www.${profile.hosts[0]!.replace(/^www\./, '')}/`;
    if (URL.canParse(home)) baseUrl = new URL(home);
  }
  let headlines: HeadlineItem[] = shared.headlines;
  const analysis = (result: Analysis['result']): Analysis => trace.finish('html', { profile, rule: shared.outletRule }, headlines, result);
  const notAnArticle = (why: string): Analysis => {
    for (const b of blocks) if (!trace.isClaimed(b)) trace.claim([b], 'outside-body', 'not-an-article');
    return analysis({ ok: false, error: new ParseError('NOT_AN_ARTICLE', why) });
  };
  // Not articles, found before any field is read. Returned, not thrown, so that `explain`
  // still shows the blocks and the outlet of such a page.
  if (CHALLENGE_TITLE.test(rawTitle) || (visible !== '' && CHALLENGE_TEXT.test(visible))) {
    return notAnArticle(`This is a bot-challenge page ('${rawTitle || visible.slice(0, 60)}'), not the article: fetch it again through a browser`);
  }
  if (blocks.length === 0 && md.titles.length === 0) {
    return notAnArticle('The HTML has no visible text and no title: an empty shell (perhaps filled in by JavaScript)');
  }
  if (NOT_FOUND_TITLE.test(rawTitle) && page.textLength < 4000) {
    return notAnArticle(`This is an error page ('${rawTitle}'), not an article`);
  }

  const available = blocks.map((b) => !trace.isClaimed(b));
  // Claims blocks for a field and takes them out of what later rules may use.
  const take = (list: readonly Block[], by: BlockClaim, rule: string): void => {
    trace.claim(list, by, rule);
    for (const b of list) available[b.index] = false;
  };
  const siteNames = [profile.name, ...profile.aliases, ...md.siteNames];
  const zone = { timeZone, ...(dateOrder ? { dateOrder: dateOrder as DateOrder } : {}) };

  // The outlet's CSS selectors, when it has any: they win over the generic rules.
  const rules = hasSelectors(profile) ? applySelectors(page, profile) : null;
  const ruleName = (field: string): string => `${profile.id}.selectors.${field}`;
  if (rules) {
    const excluded = rules.excluded.filter((b) => available[b.index]);
    take(excluded, 'boilerplate', ruleName('exclude'));
  }

  // Related, latest and more-on lists, as headlines with links.
  const kindOf = (text: string): string | null => matchKindLabel(text, profile)?.kind ?? null;
  const htmlLists = rules?.headlines ? [] : detectHtmlHeadlineLists(page, available, isDateLine, kindOf);
  const headlineGroups: { at: number; items: HeadlineItem[] }[] = shared.headlines.length > 0 ? [{ at: shared.headlinesAt, items: shared.headlines }] : [];
  const seenUrls = new Set<string>(canonical ? [canonical.value] : []);
  for (const list of htmlLists) {
    take(list.blocks, 'headlines', list.rule);
    const items: HeadlineItem[] = [];
    for (const item of list.items) {
      const url = resolve(item.href);
      if (url && seenUrls.has(url)) continue;
      if (url) seenUrls.add(url);
      const date = item.dateText ? findDateInText(item.dateText, zone) : null;
      items.push({ title: item.title, publishedAt: date ? date.value.iso : null, summary: item.summary, url, kind: item.kind, author: item.author });
    }
    headlineGroups.push({ at: list.blocks[0]!.index, items });
  }
  if (rules?.headlines) {
    const items: HeadlineItem[] = [];
    const claimed = rules.headlines.flatMap((h) => h.blocks).filter((b) => available[b.index]);
    take(claimed, 'headlines', ruleName('headlines'));
    for (const h of rules.headlines) {
      const url = resolve(h.href);
      if (url && seenUrls.has(url)) continue;
      if (url) seenUrls.add(url);
      const titleBlock = h.blocks.find((b) => b.text === h.title || b.text.includes(h.title)) ?? null;
      const card = readCard(h.blocks, titleBlock, h.title, isDateLine, kindOf);
      const dateSource = card.dateText ?? h.text.replace(h.title, ' ');
      const date = findDateInText(dateSource, zone);
      items.push({ title: h.title, publishedAt: date ? date.value.iso : null, summary: card.summary, url, kind: card.kind, author: card.author });
    }
    headlineGroups.push({ at: claimed[0]?.index ?? 0, items });
    trace.field('headlines', ruleName('headlines'), claimed);
  }
  if (htmlLists.length > 0 && !trace.fields.headlines) trace.field('headlines', htmlLists[0]!.rule, htmlLists.flatMap((l) => l.blocks));
  headlines = headlineGroups.sort((a, b) => a.at - b.at).flatMap((g) => g.items);

  // Title: the visible h1 when it agrees with the metadata, else the metadata, else the h1.
  // An HTML heading always has its level (h1 to h6).
  const headings = blocks
    .filter((b) => available[b.index] && b.role === 'heading' && b.level! <= 3 && !AROUND.has(b.landmark) && b.text.length <= 300)
    .slice(0, 80)
    // A stable sort: headings of one level stay in page order.
    .sort((a, b) => a.level! - b.level!);
  const h1s = headings.filter((b) => b.level === 1);
  // The site names reduced once, not once per metadata title, and only the first 50: each
  // title is compared with each. A page of 750 titles and 1,375 site names, all different,
  // took 5 s.
  const siteKeys = siteNames.slice(0, 50).map(comparable).filter((s) => s);
  const metaTitles = md.titles
    .map((t) => {
      const value = stripSiteSuffix(t.value, siteKeys);
      return { ...t, value, comparable: comparable(value) };
    })
    .filter((t) => t.value.length > 0);
  let title: string | null = null;
  let titleBlock: Block | null = null;
  if (rules?.title) {
    title = rules.title;
    titleBlock = blocks.find((b) => available[b.index] && b.text === rules.title) ?? null;
    trace.field('title', ruleName('title'), titleBlock ? [titleBlock] : []);
  }
  // Metadata titles in precedence order; the first one a visible heading agrees with wins.
  const headingKeys = headings.map((h) => comparable(h.text));
  for (const t of title ? [] : metaTitles) {
    // A heading that is the metadata title first; then one that holds it or is held by it.
    let i = headingKeys.indexOf(t.comparable);
    if (i < 0) i = headingKeys.findIndex((ch) => ch.length >= 10 && (t.comparable.includes(ch) || ch.includes(t.comparable)));
    if (i >= 0) {
      const h = headings[i]!;
      const ch = headingKeys[i]!;
      titleBlock = h;
      // A heading that is the metadata title behind a short kicker ('Corona-Pandemie „Es kommt
      // …“', 'Klimaschutz: Bohren, bis es heiß wird'): the title is the metadata's, the kicker
      // stays with the heading block.
      if (ch !== t.comparable && t.comparable.length >= 10 && ch.endsWith(` ${t.comparable}`) && ch.length - t.comparable.length <= 60) {
        title = t.value;
        trace.field('title', `${t.rule} (h${h.level} without its kicker)`, [h]);
      } else {
        title = h.text;
        trace.field('title', `h${h.level} (agrees with ${t.rule})`, [h]);
      }
      break;
    }
  }
  // No metadata title agrees with a heading. The page's only h1 is the title its readers see
  // (a title written for search or sharing often differs), unless it is the site's name; with
  // more than one h1, the metadata title; with no metadata title, the first h1.
  const lone = h1s.length === 1 && !siteNames.some((n) => comparable(n) === headingKeys[0]);
  if (!title && h1s[0] && (lone || metaTitles.length === 0)) {
    titleBlock = h1s[0];
    title = titleBlock.text;
    trace.field('title', metaTitles.length > 0 ? 'h1 (the only one)' : 'h1', [titleBlock]);
  }
  if (!title && metaTitles.length > 0) {
    const t = metaTitles[0]!;
    title = t.value;
    trace.field('title', t.rule);
    titleBlock = blocks.find((b) => available[b.index] && b.role === 'heading' && comparable(b.text) === t.comparable) ?? null;
  }
  // The heading's own text as title: without a kicker before it or a <small> line after it.
  // A date in that line is the page's date line ('<h1>Title<br><small>02.02.2022 • News</small>').
  let headingDate: Dated | undefined;
  // A metadata title with another kicker before the same headline ('Corona-Lockerungen:
  // Autohäuser …' for '<h1><span class="dachzeile">Nach Corona-Lockerungen</span> Autohäuser …')
  // gives the headline too.
  if (title && titleBlock) {
    const element = page.blockElement[titleBlock.index];
    let heading = titleBlock.text;
    for (const m of page.meta.marks) {
      if (m.element !== element) continue;
      let rest: string = heading;
      if (m.kind === 'kicker' && heading.startsWith(m.text)) rest = heading.slice(m.text.length).replace(/^[\s:|–—-]+/, '');
      else if (m.kind === 'heading-small' && heading.lastIndexOf(m.text) > 0) rest = heading.slice(0, heading.lastIndexOf(m.text)).replace(/(?<![\s:|–—-])[\s:|–—-]+$/, '');
      if (rest !== heading && rest !== title && rest.length >= 10 && (title === heading || (m.kind === 'kicker' && title.endsWith(rest)))) {
        if (m.kind === 'heading-small') headingDate ??= findDateInText(m.text, zone)?.value;
        heading = rest;
        title = rest;
        trace.field('title', `${trace.fields.title!.rule} without its ${m.kind === 'kicker' ? 'kicker' : 'small line'}`, [titleBlock]);
      }
    }
  }
  if (titleBlock) {
    take([titleBlock], 'title', trace.fields.title!.rule);
  }

  // Body.
  const selection: BodySelection = rules?.body
    ? { blocks: rules.body.filter((b) => available[b.index]), roots: [], rule: 'scored-container', dropped: [] }
    : selectBody(page, available, titleBlock?.index ?? null);
  const bodyRule = rules?.body ? ruleName('body') : selection.rule;
  const bodySet = new Set(selection.blocks.map((b) => b.index));
  const firstBodyParagraph = selection.blocks.find((b) => b.text.length >= 120 && b.role === 'paragraph');

  // The head of the article: blocks around the title, before the first real paragraph.
  const anchor = titleBlock?.index ?? (selection.blocks[0]?.index ?? 0);
  const headEnd = firstBodyParagraph ? Math.min(firstBodyParagraph.index, anchor + HEAD_WINDOW) : anchor + HEAD_WINDOW;
  const head = blocks
    .slice(Math.max(0, anchor - 6), Math.max(0, headEnd))
    .filter((b) => available[b.index] && !AROUND.has(b.landmark));

  // Kind: the outlet's selector, a label near the title, then the JSON-LD type or section.
  let kind: string | null = null;
  if (rules?.kind) {
    kind = matchKindLabel(rules.kind, profile)?.kind ?? titleCase(rules.kind);
    trace.field('kind', ruleName('kind'));
    const labelBlock = head.find((b) => b.text === rules.kind);
    if (labelBlock) take([labelBlock], 'kind', ruleName('kind'));
  }
  for (const b of kind ? [] : head) {
    if (Math.abs(b.index - anchor) > 4 || b.text.length > 40) continue;
    const m = matchKindLabel(b.text, profile);
    // A capitals-only label counts only before the title, and not as an item of a list (a
    // menu or breadcrumb) or as a code of three letters or fewer (a language, country or brand).
    // Here and not in matchKindLabel: the text path takes a first line that is no kind label as
    // the title, and a short code there is better read as a kind than as the title.
    if (m && (m.rule !== 'generic.caps-label' || (b.index < anchor && b.role !== 'list-item' && b.text.length > 3))) {
      kind = m.kind;
      trace.field('kind', m.rule, [b]);
      take([b], 'kind', m.rule);
      break;
    }
  }
  if (!kind) {
    for (const c of md.kinds) {
      const m = c.rule === 'json-ld.@type' ? { kind: c.value, rule: c.rule } : matchKindLabel(c.value, profile);
      if (m && m.rule !== 'generic.caps-label') {
        kind = m.kind;
        trace.field('kind', c.rule);
        break;
      }
    }
  }

  // Bylines and date lines in the head.
  const bylineBlocks: Block[] = [];
  const dateBlocks: ({ block: Block } & Dated)[] = [];
  // Dates written inside a byline ('Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45').
  const bylineDates: ({ block: Block } & Dated)[] = [];
  for (const b of head) {
    if (!available[b.index] || b.text.length > 200) continue;
    const named = namedAs(page, b, 3);
    const inner = INNER_BYLINE.test(b.text) && splitAuthors(b.text).length > 0;
    if (BYLINE_TEXT.test(unglue(b.text)) || inner || (bylineNamed(b, named) && !named(/related|card|teaser|recommend/i) && isNameList(b.text))) {
      bylineBlocks.push(b);
      const date = findDateInText(b.text, zone);
      if (date) bylineDates.push({ block: b, ...date.value });
      continue;
    }
    const date = b.text.length <= 120 ? findDateInText(b.text, zone) : null;
    // A date line that ends in the author's name ('25.10.2022 - Reiner Nagel'): only names of
    // two or three words, so a section ('| Politik') or a title is not taken for one.
    const people = date && LEADING_DATE.test(b.text) ? splitAuthors(b.text) : [];
    if (people.length > 0 && people.every((a) => /^\S+ \S+( \S+)?$/.test(a.name))) {
      bylineBlocks.push(b);
      bylineDates.push({ block: b, ...date!.value });
      continue;
    }
    if (date && (b.text.length <= 40 || named(/date|time|meta|publish|posted/i) || !bodySet.has(b.index))) dateBlocks.push({ block: b, ...date.value });
  }

  // Standfirst: the outlet's selector, a dek element near the title, else a meta description
  // that is not the first paragraph.
  let standfirst: string | null = rules?.standfirst ?? null;
  if (standfirst) {
    trace.field('standfirst', ruleName('standfirst'));
    const dekBlock = head.find((b) => b.text === standfirst);
    if (dekBlock) take([dekBlock], 'standfirst', ruleName('standfirst'));
  }
  for (const b of standfirst ? [] : head) {
    if (!available[b.index] || b.text.length < 30 || b.text.length > 700 || bylineBlocks.includes(b)) continue;
    const named = namedAs(page, b, 2);
    const dek = named(DEK_NAMES) || (named(SUMMARY_NAMES) && !bodySet.has(b.index));
    if (dek || (b.role === 'heading' && titleBlock && b.index === titleBlock.index + 1 && b.level === 2 && !bodySet.has(b.index))) {
      standfirst = b.text;
      trace.field('standfirst', 'dek-element', [b]);
      take([b], 'standfirst', 'dek-element');
      break;
    }
  }

  const inHead = new Set<Block>([...bylineBlocks, ...dateBlocks.map((d) => d.block)]);
  // A date line, with the label before it in its own block ('Release date:').
  const dateLines = selection.blocks.filter(
    (b, i, all) => available[b.index] && !inHead.has(b) && (isDateLine(b.text) || (b.text.length <= 30 && b.text.endsWith(':') && isDateLine(all[i + 1]?.text ?? ''))),
  );
  for (const b of dateLines) inHead.add(b);
  const bodyBlocks = selection.blocks.filter((b) => available[b.index] && !inHead.has(b) && (!title || b.text !== title));
  // Blocks of the body container that sit before the title are breadcrumbs and labels.
  const inBody = titleBlock ? bodyBlocks.filter((b) => b.index > titleBlock.index || b.text.length >= 120) : bodyBlocks;
  // Lead paragraphs between the title and the body container ('<p class="intro">' in the
  // article header): prose, not links, not a byline, date or dek, not navigation or a side box.
  const lead: Block[] = [];
  if (titleBlock && inBody.length > 0 && inBody[0]!.index > titleBlock.index + 1) {
    for (let i = titleBlock.index + 1; i < inBody[0]!.index && i <= titleBlock.index + 12; i++) {
      const b = blocks[i]!;
      if (!available[b.index] || inHead.has(b) || b.role !== 'paragraph' || b.text.length < 100 || b.linkDensity > 0.2) continue;
      if (AROUND.has(b.landmark)) continue;
      const named = namedAs(page, b, 3);
      // A sentence, or an element named as the intro ('c-page-intro__copy' may end without a full stop).
      if (!LEAD_END.test(b.text) && !named(/intro|\blede?\b/i)) continue;
      if (named(ASIDE_NAMES) || named(/promo|newsletter|caption|credit/i)) continue;
      lead.push(b);
    }
  }
  const body = lead.length > 0 ? [...lead, ...inBody] : inBody;
  const bodyText = body.map((b) => b.text);
  if (!standfirst) {
    const lead = bodyText.slice(0, 3).join(' ').slice(0, 2000);
    const leadWords = md.descriptions.length > 0 ? new Set(comparable(lead).split(' ')) : new Set<string>();
    for (const d of md.descriptions) {
      if (d.value.length < 30 || overlap(leadWords, d.value) >= 0.5 || lead.includes(d.value.replace(/(?<!\s)\s*(?:…|\.\.\.)$/, ''))) continue;
      standfirst = d.value;
      trace.field('standfirst', d.rule);
      break;
    }
  }

  if (!title) return notAnArticle('The page has no title: no h1, no og:title, no <title>');
  const bodyChars = bodyText.reduce((n, t) => n + t.length, 0);
  if ((md.declaresArticle ? bodyChars === 0 : bodyChars < MIN_BODY_CHARS) && !standfirst) {
    const links = blocks.filter((b) => b.linkDensity > 0.8).length;
    return notAnArticle(
      links >= 10
        ? `This looks like a listing page: ${links} link blocks and only ${bodyChars} characters of article text; use parseHeadlines`
        : `The page has a title ('${title.slice(0, 80)}') but only ${bodyChars} characters of article text${headlines.length > 0 ? `; it lists ${headlines.length} headline(s): use parseHeadlines` : ''}`,
    );
  }
  // A listing (a homepage, a 'latest' page) is not an article, even with some text on it.
  const headlineChars = headlines.reduce((n, h) => n + h.title.length + (h.summary?.length ?? 0), 0);
  const siteRoot = (() => {
    try {
      const u = new URL(canonical?.value ?? fetched ?? '');
      return u.pathname === '/' && u.search === '';
    } catch {
      return false;
    }
  })();
  const declared = md.declaresArticle;
  // Three signs, each strict enough that an article with a big 'related' box keeps its body:
  // the page calls itself a list; it is the site root and mostly headlines; or it is headlines
  // with a few lines of text around them.
  const listing =
    !rules?.body &&
    ((md.listing && !declared && headlines.length >= 3) ||
      (siteRoot && headlines.length >= 5 && bodyChars < 10_000) ||
      (!declared && headlines.length >= 5 && bodyChars < 400 && bodyChars < headlineChars));
  if (listing) {
    return notAnArticle(
      `This is a listing page (${headlines.length} headlines${siteRoot ? ', the site root' : ''}, ${bodyChars} characters of other text); use parseHeadlines`,
    );
  }
  trace.claim(lead, 'body', 'lead-paragraph');
  trace.claim(inBody, 'body', bodyRule);
  if (body.length > 0) trace.field('body', bodyRule, body);
  trace.claim(bylineBlocks, 'byline', 'byline');
  trace.claim(dateBlocks.map((d) => d.block), 'dateline', 'date-near-title');
  trace.claim(dateLines, 'dateline', 'date-line');
  for (const d of selection.dropped) if (!trace.isClaimed(d.block)) trace.claim([d.block], 'outside-body', d.rule);
  trace.claim(blocks.filter((b) => !trace.isClaimed(b)), 'outside-body', 'not-in-main-content');

  // Published: metadata first, then a date near the title, then the URL; modified kept apart.
  let published: string | null = null;
  // Sets the publication date, names the rule that gave it and passes on the reading's warnings.
  // The date came from a meta named only 'date': weak, since content systems often set it to
  // the page's last change. A date a later rule sets is not.
  let weak = false;
  const publish = (date: Dated, rule: string, from?: readonly Block[]): void => {
    published = date.iso;
    weak = false;
    trace.field('published', rule, from);
    trace.warnAt(['published'], date.warnings);
  };
  const urlForDate = canonical?.value ?? fetched;
  for (const value of rules?.published ?? []) {
    const read = readTimestamp(value, zone);
    const found = read.ok ? read : findDateInText(value, zone);
    if (found) {
      publish(found.value, ruleName('published'));
      break;
    }
  }
  // The outlet's own date is never overruled by the generic date line below.
  const byProfile = !!published;
  for (const c of published ? [] : md.published) {
    const read = readTimestamp(c.value, zone);
    // A year before 1000 is a placeholder ('0001-01-01', an empty date in .NET), not a date.
    if (read.ok && read.value.date >= '1') {
      publish(read.value, c.rule);
      weak = isGenericDateMeta(c.rule);
      if (read.value.offset === '+00:00' && read.value.zoneSource === 'text') published = localOffset(read.value.iso, md.published, zone) ?? published;
      break;
    }
    if (/\d/.test(c.value)) trace.warnBadDate(`Ignored ${c.rule} '${c.value.slice(0, 40)}': ${read.ok ? 'a placeholder year' : read.message}`);
  }
  // A UTC instant on a page of an outlet with no known zone: written in the offset of the zone
  // its language points to ('2021-11-04T23:00:00Z' on a German page is 5 November, 00:00 in
  // Berlin). The instant is unchanged; the rule says which zone was used. A zone guessed from
  // the language gives way when the date line by the title shows the UTC day and not the
  // zone's: that page writes its dates in UTC.
  // UTC midnight is left alone: it is how many sites store a bare date. With a known zone (the
  // outlet's or the option's), that zone is used.
  const line = dateBlocks[0];
  const shown = line?.iso.slice(0, 10) ?? '';
  if (published && published.endsWith('+00:00') && !published.endsWith('T00:00:00+00:00')) {
    const pageZone = shared.zoneAssumed ? languageZone(md.language) : timeZone;
    if (pageZone && pageZone !== 'UTC') {
      const instant = Date.parse(published);
      const offset = offsetMinutesAt(pageZone, instant);
      const local = offset !== 0 ? formatDateTime(utcToWall(instant + offset * 60_000), offset) : null;
      if (local && (!shared.zoneAssumed || local.startsWith(shown) || !published.startsWith(shown))) {
        published = local;
        trace.field('published', `${trace.fields.published!.rule} (written in ${pageZone}${shared.zoneAssumed ? `, from the page language '${md.language}'` : ''})`);
      }
    }
  }
  // The date line near the title, when the metadata gives no date; or when it is short and
  // names a day two or more days from the metadata's (so not the same instant in another zone,
  // nor '11/01/2021' read the other way round), or any other day than a weak meta's: what the
  // page shows beats a template's date.
  const meta = (published as string | null)?.slice(0, 10) ?? '';
  if (line && !byProfile && (!meta || (line.block.text.length <= 40 && (weak ? shown !== meta : Math.abs(Date.parse(shown) - Date.parse(meta)) > 1e8 && shown.replace(/(-\d\d)(-\d\d)/, '$2$1') !== meta)))) {
    publish(line, meta ? 'date-near-title (over the metadata)' : 'date-near-title', [line.block]);
  }
  if (!published && headingDate) {
    publish(headingDate, 'date-in-heading', titleBlock ? [titleBlock] : []);
  }
  // A byline's date, when the metadata gives none, or only a meta named 'date' (which may be
  // the page's last change) of another day.
  const byline = bylineDates[0];
  if (byline && (!published || (weak && byline.iso.slice(0, 10) !== meta))) {
    publish(byline, 'date-in-byline', [byline.block]);
  }
  if (!published) {
    // A date line or a date-named element anywhere in the page's main text.
    for (const b of blocks) {
      if (b.text.length > 90 || AROUND.has(b.landmark) || !/\d{4}/.test(b.text)) continue;
      const named = namedAs(page, b, 3);
      if (named(ASIDE_NAMES) || named(/footer/i)) continue;
      if (!isDateLine(b.text) && !named(/date|datum|time|publish|posted|meta|byline|info/i)) continue;
      const found = findDateInText(b.text, zone);
      if (found) {
        publish(found.value, 'date-in-page', [b]);
        break;
      }
    }
  }
  if (!published) {
    // A press-release dateline opening the text: '(18.01.2018) …', 'Berlin, 27.1.2022 – …'.
    for (const b of body.slice(0, 3)) {
      const opening = /^[^.!?]{0,40}?(\(?\d{1,2}\.\s?\d{1,2}\.\s?\d{4}\)?|\d{4}-\d{2}-\d{2})\)?\s*[-–—:.]?\s/.exec(b.text);
      const found = opening ? findDateInText(opening[1]!, zone) : null;
      if (found) {
        publish(found.value, 'date-opening-text', [b]);
        break;
      }
    }
  }
  if (!published) {
    // A date the page labels as the publication date, wherever it sits (footers included:
    // 'Erschienen am: 01.11.2023'), or a date in a byline ('Gespeichert von rasos am 24. Juli 2017').
    for (const b of blocks) {
      if (b.landmark === 'nav') continue;
      // A label in its own element before the date ('<dt>Datum</dt><dd>12.01.2017</dd>').
      const text = /^\p{L}+:?$/u.test(b.text) ? `${b.text} ${blocks[b.index + 1]?.text}` : b.text;
      const label = PUBLISHED_LABEL.exec(text) ?? (INNER_BYLINE.test(text) ? /\d/.exec(text) : null);
      // A longer block only when the label opens it: a blog's post footer ('This entry was
      // posted on Saturday, December 3rd, 2011 at 10:00 and is filed under …').
      const found = label && (text.length <= 160 || label.index < 16) ? findDateInText(text.slice(label.index, label.index + label[0].length + 60), zone) : null;
      if (found) {
        publish(found.value, 'labelled-date', [b]);
        break;
      }
    }
  }
  if (!published && rawTitle) {
    const found = findDateInText(rawTitle, zone);
    if (found) {
      publish(found.value, 'date-in-title-tag');
    }
  }
  if (!published) {
    const fromUrl = dateFromUrl(urlForDate, zone);
    if (fromUrl) {
      publish(fromUrl.value, 'url-path');
    }
  }
  if (!published) trace.warnNoDate();
  let modified: string | null = null;
  for (const c of md.modified) {
    const read = readTimestamp(c.value, zone);
    if (read.ok) {
      modified = read.value.iso;
      trace.field('modified', c.rule);
      break;
    }
  }

  // Authors: structured data, then meta tags, then rel=author, then the byline text.
  let authors: Author[] = [];
  if (rules?.authors) {
    authors = dedupeAuthors(rules.authors.flatMap((a) => splitAuthors(a.text, resolve(a.href))));
    if (authors.length > 0) trace.field('authors', ruleName('authors'));
  }
  const orgGroup = md.authors.find((g) => g[0]?.rule === ORGANIZATION_AUTHORS);
  // The site's own name is never an author: whole ('Smith & Jones' is not Smith and Jones) or
  // written as one word ('Policywatch' for POLICY.WATCH).
  const squash = (name: string): string => comparable(name).replace(/ /g, '');
  const sites = new Set(siteNames.map(squash));
  const isSite = (name: string): boolean => sites.has(squash(name));
  for (const group of authors.length > 0 ? [] : md.authors) {
    if (group === orgGroup) continue;
    const split = dedupeAuthors(
      group.flatMap((a) => {
        // The site's name, or a credit line that opens with it (its address follows: 'Daily
        // Courier, Springfield, USA'), names no people.
        if (isSite(a.name) || isSite(a.name.split(',')[0]!)) return [];
        const parts = splitAuthors(a.name, resolve(a.url));
        if (parts.length === 1 && a.role) parts[0]!.role ??= a.role;
        return parts;
      }),
    ).filter((a) => !isSite(a.name));
    if (split.length > 0) {
      authors = split;
      trace.field('authors', group[0]!.rule);
      break;
    }
  }
  if (authors.length === 0 && bylineBlocks.length === 0) {
    // No byline near the title: the first byline-like block anywhere in the main text.
    for (const b of blocks) {
      // Not the title: a headline can open with 'Von' or 'By' too ('Von Zöllen, Quoten und …').
      if (b.text.length > 100 || !available[b.index] || b.landmark === 'nav' || b.landmark === 'aside') continue;
      const named = namedAs(page, b, 4);
      if (named(ASIDE_NAMES) || named(/reply|respond/i)) continue;
      // A label on its own ('Autor', 'Von:') names the author in the next block.
      const next = blocks[b.index + 1];
      if (BYLINE_LABEL.test(b.text) && next && next.index === b.index + 1 && next.text.length <= 80 && next.text.includes(' ') && isNameList(next.text)) {
        bylineBlocks.push(next);
        break;
      }
      const byline = BYLINE_TEXT.test(unglue(b.text)) || INNER_BYLINE.test(b.text) ? splitAuthors(b.text).length > 0 : bylineNamed(b, named) && isNameList(b.text);
      if (byline) {
        bylineBlocks.push(b);
        break;
      }
    }
  }
  if (authors.length === 0 && bylineBlocks.length > 0) {
    const fromByline = dedupeAuthors(
      bylineBlocks.flatMap((b) => {
        const link = b.links.length === 1 ? resolve(b.links[0]!.href) : null;
        return splitAuthors(b.text, link);
      }),
    );
    if (fromByline.length > 0) {
      authors = fromByline;
      trace.field('authors', 'byline', bylineBlocks);
    }
  }

  if (authors.length === 0 && orgGroup) {
    authors = orgGroup.map((a) => ({ name: a.name, role: null, url: resolve(a.url) }));
    trace.field('authors', ORGANIZATION_AUTHORS);
  }

  // Visible order wins: structured data often lists authors alphabetically or by id.
  if (authors.length > 1) {
    const nearby = blocks.slice(Math.max(0, anchor - 6), anchor + 80).filter((b) => b.text.length <= 400);
    const lowered = nearby.map((b) => lower(b.text));
    const position = (name: string): number => {
      const key = lower(name);
      const i = lowered.findIndex((t) => t.includes(key));
      return i >= 0 ? nearby[i]!.index * 1000 + lowered[i]!.indexOf(key) : 9e15;
    };
    // Each position once (a page may list thousands of authors); a stable sort keeps the order
    // of authors the page does not show, after those it does.
    authors = authors.map((a) => [position(a.name), a] as const).sort((x, y) => x[0] - y[0]).map((x) => x[1]);
  }

  // Author pages: a link near the title whose text is the author's name.
  for (const a of authors) {
    if (a.url) continue;
    for (const b of head.length > 0 ? head : blocks.slice(Math.max(0, anchor - 6), anchor + 30)) {
      const link = b.links.find((l) => l.text === a.name);
      if (link) {
        a.url = resolve(link.href);
        break;
      }
    }
  }

  const paywalled = md.paywalled || paywallMarked(page, selection.roots);
  const truncated = shared.truncated || paywalled;
  if (paywalled && !trace.fields.truncated) trace.field('truncated', md.paywalled ? 'json-ld.isAccessibleForFree' : 'paywall-marker');
  const url = canonical?.value ?? shared.sourceUrl ?? fetched;
  if (canonical) trace.field('url', canonical.rule);
  else if (url) trace.field('url', shared.sourceUrl ? 'generic.source-link' : 'option');

  // Topics, once each: the outlet's selector's as they are, else the page's own tags.
  const seenTopics = new Set<string>();
  const topics = (rules?.topics ?? md.topics).map(normalizeWhitespace).filter((t) => {
    const key = lower(t);
    if (!t || seenTopics.has(key)) return false;
    seenTopics.add(key);
    return true;
  });

  return analysis({
    ok: true,
    article: {
      outlet: { id: profile.id, name: profile.name },
      url,
      title,
      kind,
      standfirst,
      authors,
      published,
      modified,
      body: bodyText,
      blocks: body.map(bodyType),
      truncated,
      headlines,
      navigation: shared.navigation.map((m) => ({ items: m.items.map((i) => ({ label: i.label, url: resolve(i.url) })) })),
      language: md.language,
      topics,
      warnings: trace.dedupedWarnings(),
    },
  });
}
