/**
 * Resolves a link against a base and keeps it only if it is absolute http(s): `javascript:`,
 * `data:`, `mailto:` and the like give `null`.
 *
 * @internal
 */
const SIMPLE_ABSOLUTE = /^https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z][a-z0-9-]*\/[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*(?:\?[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*)?$/;

export function absoluteUrl(href: string | null | undefined, base: string | URL | null | undefined): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  // Fast path: an already-normal absolute URL (lower-case scheme and host, a path, plain ASCII,
  // no fragment, no dot segments, a last host label that starts with a letter so it cannot be
  // read as an IPv4 number, no punycode) is returned as the URL parser would serialise it.
  if (SIMPLE_ABSOLUTE.test(trimmed) && !trimmed.includes('/.') && !trimmed.includes('xn--')) return trimmed;
  // canParse first: a thrown TypeError costs some 20 µs, and a page without a base URL can
  // have thousands of relative links.
  if (!URL.canParse(trimmed, base ?? undefined)) return null;
  const url = new URL(trimmed, base ?? undefined);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url.href;
}
