import type { Block } from '../blocks/types.js';
import type { ParseError } from '../errors/ParseError.js';
import type { Article, Warning } from '../model/schema.js';
import type { ParseOptions } from '../options/index.js';
import { BUILTIN_OUTLETS } from '../outlets/builtins.js';
import type { OutletProfile } from '../outlets/schema.js';
import type { OutletRule } from '../outlets/resolveOutlet/index.js';
import { analyse, type BlockClaim, type FieldSource } from '../parseArticle/analyse.js';
import { validateArticle } from '../parseArticle/index.js';

/**
 * One block of the input and what claimed it.
 *
 * @category Parsing
 * @example
 * ```ts
 * const b: ExplainedBlock = { index: 0, text: 'date 2024-03-01 Chatham House', role: 'paragraph', start: 0, end: 30, claimedBy: 'dateline', rule: 'dateline' };
 * ```
 */
export interface ExplainedBlock extends Pick<Block, 'index' | 'text' | 'role' | 'start' | 'end'> {
  /** `null` only when the page is not an article and the block was left over. */
  claimedBy: BlockClaim | null;
  rule: string | null;
}

/**
 * What {@link explain} returns: the article (or the error), the outlet and the rule that
 * chose it, the source of every field, and every block with what claimed it.
 *
 * @category Parsing
 * @example
 * ```ts
 * const e: Explanation = explain(text);
 * e.fields.title?.spans; // [[start, end]] in the input
 * ```
 */
export interface Explanation {
  format: 'text' | 'html';
  outlet: { id: string; name: string; rule: OutletRule };
  article: Article | null;
  error: ParseError | null;
  fields: Partial<Record<keyof Article, FieldSource>>;
  blocks: ExplainedBlock[];
  warnings: Warning[];
}

/**
 * Parses like {@link parseArticle} and shows the working: which rule chose the outlet, where
 * each field came from (rule, block indexes, input offsets), and which detector claimed each
 * block. For people writing outlet profiles. A page that is not an article still explains
 * (with `error` set); bad input or options throw as in `parseArticle`.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { explain } from 'thinktank-parser';
 * const e = explain(text);
 * e.outlet;                // { id: 'chatham-house', name: 'Chatham House', rule: 'url-host' }
 * e.fields.kind?.rule;     // 'chatham-house.kinds'
 * e.blocks.filter((b) => b.claimedBy === 'boilerplate').map((b) => b.rule); // ['generic.printable-version']
 * ```
 */
export function explain(input: string, options?: ParseOptions): Explanation {
  return explainWith(BUILTIN_OUTLETS, input, options);
}

/** @internal */
export function explainWith(registry: readonly OutletProfile[], input: unknown, options?: ParseOptions): Explanation {
  const analysis = analyse(input, options, registry, { locations: true });
  const article = analysis.result.ok ? validateArticle(analysis.result.article) : null;
  return {
    format: analysis.format,
    outlet: { id: analysis.outlet.profile.id, name: analysis.outlet.profile.name, rule: analysis.outlet.rule },
    article,
    error: analysis.result.ok ? null : analysis.result.error,
    fields: analysis.fields,
    blocks: analysis.blocks.map((b) => {
      const claim = analysis.claims[b.index];
      return { index: b.index, text: b.text, role: b.role, start: b.start, end: b.end, claimedBy: claim?.by ?? null, rule: claim?.rule ?? null };
    }),
    warnings: analysis.warnings,
  };
}
