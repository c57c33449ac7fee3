// Mutation fuzzing from the real fixtures: a seeded PRNG and mutators that truncate, drop or
// duplicate tags, shuffle blocks, and inject control characters, lone surrogates and huge
// attribute values. Shared by the short seeded run in `npm test` and `npm run fuzz`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { globSync } from 'tinyglobby';
import {
  ArticleSchema,
  HeadlineItemSchema,
  ParseError,
  decodeHtml,
  explain,
  parseHeadlines,
  safeParseArticle,
  toMarkdown,
} from '../../src/index.js';

/** mulberry32: small, fast, seeded; the same seed gives the same run. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function loadSeeds(root: string): { name: string; text: string }[] {
  return globSync('**/input.{txt,html}', { cwd: join(root, 'fixtures') })
    .sort()
    .map((p) => ({ name: p, text: readFileSync(join(root, 'fixtures', p), 'utf8') }));
}

type Mutator = (s: string, r: () => number) => string;
const pick = <T>(xs: readonly T[], r: () => number): T => xs[Math.floor(r() * xs.length)]!;
const at = (s: string, r: () => number) => Math.floor(r() * (s.length + 1));
const NASTY = ['\u0000', '\u0001', '\u001b', '\u0008', '\u000b', '\u000c', '\u007f', '\u0085', '\u2028', '\u2029', '\uD800', '\uDFFF', '\uFEFF', '\u00A0', '\u200B', '\r', '\r\n\r\n', '|', '&#0;', '&#x110000;', '&amp', '<!--', ']]>', '<![CDATA[', '\u202E'];
const TAGS = ['<p>', '</p>', '<div>', '</div>', '<h1>', '</h1>', '<table><tr><td>', '<a href="javascript:alert(1)">', '<a href="data:text/html,x">', '<script>', '</script>', '<script type="application/ld+json">{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"@type":"Article","headline":"X"}</script>', '<time datetime="2024-02-30T25:61:00Z">', '<meta property="article:published_time" content="9999-99-99">', '<nav>', '<article>', '<template>', '<svg><foreignObject>', '<noscript>', '<select>', '<plaintext>'];

