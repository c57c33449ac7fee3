// The carnegie profile on a listing written after its template (the real page is scored by npm run eval).
import { describe, it } from 'vitest';
import { checkListing, fixture } from '../../../test/outletCase.js';
import { carnegie } from './index.js';

describe('carnegie', () => {
  it('reads its listing items through its selector, without menus or footer links', () => {
    checkListing(carnegie, fixture('carnegie', 'homepage-2018'), [
      {
            "title": "Trade rules after the tariff shock of this year",
            "url": "https://carnegieendowment.org/2018/03/1/trade-rules-after-the-tariff-shock-pub-7100"
      },
      {
            "title": "How small states hedge between great powers",
            "url": "https://carnegieendowment.org/2018/03/2/how-small-states-hedge-pub-7200"
      },
      {
            "title": "What the new defence budget will and will not buy",
            "url": "https://carnegieendowment.org/2018/03/3/what-the-new-defence-budget-buys-pub-7300"
      }
    ]);
  });
});
