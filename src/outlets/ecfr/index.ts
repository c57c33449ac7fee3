import { defineOutlet } from '../../defineOutlet/index.js';
import { dayFirst } from '../dayFirst.js';
import { kindsOf } from '../kindsOf.js';

/**
 * European Council on Foreign Relations.
 *
 * Backed by ../shared/corpus/homepages/ecfr.eu-2018.html (its listing items are
 * counted in scripts/eval/listings-truth.json) and by fixtures/ecfr/, written after that template.
 *
 * @internal
 */
export const ecfr = defineOutlet({
  id: 'ecfr',
  name: "European Council on Foreign Relations",
  aliases: ["ECFR"],
  hosts: ["ecfr.eu"],
  ...dayFirst('Europe/London'),
  kinds: kindsOf('Commentary', 'Policy Brief'),
  selectors: {
    // One element per item on its listing pages.
    headlines: "div.home-featured-text h1 a, div.post-featured-text-mini h2 a, div.trending-block-content h2 a, div.w32 h6 a",
  },
});
