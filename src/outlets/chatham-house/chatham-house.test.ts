// The Chatham House profile on its fixtures: the user's text dump and an HTML expert comment.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createParser } from '../../index.js';
import { chathamHouse } from './index.js';

const fixture = (name: string, file: string): string => readFileSync(join(import.meta.dirname, '..', '..', '..', 'fixtures', name, file), 'utf8');

describe('chatham-house', () => {
  const parser = createParser({ outlets: [chathamHouse], includeBuiltins: false });

  it('is found by dateline name in a dump and by host in HTML', () => {
    expect(parser.detectOutlet(fixture('chatham-house-kazakhstan-russia', 'input.txt')).rule).toBe('url-host');
    expect(parser.detectOutlet(' date 2024-03-01 The Royal Institute of International Affairs\nTitle\nBody.').rule).toBe('dateline-name');
    expect(parser.detectOutlet(fixture('chatham-house-html-expert-comment', 'input.html'))).toEqual({ id: 'chatham-house', name: 'Chatham House', rule: 'url-host' });
  });

  it('maps its kind labels and reads London time', () => {
    const e = parser.explain(fixture('chatham-house-html-expert-comment', 'input.html'));
    expect(e.article?.kind).toBe('Expert Comment');
    expect(e.fields.kind?.rule).toBe('chatham-house.kinds');
    expect(e.article?.published).toBe('2024-07-15T09:05:00+01:00');
  });

  it('knows its menu labels', () => {
    const menus = parser.parseArticle(fixture('chatham-house-kazakhstan-russia', 'input.txt')).navigation;
    expect(menus[0]?.items.map((i) => i.label)).toEqual(['RESEARCH', 'EXPERTS', 'EVENTS', 'MEMBERSHIP', 'ACADEMY', 'ABOUT']);
  });
});
