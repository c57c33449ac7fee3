import { describe, expect, it } from 'vitest';
import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';
import { ACTIVE_FORMATTING_CAP, boundedParse } from './boundedParse.js';
import { htmlToBlocks } from '../index.js';

type Node = DefaultTreeAdapterMap['node'];
const countTag = (root: Node, tag: string): number => {
  let n = 0;
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('tagName' in node && node.tagName === tag) n++;
    if ('childNodes' in node) stack.push(...node.childNodes);
  }
  return n;
};

// A listing whose every item leaves a strikethrough open inside a heading that a stray end tag
// and the item's box close, each with its own attributes, as a broken template writes it.
const listing = (items: number, tag = 's') =>
  `<!doctype html><html><head><title>Reports</title></head><body><main><h1>Reports</h1><ul>${Array.from(
    { length: items },
    (_, i) => `<li><div class="text"><h3><${tag} data-x="${i}">Trade rules ${i}</a></h4><p>A short description of report ${i}.</p></div></li>`,
  ).join('')}</ul></main></body></html>`;

describe('boundedParse', () => {
  it('builds the same tree as parse5 while fewer formatting elements than the cap stay open', () => {
    const pages = [
      listing(ACTIVE_FORMATTING_CAP - 2),
      '<p>One <b>bold <i>and italic</p><p>carried</b> on</i> here</p><table><tr><td><font color=red>cell</td></tr></table><p>after</p>',
      '<p><a href="/a">one<p>two</a> three <nobr>x<nobr>y</p>',
    ];
    for (const html of pages) expect(serialize(boundedParse(html))).toBe(serialize(parse(html)));
    // With source locations too (the path explain() takes).
    const json = (d: Node) => JSON.stringify(d, (k, v: unknown) => (k === 'parentNode' ? undefined : v));
    expect(json(boundedParse(pages[1]!, { sourceCodeLocationInfo: true }))).toBe(json(parse(pages[1]!, { sourceCodeLocationInfo: true })));
  });

  it('keeps the tree linear where parse5 reopens every formatting element left open', () => {
    const items = 300;
    const html = listing(items);
    // parse5 (the spec) reopens every earlier item's <s> in each later block: about n²/2.
    expect(countTag(parse(html), 's')).toBeGreaterThan((items * items) / 2);
    // Capped: each block reopens at most the cap.
    const bounded = countTag(boundedParse(html), 's');
    expect(bounded).toBeGreaterThanOrEqual(items);
    expect(bounded).toBeLessThanOrEqual(items * (2 * ACTIVE_FORMATTING_CAP + 1));
    for (const tag of ['b', 'font', 'a']) expect(countTag(boundedParse(listing(items, tag)), tag)).toBeLessThanOrEqual(items * (2 * ACTIVE_FORMATTING_CAP + 1));
  });

  it('loses no text: every item of the broken listing reaches the blocks', () => {
    const items = 200;
    const text = htmlToBlocks(listing(items)).map((b) => b.text).join('\n');
    for (let i = 0; i < items; i++) {
      expect(text).toContain(`Trade rules ${i}`);
      expect(text).toContain(`A short description of report ${i}.`);
    }
  });

  it('closes a formatting element dropped from the list at its end tag, as any other element', () => {
    const open = Array.from({ length: ACTIVE_FORMATTING_CAP + 4 }, (_, i) => `<b data-i="${i}">`).join('');
    const document = boundedParse(`<p>${open}deep${'</b>'.repeat(ACTIVE_FORMATTING_CAP + 4)}after</p>`);
    // 'after' ends up outside every <b>: the paragraph's own last child.
    expect(serialize(document)).toMatch(/deep(<\/b>)+after<\/p>/);
  });
});
