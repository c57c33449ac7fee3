import { defineOutlet } from '../../defineOutlet/index.js';
import { kindsOf } from '../kindsOf.js';
import { US_EASTERN } from '../usEastern.js';

/**
 * Carnegie Endowment for International Peace.
 *
 * Backed by ../shared/corpus/homepages/carnegieendowment.org-2018.html (its listing items are
 * counted in scripts/eval/listings-truth.json) and by fixtures/carnegie/, written after that template.
 *
 * @internal
 */
export const carnegie = defineOutlet({
  id: 'carnegie',
  name: "Carnegie Endowment for International Peace",
  aliases: ["Carnegie Endowment"],
  hosts: ["carnegieendowment.org", "carnegieeurope.eu", "carnegie.ru", "carnegieindia.org", "carnegietsinghua.org", "carnegie-mec.org"],
  ...US_EASTERN,
  kinds: kindsOf('Commentary', 'Article', 'Q&A', 'Paper'),
  selectors: {
    // One element per item on its listing pages.
    headlines: "div.containerFeature h2 a",
  },
});
