import { defineOutlet } from '../../defineOutlet/index.js';
import { dayFirst } from '../dayFirst.js';
import { kindsOf } from '../kindsOf.js';

/**
 * Chatham House (The Royal Institute of International Affairs), London.
 *
 * Backed by the user's saved Expert Comment (`fixtures/chatham-house-kazakhstan-russia/`):
 * day-first 'dd/mm/yyyy HH:MM:SS' headline timestamps, London time, upper-case kind labels
 * and the site's top menu.
 *
 * @internal
 */
export const chathamHouse = defineOutlet({
  id: 'chatham-house',
  name: 'Chatham House',
  aliases: ['Royal Institute of International Affairs'],
  hosts: ['chathamhouse.org'],
  ...dayFirst('Europe/London'),
  kinds: kindsOf(
    'Expert Comment', 'Research Paper', 'Briefing Paper', 'Explainer', 'Article',
    'The World Today', 'Podcast', 'Video', 'Interview', 'Book', 'Report', 'Case Study',
    'Meeting Summary', 'Workshop Summary', 'Synthesis Paper', 'Data Visualization', 'News Release',
  ),
  selectors: {
    // Teaser cards on its listing pages (the 2018 homepage template).
    headlines: 'a:has(h3.teaser__title), h3.teaser__title a',
  },
  navigation: {
    labels: ['RESEARCH', 'EXPERTS', 'EVENTS', 'MEMBERSHIP', 'ACADEMY', 'ABOUT', 'TOPICS', 'REGIONS', 'THE WORLD TODAY', 'ABOUT US'],
  },
});
