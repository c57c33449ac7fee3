import { readTimestamp, type ReadTimestamp, type TimestampOptions } from './index.js';

const MONTH_WORD = String.raw`\p{L}{3,10}\.?`;
// A date inside running text: '… | March 3, 2020', 'Published 3 March 2020', '2020-03-03', '03/03/2020',
// year first with dots or slashes ('2023.11.02.', '2020/7/11', as Korean, Japanese and Hungarian pages write it).
const DATE_IN_TEXT = new RegExp(
  String.raw`(?:\d{1,2}(?:st|nd|rd|th|er)?\.?\s+${MONTH_WORD},?\s+\d{4}|${MONTH_WORD}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?|\d{1,2}(?:\/|\.\s?)\d{1,2}(?:\/|\.\s?)\d{4}(?![\d:])|(?<!\d)\d{4}([./])\d\d?\1\d\d?(?![./-]?\d)|(?<![\d.])\d\d\.\d\d\.\d\d(?!\.?\d))`,
  'iu',
);
// Every date form read here has a four-digit year or is dd.mm.yy: a cheap test before the costly one.
const FOUR_DIGITS = /\d{4}|\d\d\.\d\d\.\d\d/;
const MODIFIED = /\b(?:updated|modified|edited|revised|aktualisiert|geändert|mis à jour|actualizado)\b/i;

/**
 * Finds the first date written inside a short text ('By Jane Doe | March 3, 2020'). A date
 * the text calls an update is skipped, so a modification date is never read as publication.
 *
 * @internal
 */
export function findDateInText(text: string, options: TimestampOptions): (ReadTimestamp & { ok: true }) | null {
  if (text.length > 200 || !FOUR_DIGITS.test(text)) return null;
  // A date after 'Updated' is the last change: only the text before such a word is read
  // ('Written: 2023-04-18 / Updated: 2023-04-19' gives the 18th, 'Aktualisiert am …' nothing).
  const m = DATE_IN_TEXT.exec(text.split(MODIFIED)[0]!);
  if (!m) return null;
  // '7. 3. 2022': the spaces after the dots go before reading.
  const read = readTimestamp(m[0].replace(/(?<=\d)\. (?=\d)/g, '.'), options);
  return read.ok ? read : null;
}

const LINE_NOISE =
  /\b(?:updated|published|posted|last|modified|on|at|am|pm|a\.m\.|p\.m\.|et|est|edt|cst|cdt|pst|pdt|gmt|utc|bst|cet|cest|veröffentlicht|aktualisiert|stand|am|um|uhr|le|à|publié|mis à jour|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?/gi;

/**
 * A line that is only a date, perhaps with a time, weekday, zone and 'Updated'/'Published':
 * 'Updated 1:39 am EST, Wednesday, November 20, 2019'. Such lines are metadata, not body.
 *
 * @internal
 */
export function isDateLine(text: string): boolean {
  if (text.length > 90 || !FOUR_DIGITS.test(text)) return false;
  const m = DATE_IN_TEXT.exec(text);
  if (!m) return false;
  const rest = text
    .replace(m[0], ' ')
    .replace(/\d{1,2}[:.]\d{2}(?::\d{2})?/g, ' ')
    .replace(LINE_NOISE, ' ')
    .replace(/[^\p{L}]+/gu, ' ')
    .trim();
  return rest === '' || rest.split(' ').length <= 1;
}
