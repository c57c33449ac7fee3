import { defineOutlet } from '../../defineOutlet/index.js';
import { dayFirst } from '../dayFirst.js';
import { kindsOf } from '../kindsOf.js';

/**
 * Lowy Institute.
 *
 * Backed by ../shared/corpus/homepages/lowyinstitute.org-2018.html (its listing items are
 * counted in scripts/eval/listings-truth.json) and by fixtures/lowy-institute/, written after that template.
 *
 * @internal
 */
export const lowyInstitute = defineOutlet({
  id: 'lowy-institute',
  name: "Lowy Institute",
  aliases: ["The Lowy Institute"],
  hosts: ["lowyinstitute.org"],
  ...dayFirst('Australia/Sydney'),
  kinds: kindsOf('Analysis', 'Commentary', 'Report'),
  selectors: {
    // One element per item on its listing pages.
    headlines: "div.node h2 a, div.node h3 a, div.slider-content h2 a, div.views-row div.views-field > a[href^=\"/publications/\"]",
  },
});
