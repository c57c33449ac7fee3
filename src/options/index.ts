import { invalidOption } from '../errors/invalidOption.js';
import { ParseError } from '../errors/ParseError.js';
import type { OutletInput } from '../outlets/schema.js';
import type { DateOrder } from '../parseTimestamp/index.js';
import { isValidTimeZone } from '../parseTimestamp/zone.js';

/**
 * Options for {@link parseArticle}, {@link safeParseArticle}, {@link parseHeadlines} and
 * {@link explain}. Every input the parse depends on is here: nothing is read from the
 * machine (no clock, no time zone).
 *
 * @category Parsing
 * @example
 * ```ts
 * const options: ParseOptions = { timeZone: 'America/New_York', dateOrder: 'MDY', format: 'text' };
 * ```
 */
export interface ParseOptions {
  /** Zone for wall-clock times without an offset. Overrides the outlet's. IANA name or '+HH:MM'. */
  timeZone?: string;
  /** Order of numeric dates. Overrides the outlet's. */
  dateOrder?: DateOrder;
  /** The outlet, as a built-in id ('chatham-house') or a profile. Skips detection. */
  outlet?: string | OutletInput;
  /** Where the page was fetched from: used for outlet detection and as `url` when the page names none. */
  url?: string;
  /** 'auto' (default) detects HTML by its opening tags; anything else is read as a text dump. */
  format?: 'auto' | 'text' | 'html';
  /** Refuse longer inputs with `INPUT_TOO_LARGE` before any parsing. Default 20,000,000 (UTF-16 code units). */
  maxInputBytes?: number;
}

const DATE_ORDERS: readonly unknown[] = ['DMY', 'MDY', 'YMD'];
const FORMATS: readonly unknown[] = ['auto', 'text', 'html'];

// Each option, what it must be, and the phrase that says so in the error.
const CHECKS: [keyof ParseOptions, (value: unknown) => boolean, string][] = [
  ['dateOrder', (v) => DATE_ORDERS.includes(v), 'one of DMY, MDY, YMD'],
  ['format', (v) => FORMATS.includes(v), 'one of auto, text, html'],
  ['url', (v) => typeof v === 'string' && /^https?:\/\/[^\s/]+/i.test(v), 'an absolute http(s) URL'],
  ['maxInputBytes', (v) => Number.isInteger(v) && (v as number) >= 1, 'a positive whole number'],
  ['outlet', (v) => typeof v === 'string' || (v !== null && typeof v === 'object'), 'an outlet id or an outlet profile'],
];

/**
 * Checks the options' shapes and throws `INVALID_OPTION` naming the bad one. Whether an outlet
 * id exists is checked later, against the registry in use.
 *
 * @internal
 */
export function validateOptions(options: unknown): ParseOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new ParseError('INVALID_OPTION', 'Options must be an object');
  }
  const o = options as Record<string, unknown>;
  if (o.timeZone !== undefined && (typeof o.timeZone !== 'string' || !isValidTimeZone(o.timeZone))) {
    throw invalidOption('timeZone', `Unknown time zone ${JSON.stringify(o.timeZone)}: use an IANA name such as "Europe/London" or an offset such as "+05:30"`);
  }
  for (const [key, ok, what] of CHECKS) {
    if (o[key] !== undefined && !ok(o[key])) throw invalidOption(key, `${key} must be ${what}; got ${JSON.stringify(o[key])}`);
  }
  return o as ParseOptions;
}
