// The cfr profile on a listing written after its template (the real page is scored by npm run eval).
import { describe, it } from 'vitest';
import { checkListing, fixture } from '../../../test/outletCase.js';
import { cfr } from './index.js';

describe('cfr', () => {
  it('reads its listing items through its selector, without menus or footer links', () => {
    checkListing(cfr, fixture('cfr', 'homepage-2018'), [
      {
            "title": "Trade rules after the tariff shock of this year",
            "url": "https://www.cfr.org/blog/trade-rules-after-the-tariff-shock"
      },
      {
            "title": "How small states hedge between great powers",
            "url": "https://www.cfr.org/blog/how-small-states-hedge"
      },
      {
            "title": "What the new defence budget will and will not buy",
            "url": "https://www.cfr.org/blog/what-the-new-defence-budget-buys"
      }
    ]);
  });
});
