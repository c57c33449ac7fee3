import { defineOutlet } from '../../defineOutlet/index.js';
import { dayFirst } from '../dayFirst.js';
import { kindsOf } from '../kindsOf.js';

/**
 * Konrad-Adenauer-Stiftung.
 *
 * Backed by a real article page of kas.de (bench/trafilatura: kas.de-nordmazedonien) and by fixtures/kas/, written after it:
 * its zone, date order, names and kind labels. The generic HTML rules read its pages.
 *
 * @internal
 */
export const kas = defineOutlet({
  id: 'kas',
  name: "Konrad-Adenauer-Stiftung",
  aliases: ["KAS", "Konrad Adenauer Stiftung"],
  hosts: ["kas.de"],
  ...dayFirst('Europe/Berlin'),
  kinds: {
    ...kindsOf('Länderbericht', 'Analysen und Argumente', 'Einzeltitel'),
    'LÄNDERBERICHTE': 'Länderbericht',
    'VERANSTALTUNGSBERICHTE': 'Veranstaltungsbericht',
  },
});
