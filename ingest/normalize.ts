// Raw text → normalized text: line endings, pinyin annotations out, garbled runs flagged, widths folded.
import type { Diagnostic } from './model.ts';
import { toSimplified } from './chinese.ts';
import { Locator } from './spans.ts';

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
/** A CJK char followed by a parenthesized lowercase pinyin syllable carrying a tone mark: 發(fā). */
const PINYIN = new RegExp(`([\\u3400-\\u9fff\\uf900-\\ufaff])[(（]([a-zü]{0,5}[${TONED}][a-zü]{0,5})[)）]`, 'g');
/** A run that a lossy converter left behind: ? / U+FFFD / private-use chars with their debris. */
const GARBLED = new RegExp(`[?\\ufffd\\ue000-\\uf8ff][?!\\ufffd\\ue000-\\uf8ffa-z${TONED})]*`, 'g');

export interface Normalized {
  text: string; diagnostics: Diagnostic[];
  /** Characters inside garbled runs, and CJK characters (counted only when garbledChars ≥ 10, else 0): a text mostly lost to "?" is not worth keeping. */
  garbledChars: number; cjkChars: number;
}

const WIDE = /[\u3000\uff01-\uff5e]/g;
/** Full-width ASCII (！…～) → half-width, ideographic space → space. Length-preserving. The regex engine jumps
 * from one full-width char to the next. */
export function foldWidth(text: string): string {
  WIDE.lastIndex = 0;
  let out = '';
  let from = 0;
  while (WIDE.test(text)) {
    const i = WIDE.lastIndex - 1;
    const c = text.charCodeAt(i);
    out += text.slice(from, i) + (c === 0x3000 ? ' ' : String.fromCharCode(c - 0xfee0));
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

const ANY_TONED = new RegExp(`[${TONED}]`);
const LATIN_RANGE = /[\u00e0-\u01dc]/;
/** 發(fā) → 發 (only when a toned vowel occurs at all). */
export function removePinyin(text: string): string {
  // No toned vowel, no annotation. All toned vowels lie in U+00E0–U+01DC: one range is much cheaper to look for than 24 chars.
  return LATIN_RANGE.test(text) && ANY_TONED.test(text) ? text.replace(PINYIN, '$1') : text;
}

/** The text as a user would type it: pinyin out, widths folded, Simplified, no spaces. */
export function normalizeText(text: string): string {
  return toSimplified(foldWidth(removePinyin(text.normalize('NFC')))).replace(/\s+/g, '');
}


function isGarbledAt(text: string, start: number, run: string): boolean {
  if (/[\ufffd\ue000-\uf8ff]/.test(run)) return true;
  const before = text[start - 1] ?? '';
  const after = text[start + run.length] ?? '';
  // A real question mark ends a sentence; a garbled one sits inside a word.
  return /[\u3400-\u9fff]/.test(before) && (run.length > 1 || /[\u3400-\u9fff?]/.test(after));
}

/** Private-use characters shown as \\uXXXX so that a message can be read. */
function visible(s: string): string {
  return s.replace(/[\ue000-\uf8ff\ufffd]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
}

/** The characters String.prototype.trim removes (\\s). */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Every line trimmed (same as split/trim/join), copying only when some line has spaces at an edge. */
function trimLines(text: string): string {
  const parts: string[] = [];
  let copied = 0; // text before this offset is in parts
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    let a = start;
    let b = end;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (a !== start || b !== end) {
      parts.push(text.slice(copied, start), text.slice(a, b));
      copied = end;
    }
    if (nl < 0) break;
    start = nl + 1;
  }
  if (copied === 0) return text;
  parts.push(text.slice(copied));
  return parts.join('');
}

export function normalize(raw: string): Normalized {
  let text = raw.normalize('NFC');
  // One scan decides whether the three rewrites have anything to do (most inputs: nothing).
  if (['\r', '\ufeff', '\u200b', '\u00a0', '\t'].some((c) => text.includes(c))) { // five indexOf beat one char-class regex
    text = text.replace(/\r\n?/g, '\n').replace(/[\ufeff\u200b]/g, '').replace(/[\u00a0\t]/g, ' ');
  }
  text = trimLines(text);
  if (text.includes('\n\n\n')) text = text.replace(/\n{3,}/g, '\n\n'); // indexOf first: the regex stops at every blank line
  text = text.trim();
  text = removePinyin(text);
  const diagnostics: Diagnostic[] = [];
  let garbledChars = 0;
  let loc: Locator | null = null;
  for (const m of text.matchAll(GARBLED)) {
    if (!isGarbledAt(text, m.index, m[0])) continue;
    garbledChars += m[0].length;
    loc ??= new Locator(text);
    const context = text.slice(Math.max(0, m.index - 4), m.index + m[0].length + 4).replace(/\n/g, ' ');
    diagnostics.push(loc.diag('garbled-text', `garbled characters "${visible(m[0])}" in "${visible(context)}" (kept as is)`, m.index));
  }
  let cjkChars = 0; // only needed to weigh many garbled chars
  if (garbledChars >= 10) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0x3400 && c <= 0x9fff) cjkChars++;
    }
  }
  return { text: foldWidth(text), diagnostics, garbledChars, cjkChars };
}
