import type { Block } from '../blocks/types.js';
import { detectDateline } from '../detectDateline/index.js';
import { detectHeadlineLists, findHeadlineSource } from '../detectHeadlines/index.js';
import { readHeadlineItems } from '../detectHeadlines/readHeadlineItems.js';
import { matchKindLabel } from '../detectKind/index.js';
import { detectNavMenus } from '../detectNavMenus/index.js';
import { ParseError } from '../errors/ParseError.js';
import type { Article, HeadlineItem, NavMenu, Warning } from '../model/schema.js';
import { validateOptions, type ParseOptions } from '../options/index.js';
import { resolveOutlet, type OutletRule } from '../outlets/resolveOutlet/index.js';
import type { OutletProfile } from '../outlets/schema.js';
import { readTimestamp } from '../parseTimestamp/index.js';
import { stripBoilerplate } from '../stripBoilerplate/index.js';
import { textToBlocks } from '../textToBlocks/index.js';

/**
 * What claimed a block: each block of the input ends up in exactly one place.
 *
 * @category Provenance
 * @example
 * ```ts
 * const claim: BlockClaim = 'navigation';
 * ```
 */
export type BlockClaim =
  | 'dateline'
  | 'boilerplate'
  | 'truncation'
  | 'source-link'
  | 'navigation'
  | 'headlines'
  | 'kind'
  | 'title'
  | 'standfirst'
  | 'body';

/**
 * Where one field came from: the rule that chose it and the spans of input it was read from.
 *
 * @category Provenance
 * @example
 * ```ts
 * const source: FieldSource = { rule: 'dateline', blocks: [0], spans: [[0, 30]] };
 * ```
 */
export interface FieldSource {
  /** The rule, e.g. 'dateline', 'generic.source-link', 'chatham-house.kinds', 'option'. */
  rule: string;
  /** Indexes into the block list. */
  blocks: number[];
  /** `[start, end)` offsets into the input string, one per block. */
  spans: [number, number][];
}

/** @internal */
export interface Analysis {
  format: 'text' | 'html';
  blocks: Block[];
  claims: ({ by: BlockClaim; rule: string } | undefined)[];
  outlet: { profile: OutletProfile; rule: OutletRule };
  fields: Partial<Record<keyof Article, FieldSource>>;
  headlines: HeadlineItem[];
  warnings: Warning[];
  /** The article, or why there is none. */
  result: { ok: true; article: Article } | { ok: false; error: ParseError };
}

const HTML_START = /^(?:\s|<!--[^]*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|div|article|main|section|header|nav|p|h1)\b/i;

/** @internal */
export function detectFormat(input: string, format: ParseOptions['format']): 'text' | 'html' {
  if (format === 'html' || format === 'text') return format;
  return HTML_START.test(input.slice(0, 4096)) ? 'html' : 'text';
}

function source(rule: string, blocks: readonly Block[]): FieldSource {
  return { rule, blocks: blocks.map((b) => b.index), spans: blocks.map((b) => [b.start, b.end]) };
}

