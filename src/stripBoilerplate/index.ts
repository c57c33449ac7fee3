import type { Block } from '../blocks/types.js';
import { GENERIC_BOILERPLATE, GENERIC_TRUNCATION, SOURCE_LINK, type PatternRule } from '../outlets/generic/index.js';
import type { OutletProfile } from '../outlets/schema.js';

/**
 * Options for {@link stripBoilerplate}: the outlet whose own patterns join the generic ones.
 *
 * @category Detectors
 * @example
 * ```ts
 * const options: BoilerplateOptions = { outlet: { id: 'x', boilerplate: ['^Listen to this article$'], truncation: [] } };
 * ```
 */
export interface BoilerplateOptions {
  outlet?: Pick<OutletProfile, 'id' | 'boilerplate' | 'truncation'>;
}

/**
 * A block {@link stripBoilerplate} took out, why, and the rule that matched.
 *
 * @category Detectors
 * @example
 * ```ts
 * const removed: RemovedBlock = { block, reason: 'truncation', rule: 'generic.click-to-continue' };
 * ```
 */
export interface RemovedBlock {
  block: Block;
  /** `boilerplate` is dropped; `truncation` marks the page an excerpt; `source-link` gives its URL. */
  reason: 'boilerplate' | 'truncation' | 'source-link';
  /** 'generic.printable-version', or '<outlet id>.boilerplate[0]' for a profile pattern. */
  rule: string;
}

/**
 * What {@link stripBoilerplate} returns: the blocks kept, the blocks removed, and what the
 * removed ones said about the page.
 *
 * @category Detectors
 * @example
 * ```ts
 * const { blocks, truncated, url } = stripBoilerplate(textToBlocks(text));
 * ```
 */
export interface BoilerplateResult {
  blocks: Block[];
  removed: RemovedBlock[];
  /** A 'continue reading …' line was found: the page is an excerpt. */
  truncated: boolean;
  /** The URL from an 'Original article link: …' line, if any. */
  url: string | null;
}

// Boilerplate is short; a long block is content, whatever words it starts with.
const MAX_BOILERPLATE_LENGTH = 300;

function compile(outletId: string, field: string, sources: readonly string[]): PatternRule[] {
  return sources.map((source, i) => ({ name: `${outletId}.${field}[${i}]`, pattern: new RegExp(source, 'iu') }));
}

/**
 * Removes boilerplate blocks: printable-version and share links, copyright lines, and the
 * outlet's own patterns. A 'continue reading …' line is removed and marks the page
 * `truncated`; an 'Original article link: URL' line is removed and gives the URL. Every
 * removal is returned with its rule, so nothing disappears without a trace. The input is
 * not modified.
 *
 * @category Detectors
 * @example
 * ```ts
 * import { stripBoilerplate, textToBlocks } from 'thinktank-parser';
 * const result = stripBoilerplate(textToBlocks([
 *   '|Printable version',
 *   'The only paragraph.',
 *   'Click here to continue reading the full version of this Report on the Example website.',
 *   'Original article link: https://example.org/report',
 * ].join('\n')));
 * result.blocks.map((b) => b.text); // ['The only paragraph.']
 * result.truncated;                 // true
 * result.url;                       // 'https://example.org/report'
 * ```
 */
export function stripBoilerplate(blocks: readonly Block[], options: BoilerplateOptions = {}): BoilerplateResult {
  const outlet = options.outlet;
  const boilerplate = outlet
    ? [...compile(outlet.id, 'boilerplate', outlet.boilerplate), ...GENERIC_BOILERPLATE]
    : GENERIC_BOILERPLATE;
  const truncation = outlet
    ? [...compile(outlet.id, 'truncation', outlet.truncation), ...GENERIC_TRUNCATION]
    : GENERIC_TRUNCATION;

  const kept: Block[] = [];
  const removed: RemovedBlock[] = [];
  let truncated = false;
  let url: string | null = null;
  for (const block of blocks) {
    if (block.text.length > MAX_BOILERPLATE_LENGTH) {
      // Long blocks can only be outlet boilerplate (a closing funding statement), matched at the start.
      const long = outlet ? boilerplate.find((r) => !r.name.startsWith('generic.') && r.pattern.test(block.text)) : undefined;
      if (long) removed.push({ block, reason: 'boilerplate', rule: long.name });
      else kept.push(block);
      continue;
    }
    const source = SOURCE_LINK.pattern.exec(block.text);
    if (source) {
      url ??= source[1]!;
      removed.push({ block, reason: 'source-link', rule: SOURCE_LINK.name });
      continue;
    }
    const cut = truncation.find((r) => r.pattern.test(block.text));
    if (cut) {
      truncated = true;
      removed.push({ block, reason: 'truncation', rule: cut.name });
      continue;
    }
    const noise = boilerplate.find((r) => r.pattern.test(block.text));
    if (noise) {
      removed.push({ block, reason: 'boilerplate', rule: noise.name });
      continue;
    }
    kept.push(block);
  }
  return { blocks: kept, removed, truncated, url };
}
