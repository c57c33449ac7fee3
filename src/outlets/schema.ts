import { z } from 'zod';
import { isValidTimeZone } from '../parseTimestamp/zone.js';
import { checkSelector } from '../selectors/index.js';
import { nonEmpty } from '../model/schema.js';

// A non-empty string that `check` accepts: what it throws is the issue's message.
const checked = (what: string, check: (value: string) => unknown) =>
  nonEmpty().superRefine((value, ctx) => {
    try {
      check(value);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: `Not a valid ${what}: ${(e as Error).message}` });
    }
  });
const regexSource = checked('regular expression', (source) => new RegExp(source, 'iu'));
const cssSelector = checked('CSS selector', checkSelector);

/**
 * Schema of an outlet profile: plain data (JSON-safe) that tells the parser what one think
 * tank's pages look like. Patterns are regular-expression sources, matched case-insensitively
 * against one block's whole text.
 *
 * @category Outlets
 * @example
 * ```ts
 * import { OutletSchema } from 'thinktank-parser';
 * const profile = OutletSchema.parse({
 *   id: 'hypothetical-institute', name: 'Institute for Hypothetical Studies',
 *   hosts: ['hypothetical.example'], timeZone: 'Asia/Tokyo', dateOrder: 'YMD',
 *   kinds: { 'POLICY BRIEF': 'Policy Brief' }, boilerplate: ['^Share this page$'],
 * });
 * ```
 */
export const OutletSchema = z.object({
  /** Lower-case slug, unique in a registry: 'chatham-house'. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected a lower-case slug such as "chatham-house"'),
  /** The name pages use for the outlet, as in a dateline: 'Chatham House'. */
  name: nonEmpty(),
  /** Other names the outlet goes by, matched like `name`. */
  aliases: z.array(nonEmpty()).default([]),
  /** Domains the outlet publishes on; subdomains match too. */
  hosts: z.array(z.string().regex(/^[a-z0-9.-]+$/i, 'Expected a bare domain such as "chathamhouse.org"')).default([]),
  /** Zone that wall-clock times on its pages are read in. */
  timeZone: z.string().refine(isValidTimeZone, { message: 'Unknown time zone' }),
  /** Order of numeric dates on its pages. When absent, each headline list settles it. */
  dateOrder: z.enum(['DMY', 'MDY', 'YMD']).optional(),
  /** Content-kind labels seen on the page (any case) mapped to canonical kind names. */
  kinds: z.record(nonEmpty(), nonEmpty()).default({}),
  /** Blocks to drop as boilerplate, on top of the generic patterns. */
  boilerplate: z.array(regexSource).default([]),
  /** Blocks that mark the page as an excerpt ('continue reading …'), on top of the generic ones. */
  truncation: z.array(regexSource).default([]),
  /** Navigation hints: labels of the outlet's menu entries. */
  navigation: z.object({ labels: z.array(nonEmpty()).default([]) }).default({ labels: [] }),
  /**
   * CSS selectors for HTML pages, evaluated on the parse5 tree with css-select. Each one that
   * matches wins over the generic rules for its field; `exclude` removes matching elements
   * from everything.
   */
  selectors: z
    .object({
      title: cssSelector.optional(),
      body: cssSelector.optional(),
      authors: cssSelector.optional(),
      published: cssSelector.optional(),
      kind: cssSelector.optional(),
      standfirst: cssSelector.optional(),
      topics: cssSelector.optional(),
      headlines: cssSelector.optional(),
      exclude: z.array(cssSelector).default([]),
    })
    .default({ exclude: [] }),
});

/**
 * A validated outlet profile. See {@link OutletSchema}.
 *
 * @category Outlets
 * @example
 * ```ts
 * import type { OutletProfile } from 'thinktank-parser';
 * function zoneOf(profile: OutletProfile): string { return profile.timeZone; }
 * ```
 */
export type OutletProfile = z.infer<typeof OutletSchema>;

/**
 * What a caller writes to define an outlet: optional fields may be left out.
 *
 * @category Outlets
 * @example
 * ```ts
 * const input: OutletInput = { id: 'x-institute', name: 'X Institute', timeZone: 'UTC' };
 * ```
 */
export type OutletInput = z.input<typeof OutletSchema>;
