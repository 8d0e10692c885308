// Header metadata of a saved government page: 标题 / 索引号 / 发文字号 / 成文日期 / 发文机关 / 公开日期 / 发布时间.
import { canonicalNumber } from './numbers.ts';
import type { HtmlHints } from './html.ts';

export interface Header {
  title: string | null; number: string | null; issuer: string | null;
  writtenOn: string | null; publishedOn: string | null; indexNumber: string | null;
}

const LABELS: Record<string, keyof Header> = {
  索引号: 'indexNumber', 发文字号: 'number', 文号: 'number', 成文日期: 'writtenOn', 发文机关: 'issuer',
  公开日期: 'publishedOn', 发布时间: 'publishedOn', 发布日期: 'publishedOn', 公布日期: 'publishedOn', 来源: 'issuer',
  发布机构: 'issuer', 发文单位: 'issuer', 成文时间: 'writtenOn', 印发日期: 'writtenOn',
};
const LABEL_RE = new RegExp(`^[•·*\\-]?(${Object.keys(LABELS).join('|')})[:]?(.*)$`);
const TITLE_END = /(通知|方案|意见|办法|规划|决定|措施|计划|清单|细则|批复|通报|函|纲要|规定|任务分工)$/;

export function parseDate(s: string | null | undefined): string | null {
  const m = /((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(s ?? '');
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function clean(s: string): string {
  return s.replace(/^[•·*\-\s]+/, '').trim();
}

/** A title broken over several short lines (落实…建设 / 国家…若干 / 政策措施分解方案) is joined back. */
function titleLines(orig: string[], simp: string[], last: number, values: Set<number>): string {
  const parts = [clean(orig[last]!)];
  for (let j = last - 1, taken = 0; j >= 0 && taken < 3; j--) {
    const s = clean(simp[j]!);
    if (s === '') continue;
    if (values.has(j) || s.length < 4 || s.length > 30 || /[\s。,:;、!?《》()\d]/.test(s) || TITLE_END.test(s) || LABEL_RE.test(s)) break;
    parts.unshift(clean(orig[j]!));
    taken++;
  }
  return parts.join('');
}

function setOnce(h: Header, key: keyof Header, value: string): void {
  if (value && h[key] === null) h[key] = value;
}

/**
 * Read header fields from the lines before the body (`simp` is the Simplified copy of `orig`,
 * line for line). A label's value follows it on its line (segments split by 2+ spaces), else it
 * is the next non-empty line. Values are Simplified; the title is kept as written.
 */
export function parseHeader(orig: string[], simp: string[], hints?: HtmlHints): Header {
  const h: Header = { title: null, number: null, issuer: null, writtenOn: null, publishedOn: null, indexNumber: null };
  let source: string | null = null;
  const valueLines = new Set<number>();
  for (let i = 0; i < simp.length; i++) {
    let labelled = false;
    for (const segment of clean(simp[i]!).split(/\s{2,}|【/)) {
      const m = LABEL_RE.exec(segment.replace(/\s+/g, ''));
      if (!m) continue;
      labelled = true;
      const key = LABELS[m[1]!]!;
      let value = segment.replace(/^[^:]*:/, '').trim();
      if (!m[2]) {
        let next = i + 1;
        while (next < simp.length && clean(simp[next]!) === '') next++;
        if (next < simp.length) { value = clean(simp[next]!); valueLines.add(next); }
      }
      if (m[1] === '来源') source ??= value || null;
      else setOnce(h, key, value);
    }
    const line = clean(simp[i]!);
    if (!labelled && h.number === null && /^[\u3400-\u9fff]{1,12}\s*[〔\[(【]\s*(19|20)\d{2}\s*[〕\])】]\s*\d{1,5}\s*号$/.test(line)) {
      h.number = line;
      continue;
    }
    if (!labelled && h.title === null && line.length >= 8 && TITLE_END.test(line) && !/[《》。:]/.test(line)) {
      h.title = titleLines(orig, simp, i, valueLines);
    }
  }
  h.title ??= hints?.title ?? null;
  h.issuer ??= hints?.issuer ?? source;
  h.publishedOn ??= hints?.publishedOn ?? null;
  h.number ??= hints?.number ?? null;
  return {
    ...h,
    number: h.number ? canonicalNumber(h.number) : null,
    writtenOn: parseDate(h.writtenOn),
    publishedOn: parseDate(h.publishedOn),
  };
}
