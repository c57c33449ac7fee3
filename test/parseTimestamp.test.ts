import { describe, expect, it } from 'vitest';
import { ParseError, parseTimestamp } from '../src/index.js';

const london = { timeZone: 'Europe/London', dateOrder: 'DMY' } as const;

describe('parseTimestamp formats', () => {
  it.each([
    ['01/03/2024 12:20:00', london, '2024-03-01T12:20:00+00:00', 'second'],
    ['15/07/2024 09:05:00', london, '2024-07-15T09:05:00+01:00', 'second'],
    ['27/10/2024 09:00:00', london, '2024-10-27T09:00:00+00:00', 'second'],
    ['15/07/2024 09:05', london, '2024-07-15T09:05:00+01:00', 'minute'],
    ['15.07.2024', london, '2024-07-15', 'day'],
    ['2024-03-01', {}, '2024-03-01', 'day'],
    ['2024-03-01T12:20Z', {}, '2024-03-01T12:20:00+00:00', 'minute'],
    ['2024-03-01T12:20:05.250+05:30', {}, '2024-03-01T12:20:05+05:30', 'second'],
    ['2024-03-01T12:20:05-0500', {}, '2024-03-01T12:20:05-05:00', 'second'],
    ['2024-07-01 08:00', { timeZone: 'America/New_York' }, '2024-07-01T08:00:00-04:00', 'minute'],
    ['1 March 2024', {}, '2024-03-01', 'day'],
    ['29 February 2024', {}, '2024-02-29', 'day'],
    ['March 1, 2024', {}, '2024-03-01', 'day'],
    ['Feb 27, 2024', {}, '2024-02-27', 'day'],
    ['Sept 3, 2024', {}, '2024-09-03', 'day'],
    ['Friday, 1st March 2024', {}, '2024-03-01', 'day'],
    ['Thu, June 4, 2026 • 10:00 am ET', {}, '2026-06-04T10:00:00-04:00', 'minute'],
    ['March 1, 2024 at 3 pm', { timeZone: 'America/New_York' }, '2024-03-01T15:00:00-05:00', 'minute'],
    ['1 March 2024 14:00 GMT+1', {}, '2024-03-01T14:00:00+01:00', 'minute'],
    ['2024-03-01 12:00', { timeZone: '+05:30' }, '2024-03-01T12:00:00+05:30', 'minute'],
    ['30.10.23', {}, '2023-10-30', 'day'],
    ['02.12.19 14:30', { timeZone: 'Europe/Berlin' }, '2019-12-02T14:30:00+01:00', 'minute'],
    ['31.12.99', {}, '1999-12-31', 'day'],
    ['2023.11.02.', {}, '2023-11-02', 'day'],
    ['2023.11.02. 20:06', { timeZone: 'Asia/Seoul' }, '2023-11-02T20:06:00+09:00', 'minute'],
    ['2020/7/11', {}, '2020-07-11', 'day'],
  ] as const)('%s → %s', (text, options, iso, precision) => {
    const t = parseTimestamp(text, options);
    expect(t?.iso).toBe(iso);
    expect(t?.precision).toBe(precision);
  });

  it('writes a source offset of Z as +00:00 and says where the offset came from', () => {
    expect(parseTimestamp('2024-03-01T00:00:00Z')).toMatchObject({ iso: '2024-03-01T00:00:00+00:00', zoneSource: 'text', offset: '+00:00' });
    expect(parseTimestamp('01/03/2024 10:00', london)).toMatchObject({ zoneSource: 'option', date: '2024-03-01' });
  });

  it('reads a zone-less time as UTC only with a warning', () => {
    const t = parseTimestamp('2024-03-01 10:00');
    expect(t?.iso).toBe('2024-03-01T10:00:00+00:00');
    expect(t?.zoneSource).toBe('default');
    expect(t?.warnings.map((w) => w.code)).toEqual(['DEFAULT_TIME_ZONE']);
  });

  it('handles the years 1999 and 2038 and leap days', () => {
    expect(parseTimestamp('31/12/1999 23:59:59', london)?.iso).toBe('1999-12-31T23:59:59+00:00');
    expect(parseTimestamp('19/01/2038 03:14:08', london)?.iso).toBe('2038-01-19T03:14:08+00:00');
    expect(parseTimestamp('29/02/2000', london)?.iso).toBe('2000-02-29');
    expect(parseTimestamp('29/02/1900', london)).toBeNull();
  });
});

