import { defineOutlet } from '../../defineOutlet/index.js';
import { kindsOf } from '../kindsOf.js';

/**
 * RAND Corporation.
 *
 * Backed by ../shared/corpus/homepages/rand.org-2018.html (its listing items are
 * counted in scripts/eval/listings-truth.json) and by fixtures/rand/, written after that template.
 *
 * @internal
 */
export const rand = defineOutlet({
  id: 'rand',
  name: "RAND Corporation",
  aliases: ["RAND", "The RAND Corporation"],
  hosts: ["rand.org"],
  timeZone: 'America/Los_Angeles',
  dateOrder: 'MDY',
  kinds: kindsOf('Commentary', 'Research Report', 'Research Brief'),
  selectors: {
    // One element per item on its listing pages.
    headlines: "div.text h3 a:not([href*=\"/about/people/\"])",
  },
});
