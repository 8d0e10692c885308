// Identity keys shared by documents and references: number:<canonical 发文字号> else title:<normalized title>.
import { parallelSimplified } from './chinese.ts';
import { memoize } from './memo.ts';
import { foldWidth } from './normalize.ts';

/**
 * Simplified (char by char), widths folded, quotes/spaces/punctuation dropped (brackets kept as half-width).
 * Cited titles recur across a corpus (the same national documents): keys are kept (bounded).
 */
export const titleKey: (title: string) => string = memoize(20_000, computeKey);

function computeKey(title: string): string {
  return parallelSimplified(foldWidth(title))
    .replace(/[“”"'‘’「」『』〈〉《》\s·•、,.。:;!?]/g, '')
    .replace(/[【［]/g, '[').replace(/[】］]/g, ']');
}

/** The part of a title key from its first 关于 on (the issuer before it is often abbreviated differently). */
export function titleCore(key: string): string {
  const i = key.indexOf('关于');
  return i > 0 ? key.slice(i) : key;
}

export function documentId(number: string | null, title: string): string {
  return number ? `number:${number}` : `title:${titleKey(title)}`;
}
