import { describe, expect, it } from 'vitest';
import { safeParseArticle } from '../index.js';
import { absoluteUrl } from './index.js';

describe('absoluteUrl', () => {
  it('keeps absolute http(s) links and resolves relative ones', () => {
    expect(absoluteUrl('https://www.cfr.org/blog/x', null)).toBe('https://www.cfr.org/blog/x');
    expect(absoluteUrl('/blog/x#top', 'https://www.cfr.org/a/b')).toBe('https://www.cfr.org/blog/x');
    expect(absoluteUrl('HTTPS://WWW.CFR.ORG/./x', null)).toBe('https://www.cfr.org/x');
  });

  it('drops javascript:, data:, vbscript: and mailto: links', () => {
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:msgbox', 'mailto:a@b.org']) {
      expect(absoluteUrl(href, 'https://www.cfr.org/')).toBeNull();
    }
  });

  it('gives null for hosts the URL parser rejects, even when they look simple (found by fuzzing)', () => {
    expect(absoluteUrl('https://www.cfr.01/01/01/', null)).toBeNull();
    expect(absoluteUrl('https://999.999.999.999/x', null)).toBeNull();
    expect(absoluteUrl('https://xn--a.org/x', null)).toBeNull();
  });

  it('a page whose canonical link has such a host still parses, with no URL', () => {
    const html = `<html><head><title>Grid reform stalls</title><link rel="canonical" href="https://www.cfr.01/01/01/"></head><body><article><h1>Grid reform stalls</h1><p>${'The committee postponed the vote after members asked for an independent costing. '.repeat(4)}</p></article></body></html>`;
    const result = safeParseArticle(html, { timeZone: 'UTC' });
    expect(result.success).toBe(true);
    if (result.success) expect(result.data.url).toBeNull();
  });
});
