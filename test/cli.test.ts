// The command line, run for real as a child process over a temporary folder of fixtures.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
// tsx runs the TypeScript sources; resolved here, since the child's working folder is elsewhere.
const tsx = import.meta.resolve('tsx');
const cli = join(root, 'src', 'cli', 'main.ts');
const fixtures = join(root, 'fixtures');
let dir: string;

function run(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', tsx, cli, ...args], { cwd: dir, input, encoding: 'utf8', env: { ...process.env, TZ: process.env.TZ } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const lines = (stdout: string): Record<string, unknown>[] => stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'thinktank-cli-'));
  mkdirSync(join(dir, 'pages', 'nested'), { recursive: true });
  copyFileSync(join(fixtures, 'chatham-house-kazakhstan-russia', 'input.txt'), join(dir, 'pages', 'a-seed.txt'));
  copyFileSync(join(fixtures, 'generic-byline-sidebar-related', 'input.html'), join(dir, 'pages', 'b-generic.html'));
  writeFileSync(join(dir, 'pages', 'nested', 'c-chatham.html.gz'), gzipSync(readFileSync(join(fixtures, 'chatham-house-html-expert-comment', 'input.html'))));
  copyFileSync(join(fixtures, 'not-an-article-404', 'input.html'), join(dir, 'pages', 'd-404.html'));
  writeFileSync(join(dir, 'pages', 'e-binary.html'), Buffer.from([0x3c, 0x00, 0x01, 0x02, 0xff, 0x00]));
  writeFileSync(join(dir, 'profiles.json'), readFileSync(join(fixtures, 'hypothetical-institute-json-profile', 'outlet.json')));
});

