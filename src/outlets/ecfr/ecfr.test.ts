// The ecfr profile on a listing written after its template (the real page is scored by npm run eval).
import { describe, it } from 'vitest';
import { checkListing, fixture } from '../../../test/outletCase.js';
import { ecfr } from './index.js';

describe('ecfr', () => {
  it('reads its listing items through its selector, without menus or footer links', () => {
    checkListing(ecfr, fixture('ecfr', 'homepage-2018'), [
      {
            "title": "Trade rules after the tariff shock of this year",
            "url": "http://www.ecfr.eu/article/commentary_trade-rules-after-the-tariff-shock"
      },
      {
            "title": "How small states hedge between great powers",
            "url": "http://www.ecfr.eu/article/commentary_how-small-states-hedge"
      },
      {
            "title": "What the new defence budget will and will not buy",
            "url": "http://www.ecfr.eu/article/commentary_what-the-new-defence-budget-buys"
      }
    ]);
  });
});
