import { defineOutlet } from '../../defineOutlet/index.js';
import { kindsOf } from '../kindsOf.js';
import { US_EASTERN } from '../usEastern.js';

/**
 * Wilson Center.
 *
 * Backed by ../shared/corpus/homepages/wilsoncenter.org-2018.html (its listing items are
 * counted in scripts/eval/listings-truth.json) and by fixtures/wilson-center/, written after that template.
 *
 * @internal
 */
export const wilsonCenter = defineOutlet({
  id: 'wilson-center',
  name: "Wilson Center",
  aliases: ["The Wilson Center", "Woodrow Wilson International Center for Scholars"],
  hosts: ["wilsoncenter.org"],
  ...US_EASTERN,
  kinds: kindsOf('Blog Post', 'Article', 'Event'),
  selectors: {
    // One element per item on its listing pages.
    headlines: "div.event__title a, h3.tile__title a",
  },
});
