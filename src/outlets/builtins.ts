import { brookings } from './brookings/index.js';
import { chathamHouse } from './chatham-house/index.js';
import { aei } from './aei/index.js';
import { atlanticCouncil } from './atlantic-council/index.js';
import { bruegel } from './bruegel/index.js';
import { carnegie } from './carnegie/index.js';
import { cfr } from './cfr/index.js';
import { cnas } from './cnas/index.js';
import { csis } from './csis/index.js';
import { ecfr } from './ecfr/index.js';
import { itif } from './itif/index.js';
import { kas } from './kas/index.js';
import { lowyInstitute } from './lowy-institute/index.js';
import { orf } from './orf/index.js';
import { osw } from './osw/index.js';
import { piie } from './piie/index.js';
import { rand } from './rand/index.js';
import { wilsonCenter } from './wilson-center/index.js';
import type { OutletProfile } from './schema.js';

/**
 * The outlets this library ships, in lookup order. Frozen: a parser's registry is built
 * from it, never by mutating it. Adding an outlet is one line here (docs/adding-an-outlet.md).
 *
 * @internal
 */
export const BUILTIN_OUTLETS: readonly OutletProfile[] = Object.freeze([
  chathamHouse,
  brookings,
  aei,
  bruegel,
  carnegie,
  cfr,
  csis,
  ecfr,
  lowyInstitute,
  orf,
  piie,
  rand,
  wilsonCenter,
  atlanticCouncil,
  cnas,
  itif,
  kas,
  osw,
]);
