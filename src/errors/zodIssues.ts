import type { z } from 'zod';
import type { ParseIssue } from './ParseError.js';

/**
 * zod's issues as {@link ParseIssue}s: each keeps its message, takes `code` (zod's own when
 * none is given) and has its path put under `prefix`.
 *
 * @internal
 */
export function zodIssues(issues: readonly z.core.$ZodIssue[], code?: string, prefix: string[] = []): ParseIssue[] {
  return issues.map((i) => ({ code: code ?? i.code, path: [...prefix, ...i.path.map((p) => (typeof p === 'number' ? p : String(p)))], message: i.message }));
}
