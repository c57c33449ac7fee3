import { defineOutlet } from '../../defineOutlet/index.js';
import { kindsOf } from '../kindsOf.js';
import { US_EASTERN } from '../usEastern.js';

/**
 * Center for a New American Security.
 *
 * Backed by ../shared/corpus/listings/cnas-events.html (its listing items are
 * counted in scripts/eval/listings-truth.json) and by fixtures/cnas/, written after that template.
 *
 * @internal
 */
export const cnas = defineOutlet({
  id: 'cnas',
  name: "Center for a New American Security",
  aliases: ["CNAS"],
  hosts: ["cnas.org"],
  ...US_EASTERN,
  kinds: kindsOf('Event', 'Commentary', 'Report'),
  selectors: {
    // One element per item on its listing pages.
    headlines: "figure.photo-listing__item h2 a",
  },
});
