import { zodIssues } from '../errors/zodIssues.js';
import { ParseError } from '../errors/ParseError.js';
import { ArticleSchema, type Article } from '../model/schema.js';
import type { ParseOptions } from '../options/index.js';
import { BUILTIN_OUTLETS } from '../outlets/builtins.js';
import type { OutletProfile } from '../outlets/schema.js';
import { analyse } from './analyse.js';

/**
 * Validates an assembled article against its schema: a failure here is a library bug.
 *
 * @internal
 */
export function validateArticle(article: Article): Article {
  const checked = ArticleSchema.safeParse(article);
  if (!checked.success) {
    const issues = zodIssues(checked.error.issues);
    throw new ParseError('SCHEMA_VIOLATION', `The parsed article failed its schema at ${issues[0]?.path.join('.') ?? '?'}: ${issues[0]?.message ?? ''}. Please report this input.`, issues);
  }
  return checked.data;
}

/** @internal */
export function parseArticleWith(registry: readonly OutletProfile[], input: unknown, options?: ParseOptions): Article {
  const analysis = analyse(input, options, registry);
  if (!analysis.result.ok) throw analysis.result.error;
  return validateArticle(analysis.result.article);
}

/**
 * Parses one think-tank page, a plain-text dump or HTML (detected, or set with
 * `options.format`), into a validated {@link Article}.
 *
 * Throws {@link ParseError} with code `NOT_A_STRING`, `EMPTY_INPUT`, `NOT_AN_ARTICLE` or
 * `INVALID_OPTION`. Everything it assumed is in `article.warnings`. Pure: the same input and
 * options always give the same article, on any machine, in any time zone.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { parseArticle } from 'thinktank-parser';
 * const article = parseArticle(text);
 * article.title;                    // 'Russia’s influence in Kazakhstan is increasing despite the war in Ukraine'
 * article.kind;                     // 'Expert Comment'
 * article.headlines[0]?.publishedAt; // '2024-03-01T12:20:00+00:00'
 * ```
 */
export function parseArticle(input: string, options?: ParseOptions): Article {
  return parseArticleWith(BUILTIN_OUTLETS, input, options);
}
