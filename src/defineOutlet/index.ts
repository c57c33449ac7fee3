import { zodIssues } from '../errors/zodIssues.js';
import { ParseError } from '../errors/ParseError.js';
import { OutletSchema, type OutletInput, type OutletProfile } from '../outlets/schema.js';

/**
 * Validates an outlet profile (plain, JSON-safe data) and returns it with defaults filled in
 * and frozen. A bad profile throws {@link ParseError} `INVALID_OUTLET`, with one issue per bad
 * field, each naming it (`issues[0].path` → `['timeZone']`).
 *
 * @category Outlets
 * @example
 * ```ts
 * import { createParser, defineOutlet } from 'thinktank-parser';
 * const hypothetical = defineOutlet({
 *   id: 'hypothetical-institute', name: 'Institute for Hypothetical Studies',
 *   hosts: ['hypothetical.example'], timeZone: 'Asia/Tokyo', dateOrder: 'YMD',
 *   kinds: { 'POLICY BRIEF': 'Policy Brief' }, boilerplate: ['^Share this page$', '^Download PDF$'],
 * });
 * const parser = createParser({ outlets: [hypothetical] });
 * ```
 */
export function defineOutlet(profile: OutletInput): OutletProfile {
  const parsed = OutletSchema.safeParse(profile);
  if (!parsed.success) {
    const issues = zodIssues(parsed.error.issues, 'INVALID_OUTLET');
    const id = typeof (profile as { id?: unknown } | null)?.id === 'string' ? ` '${(profile as { id: string }).id}'` : '';
    const first = issues[0]!;
    throw new ParseError('INVALID_OUTLET', `Outlet profile${id} is invalid at ${first.path.join('.') || '(root)'}: ${first.message}`, issues);
  }
  return deepFreeze(parsed.data);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
