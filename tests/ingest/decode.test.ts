import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeBytes, looksHtml, sniffHtmlCharset } from '../../ingest/decode.ts';
import { ingestBuffer } from '../../ingest/index.ts';
import { fixture } from './helpers.ts';

const TEXT = '(一)推进重点生态工程建设。(牵头单位:市林业和草原局)';

describe('decodeBytes', () => {
  it('decodes strict UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode(TEXT))).toEqual({ ok: true, text: TEXT, encoding: 'utf-8' });
  });

  it('honours and strips BOMs (UTF-8, UTF-16LE)', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    expect(decodeBytes(utf8)).toMatchObject({ ok: true, text: TEXT, encoding: 'utf-8' });
    const utf16 = new Uint8Array([0xff, 0xfe, ...iconv.encode(TEXT, 'utf-16le')]);
    expect(decodeBytes(utf16)).toMatchObject({ ok: true, text: TEXT, encoding: 'utf-16le' });
  });

  it('falls back to GB18030 when the bytes are not UTF-8', () => {
    const gbk = iconv.encode(TEXT, 'gbk');
    expect(decodeBytes(gbk)).toEqual({ ok: true, text: TEXT, encoding: 'gb18030' });
  });

  it('reads Big5 when chardet ranks it first, and prefers valid UTF-8 over a wrong GBK label', () => {
    const trad = '(一)大力發展新能源,到2025年新能源裝機規模超過3000萬千瓦。(牽頭單位:市能源局,配合單位:市發展和改革委員會)';
    expect(decodeBytes(iconv.encode(trad, 'big5'))).toEqual({ ok: true, text: trad, encoding: 'big5' });
    expect(decodeBytes(new TextEncoder().encode(TEXT), 'gb2312')).toMatchObject({ ok: true, text: TEXT, encoding: 'utf-8' });
  });

  it('rejects empty, binary and undecodable input with a reason', () => {
    expect(decodeBytes(new Uint8Array())).toMatchObject({ ok: false, reason: expect.stringMatching(/empty/) });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(decodeBytes(png)).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
    const junk = new Uint8Array([0x41, 0xff, 0xfe, 0xfd, 0x80, 0x81, 0xff, 0x42]);
    expect(decodeBytes(junk)).toMatchObject({ ok: false, reason: expect.stringMatching(/undecodable/) });
  });

  it('sniffs HTML and its declared charset', () => {
    const page = readFileSync(fixture('page-gbk.html'));
    expect(looksHtml(page)).toBe(true);
    expect(sniffHtmlCharset(page)).toBe('gb2312');
    expect(looksHtml(new TextEncoder().encode(TEXT))).toBe(false);
    expect(looksHtml(new TextEncoder().encode(TEXT), 'text/html')).toBe(true);
  });
});

describe('ingestBuffer on encodings', () => {
  it('reads a GB18030 text file as the same document as its UTF-8 original', () => {
    const gb = ingestBuffer(readFileSync(fixture('gb18030.txt')), { file: 'gb18030.txt' });
    const utf = ingestBuffer(readFileSync(fixture('layout-lead-by.txt')), { file: 'gb18030.txt' });
    if (!gb.ok || !utf.ok) throw new Error('both must parse');
    expect(gb.document.source.encoding).toBe('gb18030');
    expect(utf.document.source.encoding).toBe('utf-8');
    const strip = (d: typeof gb.document) => ({ ...d, source: null });
    expect(strip(gb.document)).toEqual(strip(utf.document));
  });
});
