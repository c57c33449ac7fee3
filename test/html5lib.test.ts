// The html5lib test suite (the tests parse5 itself is held to), run through our front end:
// every tree-construction and tokenizer input, alone and inside an article page, must give a
// valid Article or a ParseError and never anything else; and the encoding tests check that
// sniffHtmlEncoding reads a page's declared encoding the way a browser does. The suite comes
// from the html5-parser dev dependency, which ships a copy of html5lib-tests (MIT).
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, HeadlineItemSchema, ParseError, parseHeadlines, safeParseArticle, sniffHtmlEncoding } from '../src/index.js';
import { parseWithoutScriptText } from '../src/htmlToBlocks/dropScriptText.js';
import { readsTheSameWithoutScriptText } from './support/readsTheSameWithoutScriptText.js';

const require = createRequire(import.meta.url);
const suite = join(dirname(require.resolve('html5-parser/package.json')), 'test', 'html5lib-tests');

/** The `#data` sections of a .dat file, as bytes (latin1 keeps every byte as one char). */
function dataSections(file: string): { data: string; fields: Record<string, string> }[] {
  // This copy of the suite has CRLF line ends; the upstream files have LF.
  const text = readFileSync(file, 'latin1').replace(/\r\n/g, '\n');
  const tests: { data: string; fields: Record<string, string> }[] = [];
  for (const chunk of `\n${text}`.split('\n#data\n').slice(1)) {
    const lines = chunk.split('\n');
    const headers = lines.map((l, i) => (/^#[a-z-]+$/.test(l) ? i : -1)).filter((i) => i >= 0);
    const end = headers[0] ?? lines.length;
    const fields: Record<string, string> = {};
    for (let h = 0; h < headers.length; h++) {
      fields[lines[headers[h]!]!.slice(1)] = lines.slice(headers[h]! + 1, headers[h + 1] ?? lines.length).join('\n').trim();
    }
    tests.push({ data: lines.slice(0, end).join('\n'), fields });
  }
  return tests;
}

const latin1ToUtf16 = (s: string) => Buffer.from(s, 'latin1').toString('utf8');

const treeInputs = readdirSync(join(suite, 'tree-construction'))
  .filter((f) => f.endsWith('.dat'))
  .flatMap((f) => dataSections(join(suite, 'tree-construction', f)).map((t) => latin1ToUtf16(t.data)));

const tokenizerInputs = readdirSync(join(suite, 'tokenizer'))
  .filter((f) => f.endsWith('.test'))
  .flatMap((f) => {
    const json = JSON.parse(readFileSync(join(suite, 'tokenizer', f), 'utf8')) as { tests?: { input: string; doubleEscaped?: boolean }[] };
    return (json.tests ?? []).map((t) => (t.doubleEscaped ? t.input.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))) : t.input));
  });

