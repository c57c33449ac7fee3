import type { HtmlPage } from '../htmlToBlocks/page.js';
import { normalizeWhitespace } from '../normalizeWhitespace/index.js';
import { splitAuthors } from '../parseAuthors/index.js';
import { decodeLeftoverEntities, isObject, mainNode, own, people, readJsonLd, str, typesOf, type LdNode } from './jsonLd.js';
import { lower } from '../lower/index.js';

/** A metadata value and the rule that gave it ('meta:og:title', 'json-ld.headline' …). @internal */
export interface Candidate {
  value: string;
  rule: string;
}

/** An author candidate from metadata. @internal */
export interface AuthorCandidate {
  name: string;
  role: string | null;
  url: string | null;
  rule: string;
}

/** What the page's metadata says, each field as candidates in precedence order. @internal */
export interface PageMetadata {
  titles: Candidate[];
  siteNames: string[];
  published: Candidate[];
  modified: Candidate[];
  /** Author candidates grouped by source, sources in precedence order. */
  authors: AuthorCandidate[][];
  descriptions: Candidate[];
  urls: Candidate[];
  language: string | null;
  /** The page's own tags, without a content system's (see `readMetadata`). */
  topics: string[];
  kinds: Candidate[];
  /** JSON-LD says the article is not free to read. */
  paywalled: boolean;
  /** The page declares itself an article (an Article-like JSON-LD node, or article:published_time). */
  declaresArticle: boolean;
  /** The page declares itself a listing: JSON-LD CollectionPage, ItemList or SearchResultsPage as its main node. */
  listing: boolean;
  jsonLdErrors: string[];
}

// Meta names, space-separated. Those that name a date without saying it is the publication's
// (also 'date' and 'displaydate'):
const GENERIC_DATES = 'dc.date dcterms.date dc.date.created dcterms.created';
// Precedence orders, documented in docs/html.md. The first five name the publication date
// outright and come before JSON-LD; the rest come after it.
const PUBLISHED_FIRST = 'article:published_time og:published_time article:published og:article:published_time published_time';
const PUBLISHED_REST =
  `citation_publication_date citation_date citation_online_date dc.date.issued dcterms.issued dc.date.published ${GENERIC_DATES} parsely-pub-date ` +
  'sailthru.date article.published publishdate publish-date publish_date publication_date pubdate datepublished originalpublicationdate date release_date displaydate bt:pubdate';
const GENERIC_DATE_META = new Set(`${GENERIC_DATES} date displaydate`.split(' '));
/** The rule of a meta that names a date without saying it is the publication's ('meta:date'). @internal */
export const isGenericDateMeta = (rule: string): boolean => GENERIC_DATE_META.has(rule.slice(5));
const MODIFIED_META = 'article:modified_time og:updated_time article:modified dcterms.modified dc.date.modified datemodified last-modified lastmod';
const TITLE_META = 'og:title twitter:title citation_title dc.title dcterms.title parsely-title sailthru.title headline';
const AUTHOR_META = 'author article:author citation_author dc.creator dcterms.creator parsely-author sailthru.author byl byline dc.contributor';
const DESCRIPTION_META = 'og:description description twitter:description dc.description dcterms.abstract citation_abstract';
/**
 * A language tag as BCP 47 writes it, with its language, script and region only: 'en_us' →
 * 'en-US', 'DE' → 'de', 'zh-hant-tw' → 'zh-Hant-TW', 'es_419' → 'es-419', 'DE, AT, CH' →
 * 'de'. Null for what is not one ('english', 'lang='), so the next source is read.
 */
function languageTag(value: unknown): string | null {
  const m = typeof value === 'string' && /^\s*([a-z]{2,3}(?:[-_][a-z]{4})?(?:[-_](?:[a-z]{2}|\d{3}))?)\b/.exec(lower(value));
  return m ? m[1]!.replace(/[-_](\w(?=\w{3}\b)|\w\w$)?/g, (_, first = '') => `-${first.toUpperCase()}`) : null;
}

const TOPIC_META = 'article:tag parsely-tags sailthru.tags news_keywords article:section';
const SITE_META = 'og:site_name application-name apple-mobile-web-app-title citation_publisher dc.publisher citation_journal_title';

