import { brookings } from './brookings/index.js';
import { chathamHouse } from './chatham-house/index.js';
import type { OutletProfile } from './schema.js';

/**
 * The outlets this library ships, in lookup order. Frozen: a parser's registry is built
 * from it, never by mutating it.
 *
 * @internal
 */
export const BUILTIN_OUTLETS: readonly OutletProfile[] = Object.freeze([chathamHouse, brookings]);
