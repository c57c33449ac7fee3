// The consumer check: packs the package as npm would publish it, installs the tarball into a
// fresh project, and uses it the ways our users do. Run after `npm run build`:
//   npm run test:consumers [-- --keep]     (--keep leaves the temporary project for a look)
// Checks, each printed with ✓ or ✗ (exit 1 if any fails):
//   - the tarball holds only dist/, schema.json, README, CHANGELOG, LICENSE, package.json
//   - ESM `import` and CJS `require` of the package and of thinktank-parser/schema.json, and
//     that both give the same module (the CommonJS entry loads the ES module build)
//   - TypeScript strict with moduleResolution node16, nodenext (ESM and CJS files) and bundler
//   - an esbuild --platform=browser bundle of the core: no Node built-in reaches it, and it
//     parses a page in a bare JavaScript realm (no process, require, Buffer)
//   - every example in examples/ prints its documented output against the installed package
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import { documentedOutput } from '../test/support/documentedOutput.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'thinktank-consumers-'));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');
let failed = 0;

function check(name: string, fn: () => string | void): void {
  const t0 = Date.now();
  try {
    const detail = fn();
    console.log(`✓ ${name}${detail ? `: ${detail}` : ''} (${Date.now() - t0} ms)`);
  } catch (error) {
    failed++;
    const e = error as { message?: string; stdout?: Buffer | string; stderr?: Buffer | string };
    console.log(`✗ ${name}\n${[e.message, e.stdout?.toString(), e.stderr?.toString()].filter(Boolean).join('\n').replace(/^/gm, '    ')}`);
  }
}
const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const node = (args: string[], cwd: string) => run(process.execPath, args, cwd);
const write = (file: string, text: string) => {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
};
const assert = (ok: unknown, message: string) => {
  if (!ok) throw new Error(message);
};

try {
  statSync(join(root, 'dist', 'index.js'));
} catch {
  console.error('dist/ is missing: run `npm run build` first');
  process.exit(2);
}

// 1. Pack, as `npm publish` would.
const LIBRARY_BUDGET = 100_000;
interface Packed {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string; size: number }[];
}
let packed: Packed | undefined;
check('npm pack', () => {
  const out = run('npm', ['pack', '--json', '--pack-destination', work], root);
  packed = (JSON.parse(out) as Packed[])[0]!;
  const allowed = /^(dist\/(index\.(js|cjs|d\.ts|d\.cts)|cli\.js)|schema\.json|README\.md|CHANGELOG\.md|LICENSE|package\.json)$/;
  const stray = packed.files.map((f) => f.path).filter((p) => !allowed.test(p));
  assert(stray.length === 0, `unexpected files in the tarball: ${stray.join(', ')}`);
  const kb = (n: number) => `${(n / 1000).toFixed(1)} kB`;
  const size = (p: string) => packed!.files.find((f) => f.path === p)?.size ?? 0;
  // The size budget of issue 8: under 100 kB (100,000 bytes) of library code. The CommonJS
  // entry only loads the ES module build (scripts/cjsEntry.mjs), so the two count together.
  const library = size('dist/index.js') + size('dist/index.cjs');
  assert(library < LIBRARY_BUDGET, `the library code is ${library} bytes, over the budget of ${LIBRARY_BUDGET}`);
  return `${packed.files.length} files, ${kb(packed.size)} packed, ${kb(packed.unpackedSize)} unpacked; library code ${library.toLocaleString('en-US')} of ${LIBRARY_BUDGET.toLocaleString('en-US')} bytes (${size('dist/index.js').toLocaleString('en-US')} ES module, ${size('dist/index.cjs')} CommonJS entry), types ${kb(size('dist/index.d.ts'))}, CLI ${kb(size('dist/cli.js'))}, schema ${kb(size('schema.json'))}`;
});
if (!packed) process.exit(1);

