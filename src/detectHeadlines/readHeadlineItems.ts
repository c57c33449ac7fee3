import type { HeadlineItem, Warning } from '../model/schema.js';
import { dayFirstAssumed, readTimestamp, type DateOrder } from '../parseTimestamp/index.js';
import type { RawHeadline } from './index.js';

const NUMERIC_FIELDS = /^(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}/;

/**
 * Settles day order for a whole list: any first field above 12 means day first, any second
 * field above 12 means month first. Returns `undefined` when the list contradicts itself
 * (each item then settles its own), and `null` when nothing in it decides.
 *
 * @internal
 */
export function settleDateOrder(timestamps: readonly string[]): DateOrder | undefined | null {
  let dayFirst = false;
  let monthFirst = false;
  let numeric = false;
  for (const text of timestamps) {
    const m = NUMERIC_FIELDS.exec(text);
    if (!m) continue;
    numeric = true;
    if (+m[1]! > 12) dayFirst = true;
    if (+m[2]! > 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return undefined;
  if (dayFirst) return 'DMY';
  if (monthFirst) return 'MDY';
  return numeric ? null : undefined;
}

/**
 * Reads the timestamps of raw headlines into `HeadlineItem`s. Warnings carry the path of
 * the item they concern, offset by `pathStart` (items already emitted by earlier lists).
 *
 * @internal
 */
export function readHeadlineItems(
  raw: readonly RawHeadline[],
  context: { timeZone: string; dateOrder: DateOrder | undefined; pathStart?: number },
): { items: HeadlineItem[]; warnings: Warning[] } {
  const warnings: Warning[] = [];
  let dateOrder = context.dateOrder;
  if (dateOrder === undefined) {
    const settled = settleDateOrder(raw.flatMap((r) => (r.timestampText ? [r.timestampText] : [])));
    if (settled === null) {
      dateOrder = 'DMY';
      warnings.push({ ...dayFirstAssumed('No headline date has a field above 12 and the outlet sets no date order'), path: ['headlines'] });
    } else {
      dateOrder = settled;
    }
  }
  const items = raw.map((r, i): HeadlineItem => {
    const path = ['headlines', (context.pathStart ?? 0) + i, 'publishedAt'];
    let publishedAt: string | null = null;
    if (r.timestampText !== null) {
      const read = readTimestamp(r.timestampText, { timeZone: context.timeZone, ...(dateOrder ? { dateOrder } : {}) });
      if (read.ok) {
        publishedAt = read.value.iso;
        for (const w of read.value.warnings) warnings.push({ ...w, path });
      } else {
        warnings.push({
          code: 'INVALID_TIMESTAMP',
          message: `Headline '${r.title}' has timestamp '${r.timestampText}', which is not a real date (${read.message}); publishedAt left null`,
          path,
        });
      }
    }
    return { title: r.title, publishedAt, summary: r.summary, url: r.url, kind: null, author: null };
  });
  return { items, warnings };
}
