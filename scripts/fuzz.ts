// The long mutation-fuzzing run. Usage:
//   npm run fuzz -- [--seconds 60] [--seed 1] [--max N] [--no-adversarial] [--mutators a,b]
//   npm run fuzz -- --replay fuzz-failures/<seed>-<n>.input ...
// Mutates every fixture in turn, checks every invariant (see test/fuzz/mutate.ts), records any
// input slower than 1 s, the slowest input per MB and the slowest input of all, and writes each
// failing input to fuzz-failures/ so it can be replayed; the slowest input of all goes there too
// (<seed>-slowest.input), so the next heavy path can be profiled before it crosses 1 s. Then times each adversarial shape at about 0.1, 1 and
// 10 MB, each in a fresh child process. Exits 1 if any input failed.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
// The parser's own parse5 call: parse5 with its list of active formatting elements capped. The
// timings below compare against it, not stock parse5.parse, which builds a tree quadratic in the
// page on one adversarial shape (formatting elements left open with different attributes) and
// runs out of memory at its 10 MB size. On every other input the two build the same tree.
import { boundedParse as parse } from '../src/htmlToBlocks/boundedParse.js';
import { safeParseArticle } from '../src/index.js';
import { ADVERSARIAL } from '../test/fuzz/adversarial.js';
import { MUTATORS, checkInput, loadSeeds, mutate, rng } from '../test/fuzz/mutate.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const seconds = flag('seconds', 60);
const seed = flag('seed', 1);
const max = flag('max', Infinity);
// --mutators a,b: only these mutators (names as in test/fuzz/mutate.ts), to try a new one alone.
const only = args.includes('--mutators') ? args[args.indexOf('--mutators') + 1]!.split(',') : Object.keys(MUTATORS);
for (const name of only) if (!MUTATORS[name]) throw new Error(`fuzz: no mutator '${name}'; there are ${Object.keys(MUTATORS).join(', ')}`);
const root = new URL('..', import.meta.url).pathname;
const seeds = loadSeeds(root);
const r = rng(seed);
const zones = ['Europe/London', 'UTC', 'America/New_York', 'Pacific/Kiritimati'];

// Adversarial shapes: the time for one parse at about 0.1 MB, 1 MB and 10 MB, per MB and the
// growth ratios (linear is 10; the goal is at most 12). For HTML shapes, also the growth of a
// bare parse5 parse of the same inputs (capped, as above), which every HTML parse pays first; for text shapes,
// the growth of splitting the input into lines. Each shape is timed
// in a fresh child process, after a warm-up at every size, best of 5 at every size (at 10 MB, one
// garbage collection more or less moves a best of 2 by 30 % either way): timed one
// after another in this process, a shape paid for the heap the shapes before it left, and its
// 0.1 MB time for the compiler's first pass over the code. From 0.1 to 1 MB the figure also
// shows where the garbage collector starts to run during a parse (a 0.1 MB parse often
// allocates too little to trigger one); from 1 to 10 MB both sizes pay for it.
const best = (input: string, run: (input: string) => unknown, times = 5) => {
  let min = Infinity;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run(input);
    min = Math.min(min, performance.now() - t0);
  }
  return min;
};
const growth = (a: number, b: number, small: string, large: string) => Number((b / Math.max(a, 0.01) / (large.length / small.length / 10)).toFixed(1));
type Timing = { mb: number; ms: number; msPerMb: number; growth10x: number; growth10xTo10Mb: number; parse5Growth10x?: number; parse5Growth10xTo10Mb?: number; linesGrowth10x?: number; linesGrowth10xTo10Mb?: number };
const timeShape = (name: string): Timing => {
  const make = ADVERSARIAL[name]!;
  const inputs = [make(0.1), make(1), make(10)];
  // The 10× inputs pass the default 20 MB limit on purpose.
  const ours = (input: string) => safeParseArticle(input, { timeZone: 'UTC', maxInputBytes: 1e9 });
  const html = name.endsWith('(html)');
  for (const input of inputs) {
    ours(input);
    if (html) parse(input);
  }
  const [a, b, c] = inputs.map((input) => best(input, ours)) as [number, number, number];
  const [small, large, huge] = inputs as [string, string, string];
  const timing: Timing = { mb: Number((large.length / 1e6).toFixed(2)), ms: Math.round(b), msPerMb: Math.round(b / (large.length / 1e6)), growth10x: growth(a, b, small, large), growth10xTo10Mb: growth(b, c, large, huge) };
  if (html) {
    const [pa, pb, pc] = inputs.map((input) => best(input, parse)) as [number, number, number];
    timing.parse5Growth10x = growth(pa, pb, small, large);
    timing.parse5Growth10xTo10Mb = growth(pb, pc, large, huge);
  } else {
    // The text path's floor: splitting the input into one string per line, which any
    // line-based parser pays. On a million short lines the runtime's own cost of holding a
    // million strings grows faster than 10× (the garbage collector).
    const lines = (input: string) => input.split(/\r\n|\r|\n/);
    const [la, lb, lc] = inputs.map((input) => best(input, lines)) as [number, number, number];
    timing.linesGrowth10x = growth(la, lb, small, large);
    timing.linesGrowth10xTo10Mb = growth(lb, lc, large, huge);
  }
  return timing;
};
// CPU time since `since`, in ms: this process, all its threads.
const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};
// --replay a.input b.input: check saved inputs again (each fuzz-failures/*.input), and time
// them alone, wall and CPU, best of 3 after a warm-up; exits 1 if any still fails a check.
const replay = args.indexOf('--replay');
if (replay >= 0) {
  let failing = 0;
  for (const file of args.slice(replay + 1).filter((a) => !a.startsWith('--'))) {
    const input = readFileSync(file, 'utf8');
    const found = checkInput(input, 'UTC', true);
    let wall = Infinity;
    let cpu = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      safeParseArticle(input, { timeZone: 'UTC' });
      cpu = Math.min(cpu, cpuMs(c0));
      wall = Math.min(wall, performance.now() - t0);
    }
    const t0 = performance.now();
    parse(input);
    const p5 = performance.now() - t0;
    if (found.length > 0) failing++;
    console.log(`${relative(process.cwd(), file)}: ${input.length} chars; one safeParseArticle ${wall.toFixed(0)} ms (CPU ${cpu.toFixed(0)} ms), parse5 ${p5.toFixed(0)} ms; ${found.length === 0 ? 'every check passes' : found.map((f) => `${f.kind}: ${f.detail}`).join('; ')}`);
  }
  process.exit(failing > 0 ? 1 : 0);
}
const child = args.indexOf('--adversarial-child');
if (child >= 0) {
  process.stdout.write(JSON.stringify(timeShape(args[child + 1]!)));
  process.exit(0);
}

