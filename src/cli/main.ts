#!/usr/bin/env node
// The thinktank-parser command. Node-only; the library core never imports this.
import { existsSync, readFileSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { EventEmitter } from 'node:events';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createParser, ParseError, parseTimestamp, type OutletInput } from '../index.js';
import { expandInputs } from './inputs.js';
import { bytesToText, parseText, processFile, type Job, type Outcome } from './process.js';

const HELP = `Usage: thinktank-parser [options] <file|dir|glob|->...

Parses saved think-tank pages (HTML or text dumps, .gz read transparently) into JSON.
One input prints its Article as JSON; several inputs (or --jsonl) print one line each:
{"file", "ok": true, "article"} or {"file", "ok": false, "error": {"code", "message"}}.

Options:
  --jsonl               one JSON line per input, even for a single input
  --out FILE            write the output to FILE (atomically: a temporary file, then rename)
  --headlines           run parseHeadlines instead (key "headlines" in JSON lines)
  --markdown            print a single input's article as Markdown
  --fields a,b,c        keep only these Article fields
  --time-zone ZONE      zone for times without an offset (IANA name or +HH:MM)
  --outlet ID           skip outlet detection: parse as this outlet
  --outlets FILE        load outlet profiles (a JSON array) before the built-in ones
  --url URL             where the single input was fetched from
  --jobs N              parallel workers (default: the number of cores)
  --ordered             keep input order (the default)
  --unordered           write results as they finish (faster with many jobs)
  --max-bytes N         refuse inputs larger than N bytes (default 20000000)
  --follow-symlinks     follow symbolic links while walking directories
  --quiet               no progress and no summary on stderr
  --verbose             also report every failed input on stderr
  --version             print the version
  --help                print this help

Exit codes: 0 all inputs parsed, 1 some failed (the others are still written), 2 usage error,
130 interrupted (complete lines are kept).`;

interface WorkerMessage {
  index: number;
  file: string;
}

function version(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)), i = 0; i < 4; dir = dirname(dir), i++) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'thinktank-parser') return pkg.version ?? '0.0.0';
    }
  }
  return '0.0.0';
}

function usage(message: string): never {
  process.stderr.write(`thinktank-parser: ${message}\nTry 'thinktank-parser --help'.\n`);
  process.exit(2);
}

