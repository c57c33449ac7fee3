import { defineOutlet } from '../../defineOutlet/index.js';
import { dayFirst } from '../dayFirst.js';
import { kindsOf } from '../kindsOf.js';

/**
 * Observer Research Foundation.
 *
 * Backed by ../shared/corpus/homepages/orfonline.org-2018.html (its listing items are
 * counted in scripts/eval/listings-truth.json) and by fixtures/orf/, written after that template.
 *
 * @internal
 */
export const orf = defineOutlet({
  id: 'orf',
  name: "Observer Research Foundation",
  aliases: ["ORF"],
  hosts: ["orfonline.org"],
  ...dayFirst('Asia/Kolkata'),
  kinds: kindsOf('Expert Speak', 'Issue Brief', 'Occasional Paper'),
  selectors: {
    // One element per item on its listing pages.
    headlines: "div.feature_info h4 a[href*=\"/expert-speaks/\"], div.feature_info h4 a[href*=\"/research/\"], div.figcaption h2 a, div.recent-block h4 a",
  },
});
