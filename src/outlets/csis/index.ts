import { defineOutlet } from '../../defineOutlet/index.js';
import { kindsOf } from '../kindsOf.js';
import { US_EASTERN } from '../usEastern.js';

/**
 * Center for Strategic and International Studies.
 *
 * Backed by ../shared/corpus/homepages/csis.org-2018.html (its listing items are
 * counted in scripts/eval/listings-truth.json) and by fixtures/csis/, written after that template.
 *
 * @internal
 */
export const csis = defineOutlet({
  id: 'csis',
  name: "Center for Strategic and International Studies",
  aliases: ["CSIS", "Center for Strategic & International Studies"],
  hosts: ["csis.org"],
  ...US_EASTERN,
  kinds: kindsOf('Critical Questions', 'Commentary', 'Report', 'Podcast Episode', 'Newsletter'),
  selectors: {
    // One element per item on its listing pages.
    headlines: "article.teaser a:has(.teaser__title), article.teaser .teaser__title a",
  },
});
