// The aei profile on a listing written after its template (the real page is scored by npm run eval).
import { describe, it } from 'vitest';
import { checkListing, fixture } from '../../../test/outletCase.js';
import { aei } from './index.js';

describe('aei', () => {
  it('reads its listing items through its selector, without menus or footer links', () => {
    checkListing(aei, fixture('aei', 'homepage-2018'), [
      {
            "title": "Trade rules after the tariff shock of this year",
            "url": "https://www.aei.org/publication/trade-rules-after-the-tariff-shock/"
      },
      {
            "title": "How small states hedge between great powers",
            "url": "https://www.aei.org/publication/how-small-states-hedge/"
      },
      {
            "title": "What the new defence budget will and will not buy",
            "url": "https://www.aei.org/publication/what-the-new-defence-budget-buys/"
      }
    ]);
  });
});
