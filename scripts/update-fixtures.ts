// Rewrites fixtures/<case>/expected.json from the current parser. Review `git diff fixtures/`
// afterwards: every change there is a change in behaviour.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createParser, safeParseArticle } from '../src/index.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const only = process.argv.slice(2);
for (const name of readdirSync(root)) {
  if (only.length > 0 && !only.includes(name)) continue;
  const dir = join(root, name);
  const input = ['input.txt', 'input.html'].map((f) => join(dir, f)).find((f) => existsSync(f));
  if (!input) continue;
  const optionsFile = join(dir, 'options.json');
  const options = existsSync(optionsFile) ? JSON.parse(readFileSync(optionsFile, 'utf8')) : undefined;
  const outletFile = join(dir, 'outlet.json');
  const parse = existsSync(outletFile) ? createParser({ outlets: [JSON.parse(readFileSync(outletFile, 'utf8'))] }).safeParseArticle : safeParseArticle;
  const result = parse(readFileSync(input, 'utf8'), options);
  const expected = result.success ? result.data : { error: { code: result.error.code } };
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`${name}: ${result.success ? 'article' : result.error.code}`);
}