describe('parseTimestamp refuses impossible dates instead of rolling them over', () => {
  it.each(['31/02/2024', '29 February 2023', '13/13/2024', '2024-13-01', '2024-04-31', '00/01/2024', '01/03/2024 24:00', '01/03/2024 12:60', '-0001-11-30', 'not a date', '', '13 Smarch 2024', '01/03/24', '1.3.24', '01-03-24', '31.02.23'])(
    '%s → null',
    (text) => {
      expect(parseTimestamp(text, london)).toBeNull();
    },
  );
});

describe('day order', () => {
  it('follows the option', () => {
    expect(parseTimestamp('01/03/2024', { dateOrder: 'DMY' })?.iso).toBe('2024-03-01');
    expect(parseTimestamp('01/03/2024', { dateOrder: 'MDY' })?.iso).toBe('2024-01-03');
    expect(parseTimestamp('2024/03/01', { dateOrder: 'YMD' })?.iso).toBe('2024-03-01');
  });

  it('is settled by a field above 12, and warns when nothing settles it', () => {
    expect(parseTimestamp('13/03/2024')?.iso).toBe('2024-03-13');
    expect(parseTimestamp('03/13/2024')?.iso).toBe('2024-03-13');
    const ambiguous = parseTimestamp('01/03/2024');
    expect(ambiguous?.iso).toBe('2024-03-01');
    expect(ambiguous?.warnings.map((w) => w.code)).toEqual(['AMBIGUOUS_DATE_ORDER']);
    expect(parseTimestamp('01-03-2024')?.warnings.map((w) => w.code)).toEqual(['AMBIGUOUS_DATE_ORDER']);
    // Dots are written day first: no warning, unless the option says otherwise.
    const dotted = parseTimestamp('07.11.2023');
    expect([dotted?.iso, dotted?.warnings]).toEqual(['2023-11-07', []]);
    expect(parseTimestamp('07.11.2023', { dateOrder: 'MDY' })?.iso).toBe('2023-07-11');
    expect(parseTimestamp('07.13.2023')?.iso).toBe('2023-07-13');
  });

  it('rejects a date impossible in the declared order', () => {
    expect(parseTimestamp('03/13/2024', { dateOrder: 'DMY' })).toBeNull();
  });
});

describe('DST gaps and overlaps', () => {
  it('moves a nonexistent local time forward by the gap, with a warning', () => {
    const t = parseTimestamp('31/03/2024 01:30:00', london);
    expect(t?.iso).toBe('2024-03-31T02:30:00+01:00');
    expect(t?.warnings.map((w) => w.code)).toEqual(['NONEXISTENT_LOCAL_TIME']);
    expect(parseTimestamp('2024-03-10 02:30', { timeZone: 'America/New_York' })?.iso).toBe('2024-03-10T03:30:00-04:00');
  });

  it('takes the earlier instant of a repeated local time, with a warning', () => {
    const t = parseTimestamp('27/10/2024 01:30:00', london);
    expect(t?.iso).toBe('2024-10-27T01:30:00+01:00');
    expect(t?.warnings.map((w) => w.code)).toEqual(['AMBIGUOUS_LOCAL_TIME']);
    expect(parseTimestamp('27/10/2024 00:59:59', london)?.warnings).toEqual([]);
    expect(parseTimestamp('27/10/2024 02:00:00', london)?.iso).toBe('2024-10-27T02:00:00+00:00');
  });

  it('crosses the change correctly on either side', () => {
    expect(parseTimestamp('26/10/2024 18:30', london)?.iso).toBe('2024-10-26T18:30:00+01:00');
    expect(parseTimestamp('28/10/2024 18:30', london)?.iso).toBe('2024-10-28T18:30:00+00:00');
    expect(parseTimestamp('2024-04-07 02:30', { timeZone: 'Australia/Sydney' })?.iso).toBe('2024-04-07T02:30:00+11:00');
  });
});

describe('bad options', () => {
  it('throws INVALID_OPTION for an unknown zone, naming the option', () => {
    try {
      parseTimestamp('01/03/2024 10:00', { timeZone: 'Mars/Olympus_Mons' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
      expect((e as ParseError).code).toBe('INVALID_OPTION');
      expect((e as ParseError).issues[0]?.path).toEqual(['timeZone']);
    }
  });

  it('throws INVALID_OPTION for an unknown date order', () => {
    expect(() => parseTimestamp('01/03/2024', { dateOrder: 'DDMM' as never })).toThrow(ParseError);
  });

  it('returns null for a non-string', () => {
    expect(parseTimestamp(42 as never)).toBeNull();
  });
});
