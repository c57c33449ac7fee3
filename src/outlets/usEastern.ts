/**
 * How the built-in US outlets write their dates: in Washington and New York time, month first
 * ('10/13/2020'). Spread into a profile (`...US_EASTERN`); a profile is still plain data.
 *
 * @internal
 */
export const US_EASTERN = { timeZone: 'America/New_York', dateOrder: 'MDY' } as const;
