/**
 * The time zone a page's language tag points to, when it points to one: a region subtag of a
 * country with a single zone ('de-AT' → Europe/Vienna), or a language spoken in essentially one
 * zone ('de', 'it', 'ja'). `null` for languages and countries that span zones ('en', 'es',
 * 'pt', 'ru', 'en-US', 'es-MX', …). Used only to write a UTC instant in the page's own offset,
 * which never changes the instant.
 *
 * @internal
 */
export function languageZone(tag: string | null): string | null {
  if (!tag) return null;
  const [language, ...rest] = tag.toLowerCase().split(/[-_]/);
  const region = rest.find((part) => /^[a-z]{2}$/.test(part));
  if (region) return BY_REGION[region] ?? null;
  return BY_LANGUAGE[language!] ?? null;
}

const BY_REGION: Record<string, string> = {
  de: 'Europe/Berlin', at: 'Europe/Vienna', ch: 'Europe/Zurich', li: 'Europe/Vaduz', lu: 'Europe/Luxembourg',
  fr: 'Europe/Paris', be: 'Europe/Brussels', nl: 'Europe/Amsterdam', it: 'Europe/Rome', es: 'Europe/Madrid',
  gb: 'Europe/London', uk: 'Europe/London', ie: 'Europe/Dublin', pl: 'Europe/Warsaw', cz: 'Europe/Prague',
  sk: 'Europe/Bratislava', hu: 'Europe/Budapest', dk: 'Europe/Copenhagen', se: 'Europe/Stockholm',
  no: 'Europe/Oslo', fi: 'Europe/Helsinki', gr: 'Europe/Athens', ro: 'Europe/Bucharest', bg: 'Europe/Sofia',
  hr: 'Europe/Zagreb', si: 'Europe/Ljubljana', rs: 'Europe/Belgrade', ua: 'Europe/Kyiv', tr: 'Europe/Istanbul',
  il: 'Asia/Jerusalem', jp: 'Asia/Tokyo', kr: 'Asia/Seoul', cn: 'Asia/Shanghai', tw: 'Asia/Taipei', hk: 'Asia/Hong_Kong',
  sg: 'Asia/Singapore', in: 'Asia/Kolkata', th: 'Asia/Bangkok', vn: 'Asia/Ho_Chi_Minh', ph: 'Asia/Manila',
  za: 'Africa/Johannesburg', eg: 'Africa/Cairo', ng: 'Africa/Lagos', ke: 'Africa/Nairobi', nz: 'Pacific/Auckland',
  ar: 'America/Argentina/Buenos_Aires', cl: 'America/Santiago', co: 'America/Bogota', pe: 'America/Lima',
  uy: 'America/Montevideo', ve: 'America/Caracas', pt: 'Europe/Lisbon', ee: 'Europe/Tallinn', lv: 'Europe/Riga', lt: 'Europe/Vilnius',
};

const BY_LANGUAGE: Record<string, string> = {
  de: 'Europe/Berlin', fr: 'Europe/Paris', it: 'Europe/Rome', nl: 'Europe/Amsterdam', pl: 'Europe/Warsaw',
  cs: 'Europe/Prague', sk: 'Europe/Bratislava', hu: 'Europe/Budapest', da: 'Europe/Copenhagen', sv: 'Europe/Stockholm',
  nb: 'Europe/Oslo', nn: 'Europe/Oslo', no: 'Europe/Oslo', fi: 'Europe/Helsinki', el: 'Europe/Athens',
  ro: 'Europe/Bucharest', bg: 'Europe/Sofia', hr: 'Europe/Zagreb', sl: 'Europe/Ljubljana', sr: 'Europe/Belgrade',
  uk: 'Europe/Kyiv', tr: 'Europe/Istanbul', he: 'Asia/Jerusalem', ja: 'Asia/Tokyo', ko: 'Asia/Seoul',
  th: 'Asia/Bangkok', vi: 'Asia/Ho_Chi_Minh', et: 'Europe/Tallinn', lv: 'Europe/Riga', lt: 'Europe/Vilnius',
};
