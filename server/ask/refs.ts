// Structural references in a question: measure refs, chapters, years (Chinese numerals included).

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** '五' → 5, '十一' → 11, '二十' → 20, '12' → 12; null when not a number. */
export function parseNumeral(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^[零〇一二两三四五六七八九十]+$/.test(s)) return null;
  const i = s.indexOf('十');
  if (i < 0) return s.length === 1 ? DIGITS[s] ?? null : null;
  const tens = i === 0 ? 1 : DIGITS[s.slice(0, i)] ?? null;
  const rest = s.slice(i + 1);
  const ones = rest === '' ? 0 : DIGITS[rest] ?? null;
  return tens === null || ones === null ? null : tens * 10 + ones;
}

const ORDINAL_EN: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
};

export interface Span { start: number; end: number }
export interface RefHit { ref: string; text: string; span: Span }
export interface ChapterHit { ordinal: number; text: string; span: Span }
export interface OrdinalHit { ordinal: number; text: string; span: Span }

const N = '([零〇一二两三四五六七八九十]+|\\d+)';

function hits<T>(text: string, re: RegExp, make: (m: RegExpExecArray) => T | null): T[] {
  const out: T[] = [];
  for (const m of text.matchAll(re)) { const v = make(m as RegExpExecArray); if (v) out.push(v); }
  return out;
}
const span = (m: RegExpExecArray): Span => ({ start: m.index, end: m.index + m[0].length });

/** Explicit measure refs: 1.2, 措施1.2, 第二章第五项(措施), chapter 4 measure 3, measure 3 of chapter 4. */
export function findMeasureRefs(text: string): RefHit[] {
  const out: RefHit[] = [];
  out.push(...hits(text, /(?<![\d.〔])(\d{1,2})\.(\d{1,2})(?:\.\d{1,2})?(?![\d.]|\s*(?:亿|万|版))/g, (m) => ({ ref: `${m[1]}.${m[2]}`, text: m[0], span: span(m) })));
  out.push(...hits(text, new RegExp(`第${N}(?:章|部分|大项)的?第${N}(?:项|条|个|点|小项)`, 'g'), (m) => {
    const c = parseNumeral(m[1] ?? ''); const k = parseNumeral(m[2] ?? '');
    return c && k ? { ref: `${c}.${k}`, text: m[0], span: span(m) } : null;
  }));
  out.push(...hits(text, /chapter\s+(\d+)\s*,?\s*(?:measure|item)\s+(\d+)/g, (m) => ({ ref: `${m[1]}.${m[2]}`, text: m[0], span: span(m) })));
  out.push(...hits(text, /(?:measure|item)\s+(\d+)\s+(?:of|in)\s+chapter\s+(\d+)/g, (m) => ({ ref: `${m[2]}.${m[1]}`, text: m[0], span: span(m) })));
  out.push(...hits(text, /(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh)\s+measure\s+(?:of|in)\s+chapter\s+(\d+)/g,
    (m) => ({ ref: `${m[2]}.${ORDINAL_EN[m[1] ?? ''] ?? 0}`, text: m[0], span: span(m) })));
  return out;
}

/** Chapters: 第一章, 第1章, 第一部分, chapter 1. */
export function findChapters(text: string): ChapterHit[] {
  return [
    ...hits(text, new RegExp(`第${N}(?:章|部分|大项)`, 'g'), (m) => { const o = parseNumeral(m[1] ?? ''); return o ? { ordinal: o, text: m[0], span: span(m) } : null; }),
    ...hits(text, /chapter\s+(\d+)/g, (m) => ({ ordinal: Number(m[1]), text: m[0], span: span(m) })),
  ];
}

/** A bare measure ordinal such as (五) or 第五项措施, which needs a chapter to become a ref. */
export function findMeasureOrdinals(text: string): OrdinalHit[] {
  return [
    ...hits(text, /\(([一二三四五六七八九十]+)\)/g, (m) => { const o = parseNumeral(m[1] ?? ''); return o ? { ordinal: o, text: m[0], span: span(m) } : null; }),
    ...hits(text, new RegExp(`第${N}(?:项|条)措施`, 'g'), (m) => { const o = parseNumeral(m[1] ?? ''); return o ? { ordinal: o, text: m[0], span: span(m) } : null; }),
  ];
}

/** Years: 2025年, 到2025, by 2025, in 2023 (not the year inside a 发文字号 bracket). */
export function findYears(text: string): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(/(?<![〔(\d])((?:19|20)\d{2})(?![〕)\d])/g)) {
    const after = text.slice((m.index ?? 0) + 4, (m.index ?? 0) + 6);
    const before = text.slice(Math.max(0, (m.index ?? 0) - 8), m.index ?? 0);
    if (/^\s*年/.test(after) || /(by|in|for|until|before|during|of|到|至|在)\s*$/.test(before) || /^\s*(\?|$|年|的)/.test(after)) years.add(Number(m[1]));
  }
  return [...years].sort();
}
