import { defineOutlet } from '../../defineOutlet/index.js';
import { dayFirst } from '../dayFirst.js';
import { kindsOf } from '../kindsOf.js';

/**
 * Bruegel.
 *
 * Backed by ../shared/corpus/homepages/bruegel.org-2018.html (its listing items are
 * counted in scripts/eval/listings-truth.json) and by fixtures/bruegel/, written after that template.
 *
 * @internal
 */
export const bruegel = defineOutlet({
  id: 'bruegel',
  name: "Bruegel",
  hosts: ["bruegel.org"],
  ...dayFirst('Europe/Brussels'),
  kinds: kindsOf('Blog Post', 'Podcast', 'Policy Contribution', 'Working Paper'),
  selectors: {
    // One element per item on its listing pages.
    headlines: "h2.Article-title a, li.Subject-item a[href*=\"bruegel.org/20\"], li.Subject-item a[href*=\"/events/\"]",
  },
});