export const MUTATORS: Record<string, Mutator> = {
  truncate: (s, r) => s.slice(0, at(s, r)),
  dropTag: (s, r) => {
    const tags = [...s.matchAll(/<\/?[a-zA-Z][^>]{0,200}>/g)];
    if (tags.length === 0) return s.slice(1);
    const m = pick(tags, r);
    return s.slice(0, m.index) + s.slice(m.index! + m[0].length);
  },
  duplicateTag: (s, r) => {
    const tags = [...s.matchAll(/<\/?[a-zA-Z][^>]{0,200}>/g)];
    if (tags.length === 0) return s + s.slice(0, 40);
    const m = pick(tags, r);
    return s.slice(0, m.index) + m[0].repeat(1 + Math.floor(r() * 50)) + s.slice(m.index!);
  },
  shuffleBlocks: (s, r) => {
    const parts = s.split(/(?<=\n)|(?=<(?:p|div|li|h\d|section)\b)/);
    for (let i = parts.length - 1; i > 0; i--) {
      if (r() < 0.3) continue;
      const j = Math.floor(r() * (i + 1));
      [parts[i], parts[j]] = [parts[j]!, parts[i]!];
    }
    return parts.join('');
  },
  inject: (s, r) => {
    const p = at(s, r);
    return s.slice(0, p) + pick(NASTY, r).repeat(1 + Math.floor(r() * 8)) + s.slice(p);
  },
  injectTag: (s, r) => {
    const p = at(s, r);
    return s.slice(0, p) + pick(TAGS, r) + s.slice(p);
  },
  hugeAttribute: (s, r) => {
    const p = at(s, r);
    return `${s.slice(0, p)}<div data-x="${'x'.repeat(10_000 + Math.floor(r() * 200_000))}" class="${'a '.repeat(2000)}">${s.slice(p)}`;
  },
  repeatSlice: (s, r) => {
    const a = at(s, r);
    const b = Math.min(s.length, a + Math.floor(r() * 400));
    return s.slice(0, b) + s.slice(a, b).repeat(1 + Math.floor(r() * 20)) + s.slice(b);
  },
  // A short piece repeated thousands of times where it stands: inside a title ('| Site' 10,000
  // times once overflowed the stack), a meta value, a class name, a text or a JSON-LD string.
  repeatShort: (s, r) => {
    const a = at(s, r);
    const b = Math.min(s.length, a + 2 + Math.floor(r() * 23));
    return s.slice(0, b) + s.slice(a, b).repeat(100 + Math.floor(r() * 20_000)) + s.slice(b);
  },
  // A slice of 20 to 400 characters repeated 50 to 3,000 times (about 400 KB at most) where it
  // stands, each copy with its digits shifted by the copy's number: many headline items, dates
  // and links that differ, which no identical repeat makes.
  repeatCounted: (s, r) => {
    const a = at(s, r);
    const b = Math.min(s.length, a + 20 + Math.floor(r() * 380));
    const piece = s.slice(a, b);
    const copies: string[] = [];
    const n = 50 + Math.floor(r() * Math.min(3000, 400_000 / piece.length));
    for (let i = 0; i < n; i++) copies.push(piece.replace(/\d+/g, (d) => String((i + Number(d)) % 10 ** Math.max(d.length, 2)).padStart(d.length, '0')));
    return s.slice(0, b) + copies.join('') + s.slice(b);
  },
  // A region wrapped in 50 to 3,000 nested copies of one of the page's own start tags (at most
  // about 400 KB of them), closed after it: deep well-formed nesting of a real class, id,
  // itemprop or role.
  nestRegion: (s, r) => {
    const tags = [...s.matchAll(/<([a-zA-Z][a-zA-Z0-9]{0,10})(?:\s[^>]{0,300})?>/g)];
    if (tags.length === 0) return `<div>${s}</div>`;
    const m = pick(tags, r);
    const a = m.index! + m[0].length;
    const b = Math.min(s.length, a + Math.floor(r() * 3000));
    const n = 50 + Math.floor(r() * Math.min(3000, 400_000 / m[0].length));
    return s.slice(0, a) + m[0].repeat(n) + s.slice(a, b) + `</${m[1]}>`.repeat(n) + s.slice(b);
  },
  // A slice moved far from where it stood: body text into the head, metadata after the footer.
  moveSlice: (s, r) => {
    const a = Math.floor(r() * s.length);
    const b = Math.min(s.length, a + 1 + Math.floor(r() * 5000));
    const rest = s.slice(0, a) + s.slice(b);
    const c = at(rest, r);
    return rest.slice(0, c) + s.slice(a, b) + rest.slice(c);
  },
  // The tags of a region (the whole page one time in four) replaced by line breaks: HTML turned
  // into the kind of text dump a scraper writes, with its entities, JSON-LD and menus as text.
  stripTags: (s, r) => {
    const whole = r() < 0.25;
    const a = whole ? 0 : Math.floor(r() * s.length);
    const b = whole ? s.length : Math.min(s.length, a + 200 + Math.floor(r() * 20_000));
    const slice = s.slice(a, b);
    const stripped = slice.replace(/<[^<>]{0,2000}>/g, '\n');
    return s.slice(0, a) + (stripped === slice ? `${stripped}\n` : stripped) + s.slice(b);
  },
  // A slice of up to 3,000 characters in upper or lower case: `<META PROPERTY=…>`, 'BY JANE
  // DOE', 'PUBLISHED 3 MARCH 2024', 'january', JSON-LD keys that no longer match.
  changeCase: (s, r) => {
    const a = Math.floor(r() * s.length);
    const b = Math.min(s.length, a + 1 + Math.floor(r() * 3000));
    const slice = s.slice(a, b);
    const changed = r() < 0.5 ? slice.toUpperCase() : slice.toLowerCase();
    return s.slice(0, a) + (changed === slice ? slice.toUpperCase() + 'X' : changed) + s.slice(b);
  },
  // The characters of a slice of up to 2,000 written as numeric character references (decimal
  // or hex, some without their ';'), as some CMSs and mail exports do: the HTML path decodes
  // them, the text path sees them as they are.
  encodeEntities: (s, r) => {
    const a = Math.floor(r() * s.length);
    const b = Math.min(s.length, a + 1 + Math.floor(r() * 2000));
    const hex = r() < 0.5;
    const semi = r() < 0.9 ? ';' : '';
    const slice = s.slice(a, b);
    const encoded = [...slice].map((c) => (r() < 0.7 ? (hex ? `&#x${c.codePointAt(0)!.toString(16)}${semi}` : `&#${c.codePointAt(0)}${semi}`) : c)).join('');
    return s.slice(0, a) + (encoded === slice ? `&#65;${encoded}` : encoded) + s.slice(b);
  },
  digitsAndSlashes: (s, r) => {
    const p = at(s, r);
    return s.slice(0, p) + '01/'.repeat(1 + Math.floor(r() * 3000)) + '12:20:0' + s.slice(p);
  },
};
const NAMES = Object.keys(MUTATORS);