// Worker thread: parse files as the main thread sends them.
if (!isMainThread && parentPort) {
  const job = workerData as Job;
  const parser = createParser({ outlets: job.outlets });
  const port = parentPort;
  port.on('message', (message: WorkerMessage) => {
    void processFile(message.file, job, parser).then((outcome) => port.postMessage({ index: message.index, line: JSON.stringify(outcome) }));
  });
} else {
  void main().catch((e: unknown) => {
    process.stderr.write(`thinktank-parser: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  });
}

/** What the pool needs of a worker: a real thread, or the main thread itself. */
interface Slot {
  postMessage(message: WorkerMessage): void;
  on(event: 'message', listener: (message: { index: number; line: string }) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  terminate(): Promise<unknown>;
}

/**
 * The main thread as one more worker: with --jobs 2 that is one thread fewer (and one V8 heap
 * fewer) than two workers and an idle main thread.
 */
class LocalWorker extends EventEmitter implements Slot {
  private readonly queue: WorkerMessage[] = [];
  private running = false;
  private readonly parser: ReturnType<typeof createParser>;

  constructor(private readonly job: Job) {
    super();
    this.parser = createParser({ outlets: job.outlets });
  }

  postMessage(message: WorkerMessage): void {
    this.queue.push(message);
    if (!this.running) void this.drain();
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.queue.length > 0) {
      const message = this.queue.shift()!;
      const outcome = await processFile(message.file, this.job, this.parser);
      // Let worker messages and output writes in between pages.
      await new Promise((r) => setImmediate(r));
      this.emit('message', { index: message.index, line: JSON.stringify(outcome) });
    }
    this.running = false;
  }

  async terminate(): Promise<void> {
    this.queue.length = 0;
  }
}

/** A worker running this same file; from the TypeScript sources (tests, npm run cli), through tsx. */
function spawnWorker(job: Job): Worker {
  const self = import.meta.url;
  // A small young generation keeps each worker's footprint down; pages are parsed one at a time.
  const resourceLimits = { maxYoungGenerationSizeMb: 8 };
  if (!self.endsWith('.ts')) return new Worker(new URL(self), { workerData: job, resourceLimits });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(self)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: job, resourceLimits });
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${Math.ceil(seconds)}s`;
  return `${Math.floor(seconds / 60)}m${String(Math.ceil(seconds % 60)).padStart(2, '0')}s`;
}

async function main(): Promise<void> {
  // A closed pipe (| head) ends the run quietly, as Unix tools do.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        jsonl: { type: 'boolean' },
        out: { type: 'string' },
        headlines: { type: 'boolean' },
        markdown: { type: 'boolean' },
        fields: { type: 'string' },
        'time-zone': { type: 'string' },
        outlet: { type: 'string' },
        outlets: { type: 'string' },
        url: { type: 'string' },
        jobs: { type: 'string' },
        ordered: { type: 'boolean' },
        unordered: { type: 'boolean' },
        'max-bytes': { type: 'string' },
        'follow-symlinks': { type: 'boolean' },
        quiet: { type: 'boolean' },
        verbose: { type: 'boolean' },
        version: { type: 'boolean' },
        help: { type: 'boolean' },
      },
    });
  } catch (e) {
    usage((e as Error).message.split('\n')[0]!);
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  if (v.version) {
    process.stdout.write(`${version()}\n`);
    return;
  }
  if (positionals.length === 0) usage('no input given (a file, a directory, a glob, or - for standard input)');

  // Options are checked before any input is read.
  let outlets: OutletInput[] = [];
  if (v.outlets) {
    try {
      const loaded = JSON.parse(readFileSync(v.outlets, 'utf8')) as unknown;
      outlets = (Array.isArray(loaded) ? loaded : [loaded]) as OutletInput[];
      createParser({ outlets });
    } catch (e) {
      usage(`--outlets ${v.outlets}: ${e instanceof ParseError ? `${e.message} (${e.issues.map((i) => i.path.join('.')).join(', ')})` : (e as Error).message}`);
    }
  }
  const registry = createParser({ outlets });
  if (v.outlet && !registry.outlets.some((o) => o.id === v.outlet)) {
    usage(`--outlet ${v.outlet}: unknown outlet; known: ${registry.outlets.map((o) => o.id).join(', ')}`);
  }
  if (v['time-zone']) {
    try {
      parseTimestamp('2024-01-01 00:00', { timeZone: v['time-zone'] });
    } catch {
      usage(`--time-zone ${v['time-zone']}: unknown time zone (use an IANA name such as Europe/London, or +05:30)`);
    }
  }
  const jobs = v.jobs === undefined ? availableParallelism() : Number(v.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) usage(`--jobs ${v.jobs}: expected a whole number of at least 1`);
  const maxBytes = v['max-bytes'] === undefined ? 20_000_000 : Number(v['max-bytes']);
  if (!Number.isInteger(maxBytes) || maxBytes < 1) usage(`--max-bytes ${v['max-bytes']}: expected a positive whole number`);
  if (v.headlines && v.markdown) usage('--headlines and --markdown cannot be combined');
  const fields = v.fields ? v.fields.split(',').map((f) => f.trim()).filter(Boolean) : null;

  // A path that names nothing stays in the list, in its place: it fails as that input.
  const { inputs, skippedLinks } = await expandInputs(positionals, v['follow-symlinks'] === true);
  // Symbolic links inside a directory are not followed by default: say so, never silently.
  if (skippedLinks.length > 0 && !v.quiet) {
    const shown = v.verbose ? skippedLinks : skippedLinks.slice(0, 3);
    process.stderr.write(
      `thinktank-parser: skipped ${skippedLinks.length} symbolic link${skippedLinks.length === 1 ? '' : 's'} (pass --follow-symlinks to read them): ${shown.join(', ')}${shown.length < skippedLinks.length ? ', …' : ''}\n`,
    );
  }
  if (v.url && inputs.length > 1) usage('--url applies to a single input');
  if (v.markdown && inputs.length > 1) usage('--markdown applies to a single input');

  const job: Job = {
    outlets,
    options: { ...(v['time-zone'] ? { timeZone: v['time-zone'] } : {}), ...(v.outlet ? { outlet: v.outlet } : {}), ...(v.url ? { url: v.url } : {}) },
    mode: v.headlines ? 'headlines' : v.markdown ? 'markdown' : 'article',
    fields,
    maxBytes,
  };
  const lines = v.jsonl === true || inputs.length > 1;
  const valueKey = v.headlines ? 'headlines' : 'article';

  // Output: stdout, or a temporary file renamed into place at the end.
  const temporary = v.out ? `${v.out}.tmp-${process.pid}` : null;
  const file = temporary ? await open(temporary, 'w') : null;
  let pendingWrite = Promise.resolve();
  const write = (text: string): void => {
    pendingWrite = pendingWrite.then(async () => {
      if (file) await file.write(text);
      else if (!process.stdout.write(text)) await new Promise((r) => process.stdout.once('drain', r));
    });
  };

  let failed = 0;
  let done = 0;
  const total = inputs.length;
  const started = Date.now();
  const progress = process.stderr.isTTY === true && total > 1 && !v.quiet;
  const render = (): void => {
    if (!progress) return;
    const elapsed = (Date.now() - started) / 1000;
    const rate = done / Math.max(elapsed, 0.001);
    const width = 24;
    const filled = Math.round((done / total) * width);
    process.stderr.write(
      `\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} files, ${rate.toFixed(1)}/s, ETA ${formatDuration((total - done) / rate)}, ${failed} failed  `,
    );
  };
  const timer = progress ? setInterval(render, 100) : null;

  const emit = (name: string, outcome: Outcome): void => {
    done += 1;
    if (!outcome.ok) {
      failed += 1;
      if (v.verbose) process.stderr.write(`${progress ? '\n' : ''}${outcome.error.code}: ${outcome.error.message}\n`);
    }
    if (lines) {
      write(`${JSON.stringify(outcome.ok ? { file: name, ok: true, [valueKey]: outcome.value } : { file: name, ok: false, error: outcome.error })}\n`);
    } else if (outcome.ok) {
      write(typeof outcome.value === 'string' ? outcome.value : `${JSON.stringify(outcome.value, null, 2)}\n`);
    } else {
      process.stderr.write(`thinktank-parser: ${outcome.error.code}: ${outcome.error.message}\n`);
    }
  };

  let interrupted = false;
  const workers: Slot[] = [];
  process.once('SIGINT', () => {
    interrupted = true;
  });

  const ordered = v.unordered !== true;
  const buffered = new Map<number, { name: string; outcome: Outcome }>();
  let nextToEmit = 0;
  const deliver = (index: number, name: string, outcome: Outcome): void => {
    if (!ordered) {
      emit(name, outcome);
      return;
    }
    buffered.set(index, { name, outcome });
    while (buffered.has(nextToEmit)) {
      const r = buffered.get(nextToEmit)!;
      buffered.delete(nextToEmit);
      emit(r.name, r.outcome);
      nextToEmit += 1;
    }
  };

  const stdinIndex = inputs.indexOf('-');
  if (jobs === 1 || inputs.length === 1) {
    const parser = createParser({ outlets });
    for (let i = 0; i < inputs.length && !interrupted; i++) {
      const name = inputs[i]!;
      if (name === '-') {
        const text = bytesToText(await readStdin(), 'stdin', maxBytes);
        deliver(i, 'stdin', typeof text === 'string' ? parseText(text, 'stdin', job, parser) : text);
      } else {
        deliver(i, name, await processFile(name, job, parser));
      }
      await pendingWrite;
    }
  } else {
    // A pool of workers, each with a few files in flight; results are buffered only until
    // their turn, and new files go out only as results come back, so memory stays flat.
    if (stdinIndex >= 0) {
      const text = bytesToText(await readStdin(), 'stdin', maxBytes);
      deliver(stdinIndex, 'stdin', typeof text === 'string' ? parseText(text, 'stdin', job, createParser({ outlets })) : text);
    }
    let next = 0;
    const hasMore = (): boolean => {
      while (next < inputs.length && inputs[next] === '-') next += 1;
      return !interrupted && next < inputs.length;
    };
    const claimNext = (): number | null => {
      while (next < inputs.length && inputs[next] === '-') next += 1;
      if (interrupted || next >= inputs.length) return null;
      // Back-pressure: never more than 64 results waiting for their turn.
      if (ordered && buffered.size > 64) return null;
      return next++;
    };
    await new Promise<void>((resolveAll) => {
      let inFlight = 0;
      const pump = (worker: Slot): void => {
        // Threads get a deeper queue than the main thread, which also writes the output.
        const depth = worker instanceof LocalWorker ? 1 : 8;
        while (true) {
          if ((assigned.get(worker)?.size ?? 0) >= depth) return;
          const index = claimNext();
          if (index === null) break;
          inFlight += 1;
          post(worker, index);
        }
        if (inFlight === 0) resolveAll();
      };
      const assigned = new Map<Slot, Set<number>>();
      const post = (worker: Slot, index: number): void => {
        assigned.get(worker)!.add(index);
        worker.postMessage({ index, file: inputs[index]! } satisfies WorkerMessage);
      };
      for (let w = 0; w < Math.min(jobs, inputs.length); w++) {
        const worker: Slot = w === 0 ? new LocalWorker(job) : spawnWorker(job);
        assigned.set(worker, new Set());
        worker.on('message', (message: { index: number; line: string }) => {
          inFlight -= 1;
          assigned.get(worker)!.delete(message.index);
          deliver(message.index, inputs[message.index]!, JSON.parse(message.line) as Outcome);
          for (const other of workers) pump(other);
          if (inFlight === 0 && !hasMore()) resolveAll();
        });
        worker.on('error', (e: Error) => {
          // A worker that dies takes its files with it: they fail, the rest go on.
          process.stderr.write(`thinktank-parser: a worker failed: ${e.message}\n`);
          workers.splice(workers.indexOf(worker), 1);
          for (const index of assigned.get(worker)!) {
            inFlight -= 1;
            deliver(index, inputs[index]!, { ok: false, error: { code: 'INTERNAL_ERROR', message: `${inputs[index]}: the worker parsing it failed (${e.message})` } });
          }
          assigned.get(worker)!.clear();
          if (workers.length === 0) {
            while (hasMore()) {
              const index = next++;
              deliver(index, inputs[index]!, { ok: false, error: { code: 'INTERNAL_ERROR', message: `${inputs[index]}: no worker left to parse it` } });
            }
            resolveAll();
            return;
          }
          for (const other of workers) pump(other);
          if (inFlight === 0 && !hasMore()) resolveAll();
        });
        workers.push(worker);
      }
      for (const worker of workers) pump(worker);
    });
    await Promise.all(workers.map((w) => w.terminate()));
  }

  await pendingWrite;
  if (timer) clearInterval(timer);
  if (progress) {
    render();
    process.stderr.write('\n');
  }
  if (file && temporary) {
    await file.close();
    if (done === 0 && interrupted) await rm(temporary, { force: true });
    else await rename(temporary, v.out!);
  }
  if (failed > 0 && lines && !v.quiet) process.stderr.write(`thinktank-parser: ${failed} of ${total} inputs failed (their lines have "ok": false)\n`);
  process.exitCode = interrupted ? 130 : failed > 0 ? 1 : 0;
}
