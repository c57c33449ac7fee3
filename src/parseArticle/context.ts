import type { Block } from '../blocks/types.js';
import { detectHeadlineLists, findHeadlineSource } from '../detectHeadlines/index.js';
import { readHeadlineItems } from '../detectHeadlines/readHeadlineItems.js';
import { detectNavMenus } from '../detectNavMenus/index.js';
import type { ParseError } from '../errors/ParseError.js';
import type { Article, HeadlineItem, NavMenu, Warning } from '../model/schema.js';
import type { ParseOptions } from '../options/index.js';
import { resolveOutlet, type OutletRule, type OutletSignals } from '../outlets/resolveOutlet/index.js';
import type { OutletProfile } from '../outlets/schema.js';
import type { DateOrder } from '../parseTimestamp/index.js';
import { stripBoilerplate, type RemovedBlock } from '../stripBoilerplate/index.js';

/**
 * What claimed a block: each block of the input ends up in exactly one place.
 *
 * @category Parsing
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
  | 'byline'
  | 'body'
  | 'outside-body';

/**
 * Where one field came from: the rule that chose it and the spans of input it was read from.
 *
 * @category Parsing
 * @example
 * ```ts
 * const source: FieldSource = { rule: 'dateline', blocks: [0], spans: [[0, 30]] };
 * ```
 */
export interface FieldSource {
  /** The rule, e.g. 'dateline', 'generic.source-link', 'chatham-house.kinds', 'meta:og:title'. */
  rule: string;
  /** Indexes into the block list (empty when the value came from metadata, not from text). */
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

/** Claims, field sources and warnings gathered while one page is analysed. @internal */
export class Trace {
  readonly claims: Analysis['claims'];
  readonly fields: Analysis['fields'] = {};
  readonly warnings: Warning[] = [];

  /** `spans`: compute input offsets for each field (explain wants them; parseArticle does not). */
  constructor(
    readonly blocks: readonly Block[],
    private readonly spans = true,
  ) {
    this.claims = new Array(blocks.length);
  }

  // One shared, frozen claim object per (claim, rule): pages have thousands of blocks.
  private readonly interned = new Map<string, { by: BlockClaim; rule: string }>();

  claim(list: readonly Block[], by: BlockClaim, rule: string): void {
    const key = `${by}\u0000${rule}`;
    let value = this.interned.get(key);
    if (!value) {
      value = Object.freeze({ by, rule });
      this.interned.set(key, value);
    }
    for (const b of list) this.claims[b.index] = value;
  }

  isClaimed(block: Block): boolean {
    return this.claims[block.index] !== undefined;
  }

  field(name: keyof Article, rule: string, blocks: readonly Block[] = []): void {
    if (!this.spans) {
      this.fields[name] = { rule, blocks: [], spans: [] };
      return;
    }
    const spans = blocks.flatMap((b): [number, number][] => (b.start === null || b.end === null ? [] : [[b.start, b.end]]));
    this.fields[name] = { rule, blocks: blocks.map((b) => b.index), spans };
  }

  warn(warning: Warning): void {
    this.warnings.push(warning);
  }

  /** Records a field's warnings (from reading its timestamp) under its path. */
  warnAt(path: Warning['path'], warnings: readonly Omit<Warning, 'path'>[]): void {
    for (const w of warnings) this.warn({ ...w, path });
  }

  /** Records a publication date that was skipped because it is not a real date. */
  warnBadDate(message: string): void {
    this.warn({ code: 'INVALID_TIMESTAMP', message, path: ['published'] });
  }

  /** Records that the page gives no publication date. */
  warnNoDate(): void {
    this.warn({ code: 'NO_PUBLISHED_DATE', message: 'The page gives no publication date', path: ['published'] });
  }

  /** The finished analysis: what was traced, plus the article or the reason there is none. */
  finish(
    format: Analysis['format'],
    outlet: Analysis['outlet'],
    headlines: HeadlineItem[],
    result: Analysis['result'],
  ): Analysis {
    return { format, blocks: this.blocks as Block[], claims: this.claims, outlet, fields: this.fields, headlines, warnings: this.dedupedWarnings(), result };
  }

