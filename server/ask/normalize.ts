// Question normalization: widths (NFKC), Traditional → Simplified (opencc-js), language detection.
import * as OpenCC from 'opencc-js';

export type Language = 'zh-Hans' | 'zh-Hant' | 'en';

const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const hkToCn = OpenCC.Converter({ from: 'hk', to: 'cn' });
const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });

const CJK = /[\u3400-\u9fff]/;

/** Traditional (Taiwan or Hong Kong forms) → Simplified. */
export function toSimplified(text: string): string {
  return hkToCn(twToCn(text));
}

/** Simplified → Traditional (Taiwan forms), for answers to Traditional questions. */
export function toTraditional(text: string): string {
  return cnToTw(text);
}

/** Fold widths and brackets; keep characters otherwise. */
export function foldWidths(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[［【\[]/g, '〔').replace(/[］】\]]/g, '〕')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Detect the question's language: no CJK → English; changed by 繁→简 → Traditional; else Simplified. */
export function detectLanguage(text: string): Language {
  const rest = text.replace(/《[^》]*》/g, ' ').replace(/[\u4e00-\u9fff]{1,10}[〔(\[]\s*\d{4}\s*[〕)\]]\s*\d+\s*[号號]/g, ' ');
  const cjk = (rest.match(/[\u3400-\u9fff]/g) ?? []).length;
  const latinWords = (rest.match(/[A-Za-z]{2,}/g) ?? []).length;
  const latinLetters = (rest.match(/[A-Za-z]/g) ?? []).length;
  if (!CJK.test(text) || (latinWords > 0 && (!CJK.test(rest) || (latinWords >= 3 && latinLetters > cjk * 2)))) return 'en';
  return toSimplified(text) !== text ? 'zh-Hant' : 'zh-Hans';
}

export interface NormalizedQuestion {
  original: string;
  language: Language;
  /** Simplified, width-folded, lower-cased (for English words) text that every later stage reads. */
  text: string;
}

export function normalizeQuestion(question: string): NormalizedQuestion {
  const folded = foldWidths(question);
  const language = detectLanguage(folded);
  const text = toSimplified(folded).toLowerCase();
  return { original: question, language, text };
}

/** Fold a 发文字号 to its canonical form: Simplified, 〔〕 brackets, e.g. 鄂府办发〔2021〕25号. */
export function canonicalNumber(raw: string): string {
  const s = toSimplified(foldWidths(raw)).replace(/\s+/g, '');
  const m = /^(.*?)[〔(（\[【]?((?:19|20)\d{2})[〕)）\]】]?(\d+)号?$/.exec(s);
  if (!m) return s;
  return `${m[1]}〔${m[2]}〕${m[3]}号`;
}
