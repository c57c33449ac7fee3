// Node-only: reading one input and parsing it. Runs in the main thread or in a worker.
import { readFile, stat } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { createParser, decodeHtml, ParseError, toMarkdown, type OutletInput, type ParseOptions } from '../index.js';

/** What the CLI asks of every input. */
export interface Job {
  outlets: OutletInput[];
  options: ParseOptions;
  mode: 'article' | 'headlines' | 'markdown';
  fields: string[] | null;
  maxBytes: number;
}

/** The outcome for one input: one JSON value, already serialised, or an error. */
export type Outcome = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

const BINARY_SAMPLE = 8192;

function fail(code: string, message: string): Outcome {
  return { ok: false, error: { code, message } };
}

/** Bytes to text: gunzip when gzipped, refuse binary data, decode HTML as browsers do. */
export function bytesToText(bytes: Uint8Array, name: string, maxBytes: number): string | Outcome {
  let data = bytes;
  if ((name.endsWith('.gz') || (data[0] === 0x1f && data[1] === 0x8b)) && data.length > 2) {
    try {
      data = gunzipSync(data, { maxOutputLength: maxBytes + 1 });
    } catch (e) {
      const message = (e as Error).message;
      return /maxOutputLength|buffer length/i.test(message)
        ? fail('INPUT_TOO_LARGE', `${name} is larger than ${maxBytes} bytes once decompressed`)
        : fail('UNREADABLE', `${name} is not valid gzip: ${message}`);
    }
  }
  if (data.length > maxBytes) return fail('INPUT_TOO_LARGE', `${name} is ${data.length} bytes, over the limit of ${maxBytes} (--max-bytes)`);
  const sample = data.subarray(0, BINARY_SAMPLE);
  if (sample.includes(0)) return fail('BINARY_INPUT', `${name} looks binary (it contains NUL bytes), not a saved page`);
  return decodeHtml(data);
}

function project(value: Record<string, unknown>, fields: string[] | null): unknown {
  if (!fields) return value;
  return Object.fromEntries(fields.filter((f) => f in value).map((f) => [f, value[f]]));
}

/** Parses one input's text the way the job asks. Never throws. */
export function parseText(text: string, name: string, job: Job, parser = createParser({ outlets: job.outlets })): Outcome {
  try {
    if (job.mode === 'headlines') return { ok: true, value: parser.parseHeadlines(text, job.options) };
    const article = parser.parseArticle(text, job.options);
    if (job.mode === 'markdown') return { ok: true, value: toMarkdown(article) };
    return { ok: true, value: project(article as unknown as Record<string, unknown>, job.fields) };
  } catch (e) {
    if (e instanceof ParseError) return fail(e.code, `${name}: ${e.message}`);
    return fail('INTERNAL_ERROR', `${name}: ${(e as Error).message} (please report this input)`);
  }
}

/** Reads and parses one file. Never throws. */
export async function processFile(file: string, job: Job, parser: ReturnType<typeof createParser>): Promise<Outcome> {
  const info = await stat(file).catch((e: NodeJS.ErrnoException) => e);
  if (info instanceof Error) return fail('UNREADABLE', `${file}: ${info.code === 'ENOENT' ? 'no such file' : info.message}`);
  if (!info.isFile()) return fail('UNREADABLE', `${file} is not a regular file`);
  if (info.size > job.maxBytes && !file.endsWith('.gz')) return fail('INPUT_TOO_LARGE', `${file} is ${info.size} bytes, over the limit of ${job.maxBytes} (--max-bytes)`);
  const bytes = await readFile(file).catch((e: Error) => e);
  if (bytes instanceof Error) return fail('UNREADABLE', `${file}: ${bytes.message}`);
  const text = bytesToText(bytes, file, job.maxBytes);
  if (typeof text !== 'string') return text;
  return parseText(text, file, job, parser);
}