let inputs = 0;
let bytes = 0;
let failures = 0;
let overOneSecond = 0;
let overOneSecondCpu = 0;
const slowOnes: number[] = [];
const slowOnesCpu: number[] = [];
let slowest = { msPerMb: 0, ms: 0, size: 0, name: '' };
let heaviest = { ms: 0, size: 0, name: '', input: '' };
const byKind = new Map<string, number>();
const start = performance.now();
const deadline = start + seconds * 1000;
const outDir = join(root, 'fuzz-failures');
let lastReport = start;

while (performance.now() < deadline && inputs < max) {
  const s = seeds[inputs % seeds.length]!;
  const { input, steps } = mutate(s.text, r, only);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  // One input in three is also parsed with source offsets (explain), which parse5 reads in full.
  const timeZone = zones[inputs % zones.length]!;
  const found = checkInput(input, timeZone, inputs % 3 === 0);
  const ms = performance.now() - t0;
  const cpu = cpuMs(c0);
  inputs++;
  bytes += input.length;
  const mb = Math.max(input.length, 1) / 1e6;
  if (input.length > 20_000 && ms / mb > slowest.msPerMb) slowest = { msPerMb: ms / mb, ms, size: input.length, name: `${s.name} after ${steps.join(', ')}` };
  if (ms > heaviest.ms) heaviest = { ms, size: input.length, name: `${s.name} after ${steps.join(', ')}`, input };
  if (ms > 1000) {
    overOneSecond++;
    if (cpu > 1000) overOneSecondCpu++;
    // The check is about four parses; one parseArticle alone tells a hang from a heavy input.
    // CPU time (this process, all its threads) tells a heavy input from a machine that was busy
    // with something else: beside another run, wall time can be several times the CPU time.
    const t1 = performance.now();
    const c1 = process.cpuUsage();
    safeParseArticle(input, { timeZone });
    const one = performance.now() - t1;
    const oneCpu = cpuMs(c1);
    slowOnes.push(Math.round(one));
    slowOnesCpu.push(Math.round(oneCpu));
    found.push({ kind: 'slow', detail: `${ms.toFixed(0)} ms (CPU ${cpu.toFixed(0)} ms) for ${input.length} chars (one safeParseArticle: ${one.toFixed(0)} ms, CPU ${oneCpu.toFixed(0)} ms)` });
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
let heaviestFile: string | null = null;
if (heaviest.input) {
  mkdirSync(outDir, { recursive: true });
  heaviestFile = join(outDir, `${seed}-slowest.input`);
  writeFileSync(heaviestFile, heaviest.input);
}

const adversarial: Record<string, Timing> = {};
if (!args.includes('--no-adversarial')) {
  for (const name of Object.keys(ADVERSARIAL)) {
    process.stderr.write(`\radversarial: ${name}                              `);
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--adversarial-child', name], { maxBuffer: 1 << 20 });
    adversarial[name] = JSON.parse(out.toString()) as Timing;
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
      overOneSecondCpu,
      oneParseOfThoseMs: slowOnes,
      oneParseOfThoseCpuMs: slowOnesCpu,
      slowestInputPerMb: { msPerMb: Math.round(slowest.msPerMb), ms: Math.round(slowest.ms), chars: slowest.size, input: slowest.name },
      slowestInput: { ms: Math.round(heaviest.ms), chars: heaviest.size, input: heaviest.name, file: heaviestFile && relative(root, heaviestFile) },
      adversarial,
    },
    null,
    2,
  ),
);
process.exit(failures > 0 ? 1 : 0);
