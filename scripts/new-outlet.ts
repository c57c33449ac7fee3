// `npm run new-outlet -- <id> <saved-page> [--case <name>]`
// Scaffolds an outlet: src/outlets/<id>/index.ts (a profile with what the page already tells us
// filled in), src/outlets/<id>/<id>.test.ts (a test that fails until you have checked the
// output), and fixtures/<id>/<case>/input.html (your saved page). Then add one line to
// src/outlets/builtins.ts. See docs/adding-an-outlet.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { decodeHtml, explain } from '../src/index.js';

const args = process.argv.slice(2);
const caseIndex = args.indexOf('--case');
const caseName = caseIndex >= 0 ? args[caseIndex + 1] : undefined;
const [id, file] = args.filter((a, i) => !a.startsWith('--') && !(caseIndex >= 0 && i === caseIndex + 1));
const usage = 'usage: npm run new-outlet -- <id> <saved-page.html> [--case <name>]';
if (!id || !file) {
  console.error(usage);
  process.exit(2);
}
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
  console.error(`new-outlet: '${id}' is not a lower-case slug such as 'example-institute'\n${usage}`);
  process.exit(2);
}
if (!existsSync(file)) {
  console.error(`new-outlet: cannot read ${file}\n${usage}`);
  process.exit(2);
}
const root = join(import.meta.dirname, '..');
const folder = join(root, 'src', 'outlets', id);
if (existsSync(folder)) {
  console.error(`new-outlet: ${folder} exists already; pick another id or edit it by hand`);
  process.exit(2);
}

const html = decodeHtml(readFileSync(file));
const e = explain(html, { format: 'html' });
const a = e.article;
const url = a?.url ?? null;
const host = url ? new URL(url).hostname.replace(/^www\./, '') : 'example.org';
const name = e.outlet.id === 'unknown' ? id : e.outlet.name;
const kinds = a?.kind ? { [a.kind.toUpperCase()]: a.kind } : {};
const camel = id.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
const fixtureCase = caseName ?? basename(file).replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 40);

mkdirSync(folder, { recursive: true });
writeFileSync(
  join(folder, 'index.ts'),
  `import { defineOutlet } from '../../defineOutlet/index.js';

/**
 * ${name}.
 *
 * Backed by fixtures/${id}/${fixtureCase}/. Scaffolded by npm run new-outlet: check every field.
 *
 * @internal
 */
export const ${camel} = defineOutlet({
  id: '${id}',
  name: ${JSON.stringify(name)},
  aliases: [],
  hosts: [${JSON.stringify(host)}],
  timeZone: 'UTC', // TODO: the zone the outlet's pages are written in, e.g. 'Europe/Berlin'
  dateOrder: 'DMY', // TODO: 'DMY', 'MDY' or 'YMD', as its numeric dates are written
  kinds: ${JSON.stringify(kinds)},
  boilerplate: [],
  truncation: [],
  navigation: { labels: [] },
  selectors: {
    // Fill in only what the generic rules get wrong; explain() shows which rule chose each field.
    exclude: [],
  },
});
`,
);
writeFileSync(
  join(folder, `${id}.test.ts`),
  `import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createParser } from '../../index.js';
import { ${camel} } from './index.js';

const page = readFileSync(join(import.meta.dirname, '..', '..', '..', 'fixtures', '${id}', '${fixtureCase}', 'input.html'), 'utf8');

describe('${id}', () => {
  const parser = createParser({ outlets: [${camel}], includeBuiltins: false });

  it('is detected by its host', () => {
    expect(parser.detectOutlet(page).id).toBe('${id}');
  });

  it('reads the article', () => {
    const article = parser.parseArticle(page);
    expect(article.title).toBe(${JSON.stringify(a?.title ?? 'TODO: the title as the page shows it')});
    expect(article.authors.map((x) => x.name)).toEqual(${JSON.stringify(a?.authors.map((x) => x.name) ?? [])});
    expect(article.published).toBe(${JSON.stringify(a?.published ?? null)});
    // TODO: read the page and write its first paragraph here; this fails until you do.
    expect(article.body[0]).toBe('TODO: the first paragraph of the article');
  });
});
`,
);
const fixtureDir = join(root, 'fixtures', id, fixtureCase);
mkdirSync(fixtureDir, { recursive: true });
writeFileSync(join(fixtureDir, 'input.html'), html);

console.log(`Created:
  src/outlets/${id}/index.ts        the profile (name ${JSON.stringify(name)}, host ${host}${a?.kind ? `, kind ${a.kind}` : ''})
  src/outlets/${id}/${id}.test.ts   a test that fails until you check the body
  fixtures/${id}/${fixtureCase}/input.html
Detected: outlet rule ${e.outlet.rule}; title from ${e.fields.title?.rule ?? 'nothing'}; body from ${e.fields.body?.rule ?? 'nothing'}${e.error ? `; error ${e.error.code}: ${e.error.message}` : ''}.
Next: fill in the TODOs, run npx vitest run src/outlets/${id}, then add '${camel}' to src/outlets/builtins.ts.`);
