import { readFileSync } from 'node:fs';
import { decodeHtml, safeParseArticle, toMarkdown } from 'thinktank-parser';

// Saved bytes → string the way a browser decodes them (BOM, Content-Type, <meta charset>).
const html = decodeHtml(readFileSync('fixtures/chatham-house-html-expert-comment/input.html'));
const result = safeParseArticle(html);

if (result.success) {
  const { title, authors, published, modified, url } = result.data;
  console.log(title);
  console.log(published, modified, url);
  console.log(authors.map((a) => `${a.name} (${a.role ?? 'no role'})`).join('; '));
  console.log(toMarkdown(result.data).split('\n')[0]);
} else {
  console.error(result.error.code, result.error.message);
}

// Output:
// What NATO’s Washington summit means for Ukraine
// 2024-07-15T09:05:00+01:00 2024-07-16T14:30:00+01:00 https://www.chathamhouse.org/2024/07/what-natos-washington-summit-means-ukraine
// Jane Example (Senior Research Fellow, Russia and Eurasia Programme)
// # What NATO’s Washington summit means for Ukraine
