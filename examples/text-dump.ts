import { readFileSync } from 'node:fs';
import { parseArticle } from 'thinktank-parser';

// A plain-text dump of a Chatham House expert comment, as an aggregator saved it.
const text = readFileSync('fixtures/chatham-house-kazakhstan-russia/input.txt', 'utf8');
const article = parseArticle(text);

console.log(article.outlet.name, '|', article.kind);
console.log(article.title);
console.log(article.published, '|', article.standfirst);
console.log(`${article.body.length} paragraphs, truncated: ${article.truncated}; ${article.headlines.length} headlines kept apart`);
console.log(article.headlines[0]?.publishedAt);

// Output:
// Chatham House | Expert Comment
// Russia’s influence in Kazakhstan is increasing despite the war in Ukraine
// 2024-03-01 | Some hoped the war would pivot Astana’s foreign policy towards the West – but economic ties with Moscow have deepened.
// 4 paragraphs, truncated: true; 8 headlines kept apart
// 2024-03-01T12:20:00+00:00
