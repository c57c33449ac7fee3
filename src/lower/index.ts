/**
 * `text.toLowerCase()`, as one short call: the library calls it in some thirty places, and a
 * function name minifies where a method name cannot (issue 8's size budget).
 *
 * @internal
 */
export function lower(text: string): string {
  return text.toLowerCase();
}