function dedupe(warnings: Warning[]): Warning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}\u0000${w.message}\u0000${(w.path ?? []).join('.')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// A first content line longer than this is a paragraph, not a title.
const MAX_TITLE_LENGTH = 300;

/**
 * The whole pipeline: front end → block list → dateline → boilerplate → outlet → headline
 * lists → navigation → kind, title, standfirst, body. Records which rule claimed each block.
 *
 * @internal
 */
export function analyse(input: unknown, rawOptions: unknown, registry: readonly OutletProfile[]): Analysis {
  if (typeof input !== 'string') {
    throw new ParseError('NOT_A_STRING', `Expected the page as a string, got ${input === null ? 'null' : typeof input}`);
  }
  const options = validateOptions(rawOptions);
  const format = detectFormat(input, options.format);
  if (format === 'html') {
    throw new ParseError('INVALID_OPTION', 'HTML input is not supported yet', [
      { code: 'INVALID_OPTION', path: ['format'], message: 'HTML input is not supported yet' },
    ]);
  }
  const blocks = textToBlocks(input);
  if (blocks.length === 0) throw new ParseError('EMPTY_INPUT', 'The input holds no text');

  const claims: Analysis['claims'] = new Array(blocks.length);
  const claim = (list: readonly Block[], by: BlockClaim, rule: string): void => {
    for (const b of list) claims[b.index] = { by, rule };
  };
  const fields: Analysis['fields'] = {};
  const warnings: Warning[] = [];

  // Dateline.
  const dateline = detectDateline(blocks);
  let rest = blocks;
  if (dateline) {
    claim([dateline.block], 'dateline', 'dateline');
    rest = blocks.filter((b) => b !== dateline.block);
  }

  // Generic boilerplate (gives the source URL, an outlet signal).
  const generic = stripBoilerplate(rest);
  let removed = generic.removed;
  rest = generic.blocks;

  // Outlet.
  const outlet = resolveOutlet(
    {
      option: options.outlet,
      urls: [options.url, generic.url],
      datelineName: dateline?.name ?? null,
      headlineSource: findHeadlineSource(rest),
      timeZone: options.timeZone,
    },
    registry,
  );
  const profile = outlet.profile;
  warnings.push(...outlet.warnings);
  const timeZone = options.timeZone ?? profile.timeZone;
  const dateOrder = options.dateOrder ?? profile.dateOrder;

  // The outlet's own boilerplate.
  let truncated = generic.truncated;
  if (profile.boilerplate.length > 0 || profile.truncation.length > 0) {
    const own = stripBoilerplate(rest, { outlet: profile });
    removed = [...removed, ...own.removed];
    rest = own.blocks;
    truncated ||= own.truncated;
  }
  for (const r of removed) claim([r.block], r.reason, r.rule);
  const truncation = removed.filter((r) => r.reason === 'truncation');
  if (truncation.length > 0) fields.truncated = source(truncation[0]!.rule, truncation.map((r) => r.block));

  // Headline lists.
  const headlineLists = detectHeadlineLists(rest);
  rest = headlineLists.blocks;
  const headlines: HeadlineItem[] = [];
  for (const list of headlineLists.lists) {
    claim(list.blocks, 'headlines', list.rule);
    const read = readHeadlineItems(list.items, { timeZone, dateOrder, pathStart: headlines.length });
    headlines.push(...read.items);
    warnings.push(...read.warnings);
  }
  if (headlineLists.lists.length > 0) {
    fields.headlines = source(headlineLists.lists[0]!.rule, headlineLists.lists.flatMap((l) => l.blocks));
  }

  // Navigation.
  const nav = detectNavMenus(rest, { labels: profile.navigation.labels });
  rest = nav.blocks;
  const navigation: NavMenu[] = nav.menus.map((m) => ({ items: m.items }));
  for (const m of nav.menus) claim(m.blocks, 'navigation', m.rule);
  if (nav.menus.length > 0) fields.navigation = source(nav.menus[0]!.rule, nav.menus.flatMap((m) => m.blocks));

  // URL: the page's own source link, else where the caller fetched it.
  const sourceLink = removed.find((r) => r.reason === 'source-link');
  const url = generic.url ?? options.url ?? null;
  if (sourceLink) fields.url = source(sourceLink.rule, [sourceLink.block]);
  else if (options.url) fields.url = { rule: 'option', blocks: [], spans: [] };

  // Published.
  let published: string | null = null;
  if (dateline) {
    const read = readTimestamp(dateline.timestampText, { timeZone, ...(dateOrder ? { dateOrder } : {}) });
    if (read.ok) {
      published = read.value.iso;
      fields.published = source('dateline', [dateline.block]);
      for (const w of read.value.warnings) warnings.push({ ...w, path: ['published'] });
    } else {
      warnings.push({ code: 'INVALID_TIMESTAMP', message: `The dateline's date '${dateline.timestampText}' is not a real date (${read.message})`, path: ['published'] });
    }
  }
  if (published === null && !warnings.some((w) => w.code === 'INVALID_TIMESTAMP' && w.path?.[0] === 'published')) {
    warnings.push({ code: 'NO_PUBLISHED_DATE', message: 'The page gives no publication date', path: ['published'] });
  }

  // Kind, title, standfirst, body from what is left.
  const content = rest;
  const analysis = (result: Analysis['result']): Analysis => ({
    format,
    blocks,
    claims,
    outlet: { profile, rule: outlet.rule },
    fields,
    headlines,
    warnings: dedupe(warnings),
    result,
  });
  const notAnArticle = (why: string): Analysis =>
    analysis({ ok: false, error: new ParseError('NOT_AN_ARTICLE', why) });

  let next = 0;
  let kind: string | null = null;
  const first = content[0];
  const second = content[1];
  const firstKind = first ? matchKindLabel(first.text, profile) : null;
  let titleBlock: Block | undefined;
  let titleRule = 'first-content-line';
  if (first && firstKind && second && !matchKindLabel(second.text, profile)) {
    kind = firstKind.kind;
    fields.kind = source(firstKind.rule, [first]);
    claim([first], 'kind', firstKind.rule);
    titleBlock = second;
    titleRule = 'after-kind-label';
    next = 2;
  } else if (first) {
    titleBlock = first;
    next = 1;
    const secondKind = second ? matchKindLabel(second.text, profile) : null;
    if (second && secondKind) {
      kind = secondKind.kind;
      fields.kind = source(secondKind.rule, [second]);
      claim([second], 'kind', secondKind.rule);
      next = 2;
    }
  }
  if (!titleBlock) {
    return notAnArticle(
      headlines.length > 0
        ? `The page holds ${headlines.length} headline(s) but no article; use parseHeadlines for listing pages`
        : 'The page holds no article text: everything in it is navigation or boilerplate',
    );
  }
  if (titleBlock.text.length > MAX_TITLE_LENGTH) {
    return notAnArticle(`No title line found: the first content line is ${titleBlock.text.length} characters long`);
  }
  claim([titleBlock], 'title', titleRule);
  fields.title = source(titleRule, [titleBlock]);

  let standfirst: string | null = null;
  const dek = content[next];
  if (kind && dek && content.length > next + 1) {
    standfirst = dek.text;
    claim([dek], 'standfirst', 'after-kind-label');
    fields.standfirst = source('after-kind-label', [dek]);
    next += 1;
  }
  const bodyBlocks = content.slice(next);
  claim(bodyBlocks, 'body', 'remaining-content');
  if (bodyBlocks.length > 0) fields.body = source('remaining-content', bodyBlocks);
  if (bodyBlocks.length === 0 && standfirst === null) {
    return notAnArticle(`The page has a title ('${titleBlock.text.slice(0, 80)}') but no body text`);
  }

  return analysis({
    ok: true,
    article: {
      outlet: { id: profile.id, name: profile.name },
      url,
      title: titleBlock.text,
      kind,
      standfirst,
      authors: [],
      published,
      body: bodyBlocks.map((b) => b.text),
      truncated,
      headlines,
      navigation,
      warnings: dedupe(warnings),
    },
  });
}
