import { GENERIC_KINDS } from '../outlets/generic/index.js';
import type { OutletProfile } from '../outlets/schema.js';
import { lower } from '../lower/index.js';

const SMALL_WORDS = new Set('a an and as at by for in of on or the to vs'.split(' '));
const CAPS_LABEL = /^[\p{Lu}][\p{Lu}&/'’ -]{1,39}$/u;

/**
 * 'EXPERT COMMENT' → 'Expert Comment'; small words stay lower-case except first; 'Q&A' and
 * other words with symbols are kept as they are.
 *
 * @internal
 */
export function titleCase(label: string): string {
  return lower(label)
    .split(' ')
    .map((word, i) => {
      if (/[&/]/.test(word)) return word.toUpperCase();
      if (i > 0 && SMALL_WORDS.has(word)) return word;
      return word.replace(/(^|-)(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
    })
    .join(' ');
}

/**
 * A kind label and the rule that recognised it.
 *
 * @internal
 */
export interface KindMatch {
  kind: string;
  rule: string;
}

/**
 * Reads a block as a content-kind label: the outlet's own labels first, then the generic
 * list, then any short all-capitals label (title-cased).
 *
 * @internal
 */
export function matchKindLabel(text: string, outlet: Pick<OutletProfile, 'id' | 'kinds'> | null): KindMatch | null {
  if (text.length > 40) return null;
  const key = text.toUpperCase();
  if (outlet) {
    for (const label in outlet.kinds) {
      if (label.toUpperCase() === key) return { kind: outlet.kinds[label]!, rule: `${outlet.id}.kinds` };
    }
  }
  const generic = GENERIC_KINDS[key];
  if (generic !== undefined) return { kind: generic, rule: 'generic.kinds' };
  if (CAPS_LABEL.test(text) && text.split(' ').length <= 4) return { kind: titleCase(text), rule: 'generic.caps-label' };
  return null;
}
