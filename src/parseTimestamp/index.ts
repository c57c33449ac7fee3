import type { Warning } from '../model/schema.js';
import { validateOptions } from '../options/index.js';
import { lower } from '../lower/index.js';
import { normalizeWhitespace } from '../normalizeWhitespace/index.js';
import {
  daysInMonth,
  formatDate,
  formatDateTime,
  formatOffset,
  isValidTimeZone,
  resolveWallTime,
  type WallTime,
} from './zone.js';

/**
 * The order of day, month and year in numeric dates such as '01/03/2024'.
 *
 * @category Timestamps
 * @example
 * ```ts
 * const order: DateOrder = 'DMY'; // '01/03/2024' is 1 March
 * ```
 */
export type DateOrder = 'DMY' | 'MDY' | 'YMD';

/**
 * Options for {@link parseTimestamp}.
 *
 * @category Timestamps
 * @example
 * ```ts
 * const options: TimestampOptions = { timeZone: 'Europe/London', dateOrder: 'DMY' };
 * ```
 */
export interface TimestampOptions {
  /** Zone for wall-clock times that carry no offset: an IANA name or '+HH:MM'. Default 'UTC', with a warning. */
  timeZone?: string;
  /** Order of numeric dates. Without it, a field above 12 settles the order; otherwise DMY is assumed, with a warning (none for dates written with dots, the day-first way). */
  dateOrder?: DateOrder;
}

/**
 * A parsed timestamp.
 *
 * @category Timestamps
 * @example
 * ```ts
 * import { parseTimestamp } from 'thinktank-parser';
 * const t = parseTimestamp('15/07/2024 09:05', { timeZone: 'Europe/London', dateOrder: 'DMY' });
 * t?.iso;       // '2024-07-15T09:05:00+01:00'
 * t?.precision; // 'minute'
 * ```
 */
export interface Timestamp {
  /** `YYYY-MM-DD` for day precision, else `YYYY-MM-DDTHH:MM:SS±HH:MM`. */
  iso: string;
  precision: 'day' | 'minute' | 'second';
  /** The calendar date as written (local to the page), `YYYY-MM-DD`. */
  date: string;
  /** The numeric offset written into `iso`, or `null` at day precision. */
  offset: string | null;
  /** Where the offset came from: the text itself, the `timeZone` option, or the UTC default. */
  zoneSource: 'text' | 'option' | 'default' | null;
  /** What was assumed: DST gap or overlap, ambiguous date order, default zone. */
  warnings: Warning[];
}

/** @internal */
export type ReadTimestamp =
  | { ok: true; value: Timestamp }
  | { ok: false; reason: 'unrecognised' | 'impossible'; message: string };

/** The warning for an ambiguous date read day first, saying why it was ambiguous. @internal */
export function dayFirstAssumed(why: string): Omit<Warning, 'path'> {
  return { code: 'AMBIGUOUS_DATE_ORDER', message: `${why}; day-first assumed (set dateOrder to choose)` };
}

/** Month names and abbreviations in English, German, French, Spanish, Italian, Dutch and Portuguese. */
const MONTHS: Record<string, number> = Object.fromEntries(
  [
    'jan january januar jänner janvier janv enero gennaio januari janeiro',
    'feb february februar février fevrier févr febrero febbraio februari fevereiro',
    'mar march märz maerz mär mars marzo maart março',
    'apr april avril avr abril aprile',
    'may mai mayo maggio mei maio',
    'jun june juni juin junio giugno junho',
    'jul july juli juillet juil julio luglio julho',
    'aug august août aout agosto augustus',
    'sep sept september septembre septiembre setiembre settembre setembro',
    'oct october okt oktober octobre octubre ottobre outubro',
    'nov november novembre noviembre novembro',
    'dec december dez dezember décembre decembre déc diciembre dicembre dezembro',
  ].flatMap((names, i) => names.split(' ').map((name) => [name, i + 1])),
);

/** Zone abbreviations seen on think-tank pages ('10:00 am ET'). Ambiguous ones (IST) are left out. */
const ZONE_ABBREVIATIONS: Record<string, string> = Object.fromEntries(
  Object.entries({
    '+00:00': 'z utc gmt',
    'America/New_York': 'et est edt',
    'America/Chicago': 'ct cst cdt',
    'America/Denver': 'mt mst mdt',
    'America/Los_Angeles': 'pt pst pdt',
    'Europe/London': 'bst',
    'Europe/Berlin': 'cet cest',
  }).flatMap(([zone, names]) => names.split(' ').map((name) => [name, zone])),
);

