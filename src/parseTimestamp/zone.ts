import { formatInTimeZone } from 'date-fns-tz';

const MINUTE = 60_000;
const DAY = 86_400_000;

function exactOffset(timeZone: string, utcMs: number): number {
  const text = formatInTimeZone(new Date(utcMs), timeZone, 'xxx'); // '+01:00'
  const sign = text.startsWith('-') ? -1 : 1;
  return sign * (Number(text.slice(1, 3)) * 60 + Number(text.slice(4, 6)));
}

// The offset of each UTC day, per zone: one number, or for a day with a transition in it the
// offsets before and after and the instant it happens (found once, by bisection to the second).
// A bounded memo: it never changes a result (offsets are facts of the tz database) and never
// grows past DAY_CACHE_LIMIT entries.
interface Transition {
  before: number;
  after: number;
  at: number;
}
const DAY_CACHE_LIMIT = 4096;
const dayCache = new Map<string, Map<number, number | Transition>>();
let dayCacheSize = 0;

function dayOffsets(timeZone: string, day: number): number | Transition {
  let zone = dayCache.get(timeZone);
  const hit = zone?.get(day);
  if (hit !== undefined) return hit;
  const start = day * DAY;
  const before = exactOffset(timeZone, start);
  const after = exactOffset(timeZone, start + DAY - 1);
  let value: number | Transition = before;
  if (before !== after) {
    // The first second whose offset is `after` (one transition a day, as in every zone's rules).
    let lo = 0;
    let hi = DAY / 1000 - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (exactOffset(timeZone, start + mid * 1000) === after) hi = mid;
      else lo = mid + 1;
    }
    value = { before, after, at: start + lo * 1000 };
  }
  if (dayCacheSize >= DAY_CACHE_LIMIT) {
    dayCache.clear();
    dayCacheSize = 0;
    zone = undefined;
  }
  if (!zone) {
    zone = new Map();
    dayCache.set(timeZone, zone);
  }
  zone.set(day, value);
  dayCacheSize += 1;
  return value;
}

/**
 * The offset from UTC, in minutes, of `timeZone` at the UTC instant `utcMs`. `timeZone` is an
 * IANA name ('Europe/London') or a fixed offset ('+05:30', 'Z'). Throws a RangeError for an
 * unknown zone. Independent of the machine's own time zone.
 *
 * @internal
 */
export function offsetMinutesAt(timeZone: string, utcMs: number): number {
  const day = dayOffsets(timeZone, Math.floor(utcMs / DAY));
  if (typeof day === 'number') return day;
  return utcMs < day.at ? day.before : day.after;
}

/** @internal */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string' || timeZone.trim() === '') return false;
  try {
    return Number.isFinite(offsetMinutesAt(timeZone, 0));
  } catch {
    return false;
  }
}

/** Wall-clock fields, month 1–12. @internal */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/**
 * How a wall-clock time maps to an instant in a zone: `ok`, `gap` (the time never happened:
 * clocks jumped over it) or `overlap` (it happened twice: clocks went back).
 *
 * @internal
 */
export interface ResolvedWallTime {
  /** The wall-clock time actually written (moved forward for a gap). */
  wall: WallTime;
  offsetMinutes: number;
  status: 'ok' | 'gap' | 'overlap';
}

/** Milliseconds since the epoch of the wall time read as if it were UTC (years 0–9999 safe). @internal */
export function wallAsUtc(w: WallTime): number {
  const d = new Date(0);
  d.setUTCFullYear(w.year, w.month - 1, w.day);
  d.setUTCHours(w.hour, w.minute, w.second, 0);
  return d.getTime();
}

/** @internal */
export function utcToWall(ms: number): WallTime {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
  };
}

/**
 * Reads a wall-clock time in a zone. The documented choices, the same as JavaScript's
 * Temporal 'compatible' disambiguation:
 * - a time in a DST gap is moved forward by the length of the gap ('01:30' on the morning
 *   London springs forward becomes '02:30+01:00');
 * - a time in a DST overlap takes the earlier of its two instants (the offset before the
 *   change: '01:30' on the morning London falls back becomes '01:30+01:00').
 *
 * @internal
 */
export function resolveWallTime(wall: WallTime, timeZone: string): ResolvedWallTime {
  const w = wallAsUtc(wall);
  const before = offsetMinutesAt(timeZone, w - DAY);
  const after = offsetMinutesAt(timeZone, w + DAY);
  const candidates = before === after ? [before] : [before, after];
  const valid = candidates.filter((o) => offsetMinutesAt(timeZone, w - o * MINUTE) === o);
  if (valid.length === 1) return { wall, offsetMinutes: valid[0]!, status: 'ok' };
  if (valid.length === 2) return { wall, offsetMinutes: Math.max(before, after), status: 'overlap' };
  // Gap: take the instant the wall time names under the offset in force before the change,
  // and write it as the clock read at that instant.
  const instant = w - before * MINUTE;
  const offset = offsetMinutesAt(timeZone, instant);
  return { wall: utcToWall(instant + offset * MINUTE), offsetMinutes: offset, status: 'gap' };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** `+01:00`, `-05:30`, `+00:00`. @internal */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(Math.round(minutes));
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** `YYYY-MM-DD`. @internal */
export function formatDate(w: Pick<WallTime, 'year' | 'month' | 'day'>): string {
  return `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`;
}

/** `YYYY-MM-DDTHH:MM:SS±HH:MM`. @internal */
export function formatDateTime(w: WallTime, offsetMinutes: number): string {
  return `${formatDate(w)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${formatOffset(offsetMinutes)}`;
}

/** Days in a month of the proleptic Gregorian calendar. @internal */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}
