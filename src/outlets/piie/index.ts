import { defineOutlet } from '../../defineOutlet/index.js';

/**
 * Peterson Institute for International Economics.
 *
 * Backed by ../shared/corpus/homepages/piie.com-2018.html (its listing items are
 * counted in scripts/eval/listings-truth.json) and by fixtures/piie/, written after that template.
 *
 * @internal
 */
export const piie = defineOutlet({
  id: 'piie',
  name: "Peterson Institute for International Economics",
  aliases: ["PIIE", "Peterson Institute"],
  hosts: ["piie.com"],
  timeZone: 'America/New_York',
  dateOrder: 'MDY',
  kinds: {"POLICY BRIEF": "Policy Brief", "OP-ED": "Op-Ed", "WORKING PAPER": "Working Paper"},
  selectors: {
    // One element per item on its listing pages.
    headlines: "h3 a[href^=\"/commentary/\"], div.views-row a[href^=\"/commentary/\"], h3 a[href^=\"/publications/\"], div.views-row a[href^=\"/publications/\"], h3 a[href^=\"/blogs/\"], div.views-row a[href^=\"/blogs/\"], h3 a[href^=\"/events/\"], div.views-row a[href^=\"/events/\"], h3 a[href^=\"/research/piie-charts/\"], div.views-row a[href^=\"/research/piie-charts/\"], h3 a[href^=\"/experts/peterson-perspectives/\"], div.views-row a[href^=\"/experts/peterson-perspectives/\"], h3 a[href^=\"/newsroom/short-videos/\"], div.views-row a[href^=\"/newsroom/short-videos/\"], h3 a[href^=\"/bookstore/\"], div.views-row a[href^=\"/bookstore/\"]",
  },
});
