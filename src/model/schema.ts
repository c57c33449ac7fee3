import { z } from 'zod';

/** `YYYY-MM-DD` (day precision) or `YYYY-MM-DDTHH:MM:SS±HH:MM` (always with seconds and a numeric offset). */
const isoTimestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?$/, 'Expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS±HH:MM');

/**
 * A string of at least one character (a fresh schema each call). Shared by the model and the
 * outlet profile schemas.
 *
 * @internal
 */
export const nonEmpty = () => z.string().min(1);
/** {@link nonEmpty}, or `null`. @internal */
const nonEmptyOrNull = () => nonEmpty().nullable();

const httpUrl = z.string().regex(/^https?:\/\/\S+$/i, 'Expected an absolute http(s) URL');

/**
 * Every warning code a result can carry. Warnings never stop a parse; each says what was
 * assumed or dropped, so nothing is lost without a trace. See `docs/errors.md`.
 *
 * @category Model
 * @example
 * ```ts
 * import { WarningCodeSchema } from 'thinktank-parser';
 * WarningCodeSchema.options.includes('DEFAULT_TIME_ZONE'); // true
 * ```
 */
export const WarningCodeSchema = z.enum([
  'DEFAULT_TIME_ZONE',
  'AMBIGUOUS_DATE_ORDER',
  'NONEXISTENT_LOCAL_TIME',
  'AMBIGUOUS_LOCAL_TIME',
  'INVALID_TIMESTAMP',
  'NO_PUBLISHED_DATE',
  'UNKNOWN_OUTLET',
  'INVALID_JSON_LD',
]);

/**
 * A warning code; see {@link WarningCodeSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const code: WarningCode = 'AMBIGUOUS_LOCAL_TIME';
 * ```
 */
export type WarningCode = z.infer<typeof WarningCodeSchema>;

/**
 * Schema of one warning: a code, a human message, and the path of the field it concerns.
 *
 * @category Model
 * @example
 * ```ts
 * import { WarningSchema } from 'thinktank-parser';
 * WarningSchema.parse({ code: 'NO_PUBLISHED_DATE', message: 'No publication date found', path: ['published'] });
 * ```
 */
export const WarningSchema = z.object({
  code: WarningCodeSchema,
  message: nonEmpty(),
  path: z.array(z.union([z.string(), z.number()])).optional(),
});

/**
 * A warning in a result. See {@link WarningSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const w: Warning = { code: 'DEFAULT_TIME_ZONE', message: 'No time zone known for this outlet; UTC assumed' };
 * ```
 */
export type Warning = z.infer<typeof WarningSchema>;

/**
 * Schema of a headline in a 'Latest News' style list.
 *
 * @category Model
 * @example
 * ```ts
 * import { HeadlineItemSchema } from 'thinktank-parser';
 * HeadlineItemSchema.parse({ title: 'A title', publishedAt: '2024-03-01T12:20:00+00:00', summary: null, url: null, kind: null, author: null });
 * ```
 */
export const HeadlineItemSchema = z.object({
  title: nonEmpty(),
  /** For an event listing, the event's date: the timestamp the listing shows. */
  publishedAt: isoTimestamp.nullable(),
  summary: nonEmptyOrNull(),
  url: httpUrl.nullable(),
  /** The content kind shown on the card ('Report', 'Podcast Episode'), or `null`. */
  kind: nonEmptyOrNull().default(null),
  /** The byline shown on the card, as written ('Kathleen H. Hicks, Lauren Mooney'), or `null`. */
  author: nonEmptyOrNull().default(null),
});

/**
 * A headline: title, timestamp, summary and link, each `null` when the page does not give it.
 *
 * @category Model
 * @example
 * ```ts
 * import type { HeadlineItem } from 'thinktank-parser';
 * const item: HeadlineItem = { title: 'A title', publishedAt: null, summary: null, url: null, kind: null, author: null };
 * ```
 */
export type HeadlineItem = z.infer<typeof HeadlineItemSchema>;