/** The rule of the author group an organisation gives (JSON-LD), the last resort for authors. @internal */
export const ORGANIZATION_AUTHORS = 'json-ld.author-organization';

/** Class and id names of boxes beside the article: comments, related cards, sidebars. @internal */
export const ASIDE_NAMES = /comment|related|teaser|card|recommend|sidebar|widget/i;
// Those, and the other boxes no byline is read from.
const SIDE_BOXES = new RegExp(`${ASIDE_NAMES.source}|reply|respond|footer|popular|promo(?!ted)`, 'i');
// The article's own footer or meta line ('post-footer', 'entry-footer') is not a side box.
const OWN_FOOTER = /(?:post|entry|article)[-_]footer/gi;
// A container that is the article itself (hAtom 'hentry', WordPress 'type-post', Blogger 'post').
const ARTICLE_BOX = /(?:^|\s)(?:hentry|h-entry|type-post|post|entry|article|blog-post|single-post)(?:\s|$)/i;

const KIND_BY_TYPE: Record<string, string> = {
  report: 'Report',
  scholarlyarticle: 'Scholarly Article',
  blogposting: 'Blog Post',
  opinionnewsarticle: 'Opinion',
  analysisnewsarticle: 'Analysis',
  podcastepisode: 'Podcast',
  videoobject: 'Video',
  liveblogposting: 'Live Blog',
};

/** Adds a candidate when there is a value (an empty one could never be read). */
const add = (list: Candidate[], value: string | null | undefined, rule: string): void => {
  if (value) list.push({ value, rule });
};

/** The values of the metas named in `keys` (space-separated), in that order. */
function metaValues(page: HtmlPage, keys: string): Candidate[] {
  const out: Candidate[] = [];
  for (const key of keys.split(' ')) {
    for (const value of page.meta.metas.get(key) ?? []) {
      const v = normalizeWhitespace(decodeLeftoverEntities(value));
      add(out, v, `meta:${key}`);
    }
  }
  return out;
}

function splitList(value: string): string[] {
  return value.split(/(?<!\s)\s*[,;|]\s*/).map((s) => s.trim()).filter((s) => s.length > 0 && s.length <= 60);
}

/**
 * Reads `<title>`, canonical, meta tags (og, article, citation, dc, parsely, sailthru), JSON-LD,
 * itemprop and `<time>` marks into field candidates. Never throws: bad JSON-LD is reported in
 * `jsonLdErrors`.
 *
 * @internal
 */
