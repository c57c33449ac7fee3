import { readFileSync } from 'node:fs';
import { parseHeadlines } from 'thinktank-parser';

// A 'Latest News' list whose dates straddle the change to British Summer Time.
const text = readFileSync('fixtures/chatham-house-headlines-dst-change/input.txt', 'utf8');

for (const item of parseHeadlines(text).slice(0, 3)) {
  console.log(item.publishedAt, item.title);
}

// Output:
// 2024-10-28T10:00:00+00:00 Georgia's election and the limits of EU leverage
// 2024-10-27T01:30:00+01:00 BRICS summit in Kazan: what was agreed
// 2024-10-26T18:30:00+01:00 The US election and the future of transatlantic trade
