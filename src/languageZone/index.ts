import { lower } from '../lower/index.js';

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
  const [language, ...rest] = lower(tag).split(/[-_]/);
  const region = rest.find((part) => /^[a-z]{2}$/.test(part));
  if (region) return BY_REGION[region] ?? null;
  const home = LANGUAGE_REGION[language!] ?? (LANGUAGE_IS_REGION.has(language!) ? language! : undefined);
  return home === undefined ? null : (BY_REGION[home] ?? null);
}

/** Regions with a single zone, by area: 'de Berlin' is region 'de', zone 'Europe/Berlin'. */
const BY_REGION: Record<string, string> = Object.fromEntries(
  Object.entries({
    Europe: [
      'de Berlin at Vienna ch Zurich li Vaduz lu Luxembourg fr Paris be Brussels',
      'nl Amsterdam it Rome es Madrid gb London uk London ie Dublin pl Warsaw cz Prague',
      'sk Bratislava hu Budapest dk Copenhagen se Stockholm no Oslo fi Helsinki gr Athens',
      'ro Bucharest bg Sofia hr Zagreb si Ljubljana rs Belgrade ua Kyiv tr Istanbul',
      'pt Lisbon ee Tallinn lv Riga lt Vilnius',
    ].join(' '),
    Asia: [
      'il Jerusalem jp Tokyo kr Seoul cn Shanghai tw Taipei hk Hong_Kong sg Singapore',
      'in Kolkata th Bangkok vn Ho_Chi_Minh ph Manila',
    ].join(' '),
    Africa: 'za Johannesburg eg Cairo ng Lagos ke Nairobi',
    Pacific: 'nz Auckland',
    America: 'ar Argentina/Buenos_Aires cl Santiago co Bogota pe Lima uy Montevideo ve Caracas',
  }).flatMap(([area, list]) => {
    const words = list.split(' ');
    const entries: [string, string][] = [];
    for (let i = 0; i < words.length; i += 2) entries.push([words[i]!, `${area}/${words[i + 1]!}`]);
    return entries;
  }),
);

/** Languages spoken in essentially one zone, by the region whose zone they use. */
const LANGUAGE_REGION: Record<string, string> = {
  cs: 'cz', da: 'dk', sv: 'se', nb: 'no', nn: 'no', el: 'gr', sl: 'si', sr: 'rs', uk: 'ua', he: 'il',
  ja: 'jp', ko: 'kr', vi: 'vn', et: 'ee',
};

/** Languages whose code is also the code of the region whose zone they use. */
const LANGUAGE_IS_REGION = new Set('de fr it nl pl sk hu fi no ro bg hr tr th lv lt'.split(' '));
