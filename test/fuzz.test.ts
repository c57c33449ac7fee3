// The short seeded mutation-fuzzing run (the long one is `npm run fuzz`): every fixture is
// mutated (truncated, tags dropped or duplicated, blocks shuffled, control characters, lone
// surrogates, huge attributes injected, short pieces repeated) and every entry point must
// keep its invariants.
import { describe, expect, it } from 'vitest';
import { checkInput, loadSeeds, mutate, rng, MUTATORS } from './fuzz/mutate.js';

const seeds = loadSeeds(new URL('..', import.meta.url).pathname);
const PER_SEED = Number(process.env.FUZZ_PER_SEED ?? 12);

describe('mutation fuzzing (seeded)', () => {
  it('finds fixtures to mutate', () => {
    expect(seeds.length).toBeGreaterThan(20);
    expect(seeds.some((s) => s.name.endsWith('.txt'))).toBe(true);
    expect(seeds.some((s) => s.name.endsWith('.html'))).toBe(true);
  });

  it('each mutator changes its input', () => {
    const r = rng(7);
    const sample = '<p>Published 01/03/2024 12:20:00</p>\n<div>Body text here.</div>\n|RESEARCH\n';
    for (const [name, m] of Object.entries(MUTATORS)) expect(m(sample, r), name).not.toBe(sample);
  });

  for (const [i, seed] of seeds.entries()) {
    it(`keeps every invariant on mutations of ${seed.name}`, () => {
      const r = rng(20261128 + i);
      for (let n = 0; n < PER_SEED; n++) {
        const { input, steps } = mutate(seed.text, r);
        const failures = checkInput(input);
        expect(failures, `${seed.name} after ${steps.join(', ')}`).toEqual([]);
      }
      // Twelve inputs of up to about 1 MB, each parsed about four times: 1-4 s on an idle
      // machine, more beside other test files. Time is measured by `npm run fuzz`, not here.
    }, 30_000);
  }

  it('catches a polluted prototype (the checker itself can fail)', () => {
    (Object.prototype as Record<string, unknown>).polluted = 1;
    expect(checkInput('plain text').map((f) => f.kind)).toContain('pollution');
    expect('polluted' in Object.prototype).toBe(false);
  });
});