/** An ordinary article page with a slot in its body for the suite's input. */
function articlePage(slot: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sanctions and the grain trade | Example Institute</title>
<meta property="og:title" content="Sanctions and the grain trade">
<meta property="article:published_time" content="2024-03-05T09:30:00+00:00">
<meta name="author" content="Jane Doe"></head><body>
<header><nav><a href="/">Home</a> <a href="/research">Research</a> <a href="/experts">Experts</a></nav></header>
<main><article><h1>Sanctions and the grain trade</h1>
<p>Grain shipments through the Black Sea fell by a third in the first quarter, according to port data collected by the institute.</p>
<p>Exporters have turned to overland routes, which cost more and carry less, and insurers have raised premiums for every voyage.</p>
${slot}
<p>The policy question is whether the new corridor can be kept open without a formal agreement between the parties involved.</p>
</article></main><footer><p>© 2024 Example Institute</p></footer></body></html>`;
}

// What a fragment of HTML may fairly be refused with; SCHEMA_VIOLATION would be our bug.
const KNOWN_CODES = new Set(['NOT_AN_ARTICLE', 'EMPTY_INPUT']);

function parsesCleanly(input: string): { ok: true; published: string | null; body: string[] } | { ok: false; code: string } {
  const options = { format: 'html' as const, timeZone: 'Europe/London' };
  const result = safeParseArticle(input, options);
  for (const item of (() => {
    try {
      return parseHeadlines(input, options);
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
      return [];
    }
  })()) {
    expect(HeadlineItemSchema.safeParse(item).success).toBe(true);
  }
  if (!result.success) {
    expect(result.error).toBeInstanceOf(ParseError);
    expect(KNOWN_CODES).toContain(result.error.code);
    return { ok: false, code: result.error.code };
  }
  expect(ArticleSchema.safeParse(result.data).success).toBe(true);
  return { ok: true, published: result.data.published, body: result.data.body };
}

describe('html5lib-tests through the HTML front end', () => {
  it('has the suite to run', () => {
    expect(treeInputs.length).toBeGreaterThan(1000);
    expect(tokenizerInputs.length).toBeGreaterThan(500);
  });

  it('every tree-construction and tokenizer input alone gives an Article or a ParseError', () => {
    for (const input of [...treeInputs, ...tokenizerInputs]) parsesCleanly(input);
  }, 120_000);

  it('inside an article page, every input leaves the article, its date and the text before it', () => {
    const lost: string[] = [];
    for (const input of [...treeInputs, ...tokenizerInputs]) {
      const result = parsesCleanly(articlePage(input));
      // Even an input that swallows the rest of the page (<plaintext>, an unclosed <textarea>
      // or <script>) leaves the head's date and the paragraphs before it.
      if (!result.ok || result.published !== '2024-03-05T09:30:00+00:00' || !result.body.some((p) => p.startsWith('Grain shipments through the Black Sea'))) {
        lost.push(input);
      }
    }
    expect(lost).toEqual([]);
  }, 120_000);
});

describe('html5lib-tests through parseWithoutScriptText', () => {
  it('leaves what the front end reads as it was, for every input alone, in a page and among scripts', () => {
    const differ: string[] = [];
    let dropped = 0;
    for (const input of [...treeInputs, ...tokenizerInputs]) {
      for (const page of [input, articlePage(input), `<script>var a = '<b>';</script>${input}<style>p { color: red }</style><p>after</p><script>b()</script>`]) {
        if (parseWithoutScriptText(page).dropped > 0) dropped += 1;
        if (!readsTheSameWithoutScriptText(page)) differ.push(page);
      }
    }
    expect(differ).toEqual([]);
    // It does drop text, in most of the pages with a script around the input.
    expect(dropped).toBeGreaterThan(treeInputs.length);
  }, 120_000);
});

describe('html5lib encoding tests through sniffHtmlEncoding', () => {
  const canonical = (label: string) => {
    // The suite writes some labels the Python way ('euc_jp').
    const name = new TextDecoder(label.trim().toLowerCase().replace('_', '-')).encoding;
    // The HTML standard: a page that declares UTF-16 in a <meta> is read as UTF-8, and
    // 'x-user-defined' as windows-1252.
    return name.startsWith('utf-16') ? 'utf-8' : name === 'x-user-defined' ? 'windows-1252' : name;
  };
  const files = ['tests1.dat', 'tests2.dat', 'test-yahoo-jp.dat'];
  // A page that writes its <meta charset> with document.write needs a script engine; we have none.
  const cases = files
    .flatMap((f) => dataSections(join(suite, 'encoding', f)).map((t) => ({ file: f, ...t })))
    .filter((c) => !c.data.includes('document.write'));

  it('reads the encoding each test expects', () => {
    expect(cases.length).toBeGreaterThan(50);
    const wrong: string[] = [];
    for (const c of cases) {
      const bytes = Uint8Array.from(Buffer.from(c.data, 'latin1'));
      const expected = canonical(c.fields.encoding!);
      const got = sniffHtmlEncoding(bytes);
      const ascii = bytes.every((b) => b < 0x80);
      // The suite's default is windows-1252; we read bytes that are valid UTF-8 as UTF-8 first.
      // For pure ASCII the two decode to the same text, so that is not a difference.
      if (canonical(got.encoding) === expected) continue;
      if (got.source === 'utf-8-valid' && expected === 'windows-1252' && ascii) continue;
      wrong.push(`${c.file}: expected ${expected}, got ${got.encoding} (${got.source}) for ${JSON.stringify(c.data.slice(0, 120))}`);
    }
    expect(wrong).toEqual([]);
  });
});
