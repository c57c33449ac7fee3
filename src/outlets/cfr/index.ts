import { defineOutlet } from '../../defineOutlet/index.js';
import { kindsOf } from '../kindsOf.js';
import { US_EASTERN } from '../usEastern.js';

/**
 * Council on Foreign Relations.
 *
 * Backed by ../shared/corpus/homepages/cfr.org-2018.html (its listing items are
 * counted in scripts/eval/listings-truth.json) and by fixtures/cfr/, written after that template.
 *
 * @internal
 */
export const cfr = defineOutlet({
  id: 'cfr',
  name: "Council on Foreign Relations",
  aliases: ["CFR"],
  hosts: ["cfr.org"],
  ...US_EASTERN,
  kinds: kindsOf('Backgrounder', 'Blog Post', 'Interview', 'Report', 'Event'),
  selectors: {
    // One element per item on its listing pages.
    headlines: "section.card-article .card-article__link-outer-wrapper a",
  },
});
