import { readFileSync } from 'node:fs';
import { explain } from 'thinktank-parser';

// Where each field came from: the rule that set it and the blocks it was read from.
const text = readFileSync('fixtures/chatham-house-kazakhstan-russia/input.txt', 'utf8');
const { outlet, fields, blocks } = explain(text);

console.log(outlet.id, outlet.rule);
console.log('kind:', fields.kind?.rule, 'from block', fields.kind?.blocks[0]);
const claims = new Map<string, number>();
for (const block of blocks) claims.set(block.claimedBy ?? 'unclaimed', (claims.get(block.claimedBy ?? 'unclaimed') ?? 0) + 1);
console.log([...claims].map(([by, n]) => `${by} ${n}`).join(', '));

// Output:
// chatham-house url-host
// kind: chatham-house.kinds from block 3
// dateline 1, boilerplate 1, title 1, kind 1, standfirst 1, body 4, truncation 1, source-link 1, navigation 6, headlines 18
