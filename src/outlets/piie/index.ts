import { defineOutlet } from '../../defineOutlet/index.js';
import { kindsOf } from '../kindsOf.js';
import { US_EASTERN } from '../usEastern.js';

/**
 * Peterson Institute for International Economics.
 *
 * Backed by ../shared/corpus/homepages/piie.com-2018.html (its listing items are
 * counted in scripts/eval/listings-truth.json) and by fixtures/piie/, written after that template.
 *
 * @internal
 */
export const piie = defineOutlet({
  id: 'piie',
  name: "Peterson Institute for International Economics",
  aliases: ["PIIE", "Peterson Institute"],
  hosts: ["piie.com"],
  ...US_EASTERN,
  kinds: kindsOf('Policy Brief', 'Op-Ed', 'Working Paper'),
  selectors: {
    // One element per item on its listing pages.
    headlines:
      ':is(h3, div.views-row) a:is([href^="/commentary/"], [href^="/publications/"], [href^="/blogs/"], [href^="/events/"], ' +
      '[href^="/research/piie-charts/"], [href^="/experts/peterson-perspectives/"], [href^="/newsroom/short-videos/"], [href^="/bookstore/"])',
  },
});
