// The JSON Schema shipped as `thinktank-parser/schema.json` (scripts/jsonSchema.ts) must accept
// what the parser returns and reject what zod rejects: the two must not drift apart.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../scripts/jsonSchema.js';
import { ArticleSchema, parseArticle, parseHeadlines, safeParseArticle } from '../src/index.js';
import { loadSeeds, mutate, rng } from './fuzz/mutate.js';

const root = join(import.meta.dirname, '..');
const schema = buildJsonSchema('test');
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validateArticle = ajv.compile(schema);
const validateHeadline = ajv.compile({ $ref: '#/$defs/HeadlineItem', $defs: schema.$defs });
const seeds = loadSeeds(root);
const articles = seeds.flatMap((s) => {
  const r = safeParseArticle(s.text, { timeZone: 'Europe/London' });
  return r.success ? [{ name: s.name, article: r.data }] : [];
});

describe('JSON Schema of the model', () => {
  it('is draft 2020-12 with the named parts under $defs', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.$defs as object).sort()).toEqual(['Author', 'BodyBlock', 'HeadlineItem', 'NavMenu', 'Warning']);
    expect((schema.required as string[]).sort()).toEqual(Object.keys(ArticleSchema.shape).sort());
  });

  it('is the committed schema.json (run `npm run schema` after changing the model)', () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    const committed = JSON.parse(readFileSync(join(root, 'schema.json'), 'utf8'));
    expect(committed).toEqual(buildJsonSchema(version));
  });

  it('accepts every Article parsed from the fixtures', () => {
    expect(articles.length).toBeGreaterThanOrEqual(12);
    for (const { name, article } of articles) {
      const ok = validateArticle(JSON.parse(JSON.stringify(article)));
      expect({ name, ok, errors: validateArticle.errors ?? null }).toEqual({ name, ok: true, errors: null });
    }
  });

  it('accepts every HeadlineItem parsed from the listing fixtures', () => {
    const text = readFileSync(join(root, 'fixtures', 'chatham-house-headlines-dst-change', 'input.txt'), 'utf8');
    const items = parseHeadlines(text, { timeZone: 'Europe/London' });
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) expect(validateHeadline(item)).toBe(true);
  });

  it('rejects what zod rejects', () => {
    const seed = parseArticle(readFileSync(join(root, 'fixtures', 'chatham-house-kazakhstan-russia', 'input.txt'), 'utf8'), { timeZone: 'Europe/London' });
    const broken: Record<string, (a: Record<string, unknown>) => void> = {
      'missing title': (a) => delete a.title,
      'empty title': (a) => (a.title = ''),
      'javascript: url': (a) => (a.url = 'javascript:alert(1)'),
      'relative url': (a) => (a.url = '/expert-comment'),
      'date without offset': (a) => (a.published = '2024-03-01T12:20:00'),
      'unknown warning code': (a) => (a.warnings = [{ code: 'NOPE', message: 'x' }]),
      'heading level 7': (a) => (a.blocks = [{ type: 'heading', text: 'x', level: 7 }]),
      'extra key': (a) => (a.extra = 1),
      'empty menu': (a) => (a.navigation = [{ items: [] }]),
      'author without role key': (a) => (a.authors = [{ name: 'Jane Doe', url: null }]),
    };
    for (const [what, breakIt] of Object.entries(broken)) {
      const copy = structuredClone(seed) as Record<string, unknown>;
      breakIt(copy);
      const zodOk = ArticleSchema.strict().safeParse(copy).success;
      expect({ what, zodOk, jsonSchemaOk: validateArticle(copy) }).toEqual({ what, zodOk: false, jsonSchemaOk: false });
    }
  });

  it('agrees with zod on 200 results of mutated fixtures', () => {
    const r = rng(7);
    let checked = 0;
    for (let i = 0; i < 200; i++) {
      const s = seeds[i % seeds.length]!;
      const result = safeParseArticle(mutate(s.text, r).input, { timeZone: 'UTC' });
      if (!result.success) continue;
      checked++;
      expect(validateArticle(JSON.parse(JSON.stringify(result.data))), s.name).toBe(true);
    }
    expect(checked).toBeGreaterThan(50);
  });
});
