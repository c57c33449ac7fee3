import { defineOutlet } from '../../defineOutlet/index.js';
import { kindsOf } from '../kindsOf.js';
import { US_EASTERN } from '../usEastern.js';

/**
 * The Brookings Institution, Washington DC.
 *
 * Backed by the 21 saved article pages in `../shared/corpus/brookings/` (2025 site template):
 * Eastern time, month-first dates, the kind label above the h1, the authors' hover cards in the
 * hero, the body in 'byo' WYSIWYG blocks, and a closing funding statement that is not part of any
 * article.
 *
 * @internal
 */
export const brookings = defineOutlet({
  id: 'brookings',
  name: 'Brookings',
  aliases: ['The Brookings Institution', 'Brookings Institution'],
  hosts: ['brookings.edu'],
  ...US_EASTERN,
  kinds: {
    ...kindsOf(
      'Commentary', 'Op-Ed', 'Research', 'Report', 'Podcast', 'Book', 'Essay', 'Testimony',
      'Interview', 'Event', 'Policy Brief', 'Working Paper',
    ),
    'PODCAST EPISODE': 'Podcast',
    'BLOG': 'Blog Post',
  },
  boilerplate: [
    '^The Brookings Institution is committed to quality, independence, and impact\\.',
    '^\\d+ min read$',
    '^(?:Sections|Downloads|Follow the authors|See More|More On|Related Content|Related Books|Print)$',
  ],
  selectors: {
    title: 'section#hero h1',
    kind: 'section#hero p.label-large',
    authors: 'section#hero a.person-hover',
    body: '.byo-block.wysiwyg-block',
    exclude: ['.tooltip'],
  },
  navigation: {
    labels: ['EXPERTS', 'EVENTS', 'RESEARCH PROGRAMS', 'RESEARCH & COMMENTARY', 'NEWSLETTERS', 'FOR MEDIA', 'ABOUT US', 'DONATE', 'TOPICS', 'REGIONS'],
  },
});
