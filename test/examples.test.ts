// The runnable examples in examples/ (each ends with the `// Output:` it prints) and the README,
// which shows each of them verbatim. Each example runs in its own Node process, against src/
// through the tsconfig path for 'thinktank-parser' (the consumer check runs them against the
// packed tarball). Under both test time zones the output must be the documented one.
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { documentedOutput } from './support/documentedOutput.js';

const root = join(import.meta.dirname, '..');
const run = promisify(execFile);
const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.ts')).sort();
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('examples', () => {
  it('exist and each documents its output', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const file of examples) expect(documentedOutput(readFileSync(join(root, 'examples', file), 'utf8')).length, file).toBeGreaterThan(0);
  });

  for (const file of examples) {
    it(`${file} prints what it documents`, async () => {
      const source = readFileSync(join(root, 'examples', file), 'utf8');
      const { stdout } = await run(process.execPath, ['--import', 'tsx', join('examples', file)], { cwd: root, env: process.env });
      expect(stdout.trimEnd().split('\n')).toEqual(documentedOutput(source));
    }, 30_000);

    it(`${file} is shown verbatim in the README`, () => {
      const source = readFileSync(join(root, 'examples', file), 'utf8');
      const marker = `<!-- example: examples/${file} -->\n\`\`\`ts\n`;
      const at = readme.indexOf(marker);
      expect(at, `README has no ${marker.trim()}`).toBeGreaterThanOrEqual(0);
      const block = readme.slice(at + marker.length, readme.indexOf('\n```', at + marker.length) + 1);
      expect(block).toBe(source);
    });
  }
});
