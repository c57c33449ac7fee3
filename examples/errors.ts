import { readFileSync } from 'node:fs';
import { ParseError, parseArticle, safeParseArticle } from 'thinktank-parser';

// A saved 404 page is refused with a code, never returned as a garbage Article.
const result = safeParseArticle(readFileSync('fixtures/not-an-article-404/input.html', 'utf8'));
if (!result.success) console.log(result.error.code);

// parseArticle throws the same ParseError; options are checked too.
try {
  parseArticle('EXPERT COMMENT\nA title\n\nA paragraph.', { timeZone: 'Mars/Olympus_Mons' });
} catch (error) {
  if (error instanceof ParseError) console.log(error.code, error.issues[0]?.path);
}

// Output:
// NOT_AN_ARTICLE
// INVALID_OPTION [ 'timeZone' ]
