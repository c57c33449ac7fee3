// Every folder in fixtures/ is one case: input.txt (or input.html), optional options.json,
// optional outlet.json (a profile the case is parsed with, through createParser), and
// expected.json holding either the whole Article or { "error": { "code" } }.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, ParseError, createParser, parseArticle } from '../src/index.js';

const root = join(import.meta.dirname, '..', 'fixtures');
// Cases are folders holding expected.json: fixtures/<case>/ or, for an outlet, fixtures/<id>/<case>/.
const cases = readdirSync(root).flatMap((name) =>
  existsSync(join(root, name, 'expected.json'))
    ? [name]
    : existsSync(join(root, name)) && !name.includes('.')
      ? readdirSync(join(root, name)).filter((sub) => existsSync(join(root, name, sub, 'expected.json'))).map((sub) => join(name, sub))
      : [],
);

function inputOf(dir: string): string {
  const file = ['input.txt', 'input.html'].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!file) throw new Error(`${dir} has no input file`);
  return readFileSync(file, 'utf8');
}

describe('fixtures', () => {
  it('has the seed and variant cases', () => {
    expect(cases).toContain('chatham-house-kazakhstan-russia');
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  for (const name of cases) {
    it(name, () => {
      const dir = join(root, name);
      const optionsFile = join(dir, 'options.json');
      const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : undefined;
      const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
      const input = inputOf(dir);
      const outletFile = join(dir, 'outlet.json');
      const parse = existsSync(outletFile) ? createParser({ outlets: [JSON.parse(readFileSync(outletFile, 'utf8'))] }).parseArticle : parseArticle;
      if (expected.error) {
        let error: unknown;
        try {
          parse(input, options);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(ParseError);
        expect((error as ParseError).code).toBe(expected.error.code);
        return;
      }
      const article = parse(input, options);
      expect(ArticleSchema.safeParse(article).success).toBe(true);
      expect(article).toEqual(expected);
    });
  }
});
