/**
 * Kind labels that an outlet prints as their own names, keyed by their upper-case form, as a
 * profile's `kinds` holds them: `kindsOf('Blog Post')` is `{ 'BLOG POST': 'Blog Post' }`.
 *
 * @internal
 */
export const kindsOf = (...kinds: string[]): Record<string, string> => Object.fromEntries(kinds.map((kind) => [kind.toUpperCase(), kind]));
