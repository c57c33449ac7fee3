// The piie profile on a listing written after its template (the real page is scored by npm run eval).
import { describe, it } from 'vitest';
import { checkListing, fixture } from '../../../test/outletCase.js';
import { piie } from './index.js';

describe('piie', () => {
  it('reads its listing items through its selector, without menus or footer links', () => {
    checkListing(piie, fixture('piie', 'homepage-2018'), [
      {
            "title": "Trade rules after the tariff shock of this year",
            "url": "https://piie.com/publications/policy-briefs/trade-rules-after-the-tariff-shock"
      },
      {
            "title": "How small states hedge between great powers",
            "url": "https://piie.com/publications/policy-briefs/how-small-states-hedge"
      },
      {
            "title": "What the new defence budget will and will not buy",
            "url": "https://piie.com/publications/policy-briefs/what-the-new-defence-budget-buys"
      }
    ]);
  });
});
