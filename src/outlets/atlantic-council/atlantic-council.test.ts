// The atlantic-council profile on a listing written after its template (the real page is scored by npm run eval).
import { describe, it } from 'vitest';
import { checkListing, fixture } from '../../../test/outletCase.js';
import { atlanticCouncil } from './index.js';

describe('atlantic-council', () => {
  it('reads its listing items through its selector, without menus or footer links', () => {
    checkListing(atlanticCouncil, fixture('atlantic-council', 'events'), [
      {
            "title": "Trade rules after the tariff shock of this year",
            "url": "https://www.atlanticcouncil.org/event/trade-rules-after-the-tariff-shock/"
      },
      {
            "title": "How small states hedge between great powers",
            "url": "https://www.atlanticcouncil.org/event/how-small-states-hedge/"
      },
      {
            "title": "What the new defence budget will and will not buy",
            "url": "https://www.atlanticcouncil.org/event/what-the-new-defence-budget-buys/"
      }
    ]);
  });
});
