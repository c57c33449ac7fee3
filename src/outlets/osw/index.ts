import { defineOutlet } from '../../defineOutlet/index.js';
import { dayFirst } from '../dayFirst.js';
import { kindsOf } from '../kindsOf.js';

/**
 * Centre for Eastern Studies.
 *
 * Backed by a real article page of osw.waw.pl (bench/trafilatura: the OSW analysis on Russian sabotage in Czechia) and by fixtures/osw/, written after it:
 * its zone, date order, names and kind labels. The generic HTML rules read its pages.
 *
 * @internal
 */
export const osw = defineOutlet({
  id: 'osw',
  name: "Centre for Eastern Studies",
  aliases: ["OSW", "Ośrodek Studiów Wschodnich", "OSW Ośrodek Studiów Wschodnich", "OSW Centre for Eastern Studies"],
  hosts: ["osw.waw.pl"],
  ...dayFirst('Europe/Warsaw'),
  kinds: {
    ...kindsOf('OSW Commentary'),
    'ANALIZY': 'Analysis',
    'ANALYSES': 'Analysis',
    'KOMENTARZE OSW': 'OSW Commentary',
  },
});
