import { readFileSync } from 'node:fs';
import { createParser, defineOutlet } from 'thinktank-parser';

// An outlet the library does not ship, described as data. A bad field throws INVALID_OUTLET.
const hypothetical = defineOutlet({
  id: 'hypothetical-institute',
  name: 'Institute for Hypothetical Studies',
  hosts: ['hypothetical.example'],
  timeZone: 'Asia/Tokyo',
  dateOrder: 'YMD',
  kinds: { 'POLICY BRIEF': 'Policy Brief' },
  boilerplate: ['^Share this page$', '^Download PDF$', '^Listen to this brief( \\(\\d+ min\\))?$'],
  selectors: { title: 'h1.headline', body: '.article-body p', authors: '.byline', kind: '.eyebrow', exclude: ['.promo'] },
});

// A parser with its own registry: yours first, then the built-ins. Nothing global changes.
const parser = createParser({ outlets: [hypothetical] });
const html = readFileSync('fixtures/hypothetical-institute-json-profile/input.html', 'utf8');

console.log(JSON.stringify(parser.detectOutlet(html)));
const article = parser.parseArticle(html);
console.log(article.kind, '|', article.published, '|', article.authors[0]?.name);
console.log(article.body.length, 'paragraphs, no promo and no share buttons');

// Output:
// {"id":"hypothetical-institute","name":"Institute for Hypothetical Studies","rule":"url-host"}
// Policy Brief | 2024-06-03T07:30:00+09:00 | Aiko Tanaka
// 3 paragraphs, no promo and no share buttons
