import { defineOutlet } from '../../defineOutlet/index.js';

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
  aliases: ['The Royal Institute of International Affairs', 'Royal Institute of International Affairs'],
  hosts: ['chathamhouse.org'],
  timeZone: 'Europe/London',
  dateOrder: 'DMY',
  kinds: {
    'EXPERT COMMENT': 'Expert Comment',
    'RESEARCH PAPER': 'Research Paper',
    'BRIEFING PAPER': 'Briefing Paper',
    'EXPLAINER': 'Explainer',
    'ARTICLE': 'Article',
    'THE WORLD TODAY': 'The World Today',
    'PODCAST': 'Podcast',
    'VIDEO': 'Video',
    'INTERVIEW': 'Interview',
    'BOOK': 'Book',
    'REPORT': 'Report',
    'CASE STUDY': 'Case Study',
    'MEETING SUMMARY': 'Meeting Summary',
    'WORKSHOP SUMMARY': 'Workshop Summary',
    'SYNTHESIS PAPER': 'Synthesis Paper',
    'DATA VISUALIZATION': 'Data Visualization',
    'NEWS RELEASE': 'News Release',
  },
  selectors: {
    // Teaser cards on its listing pages (the 2018 homepage template).
    headlines: 'a:has(h3.teaser__title), h3.teaser__title a',
  },
  navigation: {
    labels: ['RESEARCH', 'EXPERTS', 'EVENTS', 'MEMBERSHIP', 'ACADEMY', 'ABOUT', 'TOPICS', 'REGIONS', 'THE WORLD TODAY', 'ABOUT US'],
  },
});