/** One fuzzed input: 1 to 4 mutations of a seed; returns the input and the mutations applied. */
export function mutate(seed: string, r: () => number, names: readonly string[] = NAMES): { input: string; steps: string[] } {
  let s = seed;
  const steps: string[] = [];
  const n = 1 + Math.floor(r() * 4);
  for (let i = 0; i < n; i++) {
    const name = pick(names, r);
    steps.push(name);
    s = MUTATORS[name]!(s, r);
  }
  return { input: s, steps };
}

export type Failure = { kind: 'crash' | 'slow' | 'schema' | 'nondeterministic' | 'mutated' | 'pollution' | 'unsafe-url' | 'offsets-differ'; detail: string };

// The model's link fields: `url` (article, authors, menus, headlines) and `href` (block links).
const URL_KEYS = new Set(['url', 'href']);
function unsafeUrl(value: unknown, path = ''): string | null {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = unsafeUrl(value[i], `${path}[${i}]`);
      if (bad) return bad;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (URL_KEYS.has(k) && typeof v === 'string' && !/^https?:\/\//i.test(v)) return `${path}.${k} = ${v.slice(0, 80)}`;
      const bad = unsafeUrl(v, `${path}.${k}`);
      if (bad) return bad;
    }
  }
  return null;
}

/**
 * Runs every public entry point on one input and checks the invariants: only ParseError is
 * thrown, results validate, the same input gives the same output (with and without source
 * offsets, which parse the HTML by different routes: `compareOffsets`), the input is not mutated,
 * Object.prototype is not polluted and every URL is absolute http(s). Returns the failures.
 */
export function checkInput(input: string, timeZone = 'Europe/London', compareOffsets = true): Failure[] {
  const failures: Failure[] = [];
  const before = input.slice();
  const options = { timeZone };
  try {
    const a = safeParseArticle(input, options);
    if (a.success) {
      if (!ArticleSchema.safeParse(a.data).success) failures.push({ kind: 'schema', detail: 'Article does not validate' });
      const bad = unsafeUrl(a.data);
      if (bad) failures.push({ kind: 'unsafe-url', detail: bad });
      toMarkdown(a.data);
    } else if (!(a.error instanceof ParseError)) failures.push({ kind: 'crash', detail: `safeParseArticle error is not a ParseError: ${String(a.error)}` });
    const b = safeParseArticle(input, options);
    if (JSON.stringify(a) !== JSON.stringify(b)) failures.push({ kind: 'nondeterministic', detail: 'two parses differ' });
    // explain tracks source offsets, so parse5 reads the HTML as given; parseArticle drops the
    // text of scripts and styles first. Both must give the same article, or the same error.
    if (compareOffsets) {
      let other: unknown;
      try {
        const e = explain(input, options);
        other = e.article ?? e.error?.message;
      } catch (error) {
        if (!(error instanceof ParseError)) throw error;
        other = error.message;
      }
      if (JSON.stringify(a.success ? a.data : a.error.message) !== JSON.stringify(other)) {
        failures.push({ kind: 'offsets-differ', detail: 'explain and parseArticle differ' });
      }
    }
  } catch (e) {
    failures.push({ kind: 'crash', detail: `safeParseArticle threw: ${(e as Error)?.stack ?? String(e)}` });
  }
  try {
    for (const item of parseHeadlines(input, options)) {
      if (!HeadlineItemSchema.safeParse(item).success) failures.push({ kind: 'schema', detail: 'HeadlineItem does not validate' });
      const bad = unsafeUrl(item);
      if (bad) failures.push({ kind: 'unsafe-url', detail: bad });
    }
  } catch (e) {
    if (!(e instanceof ParseError)) failures.push({ kind: 'crash', detail: `parseHeadlines threw: ${(e as Error)?.stack ?? String(e)}` });
  }
  try {
    const bytes = new TextEncoder().encode(input);
    const copy = bytes.slice();
    decodeHtml(bytes);
    if (bytes.some((v, i) => v !== copy[i])) failures.push({ kind: 'mutated', detail: 'decodeHtml changed its input bytes' });
  } catch (e) {
    if (!(e instanceof ParseError)) failures.push({ kind: 'crash', detail: `decodeHtml threw: ${(e as Error)?.stack ?? String(e)}` });
  }
  if (input !== before) failures.push({ kind: 'mutated', detail: 'input string changed' });
  const proto = Object.prototype as Record<string, unknown>;
  if ('polluted' in proto || ({} as Record<string, unknown>).polluted !== undefined) {
    delete proto.polluted;
    failures.push({ kind: 'pollution', detail: 'Object.prototype.polluted was set' });
  }
  return failures;
}
