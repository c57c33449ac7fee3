// The long mutation-fuzzing run. Usage:
//   npm run fuzz -- [--seconds 60] [--seed 1] [--max N] [--no-adversarial]
// Mutates every fixture in turn, checks every invariant (see test/fuzz/mutate.ts), records any
// input slower than 1 s and the slowest input per MB, and writes each failing input to
// fuzz-failures/ so it can be replayed. Then times one parse of each adversarial shape at
// about 0.1 MB and 1 MB. Exits 1 if any input failed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'parse5';
import { safeParseArticle } from '../src/index.js';
import { ADVERSARIAL } from '../test/fuzz/adversarial.js';
import { checkInput, loadSeeds, mutate, rng } from '../test/fuzz/mutate.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seconds = flag('seconds', 60);
const seed = flag('seed', 1);
const max = flag('max', Infinity);
const root = new URL('..', import.meta.url).pathname;
const seeds = loadSeeds(root);
const r = rng(seed);
const zones = ['Europe/London', 'UTC', 'America/New_York', 'Pacific/Kiritimati'];

let inputs = 0;
let bytes = 0;
let failures = 0;
let overOneSecond = 0;
let slowest = { msPerMb: 0, ms: 0, size: 0, name: '' };
const byKind = new Map<string, number>();
const start = performance.now();
const deadline = start + seconds * 1000;
const outDir = join(root, 'fuzz-failures');
let lastReport = start;

while (performance.now() < deadline && inputs < max) {
  const s = seeds[inputs % seeds.length]!;
  const { input, steps } = mutate(s.text, r);
  const t0 = performance.now();
  const found = checkInput(input, zones[inputs % zones.length]);
  const ms = performance.now() - t0;
  inputs++;
  bytes += input.length;
  const mb = Math.max(input.length, 1) / 1e6;
  if (input.length > 20_000 && ms / mb > slowest.msPerMb) slowest = { msPerMb: ms / mb, ms, size: input.length, name: `${s.name} after ${steps.join(', ')}` };
  if (ms > 1000) {
    overOneSecond++;
    found.push({ kind: 'slow', detail: `${ms.toFixed(0)} ms for ${input.length} chars` });
  }
  if (found.length > 0) {
    failures++;
    for (const f of found) byKind.set(f.kind, (byKind.get(f.kind) ?? 0) + 1);
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, `${seed}-${inputs}.input`);
    writeFileSync(file, input);
    writeFileSync(`${file}.json`, JSON.stringify({ seed: s.name, steps, failures: found }, null, 2));
    process.stderr.write(`\nFAIL ${s.name} after ${steps.join(', ')}: ${found.map((f) => f.kind).join(', ')} -> ${file}\n`);
  }
  const now = performance.now();
  if (now - lastReport > 2000) {
    lastReport = now;
    const left = Math.max(0, (deadline - now) / 1000);
    process.stderr.write(`\rfuzz: ${inputs} inputs, ${(bytes / 1e6).toFixed(0)} MB, ${failures} failing, ${left.toFixed(0)} s left   `);
  }
}
const elapsed = (performance.now() - start) / 1000;
process.stderr.write('\n');

// Adversarial shapes: the time for one parse at about 0.1 MB and 1 MB (best of 3), per MB and
// the growth ratio (linear is 10; the goal is at most 12). For HTML shapes, also the growth of
// a bare parse5.parse of the same inputs, which every HTML parse pays first.
const best = (input: string, run: (input: string) => unknown = (i) => safeParseArticle(i, { timeZone: 'UTC' })) => {
  let min = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    run(input);
    min = Math.min(min, performance.now() - t0);
  }
  return min;
};
const growth = (a: number, b: number, small: string, large: string) => Number((b / Math.max(a, 0.01) / (large.length / small.length / 10)).toFixed(1));
const adversarial: Record<string, { mb: number; ms: number; msPerMb: number; growth10x: number; parse5Growth10x?: number }> = {};
if (!args.includes('--no-adversarial')) {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    process.stderr.write(`\radversarial: ${name}                              `);
    const small = make(0.1);
    const large = make(1);
    const a = best(small);
    const b = best(large);
    adversarial[name] = { mb: Number((large.length / 1e6).toFixed(2)), ms: Math.round(b), msPerMb: Math.round(b / (large.length / 1e6)), growth10x: growth(a, b, small, large) };
    if (name.endsWith('(html)')) adversarial[name]!.parse5Growth10x = growth(best(small, parse), best(large, parse), small, large);
  }
  process.stderr.write('\n');
}
console.log(
  JSON.stringify(
    {
      seed,
      seconds: Number(elapsed.toFixed(1)),
      seedFiles: seeds.length,
      inputs,
      megabytes: Number((bytes / 1e6).toFixed(1)),
      inputsPerSecond: Math.round(inputs / elapsed),
      failingInputs: failures,
      failuresByKind: Object.fromEntries(byKind),
      overOneSecond,
      slowestInputPerMb: { msPerMb: Math.round(slowest.msPerMb), ms: Math.round(slowest.ms), chars: slowest.size, input: slowest.name },
      adversarial,
    },
    null,
    2,
  ),
);
process.exit(failures > 0 ? 1 : 0);
