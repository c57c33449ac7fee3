// The lowy-institute profile on a listing written after its template (the real page is scored by npm run eval).
import { describe, it } from 'vitest';
import { checkListing, fixture } from '../../../test/outletCase.js';
import { lowyInstitute } from './index.js';

describe('lowy-institute', () => {
  it('reads its listing items through its selector, without menus or footer links', () => {
    checkListing(lowyInstitute, fixture('lowy-institute', 'homepage-2018'), [
      {
            "title": "Trade rules after the tariff shock of this year",
            "url": "https://www.lowyinstitute.org/the-interpreter/trade-rules-after-the-tariff-shock"
      },
      {
            "title": "How small states hedge between great powers",
            "url": "https://www.lowyinstitute.org/the-interpreter/how-small-states-hedge"
      },
      {
            "title": "What the new defence budget will and will not buy",
            "url": "https://www.lowyinstitute.org/the-interpreter/what-the-new-defence-budget-buys"
      }
    ]);
  });
});
