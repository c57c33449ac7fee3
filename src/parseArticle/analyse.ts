import { detectDateline } from '../detectDateline/index.js';
import { matchKindLabel } from '../detectKind/index.js';
import { ParseError } from '../errors/ParseError.js';
import { validateOptions, type ParseOptions } from '../options/index.js';
import type { OutletProfile } from '../outlets/schema.js';
import { readTimestamp } from '../parseTimestamp/index.js';
import { textToBlocks } from '../textToBlocks/index.js';
import type { Block } from '../blocks/types.js';
import { runSharedDetectors, Trace, type Analysis } from './context.js';
import { analyseHtml } from './html.js';

export type { Analysis, BlockClaim, FieldSource } from './context.js';

const HTML_START = /^(?:\s|<!--[^]*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|div|article|main|section|header|nav|p|h1)\b/i;
const DEFAULT_MAX_INPUT = 20_000_000;
// A first content line longer than this is a paragraph, not a title.
const MAX_TITLE_LENGTH = 300;

/** @internal */
export function detectFormat(input: string, format: ParseOptions['format']): 'text' | 'html' {
  if (format === 'html' || format === 'text') return format;
  return HTML_START.test(input.slice(0, 4096)) ? 'html' : 'text';
}

/** @internal */
export interface AnalyseSettings {
  /** Track HTML source offsets (explain does; parseArticle skips it for speed). */
  locations: boolean;
}

/**
 * The whole pipeline: front end → block list → shared detectors (boilerplate, outlet,
 * headline lists, navigation) → assembly → the article or the reason there is none.
 *
 * @internal
 */
export function analyse(input: unknown, rawOptions: unknown, registry: readonly OutletProfile[], settings: AnalyseSettings = { locations: false }): Analysis {
  if (typeof input !== 'string') {
    throw new ParseError('NOT_A_STRING', `Expected the page as a string, got ${input === null ? 'null' : typeof input}`);
  }
  const options = validateOptions(rawOptions);
  const limit = options.maxInputBytes ?? DEFAULT_MAX_INPUT;
  if (input.length > limit) {
    throw new ParseError('INPUT_TOO_LARGE', `The input is ${input.length} characters long, over the limit of ${limit} (set maxInputBytes to raise it)`);
  }
  if (detectFormat(input, options.format) === 'html') return analyseHtml(input, options, registry, settings.locations);
  return analyseText(input, options, registry, settings.locations);
}

function analyseText(input: string, options: ParseOptions, registry: readonly OutletProfile[], explaining: boolean): Analysis {
  const blocks = textToBlocks(input);
  if (blocks.length === 0) throw new ParseError('EMPTY_INPUT', 'The input holds no text');
  const trace = new Trace(blocks, explaining);

  const dateline = detectDateline(blocks);
  if (dateline) trace.claim([dateline.block], 'dateline', 'dateline');
  const shared = runSharedDetectors(
    trace,
    blocks.filter((b) => b !== dateline?.block),
    options,
    registry,
    { urls: [], datelineName: dateline?.name ?? null },
  );
  const { profile, timeZone, dateOrder } = shared;

  const sourceLink = shared.removed.find((r) => r.reason === 'source-link');
  const url = shared.sourceUrl ?? options.url ?? null;
  if (sourceLink) trace.field('url', sourceLink.rule, [sourceLink.block]);
  else if (options.url) trace.field('url', 'option');

  let published: string | null = null;
  if (dateline) {
    const read = readTimestamp(dateline.timestampText, { timeZone, ...(dateOrder ? { dateOrder } : {}) });
    if (read.ok) {
      published = read.value.iso;
      trace.field('published', 'dateline', [dateline.block]);
      trace.warnAt(['published'], read.value.warnings);
    } else {
      trace.warnBadDate(`The dateline's date '${dateline.timestampText}' is not a real date (${read.message})`);
    }
  } else {
    trace.warnNoDate();
  }

  const analysis = (result: Analysis['result']): Analysis => trace.finish('text', { profile, rule: shared.outletRule }, shared.headlines, result);
  const notAnArticle = (why: string): Analysis => analysis({ ok: false, error: new ParseError('NOT_AN_ARTICLE', why) });

  // Kind, title, standfirst, body from what is left, in page order.
  const content = shared.rest;
  let next = 0;
  let kind: string | null = null;
  const [first, second] = content;
  const firstKind = first ? matchKindLabel(first.text, profile) : null;
  let titleBlock: Block | undefined;
  let titleRule = 'first-content-line';
  if (first && firstKind && second && !matchKindLabel(second.text, profile)) {
    kind = firstKind.kind;
    trace.field('kind', firstKind.rule, [first]);
    trace.claim([first], 'kind', firstKind.rule);
    titleBlock = second;
    titleRule = 'after-kind-label';
    next = 2;
  } else if (first) {
    titleBlock = first;
    next = 1;
    const secondKind = second ? matchKindLabel(second.text, profile) : null;
    if (second && secondKind) {
      kind = secondKind.kind;
      trace.field('kind', secondKind.rule, [second]);
      trace.claim([second], 'kind', secondKind.rule);
      next = 2;
    }
  }
  if (!titleBlock) {
    return notAnArticle(
      shared.headlines.length > 0
        ? `The page holds ${shared.headlines.length} headline(s) but no article; use parseHeadlines for listing pages`
        : 'The page holds no article text: everything in it is navigation or boilerplate',
    );
  }
  if (titleBlock.text.length > MAX_TITLE_LENGTH) {
    return notAnArticle(`No title line found: the first content line is ${titleBlock.text.length} characters long`);
  }
  trace.claim([titleBlock], 'title', titleRule);
  trace.field('title', titleRule, [titleBlock]);

  let standfirst: string | null = null;
  const dek = content[next];
  if (kind && dek && content.length > next + 1) {
    standfirst = dek.text;
    trace.claim([dek], 'standfirst', 'after-kind-label');
    trace.field('standfirst', 'after-kind-label', [dek]);
    next += 1;
  }
  const bodyBlocks = content.slice(next);
  trace.claim(bodyBlocks, 'body', 'remaining-content');
  if (bodyBlocks.length > 0) trace.field('body', 'remaining-content', bodyBlocks);
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
      modified: null,
      body: bodyBlocks.map((b) => b.text),
      blocks: bodyBlocks.map((b) => ({ type: 'paragraph' as const, text: b.text })),
      truncated: shared.truncated,
      headlines: shared.headlines,
      navigation: shared.navigation,
      language: null,
      topics: [],
      warnings: trace.dedupedWarnings(),
    },
  });
}
