// The cnas profile on a listing written after its template (the real page is scored by npm run eval).
import { describe, it } from 'vitest';
import { checkListing, fixture } from '../../../test/outletCase.js';
import { cnas } from './index.js';

describe('cnas', () => {
  it('reads its listing items through its selector, without menus or footer links', () => {
    checkListing(cnas, fixture('cnas', 'events'), [
      {
            "title": "Trade rules after the tariff shock of this year",
            "url": "https://www.cnas.org/events/trade-rules-after-the-tariff-shock"
      },
      {
            "title": "How small states hedge between great powers",
            "url": "https://www.cnas.org/events/how-small-states-hedge"
      },
      {
            "title": "What the new defence budget will and will not buy",
            "url": "https://www.cnas.org/events/what-the-new-defence-budget-buys"
      }
    ]);
  });
});
