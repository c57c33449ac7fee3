import { defineOutlet } from '../../defineOutlet/index.js';
import { US_EASTERN } from '../usEastern.js';

/**
 * Atlantic Council.
 *
 * Backed by ../shared/corpus/listings/atlanticcouncil-events.html (its listing items are
 * counted in scripts/eval/listings-truth.json) and by fixtures/atlantic-council/, written after that template.
 *
 * @internal
 */
export const atlanticCouncil = defineOutlet({
  id: 'atlantic-council',
  name: "Atlantic Council",
  hosts: ["atlanticcouncil.org"],
  ...US_EASTERN,
  kinds: {"PUBLIC EVENT": "Event", "ONLINE EVENT": "Event", "PAST EVENT": "Event"},
  selectors: {
    // One element per item on its listing pages.
    headlines: "a:has(h4.gta-event-embed--title), a:has(h4.gta-horizontal-featured--title), h4.gta-event-embed--title a, h4.gta-horizontal-featured--title a",
  },
});
