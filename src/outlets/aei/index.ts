import { defineOutlet } from '../../defineOutlet/index.js';
import { US_EASTERN } from '../usEastern.js';

/**
 * American Enterprise Institute.
 *
 * Backed by ../shared/corpus/homepages/aei.org-2018.html (its listing items are
 * counted in scripts/eval/listings-truth.json) and by fixtures/aei/, written after that template.
 *
 * @internal
 */
export const aei = defineOutlet({
  id: 'aei',
  name: "American Enterprise Institute",
  aliases: ["AEI"],
  hosts: ["aei.org"],
  ...US_EASTERN,
  kinds: {},
  selectors: {
    // One element per item on its listing pages.
    headlines: "h3.entry-title a",
  },
});
