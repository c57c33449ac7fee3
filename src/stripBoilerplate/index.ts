import type { Block } from '../blocks/types.js';
import { GENERIC_BOILERPLATE, GENERIC_TRUNCATION, RIGHTS_RESERVED, SOURCE_LINK, type PatternRule } from '../outlets/generic/index.js';
import type { OutletProfile } from '../outlets/schema.js';

/**
 * Options for {@link stripBoilerplate}: the outlet whose own patterns join the generic ones.
 *
 * @category Parsing
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
 * @category Parsing
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
 * @category Parsing
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

interface CompiledRules {
  boilerplate: readonly PatternRule[];
  truncation: readonly PatternRule[];
  /**
   * Every rule in one alternation per set of flags (the generic rules are `i`, an outlet's
   * `iu`): most blocks fail them all and are kept without more tests.
   */
  any: readonly RegExp[];
}

// Anchored as a whole, so the engine tries position 0 only instead of every position.
const alternation = (rules: readonly PatternRule[], flags: string): RegExp =>
  new RegExp(`^(?:${rules.map((r) => `(?:${r.pattern.source})`).join('|')})`, flags);

const GENERIC_RULES: CompiledRules = {
  boilerplate: GENERIC_BOILERPLATE,
  truncation: GENERIC_TRUNCATION,
  // RIGHTS_RESERVED is screened by a plain search (Boyer-Moore on the phrase), not tried at
  // every position of the anchored alternation: that one rule was 85 % of its cost.
  any: [alternation([SOURCE_LINK, ...GENERIC_TRUNCATION, ...GENERIC_BOILERPLATE.filter((r) => r !== RIGHTS_RESERVED)], 'i'), /all rights reserved/i],
};
// Compiled patterns per profile object. A WeakMap: it holds nothing once a profile is gone,
// and a profile's patterns never change (profiles are validated data).
const compiled = new WeakMap<object, CompiledRules>();

function rulesFor(outlet: BoilerplateOptions['outlet']): CompiledRules {
  if (!outlet) return GENERIC_RULES;
  let rules = compiled.get(outlet);
  if (!rules) {
    const boilerplate = compile(outlet.id, 'boilerplate', outlet.boilerplate);
    const truncation = compile(outlet.id, 'truncation', outlet.truncation);
    const own = [...truncation, ...boilerplate];
    rules = {
      boilerplate: [...boilerplate, ...GENERIC_BOILERPLATE],
      truncation: [...truncation, ...GENERIC_TRUNCATION],
      any: own.length > 0 ? [...GENERIC_RULES.any, alternation(own, 'iu')] : GENERIC_RULES.any,
    };
    compiled.set(outlet, rules);
  }
  return rules;
}

/**
 * Removes boilerplate blocks: printable-version and share links, copyright lines, and the
 * outlet's own patterns. A 'continue reading …' line is removed and marks the page
 * `truncated`; an 'Original article link: URL' line is removed and gives the URL. Every
 * removal is returned with its rule, so nothing disappears without a trace. The input is
 * not modified.
 *
 * @category Parsing
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
  const { boilerplate, truncation, any } = rulesFor(outlet);
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
    if (!any.some((re) => re.test(block.text))) {
      kept.push(block);
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
