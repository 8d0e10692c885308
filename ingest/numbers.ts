// 发文字号 (document numbers): find and canonicalize to Simplified with 〔〕 brackets, e.g. 国函〔2022〕68号.
import { toSimplified } from './chinese.ts';

/**
 * A number right at the start of `s` (after optional spaces and an opening parenthesis):
 * 国函〔2022〕68号, (鄂府函2021〕159号, 鄂府办发[2021]25号, 鄂府发(2021)3号.
 */
export const NUMBER_AT_START =
  /^\s*(\()?\s*([\u3400-\u9fff]{1,12}?)\s*([〔\[(【〈])?\s*((?:19|20)\d{2})\s*([〕\])】〉])?\s*第?\s*(\d{1,5})\s*[号號]\s*(\))?/;

export interface FoundNumber { number: string; length: number; broken: boolean }

/** Read a 发文字号 at the start of `s`; `broken` when its brackets are missing or unbalanced. */
export function numberAtStart(s: string): FoundNumber | null {
  const m = NUMBER_AT_START.exec(s);
  if (!m) return null;
  const [, open, prefix, ob, year, cb, seq, close] = m;
  if (!prefix || !year || !seq) return null;
  if (!ob && !cb) return null; // 鄂府发2021159号 is not a number we can trust
  const broken = !ob || !cb || Boolean(open) !== Boolean(close);
  let length = m[0].length;
  if (!open && close) length -= 1; // a ")" that belongs to the surrounding text
  return { number: `${toSimplified(prefix)}〔${year}〕${Number(seq)}号`, length, broken };
}

/** Canonical form of a number written anywhere (header value, question): Simplified, 〔〕, no spaces. */
export function canonicalNumber(s: string): string {
  const t = s.replace(/\s+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/［/g, '[').replace(/］/g, ']');
  const found = numberAtStart(t);
  return found ? found.number : toSimplified(t);
}
