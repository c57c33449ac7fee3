import type { Article } from '../model/schema.js';

/** Escapes text so Markdown renders it literally: no emphasis, links or raw HTML get through. */
function escape(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/^(#{1,6}\s|[-+]\s|\d+[.)]\s|=+$|-{3,}$)/, (m) => `\\${m}`);
}

/**
 * Renders an article as Markdown: the title, a line with kind, date and authors, the
 * standfirst as a quote, then the structured body (headings, list items, quotes, paragraphs).
 * All page text is escaped, so no HTML or Markdown syntax from the page gets through.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { parseArticle, toMarkdown } from 'thinktank-parser';
 * const md = toMarkdown(parseArticle(html));
 * md.split('\n')[0]; // '# Russia’s influence in Kazakhstan is increasing despite the war in Ukraine'
 * ```
 */
export function toMarkdown(article: Article): string {
  const out: string[] = [`# ${escape(article.title)}`];
  const meta = [
    article.kind ? `*${escape(article.kind)}*` : null,
    article.published,
    article.authors.length > 0 ? article.authors.map((a) => escape(a.name)).join(', ') : null,
  ].filter((x): x is string => x !== null);
  if (meta.length > 0) out.push('', meta.join(' · '));
  if (article.standfirst) out.push('', `> ${escape(article.standfirst)}`);
  const blocks = article.blocks.length > 0 ? article.blocks : article.body.map((text) => ({ type: 'paragraph' as const, text }));
  let previous: string | null = null;
  for (const b of blocks) {
    const text = escape(b.text);
    // Consecutive list items form one list; everything else is its own paragraph.
    if (!(b.type === 'list-item' && previous === 'list-item')) out.push('');
    if (b.type === 'heading') out.push(`${'#'.repeat(Math.min(6, Math.max(2, b.level ?? 2)))} ${text}`);
    else if (b.type === 'list-item') out.push(`- ${text}`);
    else if (b.type === 'quote') out.push(`> ${text}`);
    else out.push(text);
    previous = b.type;
  }
  if (article.truncated) out.push('', '*This is an excerpt of the full article.*');
  if (article.url) out.push('', `Source: <${article.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  return `${out.join('\n')}\n`;
}
