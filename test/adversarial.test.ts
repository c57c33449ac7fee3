// Adversarial inputs of about 1 MB (see test/fuzz/adversarial.ts): each is parsed on its own
// and with a real article put in front of it. Parsing must end (the test timeout is the only
// clock here; speed per MB and growth are reported by `npm run fuzz`), only ParseError may be
// thrown, and the real article must come through whatever follows it.
import { describe, expect, it } from 'vitest';
import { ArticleSchema, HeadlineItemSchema, ParseError, parseHeadlines, safeParseArticle } from '../src/index.js';
import { ADVERSARIAL } from './fuzz/adversarial.js';

const TITLE = 'Why the committee delayed its vote on the grid reform package';
const PARAGRAPH =
  'The committee postponed the vote after two members asked for an independent costing of the proposal, which would change how regional operators are paid for reserve capacity over the next decade.';

function withArticle(input: string): string {
  if (input.includes('<body>')) {
    return input
      .replace(/<title>Adversarial[^<]*<\/title>/, `<title>${TITLE} | Example Institute</title>`)
      .replace('<body>', `<body><article><h1>${TITLE}</h1><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article>`);
  }
  return `${TITLE}\n\n${PARAGRAPH}\n\n${PARAGRAPH}\n\n${input}`;
}

describe('adversarial inputs of about 1 MB', () => {
  for (const [name, make] of Object.entries(ADVERSARIAL)) {
    it(`${name}: ends with a valid result or a ParseError, and keeps a real article`, { timeout: 60_000 }, () => {
      const input = make(1);
      expect(input.length).toBeGreaterThan(150_000);

      const alone = safeParseArticle(input, { timeZone: 'UTC' });
      if (alone.success) expect(ArticleSchema.safeParse(alone.data).success).toBe(true);
      else expect(alone.error).toBeInstanceOf(ParseError);
      try {
        for (const item of parseHeadlines(input, { timeZone: 'UTC' })) expect(HeadlineItemSchema.safeParse(item).success).toBe(true);
      } catch (e) {
        expect(e).toBeInstanceOf(ParseError);
      }

      const withReal = safeParseArticle(withArticle(input), { timeZone: 'UTC' });
      if (!withReal.success) throw withReal.error;
      expect(withReal.data.title).toBe(TITLE);
      expect(withReal.data.body.join('\n')).toContain(PARAGRAPH);
    });
  }

  it('outlet selectors on 3,000 nested unclosed cards (found by fuzzing): every card is an item', { timeout: 60_000 }, () => {
    const card = (i: number) => `<section class="card-article"><div class="card-article__link-outer-wrapper"><a href="/article/story-${i}">Story number ${i} about the grid</a>`;
    const html = `<html><head><title>Latest | Council on Foreign Relations</title></head><body>${Array.from({ length: 3000 }, (_, i) => card(i)).join('')}</body></html>`;
    const items = parseHeadlines(html, { outlet: 'cfr', url: 'https://www.cfr.org/latest' });
    expect(items).toHaveLength(3000);
    expect(items[2999]).toMatchObject({ title: 'Story number 2999 about the grid', url: 'https://www.cfr.org/article/story-2999' });
  });
});
