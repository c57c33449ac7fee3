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

const DATE_ORDERS: readonly string[] = ['DMY', 'MDY', 'YMD'];
const FORMATS: readonly string[] = ['auto', 'text', 'html'];

function invalid(path: string, message: string): ParseError {
  return new ParseError('INVALID_OPTION', message, [{ code: 'INVALID_OPTION', path: [path], message }]);
}

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
    throw invalid('timeZone', `Unknown time zone ${JSON.stringify(o.timeZone)}: use an IANA name such as "Europe/London" or an offset such as "+05:30"`);
  }
  if (o.dateOrder !== undefined && !DATE_ORDERS.includes(o.dateOrder as string)) {
    throw invalid('dateOrder', `dateOrder must be one of DMY, MDY, YMD; got ${JSON.stringify(o.dateOrder)}`);
  }
  if (o.format !== undefined && !FORMATS.includes(o.format as string)) {
    throw invalid('format', `format must be one of auto, text, html; got ${JSON.stringify(o.format)}`);
  }
  if (o.url !== undefined && (typeof o.url !== 'string' || !/^https?:\/\/[^\s/]+/i.test(o.url))) {
    throw invalid('url', `url must be an absolute http(s) URL; got ${JSON.stringify(o.url)}`);
  }
  if (o.maxInputBytes !== undefined && (typeof o.maxInputBytes !== 'number' || !Number.isInteger(o.maxInputBytes) || o.maxInputBytes < 1)) {
    throw invalid('maxInputBytes', `maxInputBytes must be a positive whole number; got ${JSON.stringify(o.maxInputBytes)}`);
  }
  if (o.outlet !== undefined && typeof o.outlet !== 'string' && (o.outlet === null || typeof o.outlet !== 'object')) {
    throw invalid('outlet', 'outlet must be an outlet id or an outlet profile');
  }
  return o as ParseOptions;
}