  dedupedWarnings(): Warning[] {
    const seen = new Set<string>();
    return this.warnings.filter((w) => {
      const key = `${w.code}\u0000${w.message}\u0000${(w.path ?? []).join('.')}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
}

/** What the shared detectors found. @internal */
export interface SharedResult {
  rest: Block[];
  profile: OutletProfile;
  outletRule: OutletRule;
  timeZone: string;
  /** No timeZone option and no zone in the outlet's profile: `timeZone` is UTC by default. */
  zoneAssumed: boolean;
  dateOrder: DateOrder | undefined;
  truncated: boolean;
  sourceUrl: string | null;
  removed: RemovedBlock[];
  headlines: HeadlineItem[];
  /** Index of the first block of the first text-style headline list, for page order. */
  headlinesAt: number;
  navigation: NavMenu[];
}

/**
 * The detectors both front ends share, in order: generic boilerplate, outlet, the outlet's
 * own boilerplate, headline lists, navigation menus.
 *
 * @internal
 */
export function runSharedDetectors(
  trace: Trace,
  blocks: Block[],
  options: ParseOptions,
  registry: readonly OutletProfile[],
  signals: Pick<OutletSignals, 'datelineName' | 'siteNames' | 'titleNames' | 'linkHost'> & { urls: (string | null | undefined)[] },
): SharedResult {
  const generic = stripBoilerplate(blocks);
  let removed = generic.removed;
  let rest = generic.blocks;

  const outlet = resolveOutlet(
    {
      option: options.outlet,
      urls: [options.url, ...signals.urls, generic.url],
      datelineName: signals.datelineName,
      siteNames: signals.siteNames,
      titleNames: signals.titleNames,
      linkHost: signals.linkHost,
      headlineSource: findHeadlineSource(rest),
      timeZone: options.timeZone,
    },
    registry,
  );
  const profile = outlet.profile;
  for (const w of outlet.warnings) trace.warn(w);
  const timeZone = options.timeZone ?? profile.timeZone;
  const dateOrder = options.dateOrder ?? profile.dateOrder;

  let truncated = generic.truncated;
  if (profile.boilerplate.length > 0 || profile.truncation.length > 0) {
    const own = stripBoilerplate(rest, { outlet: profile });
    removed = [...removed, ...own.removed];
    rest = own.blocks;
    truncated ||= own.truncated;
  }
  for (const r of removed) trace.claim([r.block], r.reason, r.rule);
  const truncation = removed.filter((r) => r.reason === 'truncation');
  if (truncation.length > 0) trace.field('truncated', truncation[0]!.rule, truncation.map((r) => r.block));

  const headlineLists = detectHeadlineLists(rest);
  rest = headlineLists.blocks;
  const headlines: HeadlineItem[] = [];
  for (const list of headlineLists.lists) {
    trace.claim(list.blocks, 'headlines', list.rule);
    const read = readHeadlineItems(list.items, { timeZone, dateOrder, pathStart: headlines.length });
    for (const item of read.items) headlines.push(item);
    for (const w of read.warnings) trace.warn(w);
  }
  if (headlineLists.lists.length > 0) trace.field('headlines', headlineLists.lists[0]!.rule, headlineLists.lists.flatMap((l) => l.blocks));

  const nav = detectNavMenus(rest, { labels: profile.navigation.labels });
  rest = nav.blocks;
  for (const m of nav.menus) trace.claim(m.blocks, 'navigation', m.rule);
  if (nav.menus.length > 0) trace.field('navigation', nav.menus[0]!.rule, nav.menus.flatMap((m) => m.blocks));

  return {
    rest,
    profile,
    outletRule: outlet.rule,
    timeZone,
    zoneAssumed: options.timeZone === undefined && outlet.warnings.some((w) => w.code === 'DEFAULT_TIME_ZONE'),
    dateOrder,
    truncated,
    sourceUrl: generic.url,
    removed,
    headlines,
    headlinesAt: headlineLists.lists[0]?.blocks[0]?.index ?? 0,
    navigation: nav.menus.map((m) => ({ items: m.items })),
  };
}
