// The Brookings profile on the fixture written after its 2025 template (the real pages are
// checked by test/brookingsCorpus.test.ts and npm run eval).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createParser } from '../../index.js';
import { brookings } from './index.js';

const page = readFileSync(join(import.meta.dirname, '..', '..', '..', 'fixtures', 'brookings-template-commentary', 'input.html'), 'utf8');

describe('brookings', () => {
  const parser = createParser({ outlets: [brookings], includeBuiltins: false });

  it('reads title, kind, authors and body through its selectors', () => {
    const e = parser.explain(page);
    expect(e.outlet.rule).toBe('url-host');
    expect(e.fields.title?.rule).toBe('brookings.selectors.title');
    expect(e.fields.kind?.rule).toBe('brookings.selectors.kind');
    expect(e.fields.authors?.rule).toBe('brookings.selectors.authors');
    expect(e.fields.body?.rule).toBe('brookings.selectors.body');
    expect(e.article?.authors.map((a) => [a.name, a.url])).toEqual([
      ['Alex Other', 'https://www.brookings.edu/people/alex-other/'],
      ['Sam Sample', 'https://www.brookings.edu/people/sam-sample/'],
    ]);
  });

  it('drops the funding statement and the author tooltips', () => {
    const a = parser.parseArticle(page);
    expect(a.body.join(' ')).not.toMatch(/committed to quality|Senior Fellow - Economic Studies/);
    expect(a.body).toHaveLength(4);
  });
});
