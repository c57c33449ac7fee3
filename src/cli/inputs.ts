// Node-only: turning command-line arguments into a list of input files.
import { lstat, opendir, realpath } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { glob } from 'tinyglobby';

/** One input: a path, or '-' for standard input. */
export type Input = string;

const GLOB = /[*?[\]{}]/;
const PAGE_FILE = /\.(?:html?|xhtml|txt|text|md|gz)$/i;

type WalkState = { followSymlinks: boolean; skippedLinks: string[]; seen: Set<string> };

async function* walk(dir: string, state: WalkState): AsyncGenerator<string> {
  // Following links, a directory is read once whatever links lead to it, so a loop ends.
  // Without links followed no loop can form, and no realpath call is spent per directory.
  if (state.followSymlinks) {
    const real = await realpath(dir).catch(() => dir);
    if (state.seen.has(real)) return;
    state.seen.add(real);
  }
  const handle = await opendir(dir);
  const entries: { name: string; path: string; dir: boolean; link: boolean }[] = [];
  for await (const d of handle) entries.push({ name: d.name, path: join(dir, d.name), dir: d.isDirectory(), link: d.isSymbolicLink() });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    if (e.link) {
      if (!state.followSymlinks) {
        state.skippedLinks.push(e.path);
        continue;
      }
      const target = await realpath(e.path).catch(() => null);
      if (!target) continue;
      const stat = await lstat(target).catch(() => null);
      if (stat?.isDirectory()) yield* walk(target, state);
      else if (stat?.isFile() && PAGE_FILE.test(e.name)) yield e.path;
      continue;
    }
    if (e.dir) yield* walk(e.path, state);
    else if (PAGE_FILE.test(e.name)) yield e.path;
  }
}

/**
 * Expands the arguments into inputs, in argument order: a file as it is, a directory
 * recursively (page files only, hidden entries and symbolic links skipped unless
 * `followSymlinks`; the skipped ones are listed in `skippedLinks`, and a followed link loop is
 * read once), a glob pattern through tinyglobby, '-' for standard input. A path or
 * pattern that names nothing stays in the list (and in `missing`), so it fails in its place.
 * Paths are listed, never read, so the list stays small whatever the pages weigh.
 */
export async function expandInputs(args: readonly string[], followSymlinks: boolean): Promise<{ inputs: Input[]; missing: string[]; skippedLinks: string[] }> {
  const inputs: Input[] = [];
  const missing: string[] = [];
  const state: WalkState = { followSymlinks, skippedLinks: [], seen: new Set() };
  for (const arg of args) {
    if (arg === '-') {
      inputs.push('-');
      continue;
    }
    const stat = await lstat(arg).catch(() => null);
    if (stat?.isDirectory()) {
      state.seen = new Set(); // per argument: naming a folder twice lists it twice, as asked
      for await (const file of walk(resolve(arg), state)) inputs.push(relativeIfInside(file));
    } else if (stat) {
      inputs.push(arg);
    } else if (GLOB.test(arg)) {
      const found = (await glob(arg, { onlyFiles: true, followSymbolicLinks: followSymlinks, dot: false })).sort();
      if (found.length === 0) {
        missing.push(arg);
        inputs.push(arg);
      }
      for (const item of found) inputs.push(item);
    } else {
      missing.push(arg);
      inputs.push(arg);
    }
  }
  return { inputs, missing, skippedLinks: state.skippedLinks.map(relativeIfInside) };
}

function relativeIfInside(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel.startsWith(`..${sep}`) || rel === '..' ? file : rel;
}
