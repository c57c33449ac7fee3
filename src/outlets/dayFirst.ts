/**
 * How an outlet that writes the day first ('13/10/2020') dates its pages, in its zone: spread
 * into a profile (`...dayFirst('Europe/London')`); a profile is still plain data.
 *
 * @internal
 */
export const dayFirst = (timeZone: string) => ({ timeZone, dateOrder: 'DMY' }) as const;
