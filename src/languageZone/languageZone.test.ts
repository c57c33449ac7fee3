import { describe, expect, it } from 'vitest';
import { languageZone } from './index.js';

describe('languageZone', () => {
  it('reads a single-zone region first, then a single-zone language', () => {
    expect(languageZone('de-AT')).toBe('Europe/Vienna');
    expect(languageZone('de_CH')).toBe('Europe/Zurich');
    expect(languageZone('it')).toBe('Europe/Rome');
    expect(languageZone('JA')).toBe('Asia/Tokyo');
    expect(languageZone('en-GB')).toBe('Europe/London');
  });

  it('gives null for languages and countries that span zones, and for nothing', () => {
    for (const tag of ['en', 'es', 'pt', 'ru', 'ar', 'en-US', 'es-MX', 'pt-BR', 'fr-CA', '', null]) expect(languageZone(tag)).toBeNull();
  });
});
