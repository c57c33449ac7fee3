// The KAS profile on a country report written after kas.de's article template.
import { describe, expect, it } from 'vitest';
import { createParser } from '../../index.js';
import { fixture } from '../../../test/outletCase.js';
import { kas } from './index.js';

describe('kas', () => {
  const parser = createParser({ outlets: [kas], includeBuiltins: false });
  const html = fixture('kas', 'laenderbericht');

  it('is found by host and reads German pages in Berlin time', () => {
    const e = parser.explain(html);
    expect(e.outlet).toEqual({ id: 'kas', name: 'Konrad-Adenauer-Stiftung', rule: 'url-host' });
    // 02:30 on the night the clocks go back happened twice in Berlin: the earlier instant, with a warning.
    expect(e.article?.published).toBe('2024-10-27T02:30:00+02:00');
    expect(e.warnings.map((w) => w.code)).toContain('AMBIGUOUS_LOCAL_TIME');
  });

  it('takes the visible title over the site name, and maps its kind label', () => {
    const a = parser.parseArticle(html);
    expect(a.title).toBe('Wahlen in Beispielland');
    expect(a.kind).toBe('Länderbericht');
    expect(a.authors.map((x) => x.name)).toEqual(['Anna Beispiel', 'Ben Muster']);
    expect(a.body).toHaveLength(3);
  });
});
