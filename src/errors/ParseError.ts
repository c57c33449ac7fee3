/**
 * Every code a {@link ParseError} can carry. Each is documented in `docs/errors.md`.
 *
 * - `NOT_A_STRING`: the input was not a string.
 * - `EMPTY_INPUT`: the input held nothing but whitespace.
 * - `INPUT_TOO_LARGE`: the input is longer than `maxInputBytes` (default 20 MB); refused before parsing.
 * - `NOT_AN_ARTICLE`: the input parsed, but holds no article (no title, or no body).
 * - `INVALID_OPTION`: an option is malformed: an unknown time zone, date order, outlet or format.
 * - `INVALID_OUTLET`: an outlet profile given to `defineOutlet` or `createParser` fails
 *   `OutletSchema`, or two profiles share an id. `issues[].path` names the field.
 * - `SCHEMA_VIOLATION`: the assembled result failed its own schema. This is a bug in the
 *   library; please report it with the input.
 *
 * @category Errors
 * @example
 * ```ts
 * import { ParseError, parseArticle } from 'thinktank-parser';
 * try { parseArticle(''); } catch (e) {
 *   if (e instanceof ParseError && e.code === 'EMPTY_INPUT') console.log('nothing to parse');
 * }
 * ```
 */
export type ParseErrorCode =
  | 'NOT_A_STRING'
  | 'EMPTY_INPUT'
  | 'INPUT_TOO_LARGE'
  | 'NOT_AN_ARTICLE'
  | 'INVALID_OPTION'
  | 'INVALID_OUTLET'
  | 'SCHEMA_VIOLATION';

/**
 * One detail of a {@link ParseError}: what went wrong and where (`path` names the option or
 * field, as in zod's issues).
 *
 * @category Errors
 * @example
 * ```ts
 * const issue: ParseIssue = { code: 'INVALID_OPTION', path: ['timeZone'], message: 'Unknown time zone "Mars/Base"' };
 * ```
 */
export interface ParseIssue {
  code: string;
  path: (string | number)[];
  message: string;
}

/**
 * The only error the parsing functions throw. `code` says what kind of failure it is;
 * `issues` gives the details, each with a `path`.
 *
 * @category Errors
 * @example
 * ```ts
 * import { ParseError, parseArticle } from 'thinktank-parser';
 * try {
 *   parseArticle(text, { timeZone: 'Mars/Olympus_Mons' });
 * } catch (e) {
 *   if (e instanceof ParseError) console.error(e.code, e.issues[0]?.path); // INVALID_OPTION ['timeZone']
 * }
 * ```
 */
export class ParseError extends Error {
  override readonly name = 'ParseError';
  readonly code: ParseErrorCode;
  readonly issues: ParseIssue[];

  constructor(code: ParseErrorCode, message: string, issues: ParseIssue[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.issues = issues.length > 0 ? issues : [{ code, path: [], message }];
  }
}
