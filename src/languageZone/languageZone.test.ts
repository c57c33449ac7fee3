import { describe, expect, it } from 'vitest';
import { languageZone } from './index.js';

describe('languageZone', () => {
  it('reads a single-zone region first, then a single-zone language', () => {
    expect(languageZone('de-AT')).toBe('Europe/Vienna');
    expect(languageZone('de_CH')).toBe('Europe/Zurich');
    expect(languageZone('it')).toBe('Europe/Rome');
    expect(languageZone('JA')).toBe('Asia/Tokyo');
    expect(languageZone('en-GB')).toBe('Europe/London');
    expect(languageZone('es-AR')).toBe('America/Argentina/Buenos_Aires');
    expect(languageZone('en-NZ')).toBe('Pacific/Auckland');
    expect(languageZone('zh-HK')).toBe('Asia/Hong_Kong');
    expect(languageZone('en-ZA')).toBe('Africa/Johannesburg');
    expect(languageZone('pt-PT')).toBe('Europe/Lisbon');
  });

  it('gives null for languages and countries that span zones, and for nothing', () => {
    for (const tag of ['en', 'es', 'pt', 'ru', 'ar', 'en-US', 'es-MX', 'pt-BR', 'fr-CA', '', null]) expect(languageZone(tag)).toBeNull();
    // Names of Object.prototype's members are not languages.
    for (const tag of ['constructor', '__proto__', 'toString', 'valueOf']) expect(languageZone(tag)).toBeNull();
  });

  it('gives every single-zone language its zone', () => {
    const expected: Record<string, string> = {
      de: 'Europe/Berlin', fr: 'Europe/Paris', it: 'Europe/Rome', nl: 'Europe/Amsterdam',
      pl: 'Europe/Warsaw', cs: 'Europe/Prague', sk: 'Europe/Bratislava', hu: 'Europe/Budapest',
      da: 'Europe/Copenhagen', sv: 'Europe/Stockholm', nb: 'Europe/Oslo', nn: 'Europe/Oslo',
      no: 'Europe/Oslo', fi: 'Europe/Helsinki', el: 'Europe/Athens', ro: 'Europe/Bucharest',
      bg: 'Europe/Sofia', hr: 'Europe/Zagreb', sl: 'Europe/Ljubljana', sr: 'Europe/Belgrade',
      uk: 'Europe/Kyiv', tr: 'Europe/Istanbul', he: 'Asia/Jerusalem', ja: 'Asia/Tokyo', ko: 'Asia/Seoul',
      th: 'Asia/Bangkok', vi: 'Asia/Ho_Chi_Minh', et: 'Europe/Tallinn', lv: 'Europe/Riga',
      lt: 'Europe/Vilnius',
    };
    for (const [language, zone] of Object.entries(expected)) expect([language, languageZone(language)]).toEqual([language, zone]);
  });
});