// 2. A fresh project with the tarball installed from the registry's point of view.
const app = join(work, 'app');
check('npm install of the tarball into a fresh project', () => {
  write(join(app, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2));
  run('npm', ['install', join(work, packed!.filename), '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app);
});

const seed = readFileSync(join(root, 'fixtures', 'chatham-house-kazakhstan-russia', 'input.txt'), 'utf8');
write(join(app, 'page.txt'), seed);

check('ESM import (and thinktank-parser/schema.json with an import attribute)', () => {
  write(
    join(app, 'esm.mjs'),
    `import { readFileSync } from 'node:fs';
import { parseArticle, ParseError, ArticleSchema } from 'thinktank-parser';
import schema from 'thinktank-parser/schema.json' with { type: 'json' };
const article = parseArticle(readFileSync('page.txt', 'utf8'));
ArticleSchema.parse(article);
let code = null;
try { parseArticle(''); } catch (e) { code = e instanceof ParseError ? e.code : 'not a ParseError'; }
console.log(JSON.stringify({ title: article.title, code, schema: schema.title }));
`,
  );
  const out = JSON.parse(node(['esm.mjs'], app));
  assert(out.title.startsWith('Russia'), `title: ${out.title}`);
  assert(out.code === 'EMPTY_INPUT', `code: ${out.code}`);
  assert(out.schema === 'thinktank-parser Article', `schema title: ${out.schema}`);
});

check('CJS require (and require of thinktank-parser/schema.json)', () => {
  write(
    join(app, 'cjs.cjs'),
    `const { readFileSync } = require('node:fs');
const { parseArticle, ParseError } = require('thinktank-parser');
const schema = require('thinktank-parser/schema.json');
const article = parseArticle(readFileSync('page.txt', 'utf8'));
let code = null;
try { parseArticle(42); } catch (e) { code = e instanceof ParseError ? e.code : 'not a ParseError'; }
console.log(JSON.stringify({ title: article.title, code, defs: Object.keys(schema.$defs) }));
`,
  );
  const out = JSON.parse(node(['cjs.cjs'], app));
  assert(out.title.startsWith('Russia'), `title: ${out.title}`);
  assert(out.code === 'NOT_A_STRING', `code: ${out.code}`);
  assert(out.defs.includes('HeadlineItem'), `$defs: ${out.defs}`);
});

check('one library for both: require and import give the same module, so ParseError is one class', () => {
  write(
    join(app, 'both.mjs'),
    `import { createRequire } from 'node:module';
import * as esm from 'thinktank-parser';
const cjs = createRequire(import.meta.url)('thinktank-parser');
let caught = null;
try { cjs.parseArticle(''); } catch (e) { caught = e; }
console.log(JSON.stringify({ sameClass: esm.ParseError === cjs.ParseError, instance: caught instanceof esm.ParseError, sameExports: Object.keys(esm).join() === Object.keys(cjs).join() }));
`,
  );
  const out = JSON.parse(node(['both.mjs'], app));
  assert(out.sameClass && out.instance && out.sameExports, JSON.stringify(out));
});

// 3. TypeScript, strict, in each resolution mode. The @ts-expect-error lines fail the check if
// the types were `any` (an unused directive is an error).
const typedSource = `import { defineOutlet, parseArticle, parseHeadlines, ParseError, type Article, type HeadlineItem } from 'thinktank-parser';

const outlet = defineOutlet({ id: 'example-institute', name: 'Example Institute', hosts: ['example.org'], timeZone: 'Europe/Berlin' });
export function titles(text: string): string[] {
  try {
    const article: Article = parseArticle(text, { outlet });
    const items: HeadlineItem[] = parseHeadlines(text);
    const published: string | null = article.published;
    // @ts-expect-error: published is a string or null, never a number
    const wrong: number = article.published;
    void wrong;
    return [article.title, ...items.map((item) => item.title), published ?? ''];
  } catch (error) {
    if (error instanceof ParseError) {
      const code: 'NOT_AN_ARTICLE' | typeof error.code = error.code;
      return [code, ...error.issues.map((issue) => issue.path.join('.'))];
    }
    throw error;
  }
}
// @ts-expect-error: an outlet needs a name
defineOutlet({ id: 'nameless' });
`;
const modes: { name: string; module: string; resolution: string; files: string[] }[] = [
  { name: 'node16', module: 'node16', resolution: 'node16', files: ['typed.mts', 'typed.cts'] },
  { name: 'nodenext', module: 'nodenext', resolution: 'nodenext', files: ['typed.mts', 'typed.cts'] },
  { name: 'bundler', module: 'esnext', resolution: 'bundler', files: ['typed.ts'] },
];
for (const mode of modes) {
  check(`TypeScript strict, moduleResolution ${mode.name} (${mode.files.join(', ')})`, () => {
    const dir = join(app, `ts-${mode.name}`);
    for (const file of mode.files) write(join(dir, file), typedSource);
    write(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: mode.module, moduleResolution: mode.resolution, target: 'es2022', lib: ['es2022', 'dom'], types: [], skipLibCheck: false }, include: mode.files }, null, 2),
    );
    node([tsc, '-p', join(dir, 'tsconfig.json')], app);
  });
}

