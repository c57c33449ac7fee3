// The rand profile on a listing written after its template (the real page is scored by npm run eval).
import { describe, it } from 'vitest';
import { checkListing, fixture } from '../../../test/outletCase.js';
import { rand } from './index.js';

describe('rand', () => {
  it('reads its listing items through its selector, without menus or footer links', () => {
    checkListing(rand, fixture('rand', 'homepage-2018'), [
      {
            "title": "Trade rules after the tariff shock of this year",
            "url": "https://www.rand.org/pubs/research_reports/RR1.html"
      },
      {
            "title": "How small states hedge between great powers",
            "url": "https://www.rand.org/pubs/research_reports/RR2.html"
      },
      {
            "title": "What the new defence budget will and will not buy",
            "url": "https://www.rand.org/pubs/research_reports/RR3.html"
      }
    ]);
  });
});