export function readMetadata(page: HtmlPage): PageMetadata {
  const { meta } = page;
  const ld = readJsonLd(meta.jsonLd);
  const main: LdNode | null = mainNode(ld.nodes);

  const headline = main ? str(own(main, 'headline')) ?? str(own(main, 'name')) : null;
  // Array literals, not push(...list): a page with 200,000 such metas must not overflow a call.
  const titles: Candidate[] = [...(headline ? [{ value: normalizeWhitespace(headline), rule: 'json-ld.headline' }] : []), ...metaValues(page, TITLE_META)];
  for (const m of meta.marks) if (m.kind === 'itemprop-headline') add(titles, m.text, 'itemprop:headline');
  add(titles, meta.title, 'title-tag');

  const published = metaValues(page, PUBLISHED_FIRST);
  const modified: Candidate[] = [];
  if (main) {
    add(published, str(own(main, 'datePublished')) ?? str(own(main, 'dateCreated')) ?? str(own(main, 'uploadDate')), 'json-ld.datePublished');
    add(modified, str(own(main, 'dateModified')), 'json-ld.dateModified');
  }
  for (const n of ld.nodes) {
    if (n === main) continue;
    const p = str(own(n, 'datePublished'));
    if (p && typesOf(n).length > 0 && !typesOf(n).some((t) => /^(?:person|organization|website)$/.test(t))) {
      add(published, p, `json-ld.${typesOf(n)[0]}.datePublished`);
    }
  }
  const publishedMetas = metaValues(page, PUBLISHED_REST);
  for (const item of publishedMetas) if (!isGenericDateMeta(item.rule)) published.push(item);
  for (const item of metaValues(page, MODIFIED_META)) modified.push(item);
  for (const t of meta.times) {
    if (/^date(?:publish|creat|post)ed$/.test(`${t.itemprop}`)) add(published, t.value, 'itemprop:datePublished');
    else if (t.itemprop === 'datemodified') add(modified, t.value, 'itemprop:dateModified');
  }
  // Metas named only 'date' may be the creation or the last change: after every source named
  // for publication.
  for (const item of publishedMetas) if (isGenericDateMeta(item.rule)) published.push(item);
  const times = meta.times.filter((t) => t.itemprop === null);
  const isModified = (hint: string): boolean => /modif|updat|edited|revis/.test(hint);
  for (const t of times) if (!isModified(t.hint) && /pub|post|date|entry|article|created/.test(t.hint)) add(published, t.value, 'time:hinted');
  for (const t of times) if (!isModified(t.hint) && t.from === 'datetime') add(published, t.value, 'time:datetime');
  for (const t of times) if (isModified(t.hint)) add(modified, t.value, 'time:modified');

  const authors: AuthorCandidate[][] = [];
  const ldAuthors = main ? people(own(main, 'author') ?? own(main, 'creator'), ld.byId) : [];
  const persons = ldAuthors.filter((p) => !p.isOrganization);
  if (persons.length > 0) authors.push(persons.map((p) => ({ ...p, rule: 'json-ld.author' })));
  for (const key of AUTHOR_META.split(' ')) {
    const values = metaValues(page, key).filter((c) => !/^https?:\/\//i.test(c.value));
    if (values.length > 0) authors.push(values.map((c) => ({ name: c.value, role: null, url: null, rule: c.rule })));
  }
  // Marks in the main text only: never a sidebar card, a related box or a comment.
  // Whether an element is in the article's own text: not in navigation, not in a side box,
  // not in the site's footer or an aside of the page. An <aside> or <footer> that opens inside
  // the article (its byline box, its footer line) belongs to the article. The climb stops at
  // the article's own container, so page-level layout classes ('content-sidebar' on <body>)
  // do not count.
  const opensInsideArticle = (x: number): boolean => {
    let top = x;
    // Bounded, so deeply nested asides cannot make this quadratic.
    for (let i = 0; i < 32 && page.parent[top]! >= 0 && page.landmark[page.parent[top]!] === page.landmark[x]; i++) top = page.parent[top]!;
    const parent = page.parent[top]!;
    return parent >= 0 && (page.landmark[parent] === 'article' || ARTICLE_BOX.test(page.names[parent] ?? ''));
  };
  // The containers of the page's first h1s: the article (or the page) itself, never a side box,
  // whatever their class names say ('sticky-sidebar-parent', 'node-promoted').
  const titleContainers = new Set<number>();
  let h1Count = 0;
  for (let i = 0; i < page.blocks.length && h1Count < 3; i++) {
    const b = page.blocks[i]!;
    if (b.role !== 'heading' || b.level !== 1) continue;
    h1Count++;
    for (let x = page.parent[page.blockElement[i]!]!, level = 0; x >= 0 && level < 64; x = page.parent[x]!, level++) titleContainers.add(x);
  }
  const inMainText = (e: number): boolean => {
    for (let x = e, level = 0; x >= 0 && level < 8; x = page.parent[x]!, level++) {
      if (titleContainers.has(x)) return true;
      const l = page.landmark[x];
      if (l === 'nav') return false;
      if ((l === 'aside' || l === 'footer') && !opensInsideArticle(x)) return false;
      // <body> and <html> classes describe the page's layout, not a box.
      if (page.tag[x] === 'body' || page.tag[x] === 'html') return true;
      const names = page.names[x];
      if (!names) continue;
      if (SIDE_BOXES.test(names.replace(OWN_FOOTER, ''))) return false;
      if (ARTICLE_BOX.test(names)) return true;
    }
    return true;
  };
  // Marks that name authors, as one group of candidates under `rule`.
  const markAuthors = (marks: typeof meta.marks, rule: string, withUrl = true): void => {
    if (marks.length > 0) authors.push(marks.map((m) => ({ name: m.text, role: null, url: withUrl ? m.href : null, rule })));
  };
  markAuthors(meta.marks.filter((m) => m.kind === 'itemprop-author' && m.text && inMainText(m.element)), 'itemprop:author');
  // rel=author links: the first, and those beside it (same parent or grandparent). One further
  // down is a teaser's byline ('By Jane Roe · Feb 18 · 4 min read'), not a co-author.
  const rel = meta.marks.filter((m) => m.kind === 'rel-author' && m.text && inMainText(m.element));
  markAuthors(rel.filter((m) => m.element === rel[0]!.element || page.parent[m.element] === page.parent[rel[0]!.element]), 'rel-author');
  // Class-named bylines: the first, and its co-authors in the same parent element. A second
  // such element further down is an author box or a card, not more authors.
  const classAuthors = meta.marks.filter((m) => m.kind === 'class-author' && inMainText(m.element));
  const first = classAuthors.find((m) => splitAuthors(m.text).length > 0);
  markAuthors(first ? classAuthors.filter((m) => m.element === first.element).slice(0, 6) : [], 'class-author', false);
  // Last resort: the page names an organisation as its author (or creator).
  const orgs = ldAuthors.filter((p) => p.isOrganization);
  if (orgs.length > 0) authors.push(orgs.map((p) => ({ ...p, rule: ORGANIZATION_AUTHORS })));

  const descriptions = metaValues(page, DESCRIPTION_META);
  if (main) {
    add(descriptions, normalizeWhitespace(str(own(main, 'description')) ?? ''), 'json-ld.description');
  }

  const urls: Candidate[] = [...(meta.canonical ? [{ value: meta.canonical, rule: 'link:canonical' }] : []), ...metaValues(page, 'og:url twitter:url citation_abstract_html_url parsely-link')];
  if (main) {
    add(urls, str(own(main, 'url')) ?? str(own(main, 'mainEntityOfPage')), 'json-ld.url');
    const entity = own(main, 'mainEntityOfPage');
    if (isObject(entity)) add(urls, str(own(entity, '@id')), 'json-ld.mainEntityOfPage');
  }

  const siteNames: string[] = metaValues(page, SITE_META).map((c) => c.value);
  const publisher = main ? str(own(main, 'publisher')) : null;
  if (publisher) siteNames.push(publisher);
  for (const n of ld.nodes) if (typesOf(n).includes('website') || typesOf(n).includes('organization')) {
    const name = str(own(n, 'name'));
    if (name) siteNames.push(name);
  }

  const language = [meta.lang, meta.metas.get('content-language')?.[0], meta.metas.get('language')?.[0], main && own(main, 'inLanguage'), meta.metas.get('og:locale')?.[0]].map(languageTag).find((tag) => tag) ?? null;

  const topics: string[] = [];
  for (const c of metaValues(page, TOPIC_META)) for (const item of (c.rule === 'meta:article:tag' || c.rule === 'meta:article:section' ? [c.value] : splitList(c.value))) topics.push(item);
  if (main) {
    const keywords = own(main, 'keywords');
    if (typeof keywords === 'string') for (const item of splitList(keywords)) topics.push(item);
    else if (Array.isArray(keywords)) for (const k of keywords) if (typeof k === 'string') topics.push(k.trim());
  }
  for (const m of meta.marks) if (m.kind === 'rel-tag' && m.text) topics.push(m.text);
  // A content system's own tags are not topics: a name with an underscore ('channel_other',
  // 'MA_Town - paper.com') or a field name before a colon ('PageType: Article', 'tag:Crime',
  // a URL).
  const pageTopics = topics.filter((t) => !/_|^[\w.@-]+:/.test(t));

  const kinds: Candidate[] = [];
  if (main) {
    for (const t of typesOf(main)) add(kinds, KIND_BY_TYPE[t], 'json-ld.@type');
    add(kinds, str(own(main, 'articleSection')), 'json-ld.articleSection');
  }

  const free = main ? own(main, 'isAccessibleForFree') : undefined;
  const paywalled = free === false || (typeof free === 'string' && lower(free) === 'false');

  return {
    titles,
    siteNames,
    published,
    modified,
    authors,
    descriptions,
    urls,
    language,
    topics: pageTopics,
    kinds,
    paywalled,
    // og:type=article alone is weak: many homepages and listings carry it by template.
    declaresArticle:
      meta.metas.has('article:published_time') ||
      (main !== null && typesOf(main).some((t) => /article$|^(?:blogposting|report)$/.test(t))),
    listing: ld.nodes.some((n) => typesOf(n).some((t) => /^(?:collectionpage|itemlist|searchresultspage)$/.test(t))) && !main,
    jsonLdErrors: ld.errors,
  };
}
