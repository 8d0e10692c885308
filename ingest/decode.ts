// Bytes → text with a known encoding, or a rejection naming the problem. Never mis-decodes silently.
import { isUtf8, transcode } from 'node:buffer';
import chardet from 'chardet';

export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: string };

const GB_NAMES = /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn|hz-gb-2312)$/i;
const UTF8_NAMES = /^(utf-?8|unicode-1-1-utf-8)$/i;
const BIG5_NAMES = /^(big5|big5-hkscs|cn-big5|x-x-big5)$/i;

/** GB18030 before Big5 unless chardet is clearly more confident in Big5. */
function chineseOrder(bytes: Uint8Array): string[] {
  const ranks = chardet.analyse(bytes.subarray(0, 65536));
  const conf = (name: string) => ranks.find((r) => r.name === name)?.confidence ?? 0;
  return conf('Big5') >= 50 && conf('Big5') > conf('GB18030') ? ['big5', 'gb18030'] : ['gb18030', 'big5'];
}

const decoders = new Map<string, TextDecoder>();

function strict(encoding: string, bytes: Uint8Array): string | null {
  try {
    let decoder = decoders.get(encoding);
    if (!decoder) {
      decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
      if (decoders.size < 16) decoders.set(encoding, decoder); // declared charsets come from inputs: keep the table small
    }
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Valid UTF-8 (no BOM at its start: handled before) → text, else null. The same answer as a fatal TextDecoder,
 * about ten times faster: node's validator (isUtf8) then its native transcoder to UTF-16.
 */
export function strictUtf8(bytes: Uint8Array): string | null {
  if (!isUtf8(bytes)) return null;
  return transcode(bytes, 'utf8', 'utf16le').toString('utf16le');
}

/** Share of control characters (not tab/newline/CR/FF) among the first 4096 bytes. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  return control > Math.max(2, n / 100);
}

const ODD = /[^\x00-\x7f\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2000-\u206f\u00a0-\u024f\u2022]/;
/** Decoded text that is mostly rare/unassigned code points was decoded with the wrong table. */
function plausible(text: string): boolean {
  if (!ODD.test(text)) return true; // no rare code point at all (most inputs): one regex pass instead of a char loop
  let total = 0;
  let odd = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    total++;
    const common = (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef)
      || (c >= 0x2000 && c <= 0x206f) || (c >= 0xa0 && c <= 0x24f) || c === 0x2022;
    if (!common) odd++;
  }
  return total === 0 || odd / total < 0.2;
}

/**
 * Decode bytes. `declared` is a charset named by the container (HTML meta, HTTP header); it is
 * tried first, then BOMs, strict UTF-8, GB18030. Binary and undecodable inputs are rejected.
 */
export function decodeBytes(bytes: Uint8Array, declared?: string | null): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return fromBom('utf-16le', bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return fromBom('utf-16be', bytes);
  if (looksBinary(bytes)) return { ok: false, reason: 'binary content (NUL or control bytes), not a text document' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return fromBom('utf-8', bytes);
  // Valid UTF-8 with Chinese in it is never an accident, whatever the page claims; then the declared
  // charset, then GB18030 or Big5 as chardet ranks them.
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null && plausible(utf8)) return { ok: true, text: utf8, encoding: 'utf-8' };
  const order: string[] = [];
  if (declared && GB_NAMES.test(declared)) order.push('gb18030');
  if (declared && BIG5_NAMES.test(declared)) order.push('big5');
  order.push(...chineseOrder(bytes));
  for (const encoding of new Set(order)) {
    const text = strict(encoding, bytes);
    if (text !== null && plausible(text)) return { ok: true, text, encoding };
  }
  const named = declared && !UTF8_NAMES.test(declared) && !GB_NAMES.test(declared) && !BIG5_NAMES.test(declared) ? declared : null;
  if (named) {
    const text = strict(named, bytes);
    if (text !== null) return { ok: true, text, encoding: named.toLowerCase() };
  }
  return { ok: false, reason: 'undecodable text: neither valid UTF-8 nor GB18030/GBK nor Big5' };
}

function fromBom(encoding: string, bytes: Uint8Array): Decoded {
  const text = strict(encoding, bytes);
  if (text === null) return { ok: false, reason: `undecodable text: invalid ${encoding.toUpperCase()} after its byte-order mark` };
  return { ok: true, text: text.replace(/^\ufeff/, ''), encoding };
}

/** The charset an HTML page declares in its first bytes (<meta charset> or http-equiv). */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1] ?? null;
}

/** Does this look like an HTML page? */
export function looksHtml(bytes: Uint8Array, contentType?: string, file?: string | null): boolean {
  if (contentType && /html/i.test(contentType)) return true;
  if (contentType && /text\/plain/i.test(contentType)) return false;
  if (file && /\.x?html?$/i.test(file)) return true;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).trimStart().toLowerCase();
  return /^(<!doctype html|<html|<head|<meta|<body)/.test(head) || /<html[\s>]/.test(head);
}
