import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { decodeHtml, ParseError, sniffHtmlEncoding } from '../src/index.js';

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

describe('decodeHtml', () => {
  it('honours a byte-order mark first', () => {
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>café</p>')]))).toBe('<p>café</p>');
    const utf16 = new Uint8Array([0xff, 0xfe, ...ascii('<p>').flatMap((c) => [c, 0])]);
    expect(decodeHtml(utf16)).toBe('<p>');
  });

  it('then the Content-Type charset, then the meta prescan', () => {
    const latin = new Uint8Array([...ascii('<p>caf'), 0xe9, ...ascii('</p>')]);
    expect(decodeHtml(latin, 'text/html; charset=ISO-8859-1')).toBe('<p>café</p>');
    const withMeta = new Uint8Array([...ascii('<meta charset="windows-1252"><p>'), 0x93, ...ascii('quoted'), 0x94]);
    expect(sniffHtmlEncoding(withMeta)).toEqual({ encoding: 'windows-1252', source: 'meta' });
    expect(decodeHtml(withMeta)).toBe('<meta charset="windows-1252"><p>“quoted”');
    const httpEquiv = new Uint8Array([...ascii('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2"><p>'), 0xb3]);
    expect(decodeHtml(httpEquiv).endsWith('ł')).toBe(true);
  });

  it('falls back to UTF-8 when the bytes are valid UTF-8, else windows-1252', () => {
    expect(sniffHtmlEncoding(new TextEncoder().encode('<p>Zürich</p>')).source).toBe('utf-8-valid');
    expect(decodeHtml(new Uint8Array([...ascii('<p>'), 0x80, 0x20, 0xe9]))).toBe('<p>€ é');
  });

  it('prescans as the HTML standard says: past long scripts in <head>, but not into comments or other tags', () => {
    const meta = '<meta charset="iso-8859-2">';
    const script = `<script>${'window.dataLayer.push({event: "load"});'.repeat(100)}</script>`;
    expect(script.length).toBeGreaterThan(3000);
    expect(sniffHtmlEncoding(new Uint8Array(ascii(`<head>${script}${meta}`)))).toEqual({ encoding: 'iso-8859-2', source: 'meta' });
    expect(sniffHtmlEncoding(new Uint8Array(ascii(`<head>${script.repeat(6)}${meta}`))).source).toBe('utf-8-valid');
    expect(sniffHtmlEncoding(new Uint8Array(ascii(`<!-- ${meta} --><p title="${meta}">x</p>`))).source).toBe('utf-8-valid');
    // A content charset counts only with http-equiv="content-type"; a label nobody knows is passed over.
    expect(sniffHtmlEncoding(new Uint8Array(ascii('<meta content="text/html; charset=iso-8859-2">'))).source).toBe('utf-8-valid');
    expect(sniffHtmlEncoding(new Uint8Array(ascii(`<meta charset="klingon">${meta}`))).encoding).toBe('iso-8859-2');
  });

  it('reads labels leniently, as Chrome does', () => {
    expect(sniffHtmlEncoding(new Uint8Array(ascii('<meta charset=euc_jp>'))).encoding).toBe('euc-jp');
    expect(sniffHtmlEncoding(new Uint8Array(ascii('<meta charset=iso8859-2">'))).encoding).toBe('iso-8859-2');
  });

  it('maps bytes 0x80–0x9F as windows-1252 does in the Encoding Standard, on every Node version', () => {
    const high = Array.from({ length: 32 }, (_, i) => 0x80 + i);
    const expected = [
      0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
      0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
    ];
    const decoded = decodeHtml(new Uint8Array([...ascii('<meta charset="windows-1252">'), ...high])).slice(29);
    expect([...decoded].map((c) => c.codePointAt(0))).toEqual(expected);
  });

  it('treats a meta that claims UTF-16 as UTF-8, as browsers do', () => {
    expect(sniffHtmlEncoding(new TextEncoder().encode('<meta charset="utf-16"><p>x')).encoding).toBe('utf-8');
  });

  it('accepts an ArrayBuffer and rejects anything else with a ParseError', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>x</p>').buffer as ArrayBuffer)).toBe('<p>x</p>');
    expect(() => decodeHtml('text' as never)).toThrow(ParseError);
    expect(() => sniffHtmlEncoding([0x3c, 0x70] as never)).toThrow(/sniffHtmlEncoding expects a Uint8Array or ArrayBuffer, got array/);
  });

  it('accepts bytes made in another realm (iframe, vm context), and a view into a larger buffer', () => {
    const foreign = runInNewContext('new Uint8Array([0x3c, 0x70, 0x3e, 0x63, 0x61, 0x66, 0xe9])') as Uint8Array;
    expect(foreign instanceof Uint8Array).toBe(false);
    expect(decodeHtml(foreign)).toBe('<p>café');
    const foreignBuffer = runInNewContext('new Uint8Array([0x3c, 0x62, 0x3e]).buffer') as ArrayBuffer;
    expect(decodeHtml(foreignBuffer)).toBe('<b>');
    const page = new TextEncoder().encode('xxx<p>inner</p>yyy');
    expect(decodeHtml(page.subarray(3, 15))).toBe('<p>inner</p>');
  });
});
