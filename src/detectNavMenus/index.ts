import type { Block } from '../blocks/types.js';
import type { NavMenu } from '../model/schema.js';

/**
 * Options for {@link detectNavMenus}.
 *
 * @category Parsing
 * @example
 * ```ts
 * const options: NavMenuOptions = { labels: ['RESEARCH', 'EVENTS'], minItems: 3 };
 * ```
 */
export interface NavMenuOptions {
  /** Menu labels the outlet is known to use (from its profile); matched in any case. */
  labels?: readonly string[];
  /** Fewest entries a run needs to count as a menu (default 3). Runs in a nav landmark need 1. */
  minItems?: number;
}

/**
 * A menu found by {@link detectNavMenus}: the model's `NavMenu` plus the blocks it came from
 * and the rule that recognised it.
 *
 * @category Parsing
 * @example
 * ```ts
 * const [menu] = detectNavMenus(blocks).menus;
 * menu?.items.map((i) => i.label); // ['RESEARCH', 'EXPERTS', 'EVENTS']
 * menu?.rule;                      // 'link-run'
 * ```
 */
export interface DetectedMenu extends NavMenu {
  blocks: Block[];
  /** `landmark`: inside a nav landmark; `labels`: the outlet's menu labels; `link-run`: a run of short links; `caps-run`: a run of short capitalised lines. */
  rule: 'landmark' | 'labels' | 'link-run' | 'caps-run';
}

/**
 * What {@link detectNavMenus} returns: the menus, and the blocks that are not part of one.
 *
 * @category Parsing
 * @example
 * ```ts
 * const { menus, blocks: rest } = detectNavMenus(textToBlocks(text));
 * ```
 */
export interface NavMenuResult {
  menus: DetectedMenu[];
  blocks: Block[];
}

const MAX_LABEL_LENGTH = 40;
const MAX_LABEL_WORDS = 5;

function isShortLabel(text: string): boolean {
  if (text.length > MAX_LABEL_LENGTH) return false;
  const last = text.charCodeAt(text.length - 1);
  if (last === 46 || last === 63 || last === 33 || last === 59 || last === 58 || last === 44) return false;
  let spaces = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 32) spaces++;
  return spaces < MAX_LABEL_WORDS;
}

function isCapitalised(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

// What makes a block a menu candidate, as bits: in a nav landmark, mostly link, one of the
// outlet's labels, all capitals. A number per block, not an object: a page can hold a
// million menu lines.
const NAV = 1;
const LINK = 2;
const LABEL = 4;
const CAPS = 8;

function classify(block: Block, labels: ReadonlySet<string>): number {
  const nav = block.landmark === 'nav';
  if (!isShortLabel(block.text) && !(nav && block.text.length <= 80)) return 0;
  const link = block.linkDensity >= 0.8;
  const label = labels.size > 0 && labels.has(block.text.toUpperCase());
  const caps = !link && !label && !nav && isCapitalised(block.text) && !/\d/.test(block.text);
  return (nav ? NAV : 0) | (link ? LINK : 0) | (label ? LABEL : 0) | (caps ? CAPS : 0);
}

/** `count[flag]`: how many blocks of the run carry that flag. */
function ruleFor(length: number, count: readonly number[], minItems: number): DetectedMenu['rule'] | null {
  if (count[NAV] === length && count[LINK]! > 0) return 'landmark';
  if (length < minItems) return null;
  if (count[LABEL]! >= 2) return 'labels';
  if (count[LINK]! >= Math.max(2, Math.ceil(length * 0.6))) return 'link-run';
  if (count[CAPS] === length) return 'caps-run';
  return null;
}

/**
 * Finds navigation menus: runs of short menu entries, such as a dump's '|RESEARCH' …
 * '|ABOUT' lines or an HTML `<nav>`. A run counts when it sits in a nav landmark, holds two
 * or more of the outlet's known labels, is mostly links, or is all capitals, and has at least
 * `minItems` entries. Menus come back as data (the model's `navigation`) and their blocks
 * are left out of the rest. The input is not modified.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { detectNavMenus, textToBlocks } from 'thinktank-parser';
 * const { menus, blocks } = detectNavMenus(textToBlocks('Body text.\n|RESEARCH\n|EVENTS\n|ABOUT'));
 * menus[0]?.items.map((i) => i.label); // ['RESEARCH', 'EVENTS', 'ABOUT']
 * blocks.map((b) => b.text);           // ['Body text.']
 * ```
 */
export function detectNavMenus(blocks: readonly Block[], options: NavMenuOptions = {}): NavMenuResult {
  const labels = new Set((options.labels ?? []).map((l) => l.toUpperCase()));
  const minItems = options.minItems ?? 3;
  const menus: DetectedMenu[] = [];
  const rest: Block[] = [];
  // The current run is blocks[from] up to the block being read; count tallies its flags.
  let from = 0;
  const count = [0, 0, 0, 0, 0, 0, 0, 0, 0];

  const flush = (to: number): void => {
    const run = blocks.slice(from, to);
    const rule = run.length > 0 ? ruleFor(run.length, count, minItems) : null;
    if (rule) {
      const items: NavMenu['items'] = [];
      for (const block of run) {
        // A row of inline links ('Home Research Experts') is one entry per link.
        if (block.links.length > 1 && block.linkDensity >= 0.8) for (const l of block.links) items.push({ label: l.text, url: l.href });
        else items.push({ label: block.text, url: block.links.length === 1 && block.links[0]!.text === block.text ? block.links[0]!.href : null });
      }
      menus.push({ rule, blocks: run, items });
    } else {
      for (const block of run) rest.push(block);
    }
    from = to;
    count.fill(0);
  };

  blocks.forEach((block, i) => {
    const flags = classify(block, labels);
    if (flags && i > from && blocks[i - 1]!.landmark !== block.landmark) flush(i);
    if (flags) {
      for (let flag = NAV; flag <= CAPS; flag <<= 1) if (flags & flag) count[flag]!++;
    } else {
      flush(i);
      from = i + 1;
      rest.push(block);
    }
  });
  flush(blocks.length);
  rest.sort((a, b) => a.index - b.index);
  return { menus, blocks: rest };
}
