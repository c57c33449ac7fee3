// The bruegel profile on a listing written after its template (the real page is scored by npm run eval).
import { describe, it } from 'vitest';
import { checkListing, fixture } from '../../../test/outletCase.js';
import { bruegel } from './index.js';

describe('bruegel', () => {
  it('reads its listing items through its selector, without menus or footer links', () => {
    checkListing(bruegel, fixture('bruegel', 'homepage-2018'), [
      {
            "title": "Trade rules after the tariff shock of this year",
            "url": "http://bruegel.org/2018/03/trade-rules-after-the-tariff-shock/"
      },
      {
            "title": "How small states hedge between great powers",
            "url": "http://bruegel.org/2018/03/how-small-states-hedge/"
      },
      {
            "title": "What the new defence budget will and will not buy",
            "url": "http://bruegel.org/2018/03/what-the-new-defence-budget-buys/"
      }
    ]);
  });
});
