// Script conversion (opencc-js, one lazy converter each) and Chinese numerals.
import * as OpenCC from 'opencc-js';
import { memoize } from './memo.ts';

type Convert = (text: string) => string;
let toCn: Convert | null = null;
let toTw: Convert | null = null;

function convertToCn(text: string): string {
  if (!toCn) {
    const hk = OpenCC.Converter({ from: 'hk', to: 'cn' });
    const tw = OpenCC.Converter({ from: 'tw', to: 'cn' });
    toCn = (t: string) => tw(hk(t));
  }
  return toCn(text);
}

function convertToTw(text: string): string {
  return (toTw ?? (toTw = OpenCC.Converter({ from: 'cn', to: 'tw' })))(text);
}

/** Short strings (names, numbers, titles) repeat across documents: their conversions are kept (bounded). */
const SHORT = 40;
const shortToCn = memoize(50_000, convertToCn);
const shortToTw = memoize(50_000, convertToTw);

/** Traditional (Taiwan and Hong Kong variants: 裡/裏, 衛/衞 …) → Simplified. */
export function toSimplified(text: string): string {
  return text.length > SHORT ? convertToCn(text) : shortToCn(text);
}

/** Simplified → Traditional. */
export function toTraditional(text: string): string {
  return text.length > SHORT ? convertToTw(text) : shortToTw(text);
}

/** BMP code unit → its Simplified code unit (0: not looked up yet). */
const charTable = new Uint16Array(0x10000);

function simplifiedUnit(code: number): number {
  let s = charTable[code]!;
  if (s === 0) {
    const ch = String.fromCharCode(code);
    const c = toSimplified(ch);
    s = c.length === 1 ? c.charCodeAt(0) : code;
    charTable[code] = s;
  }
  return s;
}

/**
 * A Simplified copy of `text` with exactly the same length, so that offsets found in the copy are
 * offsets in the original. Converted char by char (cached): structure matching needs no phrase rules,
 * and this is many times faster than a phrase-level pass over the whole document.
 */
export function parallelSimplified(text: string): string {
  const n = text.length;
  let first = 0;
  for (; first < n; first++) {
    const code = text.charCodeAt(first);
    if (code < 0x3400) continue;
    const s = charTable[code]!; // inline hit; a miss (0) is looked up once
    if (s !== code && (s !== 0 || (convertible(code) && simplifiedUnit(code) !== code))) break;
  }
  if (first === n) return text; // already Simplified: no copy
  // Traditional text changes at many places: one code array, turned into a string in chunks (lone surrogates kept).
  const codes = new Uint16Array(n - first);
  let surrogates = false;
  for (let j = first; j < n; j++) {
    const code = text.charCodeAt(j);
    const s = code < 0x3400 ? code : charTable[code]!;
    if (s === 0 && !convertible(code)) surrogates = true; // surrogates are never in the table
    codes[j - first] = s !== 0 ? s : convertible(code) ? simplifiedUnit(code) : code;
  }
  // No surrogate at all: the native UTF-16 decoder makes the string (it would replace a lone surrogate by U+FFFD).
  return text.slice(0, first) + (surrogates || !LITTLE_ENDIAN ? fromCodeUnits(codes) : utf16.decode(codes));
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const utf16 = new TextDecoder('utf-16le', { ignoreBOM: true });


/** UTF-16 code units → a string (in chunks: apply() has an argument limit); lone surrogates are kept. */
function fromCodeUnits(codes: Uint16Array): string {
  const parts: string[] = [];
  for (let j = 0; j < codes.length; j += 4096) parts.push(String.fromCharCode.apply(null, codes.subarray(j, j + 4096) as unknown as number[]));
  return parts.join('');
}

/** CJK and beyond, surrogates excepted: the code units a char table can convert. */
function convertible(code: number): boolean {
  return code >= 0x3400 && (code < 0xd800 || code > 0xdfff);
}

const DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 → number; null when not a Chinese numeral. */
export function chineseNumeral(s: string): number | null {
  if (!/^[〇零一二两三四五六七八九十]+$/.test(s)) return null;
  const i = s.indexOf('十');
  if (i < 0) return s.length === 1 ? (DIGITS[s] ?? null) : null;
  if (s.indexOf('十', i + 1) >= 0) return null;
  const tens = i === 0 ? 1 : DIGITS[s.slice(0, i)];
  const rest = s.slice(i + 1);
  const ones = rest === '' ? 0 : DIGITS[rest];
  if (tens === undefined || ones === undefined || (i > 1) || rest.length > 1) return null;
  return tens * 10 + ones;
}

export const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && /[\u3400-\u9fff\uf900-\ufaff]/.test(ch);
}
