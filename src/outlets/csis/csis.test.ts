// The csis profile on a listing written after its template (the real page is scored by npm run eval).
import { describe, it } from 'vitest';
import { checkListing, fixture } from '../../../test/outletCase.js';
import { csis } from './index.js';

describe('csis', () => {
  it('reads its listing items through its selector, without menus or footer links', () => {
    checkListing(csis, fixture('csis', 'homepage-2018'), [
      {
            "title": "Trade rules after the tariff shock of this year",
            "url": "https://www.csis.org/analysis/trade-rules-after-the-tariff-shock"
      },
      {
            "title": "How small states hedge between great powers",
            "url": "https://www.csis.org/analysis/how-small-states-hedge"
      },
      {
            "title": "What the new defence budget will and will not buy",
            "url": "https://www.csis.org/analysis/what-the-new-defence-budget-buys"
      }
    ]);
  });
});
