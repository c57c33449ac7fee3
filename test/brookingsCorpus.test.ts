// The Brookings profile against the real saved pages in ../shared/corpus/brookings (read in
// place, never copied). The facts checked are in scripts/eval/brookings-truth.json.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../src/index.js';

const dir = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'brookings');
const truth = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'scripts', 'eval', 'brookings-truth.json'), 'utf8')).pages as Record<
  string,
  { title: string; authors: string[]; published: string; url: string }
>;

describe.runIf(existsSync(dir))('Brookings corpus', () => {
  for (const [file, t] of Object.entries(truth)) {
    it(file.slice(0, 8), () => {
      const a = parseArticle(readFileSync(join(dir, file), 'utf8'));
      expect(a.outlet.id).toBe('brookings');
      expect(a.title).toBe(t.title);
      expect(a.url).toBe(t.url);
      expect(a.published?.slice(0, 10)).toBe(t.published);
      expect(a.authors.map((x) => x.name)).toEqual(t.authors);
      expect(a.body.length).toBeGreaterThan(0);
      expect(a.body.join('\n')).not.toMatch(/Brookings Institution is committed to quality/);
    });
  }
});
