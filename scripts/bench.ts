// `npm run bench [-- <shared-dir>] [--rounds N] [--memory N]`
// Times parseArticle on HTML against a bare parse5.parse of the same pages, interleaved
// (A B A B) after a warm-up, and reports the median of the rounds. Also times the text path
// and checks that memory stays flat over many parses.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'parse5';
import { decodeHtml, parseArticle, safeParseArticle } from '../src/index.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const shared = resolve(args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1]!.startsWith('--'))) ?? join(import.meta.dirname, '..', '..', 'shared'));
const rounds = option('--rounds', 5);
const memoryParses = option('--memory', 10_000);

const aebDir = join(shared, 'bench', 'article-extraction-benchmark', 'html');
const pages = readdirSync(aebDir)
  .sort()
  .map((f) => decodeHtml(gunzipSync(readFileSync(join(aebDir, f)))));
const bytes = pages.reduce((n, p) => n + Buffer.byteLength(p), 0);
const mb = bytes / 1e6;

function time(fn: (page: string) => unknown, list: readonly string[]): { ms: number; perPage: number[] } {
  const perPage: number[] = [];
  const start = performance.now();
  for (const p of list) {
    const t = performance.now();
    fn(p);
    perPage.push(performance.now() - t);
  }
  return { ms: performance.now() - start, perPage };
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quantile = (xs: number[], q: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;

const tools: Record<string, (page: string) => unknown> = {
  'parse5.parse': (p) => parse(p),
  'parseArticle (HTML)': (p) => safeParseArticle(p, { format: 'html' }),
};
// Warm-up.
for (const fn of Object.values(tools)) time(fn, pages.slice(0, 40));
const results: Record<string, { totals: number[]; perPage: number[] }> = {};
const entries = Object.entries(tools);
for (const [name] of entries) results[name] = { totals: [], perPage: [] };
// Interleaved page by page (A B A B …), so drift in machine load hits every tool alike.
for (let r = 0; r < rounds; r++) {
  const perPage = entries.map(() => [] as number[]);
  for (const page of pages) {
    entries.forEach(([, fn], k) => {
      const t = performance.now();
      fn(page);
      perPage[k]!.push(performance.now() - t);
    });
  }
  entries.forEach(([name], k) => {
    results[name]!.totals.push(perPage[k]!.reduce((a, b) => a + b, 0));
    if (r === rounds - 1) results[name]!.perPage = perPage[k]!;
  });
}
const base = median(results['parse5.parse']!.totals);
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores`);
console.log(`HTML: ${pages.length} pages, ${mb.toFixed(1)} MB, median of ${rounds} interleaved rounds`);
console.log('| tool | total ms | MB/s | ms/page p50 | ms/page p95 | × parse5 |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [name, r] of Object.entries(results)) {
  const ms = median(r.totals);
  console.log(`| ${name} | ${ms.toFixed(0)} | ${(mb / (ms / 1000)).toFixed(1)} | ${quantile(r.perPage, 0.5).toFixed(2)} | ${quantile(r.perPage, 0.95).toFixed(2)} | ${(ms / base).toFixed(2)} |`);
}

// Text path: the seed and the text fixtures, repeated to about 10 MB.
const fixtures = join(import.meta.dirname, '..', 'fixtures');
const texts = readdirSync(fixtures)
  .map((d) => join(fixtures, d, 'input.txt'))
  .filter((f) => {
    try {
      return readFileSync(f).length > 0;
    } catch {
      return false;
    }
  })
  .map((f) => readFileSync(f, 'utf8'));
const textBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const repeat = Math.ceil(10e6 / textBytes);
const textRuns: number[] = [];
for (let r = 0; r < rounds; r++) {
  const start = performance.now();
  for (let i = 0; i < repeat; i++) for (const t of texts) safeParseArticle(t);
  textRuns.push(performance.now() - start);
}
const textMs = median(textRuns);
console.log(`\nText dumps: ${((textBytes * repeat) / 1e6).toFixed(1)} MB (${texts.length} fixtures × ${repeat}), ${((textBytes * repeat) / 1e6 / (textMs / 1000)).toFixed(1)} MB/s`);

// Memory: heap after GC, sampled across many parses, must not grow.
const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
  const samples: number[] = [];
  for (let i = 0; i < memoryParses; i++) {
    parseArticle(pages[i % pages.length]!, { format: 'html' });
    if (i % Math.ceil(memoryParses / 10) === 0) {
      gc();
      samples.push(process.memoryUsage().heapUsed / 1e6);
    }
  }
  gc();
  samples.push(process.memoryUsage().heapUsed / 1e6);
  console.log(`\nMemory over ${memoryParses} parses (heap after GC, MB): ${samples.map((s) => s.toFixed(1)).join(' → ')}`);
  console.log(`Peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} else {
  console.log('\nMemory check skipped: run with node --expose-gc (npm run bench does).');
}