// 4. A browser bundle of the core.
write(
  join(app, 'browser.js'),
  `import { parseArticle, decodeHtml } from 'thinktank-parser';
globalThis.result = {
  text: parseArticle(globalThis.input).title,
  html: parseArticle(decodeHtml(new Uint8Array(globalThis.htmlBytes)), { url: 'https://www.chathamhouse.org/2024/07/x' }).title,
};
`,
);
const browserBundle = await build({ entryPoints: [join(app, 'browser.js')], bundle: true, platform: 'browser', format: 'iife', write: false, metafile: true, logLevel: 'silent', absWorkingDir: app }).catch((error: Error) => error);
check('browser bundle: no Node built-ins, parses text and HTML with no process, require or Buffer', () => {
  if (browserBundle instanceof Error) throw browserBundle;
  const inputs = Object.keys(browserBundle.metafile.inputs);
  const builtins = inputs.filter((p) => p.startsWith('node:') || /^(fs|path|os|url|util|buffer|stream|worker_threads|child_process)$/.test(p));
  assert(builtins.length === 0, `Node built-ins in the bundle: ${builtins.join(', ')}`);
  const code = browserBundle.outputFiles[0]!.text;
  const html = readFileSync(join(root, 'fixtures', 'chatham-house-html-expert-comment', 'input.html'));
  const sandbox: Record<string, unknown> = { input: seed, htmlBytes: [...html], TextDecoder, TextEncoder, URL, console };
  runInNewContext(code, sandbox);
  const result = sandbox.result as { text: string; html: string };
  assert(result.text.startsWith('Russia'), `text title: ${result.text}`);
  assert(result.html.length > 0, 'no HTML title');
  return `${(code.length / 1000).toFixed(0)} kB bundle, ${inputs.length} modules; '${result.html}'`;
});

// 5. The examples, against the installed package.
check('examples/ print their documented output against the installed package', () => {
  cpSync(join(root, 'examples'), join(app, 'examples'), { recursive: true });
  cpSync(join(root, 'fixtures'), join(app, 'fixtures'), { recursive: true });
  const files = readdirSync(join(app, 'examples')).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const expected = documentedOutput(readFileSync(join(app, 'examples', file), 'utf8'));
    const out = node([tsx, join('examples', file)], app).trimEnd().split('\n');
    assert(JSON.stringify(out) === JSON.stringify(expected), `${file} printed:\n${out.join('\n')}\nexpected:\n${expected.join('\n')}`);
  }
  return `${files.length} examples`;
});

if (keep) console.log(`left in ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(failed === 0 ? 'consumer checks: all passed' : `consumer checks: ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
