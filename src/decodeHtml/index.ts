import { ParseError } from '../errors/ParseError.js';
import { prescanMetaCharset } from './prescan.js';
import { lower } from '../lower/index.js';

// The standard lets a browser stop at 1024 bytes; saved pages often put analytics scripts and
// styles before their <meta charset>, so we look further, as Chrome does.
const PRESCAN_BYTES = 16384;
const XML_ENCODING = /^<\?xml[^>]*encoding\s*=\s*["']([a-z0-9_:.()-]+)/i;

function decoderFor(label: string | null | undefined): TextDecoder | null {
  if (!label) return null;
  let name = lower(label.trim());
  // A page cannot be UTF-16 if its own ASCII meta tag was readable: browsers treat that as UTF-8.
  if (name.startsWith('utf-16') || name === 'unicode') name = 'utf-8';
  if (name === 'x-user-defined') name = 'windows-1252';
  // Then leniently, as Chrome is: 'euc_jp' the way Python names it, and 'iso8859-2"' from
  // '<meta charset=iso8859-2">'.
  for (const candidate of [name, name.replace(/_/g, '-'), name.replace(/[^\w:.()-].*$/, '')]) {
    try {
      return new TextDecoder(candidate);
    } catch {
      // not a label the Encoding Standard knows
    }
  }
  return null;
}

// windows-1252 differs from Latin-1 in 0x80–0x9F. Some runtimes (Node before 23) decode it as
// Latin-1, so those 32 bytes are mapped here, as the Encoding Standard says.
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  const chunk = 8192;
  let out = '';
  const codes = new Array<number>(chunk);
  for (let start = 0; start < bytes.length; start += chunk) {
    const end = Math.min(bytes.length, start + chunk);
    codes.length = end - start;
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      codes[i - start] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

/**
 * The encoding {@link decodeHtml} would use for these bytes, and why.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { sniffHtmlEncoding } from 'thinktank-parser';
 * sniffHtmlEncoding(new TextEncoder().encode('<meta charset="windows-1252">')); // { encoding: 'windows-1252', source: 'meta' }
 * ```
 */
export function sniffHtmlEncoding(input: Uint8Array | ArrayBuffer, contentType?: string): { encoding: string; source: 'bom' | 'content-type' | 'meta' | 'xml-declaration' | 'utf-8-valid' | 'fallback' } {
  const bytes = asBytes(input, 'sniffHtmlEncoding');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', source: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', source: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', source: 'bom' };
  const fromHeader = contentType ? /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType)?.[1] : undefined;
  const header = decoderFor(fromHeader);
  if (header) return { encoding: header.encoding, source: 'content-type' };
  // One byte, one character: positions in the string are positions in the bytes.
  const head = lower(new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES)));
  const meta = decoderFor(prescanMetaCharset(head, (label) => decoderFor(label) !== null));
  if (meta) return { encoding: meta.encoding, source: 'meta' };
  const xml = decoderFor(XML_ENCODING.exec(head)?.[1]);
  if (xml) return { encoding: xml.encoding, source: 'xml-declaration' };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', source: 'utf-8-valid' };
  } catch {
    return { encoding: 'windows-1252', source: 'fallback' };
  }
}

/**
 * Turns the bytes of a saved page into a string the way a browser does: a byte-order mark
 * first, then the Content-Type header's charset (if you kept it), then a `<meta charset>` or
 * `http-equiv` found by the HTML standard's prescan in the first 16 KiB, then UTF-8 if the
 * bytes are valid UTF-8, else windows-1252. Uses the platform's `TextDecoder`, so it runs in Node, browsers and workers.
 *
 * @category Parsing
 * @example
 * ```ts
 * import { decodeHtml, parseArticle } from 'thinktank-parser';
 * const html = decodeHtml(await readFile('page.html'), 'text/html; charset=ISO-8859-1');
 * const article = parseArticle(html);
 * ```
 */
export function decodeHtml(input: Uint8Array | ArrayBuffer, contentType?: string): string {
  const bytes = asBytes(input, 'decodeHtml');
  const { encoding } = sniffHtmlEncoding(bytes, contentType);
  if (encoding === 'windows-1252') return decodeWindows1252(bytes);
  // TextDecoder drops a BOM that matches its encoding.
  return new TextDecoder(encoding).decode(bytes);
}

/**
 * The input as a Uint8Array view, without copying. Checked by its tag rather than
 * `instanceof`, so bytes made in another realm (an iframe, a vm context, a test environment
 * with its own globals) are accepted; Node's Buffer is a Uint8Array.
 */
function asBytes(input: unknown, caller: string): Uint8Array {
  const tag = Object.prototype.toString.call(input);
  if (tag === '[object Uint8Array]') {
    if (input instanceof Uint8Array) return input;
    const view = input as { buffer: ArrayBuffer; byteOffset: number; byteLength: number };
    return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  }
  if (tag === '[object ArrayBuffer]') return new Uint8Array(input as ArrayBuffer);
  throw new ParseError('NOT_A_STRING', `${caller} expects a Uint8Array or ArrayBuffer, got ${input === null ? 'null' : lower(tag.slice(8, -1))}`);
}
