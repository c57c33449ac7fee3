// `npm run bench:cli [-- --files N]`: the command line over N saved pages (default 10,000),
// with --jobs 1 and --jobs 2, reporting pages/s and peak RSS (from /usr/bin/time -v when present).
// The pages are this repository's own fixtures, copied round-robin into a temporary folder.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

const args = process.argv.slice(2);
const count = Number(args[args.indexOf('--files') + 1] ?? 10_000) || 10_000;
const root = join(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('bench:cli: build first (npm run build)');
  process.exit(2);
}
const sources = readdirSync(join(root, 'fixtures'))
  .map((d) => ['input.txt', 'input.html'].map((f) => join(root, 'fixtures', d, f)).find((f) => existsSync(f)))
  .filter((f): f is string => f !== undefined);
const dir = mkdtempSync(join(tmpdir(), 'thinktank-bench-'));
for (let i = 0; i < count; i++) {
  const source = sources[i % sources.length]!;
  copyFileSync(source, join(dir, `page-${String(i).padStart(6, '0')}${source.endsWith('.html') ? '.html' : '.txt'}`));
}
const time = existsSync('/usr/bin/time');
console.log(`Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores; ${count} files from ${sources.length} fixtures`);
console.log('| jobs | seconds | pages/s | peak RSS (MB) | failed inputs |');
console.log('| --- | --- | --- | --- | --- |');
for (const jobs of [1, 2]) {
  const command = time ? '/usr/bin/time' : process.execPath;
  const argv = [...(time ? ['-v', process.execPath] : []), cli, '--jobs', String(jobs), '--out', join(dir, `out-${jobs}.jsonl`), '--quiet', dir];
  const start = performance.now();
  const r = spawnSync(command, argv, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - start) / 1000;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1];
  const lines = spawnSync('grep', ['-c', '"ok":false', join(dir, `out-${jobs}.jsonl`)], { encoding: 'utf8' }).stdout.trim();
  console.log(`| ${jobs} | ${seconds.toFixed(1)} | ${(count / seconds).toFixed(0)} | ${rss ? (Number(rss) / 1024).toFixed(0) : 'n/a'} | ${lines || 0} |`);
}
rmSync(dir, { recursive: true, force: true });