const WEEKDAY = String.raw`(?:(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[a-z]{0,6}\.?,?\s+)?`;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
// A full stop may close the date ('2023.11.02.', as Korean and Hungarian pages write it).
const NUMERIC = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{4}|\d{1,2})\.?(.*)$/;
const DAY_MONTH_YEAR = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th|er)?\.?\s+(?:of\s+|de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?(\d{4})(.*)$`, 'iu');
const MONTH_DAY_YEAR = new RegExp(String.raw`^${WEEKDAY}(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(.*)$`, 'iu');
const TIME =
  /^(?:,|at|[-–—•|@])?\s*(\d{1,2})(?::(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?)?\s*(?:([ap])\.?\s?m\b\.?)?\s*(?:\(?([a-z]{1,4}|(?:utc|gmt)?[+-]\d{1,2}(?::?\d{2})?)\)?)?$/i;

interface DateFields {
  year: number;
  month: number;
  day: number;
  rest: string;
  warnings: Warning[];
}

/** A failed read: 'unrecognised' unless said otherwise. */
function fail(message: string, reason: 'unrecognised' | 'impossible' = 'unrecognised'): ReadTimestamp {
  return { ok: false, reason, message };
}

/** Turns '+5', '+0530', '-05:00', 'GMT+1' into '+HH:MM'. */
function offsetString(text: string): string | null {
  const m = /^(?:utc|gmt)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(text);
  if (!m) return null;
  const hours = Number(m[2]);
  const minutes = Number(m[3] ?? '0');
  if (hours > 18 || minutes > 59) return null;
  return formatOffset((m[1] === '-' ? -1 : 1) * (hours * 60 + minutes));
}

function readNumericDate(m: RegExpExecArray, order: DateOrder | undefined): DateFields | string {
  const [a, b, c] = [m[1]!, m[3]!, m[4]!];
  const warnings: Warning[] = [];
  if (a.length === 4) return { year: +a, month: +b, day: +c, rest: m[5]!, warnings };
  if (c.length !== 4) {
    // 'dd.mm.yy' as German pages write it ('30.10.23'): day first, and the year read as POSIX
    // reads %y (00-68 is 2000-2068, 69-99 is 1969-1999). No other two-digit year is read.
    if (m[2] !== '.' || c.length !== 2 || a.length !== 2 || b.length !== 2) return 'two-digit years are read only as dd.mm.yy';
    return { year: +c + (+c < 69 ? 2000 : 1900), month: +b, day: +a, rest: m[5]!, warnings };
  }
  let resolved = order === 'YMD' ? undefined : order;
  if (!resolved) {
    if (+a > 12 && +b <= 12) resolved = 'DMY';
    else if (+b > 12 && +a <= 12) resolved = 'MDY';
    else {
      resolved = 'DMY';
      // Dots are the day-first way of writing a date ('07.11.2023'), as for 'dd.mm.yy' above:
      // assumed without a warning. Slashes and hyphens are written both ways.
      if (+a !== +b && m[2] !== '.') {
        warnings.push(dayFirstAssumed(`'${m[0]!.trim()}' could be day-first or month-first`));
      }
    }
  }
  return resolved === 'DMY'
    ? { year: +c, month: +b, day: +a, rest: m[5]!, warnings }
    : { year: +c, month: +a, day: +b, rest: m[5]!, warnings };
}

/**
 * Reads a timestamp and says why when it can't. {@link parseTimestamp} is the public face.
 *
 * @internal
 */
export function readTimestamp(input: string, options: TimestampOptions = {}): ReadTimestamp {
  const text = normalizeWhitespace(input);
  if (text.length === 0 || text.length > 80) return fail('not a timestamp');

  let date: DateFields | null = null;
  let hour: number | undefined;
  let minute: number | undefined;
  let second: number | undefined;
  let zoneText: string | undefined;

  const iso = ISO.exec(text);
  if (iso) {
    date = { year: +iso[1]!, month: +iso[2]!, day: +iso[3]!, rest: '', warnings: [] };
    if (iso[4] !== undefined) {
      hour = +iso[4];
      minute = +iso[5]!;
      second = iso[6] === undefined ? undefined : +iso[6];
      zoneText = iso[7];
    }
  } else {
    const numeric = NUMERIC.exec(text);
    const named = numeric ? null : (DAY_MONTH_YEAR.exec(text) ?? MONTH_DAY_YEAR.exec(text));
    if (numeric) {
      const read = readNumericDate(numeric, options.dateOrder);
      if (typeof read === 'string') return fail(read);
      date = read;
    } else if (named) {
      const dayFirst = /^\d/.test(named[1]!);
      const monthName = lower(dayFirst ? named[2]! : named[1]!);
      const month = MONTHS[monthName];
      if (month === undefined) return fail(`'${monthName}' is not a month name`);
      date = { year: +named[3]!, month, day: +(dayFirst ? named[1]! : named[2]!), rest: named[4]!, warnings: [] };
    } else {
      return fail('no date format matched');
    }
    const rest = date.rest.trim();
    if (rest !== '') {
      const time = TIME.exec(rest);
      if (!time) return fail(`unrecognised text after the date: '${rest}'`);
      if (time[2] === undefined && time[4] === undefined) return fail(`'${rest}' is not a time`);
      hour = +time[1]!;
      minute = time[2] === undefined ? 0 : +time[2];
      second = time[3] === undefined ? undefined : +time[3];
      zoneText = time[5];
      if (time[4] !== undefined) {
        if (hour < 1 || hour > 12) return fail(`hour ${hour} with am/pm`, 'impossible');
        hour = (hour % 12) + (lower(time[4]) === 'p' ? 12 : 0);
      }
    }
  }

  const { year, month, day } = date;
  if (year < 1 || month < 1 || month > 12) return fail(`month ${month} does not exist`, 'impossible');
  if (day < 1 || day > daysInMonth(year, month)) {
    return fail(`${formatDate({ year, month: month, day: 1 }).slice(0, 7)} has no day ${day}`, 'impossible');
  }
  const warnings = [...date.warnings];
  if (hour === undefined || minute === undefined) {
    const iso = formatDate({ year, month, day });
    return { ok: true, value: { iso, precision: 'day', date: iso, offset: null, zoneSource: null, warnings } };
  }
  if (hour > 23 || minute > 59 || (second ?? 0) > 59) {
    return fail(`${hour}:${minute}:${second ?? 0} is not a time of day`, 'impossible');
  }

  const wall: WallTime = { year, month, day, hour, minute, second: second ?? 0 };
  const precision = second === undefined ? 'minute' : 'second';
  let zone: string;
  let zoneSource: Timestamp['zoneSource'];
  if (zoneText !== undefined) {
    const fixed = offsetString(zoneText);
    const named = ZONE_ABBREVIATIONS[lower(zoneText)];
    if (fixed === null && named === undefined) return fail(`unknown zone '${zoneText}'`);
    zone = fixed ?? named!;
    zoneSource = 'text';
  } else if (options.timeZone !== undefined) {
    zone = options.timeZone;
    zoneSource = 'option';
  } else {
    zone = 'UTC';
    zoneSource = 'default';
    warnings.push({ code: 'DEFAULT_TIME_ZONE', message: `'${text}' has no offset and no time zone was given; read as UTC` });
  }
  if (!isValidTimeZone(zone)) return fail(`unknown time zone '${zone}'`);

  const resolved = resolveWallTime(wall, zone);
  if (resolved.status === 'gap') {
    warnings.push({
      code: 'NONEXISTENT_LOCAL_TIME',
      message: `'${text}' does not exist in ${zone} (the clocks skipped it); moved forward to ${formatDateTime(resolved.wall, resolved.offsetMinutes)}`,
    });
  } else if (resolved.status === 'overlap') {
    warnings.push({
      code: 'AMBIGUOUS_LOCAL_TIME',
      message: `'${text}' happened twice in ${zone} (the clocks went back); the earlier instant was taken`,
    });
  }
  return {
    ok: true,
    value: {
      iso: formatDateTime(resolved.wall, resolved.offsetMinutes),
      precision,
      date: formatDate(resolved.wall),
      offset: formatOffset(resolved.offsetMinutes),
      zoneSource,
      warnings,
    },
  };
}

/**
 * Parses one timestamp as think-tank pages write them, and returns `null` for text that is
 * not a timestamp or names an impossible date (31/02, 29 February 2023, month 13: never
 * rolled over).
 *
 * Formats: 'dd/mm/yyyy HH:MM:SS' (and '.' or '-' separators, with or without seconds),
 * 'dd.mm.yy' (00-68 read as 2000-2068, 69-99 as 1969-1999, as POSIX reads two-digit years; no
 * other two-digit year is read), ISO 8601 dates and date-times, '1 March 2024',
 * 'March 1, 2024', 'Feb 27, 2024', with an optional weekday and an optional time
 * ('10:00 am ET', '14:30 GMT+1').
 *
 * A wall-clock time with no offset is read in `options.timeZone` and written with that
 * zone's offset at that instant. A source offset is kept, and 'Z' is written '+00:00'.
 * Date-times always carry seconds. DST gaps move forward; overlaps take the earlier instant.
 * Both add a warning. The machine's time zone is never used. A malformed `timeZone` or
 * `dateOrder` option throws {@link ParseError} `INVALID_OPTION`.
 *
 * @category Timestamps
 * @example
 * ```ts
 * import { parseTimestamp } from 'thinktank-parser';
 * parseTimestamp('15/07/2024 09:05:00', { timeZone: 'Europe/London' })?.iso; // '2024-07-15T09:05:00+01:00'
 * parseTimestamp('27/10/2024 09:00:00', { timeZone: 'Europe/London' })?.iso; // '2024-10-27T09:00:00+00:00'
 * parseTimestamp('2024-03-01T12:20Z')?.iso;                                 // '2024-03-01T12:20:00+00:00'
 * parseTimestamp('1 March 2024')?.iso;                                      // '2024-03-01'
 * parseTimestamp('31/02/2024');                                             // null
 * ```
 */
export function parseTimestamp(text: string, options: TimestampOptions = {}): Timestamp | null {
  validateOptions(options);
  if (typeof text !== 'string') return null;
  const read = readTimestamp(text, options);
  return read.ok ? read.value : null;
}
