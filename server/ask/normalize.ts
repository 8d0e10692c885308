// Question normalization: widths (NFKC), Traditional → Simplified, language detection. Script conversion and
// 发文字号 canonicalization are ingest's own, so question keys meet the ids ingest stored.
import { canonicalNumber, toSimplified, toTraditional } from '../../ingest/index.ts';

export { canonicalNumber, toSimplified, toTraditional };

export type Language = 'zh-Hans' | 'zh-Hant' | 'en';

const CJK = /[\u3400-\u9fff]/;

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
