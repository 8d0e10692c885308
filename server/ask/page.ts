// Paged answers: the engine computes (and caches per graph version) an answer's full row list, then returns one page
// of it — by default the first 50 rows — with the total, so a busy agency's 6,000 measures cost a page, not a list.
import { toTraditional, type Language } from './normalize.ts';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 1_000;

export interface Page { offset: number; limit: number }

const whole = (v: number | undefined, fallback: number): number => (v !== undefined && Number.isFinite(v) ? Math.floor(v) : fallback);

/** The requested page, clamped: limit 1–1,000 (default 50), offset ≥ 0 (default 0). */
export function pageOf(options: { limit?: number; offset?: number }): Page {
  return {
    limit: Math.min(MAX_LIMIT, Math.max(1, whole(options.limit, DEFAULT_LIMIT))),
    offset: Math.max(0, whole(options.offset, 0)),
  };
}

/** "(共 N 项,显示前 50 项)" / " (N in total, showing the first 50)" when the page is not the whole answer; else ''. */
export function pageNote(total: number, page: Page, shown: number, language: Language): string {
  if (shown >= total && page.offset === 0) return '';
  const first = page.offset === 0;
  const zh = shown === 0 ? `(共 ${total} 项,第 ${page.offset} 项之后没有更多结果)`
    : first ? `(共 ${total} 项,显示前 ${shown} 项)` : `(共 ${total} 项,显示第 ${page.offset + 1}–${page.offset + shown} 项)`;
  if (language === 'zh-Hant') return toTraditional(zh);
  if (language === 'zh-Hans') return zh;
  return shown === 0 ? ` (${total} in total, none after row ${page.offset})`
    : first ? ` (${total} in total, showing the first ${shown})` : ` (${total} in total, showing ${page.offset + 1}–${page.offset + shown})`;
}
