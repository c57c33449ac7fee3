// The itif profile on a listing written after its template (the real page is scored by npm run eval).
import { describe, it } from 'vitest';
import { checkListing, fixture } from '../../../test/outletCase.js';
import { itif } from './index.js';

describe('itif', () => {
  it('reads its listing items through its selector, without menus or footer links', () => {
    checkListing(itif, fixture('itif', 'events'), [
      {
            "title": "Trade rules after the tariff shock of this year",
            "url": "https://itif.org/events/2026/06/01/trade-rules-after-the-tariff-shock/"
      },
      {
            "title": "How small states hedge between great powers",
            "url": "https://itif.org/events/2026/06/02/how-small-states-hedge/"
      },
      {
            "title": "What the new defence budget will and will not buy",
            "url": "https://itif.org/events/2026/06/03/what-the-new-defence-budget-buys/"
      }
    ]);
  });
});
