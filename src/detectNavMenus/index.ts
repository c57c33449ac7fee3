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

interface Candidate {
  block: Block;
  link: boolean;
  label: boolean;
  caps: boolean;
  nav: boolean;
}

function classify(block: Block, labels: ReadonlySet<string>): Candidate | null {
  const nav = block.landmark === 'nav';
  if (!isShortLabel(block.text) && !(nav && block.text.length <= 80)) return null;
  const link = block.linkDensity >= 0.8;
  const label = labels.size > 0 && labels.has(block.text.toUpperCase());
  const caps = !link && !label && !nav && isCapitalised(block.text) && !/\d/.test(block.text);
  if (!link && !label && !caps && !nav) return null;
  return { block, link, label, caps, nav };
}

function ruleFor(run: Candidate[], minItems: number): DetectedMenu['rule'] | null {
  if (run.every((c) => c.nav) && run.some((c) => c.link)) return 'landmark';
  if (run.length < minItems) return null;
  if (run.filter((c) => c.label).length >= 2) return 'labels';
  if (run.filter((c) => c.link).length >= Math.max(2, Math.ceil(run.length * 0.6))) return 'link-run';
  if (run.every((c) => c.caps)) return 'caps-run';
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
  let run: Candidate[] = [];

  const flush = (): void => {
    const rule = run.length > 0 ? ruleFor(run, minItems) : null;
    if (rule) {
      menus.push({
        rule,
        blocks: run.map((c) => c.block),
        items: run.flatMap(({ block }) => {
          // A row of inline links ('Home Research Experts') is one entry per link.
          if (block.links.length > 1 && block.linkDensity >= 0.8) return block.links.map((l) => ({ label: l.text, url: l.href }));
          const whole = block.links.length === 1 && block.links[0]!.text === block.text ? block.links[0]!.href : null;
          return [{ label: block.text, url: whole }];
        }),
      });
    } else {
      for (const c of run) rest.push(c.block);
    }
    run = [];
  };

  for (const block of blocks) {
    const candidate = classify(block, labels);
    const previous = run[run.length - 1];
    if (candidate && previous && previous.block.landmark !== block.landmark) flush();
    if (candidate) {
      run.push(candidate);
    } else {
      flush();
      rest.push(block);
    }
  }
  flush();
  rest.sort((a, b) => a.index - b.index);
  return { menus, blocks: rest };
}
