import { ParseError } from '../errors/ParseError.js';
import type { Article } from '../model/schema.js';
import type { ParseOptions } from '../options/index.js';
import { BUILTIN_OUTLETS } from '../outlets/builtins.js';
import type { OutletProfile } from '../outlets/schema.js';
import { parseArticleWith } from '../parseArticle/index.js';

/**
 * The result of {@link safeParseArticle}, shaped like zod's `safeParse`.
 *
 * @category Parsing
 * @example
 * ```ts
 * const result: SafeParseResult = safeParseArticle(text);
 * if (result.success) console.log(result.data.title); else console.log(result.error.code);
 * ```
 */
export type SafeParseResult = { success: true; data: Article } | { success: false; error: ParseError };

/**
 * Like {@link parseArticle}, but returns `{ success: false, error }` instead of throwing.
 * Only `ParseError`s are caught: anything else is a bug and is rethrown.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { safeParseArticle } from 'thinktank-parser';
 * const result = safeParseArticle('   ');
 * if (!result.success) console.log(result.error.code); // 'EMPTY_INPUT'
 * ```
 */
export function safeParseArticle(input: string, options?: ParseOptions): SafeParseResult {
  return safeParseArticleWith(BUILTIN_OUTLETS, input, options);
}

/** @internal */
export function safeParseArticleWith(registry: readonly OutletProfile[], input: string, options?: ParseOptions): SafeParseResult {
  try {
    return { success: true, data: parseArticleWith(registry, input, options) };
  } catch (error) {
    if (error instanceof ParseError) return { success: false, error };
    throw error;
  }
}
