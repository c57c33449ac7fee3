// `npm start`: parse the bundled Kazakhstan–Russia fixture and print the Article as JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../src/index.js';

const file = process.argv[2] ?? join(import.meta.dirname, '..', 'fixtures', 'chatham-house-kazakhstan-russia', 'input.txt');
process.stdout.write(`${JSON.stringify(parseArticle(readFileSync(file, 'utf8')), null, 2)}\n`);
