import { defineOutlet } from '../../defineOutlet/index.js';
import { kindsOf } from '../kindsOf.js';
import { US_EASTERN } from '../usEastern.js';

/**
 * Information Technology and Innovation Foundation.
 *
 * Backed by ../shared/corpus/listings/itif-events.html (its listing items are
 * counted in scripts/eval/listings-truth.json) and by fixtures/itif/, written after that template.
 *
 * @internal
 */
export const itif = defineOutlet({
  id: 'itif',
  name: "Information Technology and Innovation Foundation",
  aliases: ["ITIF"],
  hosts: ["itif.org"],
  ...US_EASTERN,
  kinds: kindsOf('Event', 'Report'),
  selectors: {
    // One element per item on its listing pages.
    headlines: "a:has(h2.text-18), h2.text-18 a",
  },
});
