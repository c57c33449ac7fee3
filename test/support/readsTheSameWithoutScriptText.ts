import { readHtmlPage } from '../../src/htmlToBlocks/index.js';

/** What the HTML front end reads from a page: blocks (offsets aside), metadata, element table. */
function frontEnd(html: string, locations: boolean): string {
  const page = readHtmlPage(html, { locations });
  return JSON.stringify([
    page.blocks.map(({ start, end, ...block }) => block),
    { ...page.meta, metas: [...page.meta.metas] },
    page.blockElement,
    page.parent,
    page.tag,
    page.names,
    page.landmark,
    page.textLength,
  ]);
}

/**
 * Whether the HTML front end reads the same from `html` when parse5 is given every byte (as it
 * is when offsets are tracked) and when the text of scripts and styles is dropped first (as it
 * is otherwise): the same blocks, metadata and element table.
 */
export function readsTheSameWithoutScriptText(html: string): boolean {
  return frontEnd(html, true) === frontEnd(html, false);
}
