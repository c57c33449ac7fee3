// `npm run eval [-- <shared-dir>] [--only brookings,aeb,htmldate,trafilatura,listings] [--no-write] [--verbose]`
// Scores the parser against the real pages in ../shared and writes docs/accuracy.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { selectAll } from 'css-select';
import { textContent } from 'domutils';
import { parse } from 'parse5';
import { adapter } from 'parse5-htmlparser2-tree-adapter';
import { createParser, decodeHtml, parseHeadlines, safeParseArticle, type Article } from '../src/index.js';
import { aggregateF1, f1, normalise, shingleCounts } from './eval/metrics.js';

const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1] === '--only'));
const shared = resolve(positional[0] ?? join(import.meta.dirname, '..', '..', 'shared'));
const only = option('--only')?.split(',');
const wanted = (name: string): boolean => !only || only.includes(name);
const verbose = flag('--verbose');

if (!existsSync(shared)) {
  console.error(`eval: ${shared} does not exist. Pass the shared folder: npm run eval -- /path/to/shared`);
  process.exit(2);
}

function readPage(path: string): string {
  const raw = readFileSync(path);
  return decodeHtml(path.endsWith('.gz') ? gunzipSync(raw) : raw);
}

function progress(label: string, done: number, total: number): void {
  if (!process.stderr.isTTY) return;
  process.stderr.write(`\r${label}: ${done}/${total}${done === total ? '\n' : ''}`);
}

const pct = (x: number): string => x.toFixed(process.env.DIGITS ? +process.env.DIGITS : 3);
const sections: string[] = [];
const summary: string[] = [];