/**
 * Schema of an author: a name, an optional role ('Senior Fellow') and an optional profile URL.
 *
 * @category Model
 * @example
 * ```ts
 * import { AuthorSchema } from 'thinktank-parser';
 * AuthorSchema.parse({ name: 'Jane Doe', role: 'Senior Fellow', url: null });
 * ```
 */
export const AuthorSchema = z.object({
  name: nonEmpty(),
  role: nonEmptyOrNull(),
  url: httpUrl.nullable(),
});

/**
 * An author of an article. See {@link AuthorSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const a: Author = { name: 'Jane Doe', role: null, url: null };
 * ```
 */
export type Author = z.infer<typeof AuthorSchema>;

/**
 * Schema of one navigation menu found on the page: its items in order.
 *
 * @category Model
 * @example
 * ```ts
 * import { NavMenuSchema } from 'thinktank-parser';
 * NavMenuSchema.parse({ items: [{ label: 'RESEARCH', url: null }] });
 * ```
 */
export const NavMenuSchema = z.object({
  items: z.array(z.object({ label: nonEmpty(), url: httpUrl.nullable() })).min(1),
});

/**
 * A navigation menu. See {@link NavMenuSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const menu: NavMenu = { items: [{ label: 'EVENTS', url: null }] };
 * ```
 */
export type NavMenu = z.infer<typeof NavMenuSchema>;

/**
 * Schema of one structured body block: a paragraph, a heading (with its level), a list item
 * or a quote.
 *
 * @category Model
 * @example
 * ```ts
 * import { BodyBlockSchema } from 'thinktank-parser';
 * BodyBlockSchema.parse({ type: 'heading', text: 'Background', level: 2 });
 * ```
 */
export const BodyBlockSchema = z.object({
  type: z.enum(['paragraph', 'heading', 'list-item', 'quote']),
  text: nonEmpty(),
  level: z.number().int().min(1).max(6).optional(),
});

/**
 * A structured body block. See {@link BodyBlockSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * const block: BodyBlock = { type: 'paragraph', text: 'First paragraph.' };
 * ```
 */
export type BodyBlock = z.infer<typeof BodyBlockSchema>;

/**
 * Schema of a parsed article. `Article` is inferred from it, so the type and the runtime
 * check cannot drift apart.
 *
 * @category Model
 * @example
 * ```ts
 * import { ArticleSchema, parseArticle } from 'thinktank-parser';
 * const checked = ArticleSchema.parse(parseArticle(text)); // parseArticle already validates; this is for data you stored
 * ```
 */
export const ArticleSchema = z.object({
  outlet: z.object({ id: nonEmpty(), name: nonEmpty() }),
  url: httpUrl.nullable(),
  title: nonEmpty(),
  kind: nonEmptyOrNull(),
  standfirst: nonEmptyOrNull(),
  authors: z.array(AuthorSchema),
  published: isoTimestamp.nullable(),
  /** When the page says it was last modified; never used as `published`. */
  modified: isoTimestamp.nullable(),
  body: z.array(nonEmpty()),
  /** The body with its structure: headings, list items and quotes. `body` is its texts. */
  blocks: z.array(BodyBlockSchema),
  truncated: z.boolean(),
  headlines: z.array(HeadlineItemSchema),
  navigation: z.array(NavMenuSchema),
  /** BCP 47 language tag from the page ('en-US'), or `null`. */
  language: nonEmptyOrNull(),
  /** The page's own topic, region and programme tags, in page order, without repeats. */
  topics: z.array(nonEmpty()),
  warnings: z.array(WarningSchema),
});

/**
 * A parsed article: the public contract of this library. See {@link ArticleSchema}.
 *
 * @category Model
 * @example
 * ```ts
 * import { parseArticle, type Article } from 'thinktank-parser';
 * const article: Article = parseArticle(text);
 * console.log(article.title, article.published, article.body.length);
 * ```
 */
export type Article = z.infer<typeof ArticleSchema>;
