// The orf profile on a listing written after its template (the real page is scored by npm run eval).
import { describe, it } from 'vitest';
import { checkListing, fixture } from '../../../test/outletCase.js';
import { orf } from './index.js';

describe('orf', () => {
  it('reads its listing items through its selector, without menus or footer links', () => {
    checkListing(orf, fixture('orf', 'homepage-2018'), [
      {
            "title": "Trade rules after the tariff shock of this year",
            "url": "http://www.orfonline.org/research/trade-rules-after-the-tariff-shock/"
      },
      {
            "title": "How small states hedge between great powers",
            "url": "http://www.orfonline.org/research/how-small-states-hedge/"
      },
      {
            "title": "What the new defence budget will and will not buy",
            "url": "http://www.orfonline.org/research/what-the-new-defence-budget-buys/"
      }
    ]);
  });
});