// Some benchmark keys are not URLs ('hard::blog.python.org.html'): those pages are parsed
// without a url option rather than refused for an invalid one.
const urlOption = (url?: string) => (url && /^https?:\/\//i.test(url) ? { url } : {});

function parsed(html: string, url?: string): Article | null {
  const result = safeParseArticle(html, { format: 'html', ...urlOption(url) });
  return result.success ? result.data : null;
}

// 1. Brookings: title, authors, date and URL exact; body F1 against the pages' own content blocks.
if (wanted('brookings')) {
  const dir = join(shared, 'corpus', 'brookings');
  const truth = JSON.parse(readFileSync(join(import.meta.dirname, 'eval', 'brookings-truth.json'), 'utf8')).pages as Record<
    string,
    { title: string; authors: string[]; published: string; url: string }
  >;
  const rows: string[] = [];
  const docs: { tp: number; fp: number; fn: number }[] = [];
  const hits = { title: 0, authors: 0, published: 0, url: 0 };
  const files = Object.keys(truth).sort();
  files.forEach((file, i) => {
    progress('brookings', i + 1, files.length);
    const html = readPage(join(dir, file));
    const t = truth[file]!;
    const doc = parse(html, { treeAdapter: adapter });
    const expectedBody = selectAll('.byo-block.wysiwyg-block', doc)
      .map((e) => textContent(e))
      .join('\n');
    const a = parsed(html);
    const ok = {
      title: a?.title === t.title,
      authors: JSON.stringify(a?.authors.map((x) => x.name)) === JSON.stringify(t.authors),
      published: a?.published?.slice(0, 10) === t.published,
      url: a?.url === t.url,
    };
    for (const k of Object.keys(hits) as (keyof typeof hits)[]) if (ok[k]) hits[k] += 1;
    const counts = shingleCounts(a ? a.body.join('\n') : '', expectedBody);
    docs.push(counts);
    const body = aggregateF1([counts]).f1;
    const mark = (b: boolean): string => (b ? '✓' : '✗');
    rows.push(`| ${file.slice(0, 8)} | ${mark(ok.title)} | ${mark(ok.authors)} | ${mark(ok.published)} | ${mark(ok.url)} | ${pct(body)} |`);
    if (verbose && !(ok.title && ok.authors && ok.published && ok.url)) {
      console.log(file, { title: a?.title, authors: a?.authors.map((x) => x.name), published: a?.published, url: a?.url }, t);
    }
  });
  const n = files.length;
  const body = aggregateF1(docs);
  sections.push(
    `## Brookings (\`corpus/brookings\`, ${n} pages)\n\nTruth: \`scripts/eval/brookings-truth.json\` (visible h1, byline and date, canonical URL, checked by hand). ` +
      `Body truth: the text of the page's own \`.byo-block.wysiwyg-block\` content blocks, scored with the article-extraction-benchmark metric.\n\n` +
      `| field | exact | goal |\n| --- | --- | --- |\n| title | ${hits.title}/${n} | all |\n| authors | ${hits.authors}/${n} | all |\n| published (day) | ${hits.published}/${n} | all |\n| url | ${hits.url}/${n} | all |\n` +
      `| body F1 | ${pct(body.f1)} (P ${pct(body.precision)}, R ${pct(body.recall)}) | ≥ 0.97 |\n\n` +
      `| page | title | authors | published | url | body F1 |\n| --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}\n`,
  );
  summary.push(`brookings: title ${hits.title}/${n}, authors ${hits.authors}/${n}, published ${hits.published}/${n}, url ${hits.url}/${n}, body F1 ${pct(body.f1)}`);
}

// 2. article-extraction-benchmark: body F1.
if (wanted('aeb')) {
  const dir = join(shared, 'bench', 'article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const ids = Object.keys(truth).sort();
  const docs: { tp: number; fp: number; fn: number }[] = [];
  let failures = 0;
  const worst: [number, string][] = [];
  ids.forEach((id, i) => {
    progress('article-extraction-benchmark', i + 1, ids.length);
    const html = readPage(join(dir, 'html', `${id}.html.gz`));
    const a = parsed(html, truth[id]!.url);
    if (!a) failures += 1;
    const counts = shingleCounts(a ? a.body.join('\n') : '', truth[id]!.articleBody);
    docs.push(counts);
    worst.push([aggregateF1([counts]).f1, id]);
  });
  const score = aggregateF1(docs);
  worst.sort((x, y) => x[0] - y[0]);
  if (verbose) console.log('worst aeb', worst.slice(0, 15));
  sections.push(
    `## article-extraction-benchmark (${ids.length} pages)\n\n| metric | ours | rs_trafilatura | trafilatura | readability.js | goal |\n| --- | --- | --- | --- | --- | --- |\n` +
      `| body F1 | ${pct(score.f1)} | 0.970 | 0.958 | 0.947 | ≥ 0.97 |\n| precision | ${pct(score.precision)} | | | | |\n| recall | ${pct(score.recall)} | | | | |\n\n` +
      `Pages refused with a ParseError: ${failures}.\n`,
  );
  summary.push(`aeb: body F1 ${pct(score.f1)} (P ${pct(score.precision)}, R ${pct(score.recall)}), refused ${failures}`);
}

// 3. htmldate: publication-date F1.
if (wanted('htmldate')) {
  const dir = join(shared, 'bench', 'htmldate');
  const truth = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, { file: string; date: string | null }>;
  const urls = Object.keys(truth).sort();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  const missing: string[] = [];
  urls.forEach((url, i) => {
    progress('htmldate', i + 1, urls.length);
    const t = truth[url]!;
    const a = parsed(readPage(join(dir, t.file)), url);
    const got = a?.published?.slice(0, 10) ?? null;
    if (t.date === null) {
      if (got !== null) fp += 1;
    } else if (got === null) {
      fn += 1;
      missing.push(`${t.file}: ${a ? 'no date' : 'refused'} ≠ ${t.date}`);
    } else if (got === t.date) {
      tp += 1;
    } else {
      fp += 1;
      fn += 1;
      wrong.push(`${t.file}: ${got} ≠ ${t.date}`);
    }
  });
  if (verbose) console.log(['htmldate wrong:', ...wrong, 'htmldate missing:', ...missing].join('\n'));
  const score = f1(tp, fp, fn);
  sections.push(
    `## htmldate (${urls.length} pages)\n\n| metric | ours | htmldate | defuddle | Readability | goal |\n| --- | --- | --- | --- | --- | --- |\n` +
      `| date F1 | ${pct(score.f1)} | 0.949 | 0.79 | 0.69 | ≥ 0.95 |\n| precision | ${pct(score.precision)} | | | | |\n| recall | ${pct(score.recall)} | | | | |\n\n` +
      `True positives ${tp}, false positives ${fp}, false negatives ${fn}.\n`,
  );
  summary.push(`htmldate: date F1 ${pct(score.f1)} (tp ${tp}, fp ${fp}, fn ${fn})`);
}

// 4. trafilatura: snippet F1, title, date and authors.
if (wanted('trafilatura')) {
  const dir = join(shared, 'bench', 'trafilatura');
  const truth = JSON.parse(readFileSync(join(dir, 'evaldata.json'), 'utf8')) as Record<
    string,
    { file: string; with: string[]; without: string[]; title?: string; author?: string; date?: string }
  >;
  const urls = Object.keys(truth).sort();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const fields: Record<'title' | 'date' | 'authors', [number, number]> = { title: [0, 0], date: [0, 0], authors: [0, 0] };
  const misses: string[] = [];
  // Misses that differ only in letter case: the truth copied text that CSS upper-cases on screen.
  const caseOnly = { title: 0, authors: 0 };
  const splitNames = (s: string): string => s.split(/\s*(?:,|;|&|\band\b|\bund\b)\s*/i).map((x) => x.trim()).filter(Boolean).sort().join('|');
  const asText = (v: unknown): string => (Array.isArray(v) ? v.join('; ') : typeof v === 'string' ? v : '');
  urls.forEach((url, i) => {
    progress('trafilatura', i + 1, urls.length);
    const raw = truth[url]!;
    const t = { ...raw, title: asText(raw.title), author: asText(raw.author), date: asText(raw.date) };
    const a = parsed(readPage(join(dir, t.file)), url);
    const text = normalise(a ? a.body.join('\n') : '');
    for (const s of t.with) if (text.includes(normalise(s))) tp += 1; else fn += 1;
    for (const s of t.without) if (text.includes(normalise(s))) fp += 1;
    if (t.title) {
      fields.title[1] += 1;
      if (a && normalise(a.title) === normalise(t.title)) fields.title[0] += 1;
      else {
        if (a && normalise(a.title).toLowerCase() === normalise(t.title).toLowerCase()) caseOnly.title += 1;
        misses.push(`title ${t.file}: ${a?.title} ≠ ${t.title}`);
      }
    }
    if (t.date) {
      fields.date[1] += 1;
      if (a?.published?.slice(0, 10) === t.date.slice(0, 10)) fields.date[0] += 1;
      else misses.push(`date ${t.file}: ${a?.published} ≠ ${t.date}`);
    }
    if (t.author) {
      fields.authors[1] += 1;
      const got = a ? splitNames(a.authors.map((x) => x.name).join('; ')) : null;
      if (got === splitNames(t.author)) fields.authors[0] += 1;
      else {
        if (got?.toLowerCase() === splitNames(t.author).toLowerCase()) caseOnly.authors += 1;
        misses.push(`author ${t.file}: ${a?.authors.map((x) => x.name).join('; ')} ≠ ${t.author}`);
      }
    }
  });
  if (verbose) console.log(misses.join('\n'));
  const score = f1(tp, fp, fn);
  const rate = ([hit, n]: [number, number]): string => `${pct(hit / n)} (${hit}/${n})`;
  sections.push(
    `## trafilatura (${urls.length} pages)\n\n| metric | ours | trafilatura | Readability | goal |\n| --- | --- | --- | --- | --- |\n` +
      `| snippet F1 | ${pct(score.f1)} | 0.924 | | ≥ 0.93 |\n| title exact | ${rate(fields.title)} | | 0.59 | ≥ 0.90 |\n` +
      `| date same-day | ${rate(fields.date)} | | 0.50 | ≥ 0.90 |\n| authors exact | ${rate(fields.authors)} | | 0.37 | ≥ 0.80 |\n\n` +
      `Snippets: ${tp} found, ${fn} missed, ${fp} unwanted found. Titles and authors compare exactly, letter case included; authors as sets of names split on , ; & 'and' and 'und' (the truth is one string, the result a list). ` +
      `Misses that differ only in letter case (the truth copied text that CSS upper-cases on screen): ${caseOnly.title} titles (${rate([fields.title[0] + caseOnly.title, fields.title[1]])} ignoring case) and ${caseOnly.authors} authors (${rate([fields.authors[0] + caseOnly.authors, fields.authors[1]])} ignoring case).\n`,
  );
  summary.push(`trafilatura: snippet F1 ${pct(score.f1)} (${tp} found, ${fn} missed, ${fp} unwanted), title ${rate(fields.title)}, date ${rate(fields.date)}, authors ${rate(fields.authors)}; ignoring letter case: title ${rate([fields.title[0] + caseOnly.title, fields.title[1]])}, authors ${rate([fields.authors[0] + caseOnly.authors, fields.authors[1]])}`);
}

// 5. Listing pages: item precision and recall per page, with the built-in profiles and without.
if (wanted('listings')) {
  const truth = JSON.parse(readFileSync(join(import.meta.dirname, 'eval', 'listings-truth.json'), 'utf8')).pages as Record<
    string,
    { items: number; rule: string; urls: string[] }
  >;
  const generic = createParser({ includeBuiltins: false });
  const key = (url: string): string => url.replace(/^https?:\/\/(?:www\.)?/, '').replace(/\/$/, '');
  const score = (got: string[], want: string[]): { p: number; r: number } => {
    const w = new Set(want.map(key));
    const g = [...new Set(got.map(key))];
    const hit = g.filter((u) => w.has(u)).length;
    return { p: g.length ? hit / g.length : 0, r: w.size ? hit / w.size : 1 };
  };
  const rows: string[] = [];
  let below = 0;
  const files = Object.keys(truth).sort();
  files.forEach((file, i) => {
    progress('listings', i + 1, files.length);
    const html = readPage(join(shared, 'corpus', file));
    const t = truth[file]!;
    const withProfile = score(parseHeadlines(html, { format: 'html' }).flatMap((h) => (h.url ? [h.url] : [])), t.urls);
    const plain = score(generic.parseHeadlines(html, { format: 'html' }).flatMap((h) => (h.url ? [h.url] : [])), t.urls);
    if (withProfile.p < 0.95 || withProfile.r < 0.95) below += 1;
    if (verbose && (withProfile.p < 0.95 || withProfile.r < 0.95)) console.log(file, withProfile);
    rows.push(`| ${file} | ${t.items} | ${pct(withProfile.p)} | ${pct(withProfile.r)} | ${pct(plain.p)} | ${pct(plain.r)} |`);
  });
  sections.push(
    `## Listing pages (\`corpus/homepages\`, \`corpus/listings\`, ${files.length} pages)\n\nTruth: \`scripts/eval/listings-truth.json\`, items counted by hand once (what counts is written there, page by page). ` +
      `"profile" is \`parseHeadlines\` with the built-in outlet profiles; "generic" is a parser with none, as for an outlet the library does not know. Goal: ≥ 0.95 precision and recall on every page with the profiles.\n\n` +
      `| page | items | precision (profile) | recall (profile) | precision (generic) | recall (generic) |\n| --- | --- | --- | --- | --- | --- |\n${rows.join('\n')}\n\nPages below 0.95 with the profiles: ${below}.\n`,
  );
  summary.push(`listings: ${files.length - below}/${files.length} pages at ≥ 0.95 precision and recall with the profiles`);
}

console.log(summary.join('\n'));
if (!flag('--no-write') && !only) {
  // Only the part between the markers is generated; the notes around it are kept.
  const file = join(import.meta.dirname, '..', 'docs', 'accuracy.md');
  const start = '<!-- eval:start -->';
  const end = '<!-- eval:end -->';
  const generated = `${start}\n_Generated by \`npm run eval\` with Node ${process.version}; do not edit by hand._\n\n${sections.join('\n')}\n${end}`;
  const old = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const doc =
    old.includes(start) && old.includes(end)
      ? old.slice(0, old.indexOf(start)) + generated + old.slice(old.indexOf(end) + end.length)
      : `# Accuracy\n\nMeasured by \`npm run eval\` (reads \`../shared\`; pass another folder as the first argument).\n\n${generated}\n`;
  writeFileSync(file, doc);
  console.log('wrote docs/accuracy.md');
}
