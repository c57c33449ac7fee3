// The OSW profile on an analysis written after osw.waw.pl's article template.
import { describe, expect, it } from 'vitest';
import { createParser } from '../../index.js';
import { fixture } from '../../../test/outletCase.js';
import { osw } from './index.js';

describe('osw', () => {
  const parser = createParser({ outlets: [osw], includeBuiltins: false });
  const html = fixture('osw', 'analiza');

  it('is found by host and by its Polish name', () => {
    expect(parser.detectOutlet(html)).toEqual({ id: 'osw', name: 'Centre for Eastern Studies', rule: 'url-host' });
    const noCanonical = html.replace(/<link rel="canonical"[^>]*>/, '');
    expect(parser.detectOutlet(noCanonical).rule).toBe('site-name');
  });

  it('reads the analysis', () => {
    const a = parser.parseArticle(html);
    expect(a.title).toBe('Sieci energetyczne w regionie Morza Bałtyckiego');
    expect(a.kind).toBe('Analysis');
    expect(a.published).toBe('2024-03-31');
    expect(a.authors.map((x) => [x.name, x.url])).toEqual([['Jan Kowalski', 'https://www.osw.waw.pl/pl/eksperci/jan-kowalski']]);
    expect(a.language).toBe('pl');
    expect(a.body).toHaveLength(2);
  });
});