// Each run starts Node and tsx: allow for it.
describe('thinktank-parser', { timeout: 30_000 }, () => {
  it('prints one input as a pretty Article, says nothing on a non-TTY stderr, exits 0', () => {
    const r = run(['pages/a-seed.txt']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')[1]).toMatch(/^ {2}"outlet": \{$/);
    expect(JSON.parse(r.stdout).title).toBe('Russia’s influence in Kazakhstan is increasing despite the war in Ukraine');
  });

  it('walks a directory into JSON lines in input order, reading .gz, with per-file errors, exit 1', () => {
    const r = run(['pages']);
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    expect(out.map((l) => [String(l.file).replace(/\\/g, '/'), l.ok])).toEqual([
      ['pages/a-seed.txt', true],
      ['pages/b-generic.html', true],
      ['pages/d-404.html', false],
      ['pages/e-binary.html', false],
      ['pages/nested/c-chatham.html.gz', true],
    ]);
    expect((out[2]!.error as { code: string }).code).toBe('NOT_AN_ARTICLE');
    expect((out[3]!.error as { code: string }).code).toBe('BINARY_INPUT');
    expect((out[4]!.article as { outlet: { id: string } }).outlet.id).toBe('chatham-house');
    expect(r.stderr).toMatch(/2 of 5 inputs failed/);
  });

  it('gives the same lines with two worker threads as with one', () => {
    expect(run(['--jobs', '2', 'pages']).stdout).toBe(run(['--jobs', '1', 'pages']).stdout);
  });

  it('reads standard input, and writes a single JSON line with --jsonl', () => {
    const seed = readFileSync(join(fixtures, 'chatham-house-kazakhstan-russia', 'input.txt'), 'utf8');
    const r = run(['--jsonl', '--fields', 'title,kind', '-'], seed);
    expect(r.code).toBe(0);
    expect(lines(r.stdout)).toEqual([{ file: 'stdin', ok: true, article: { title: 'Russia’s influence in Kazakhstan is increasing despite the war in Ukraine', kind: 'Expert Comment' } }]);
  });

  it('writes --out atomically and leaves no temporary file', () => {
    const r = run(['--out', 'result.jsonl', 'pages/a-seed.txt', 'pages/b-generic.html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(lines(readFileSync(join(dir, 'result.jsonl'), 'utf8'))).toHaveLength(2);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp-'))).toEqual([]);
  });

  it('runs parseHeadlines, Markdown and user outlet profiles', () => {
    expect(JSON.parse(run(['--headlines', 'pages/a-seed.txt']).stdout)).toHaveLength(8);
    expect(run(['--markdown', 'pages/a-seed.txt']).stdout).toMatch(/^# Russia’s influence/);
    const page = join(fixtures, 'hypothetical-institute-json-profile', 'input.html');
    expect(JSON.parse(run(['--outlets', 'profiles.json', '--fields', 'outlet', page]).stdout)).toEqual({
      outlet: { id: 'hypothetical-institute', name: 'Institute for Hypothetical Studies' },
    });
  });

  it('refuses inputs over --max-bytes, and missing files, per file', () => {
    const r = run(['--max-bytes', '100', 'pages/a-seed.txt', 'pages/missing.html']);
    expect(r.code).toBe(1);
    expect(lines(r.stdout).map((l) => (l.error as { code: string }).code)).toEqual(['INPUT_TOO_LARGE', 'UNREADABLE']);
  });

  it('answers usage errors with exit 2 and a one-line hint', { timeout: 60_000 }, () => {
    for (const args of [['--bogus', 'pages'], [], ['--outlet', 'no-such-outlet', 'pages'], ['--time-zone', 'Mars/Base', 'pages'], ['--jobs', '0', 'pages'], ['--url', 'https://x.example/', 'pages']]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/\nTry 'thinktank-parser --help'\.\n$/);
      expect(r.stdout).toBe('');
    }
    expect(run(['--help']).stdout).toMatch(/^Usage: thinktank-parser/);
    expect(run(['--version']).stdout).toBe(`${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
  });

  it('stops on SIGINT with exit 130 and only complete lines', async () => {
    const many = join(dir, 'many');
    mkdirSync(many, { recursive: true });
    for (let i = 0; i < 1500; i++) copyFileSync(join(fixtures, 'chatham-house-kazakhstan-russia', 'input.txt'), join(many, `p${String(i).padStart(4, '0')}.txt`));
    const child = spawn(process.execPath, ['--import', tsx, cli, '--jobs', '1', 'many'], { cwd: dir });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (stdout === '') child.kill('SIGINT');
      stdout += chunk.toString('utf8');
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stdout.endsWith('\n')).toBe(true);
    const out = lines(stdout);
    expect(out.length).toBeGreaterThan(0);
    expect(out.length).toBeLessThan(1500);
    expect(existsSync(join(dir, 'many'))).toBe(true);
  }, 60_000);

  it('does not follow symbolic links out of the root unless asked, says what it skipped, and survives a link loop', () => {
    const outside = mkdtempSync(join(tmpdir(), 'thinktank-outside-'));
    copyFileSync(join(fixtures, 'generic-byline-sidebar-related', 'input.html'), join(outside, 'secret.html'));
    mkdirSync(join(dir, 'linked', 'inner'), { recursive: true });
    copyFileSync(join(fixtures, 'chatham-house-kazakhstan-russia', 'input.txt'), join(dir, 'linked', 'a.txt'));
    symlinkSync(outside, join(dir, 'linked', 'out-dir'), 'dir');
    symlinkSync(join(outside, 'secret.html'), join(dir, 'linked', 'out-file.html'));
    symlinkSync(join(dir, 'linked'), join(dir, 'linked', 'inner', 'loop'), 'dir');

    const plain = run(['--jsonl', 'linked']);
    expect(plain.code).toBe(0);
    expect(lines(plain.stdout).map((l) => String(l.file).replace(/\\/g, '/'))).toEqual(['linked/a.txt']);
    expect(plain.stderr).toMatch(/skipped 3 symbolic links \(pass --follow-symlinks/);

    const followed = run(['--jsonl', '--follow-symlinks', 'linked']);
    expect(followed.code).toBe(0);
    const files = lines(followed.stdout).map((l) => String(l.file).replace(/\\/g, '/'));
    expect(files.some((f) => f.endsWith('secret.html'))).toBe(true);
    expect(files.some((f) => f.endsWith('out-file.html'))).toBe(true);
    expect(files.filter((f) => f.endsWith('a.txt'))).toHaveLength(1);
    expect(followed.stderr).toBe('');
  });
});
