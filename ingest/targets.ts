// Dated and/or quantified commitments: {year, value, unit, comparator, text} per clause.
//
// Choices (documented for the question engine):
// - A clause is split on ,;。 ; a clause holding only a date ("到2025年,") joins the next one.
// - The year is the deadline written in the clause (到2025年, 2023年底前, 2023—2025年 → 2025), else the last
//   one earlier in the same sentence. Relative deadlines (2年内) give year null; the clause keeps them in `text`.
// - Value/unit: the first number followed by a known unit (亿千瓦, 万元, %, 个 …). Ranges 1—2家 → 1, '>='.
// - Comparator: 超过/超/高于 '>'; 达到/不低于/不少于/至少/以上/累计 '>='; 最高/不超过/以内/以下 '<='; 低于 '<';
//   otherwise '=' (新建5000个公共充电桩 → 5000, 个, '=').
// - A clause without a number is a target (value null) only when it carries a deadline (到2025年建成投运…).
// - A number without a date is a target only when a commitment word is near it (达到, 新增, 建成, 不低于 …).
import type { Comparator } from './model.ts';
import { isSpace } from './normalize.ts';

export interface FoundTarget {
  year: number | null; value: number | null; unit: string | null; comparator: Comparator | null;
  text: string; start: number; end: number;
}

// Base units; 万/亿 in front are kept in the unit (5500万千瓦 → 5500, 万千瓦) as the document writes it.
const UNITS = ['千瓦时', '千瓦', '立方米', '平方公里', '公里', '千米', '元', '亩', '吨', '只', '头', '人次', '人', '户', '个',
  '家', '座', '处', '条', '群', '项', '所', '台', '%', '倍', '辆', '套', '批', '支', '名', '公顷'];
const UNIT_RE = `(?:万|亿)?(?:${UNITS.sort((a, b) => b.length - a.length).join('|')})`;
const QUANTITY = new RegExp(`(\\d+(?:\\.\\d+)?)(?:\\s*[—\\-~至]\\s*(\\d+(?:\\.\\d+)?))?\\s*(${UNIT_RE})`, 'g');
const Y = '((?:19|20)\\d{2})(?:\\s*[—\\-~至]\\s*((?:19|20)\\d{2}))?年';
const DEADLINE = new RegExp(`(?:到|至|在|于|截至)${Y}|${Y}年?(?:底|末|内|度|前)|^${Y}`);
const YEAR_ONLY = /^(?:到|至|在|于)?((?:19|20)\d{2})(?:\s*[—\-~至]\s*((?:19|20)\d{2}))?年(?:年)?(?:底|末|内|度|前)*前?$/;
const RELATIVE = /\d+\s*年(内|以内|左右)/;
const COMMIT = /(达到|超过|超|不低于|不少于|至少|以上|累计|新增|新建|建成|完成|实现|建设|打造|培育|培养|引进|组建|安排|给予|盘活|获得|创建|增长|提升|最高|不超过|控制在|以内|年产|布设|共建)/;

const DIGIT = /\d/;

function comparatorOf(fullBefore: string, fullAfter: string): Comparator {
  const before = fullBefore.slice(-4);
  const after = fullAfter.slice(0, 3);
  if (/(不超过|最高|以内|以下|控制在)$/.test(before) || /^(以内|以下)/.test(after)) return '<=';
  if (/低于$/.test(before) && !/不低于$/.test(before)) return '<';
  if (/(超过|超|高于|多于)$/.test(before)) return '>';
  if (/(达到|不低于|不少于|至少|累计)$/.test(before) || /^以上/.test(after)) return '>=';
  return '=';
}

/** Only whitespace (what trim removes) between `start` and `end`? */
function blank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) return false;
  return true;
}

interface Clause { start: number; end: number; digits: boolean }

function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  // YEAR_ONLY of the last clause, tested once when it is pushed (not again at every boundary).
  let prevYearOnly = false;
  const digitsRe = /\d/g;
  let nextDigit = -1;
  const stops = /[,;。\n]/g; // clause ends , ; 。 \n, found by the regex engine (faster than a char loop)
  for (;;) {
    const found = stops.exec(text);
    const i = found ? found.index : text.length;
    const prev = out.at(-1);
    if (nextDigit < start) { // the next digit at or after start, found by the regex engine
      digitsRe.lastIndex = start;
      nextDigit = digitsRe.exec(text)?.index ?? text.length;
    }
    const digits = nextDigit < i;
    if (prev && prevYearOnly) {
      // "到2025年\n\n" stays a bare date (trimmed, the blank lines vanish) and keeps waiting for its clause.
      prevYearOnly = text.charCodeAt(prev.end) === 0x0a && blank(text, start, i);
      prev.end = i;
    }
    else if (!blank(text, start, i)) {
      out.push({ start, end: i, digits });
      prevYearOnly = digits && YEAR_ONLY.test(text.slice(start, i).trim());
    }
    if (!found) break;
    start = i + 1;
  }
  return out;
}

function yearOf(m: RegExpExecArray): number {
  const [, a1, a2, b1, b2, c1, c2] = m;
  return Number(a2 ?? a1 ?? b2 ?? b1 ?? c2 ?? c1);
}

/** Targets in `simp` (Simplified text of one measure/action); offsets are relative to it. */
export function findTargets(simp: string): FoundTarget[] {
  const out: FoundTarget[] = [];
  if (!DIGIT.test(simp)) return out; // every rule needs a digit (a year, a value, a relative deadline)
  let sentenceYear: number | null = null;
  const limit = simp.indexOf('完成') < 0 && simp.indexOf('时间节点') < 0 ? null : /(完成时限|时间节点|完成时间)\s*[:]\s*((?:19|20)\d{2})(?:\s*[—\-~至]\s*((?:19|20)\d{2}))?/.exec(simp);
  const unitYear = limit ? Number(limit[3] ?? limit[2]) : null; // a deadline column/line covers the whole unit
  for (const c of clauses(simp)) {
    if (!c.digits) { // no year, no value, no relative deadline: nothing to find, only the sentence may end
      if (simp.charCodeAt(c.end) === 0x3002) sentenceYear = null;
      continue;
    }
    let lead = 0;
    while (c.start + lead < c.end && isSpace(simp.charCodeAt(c.start + lead))) lead++;
    let stop = c.end;
    while (stop > c.start + lead && isSpace(simp.charCodeAt(stop - 1))) stop--;
    const text = simp.slice(c.start + lead, stop);
    const d = DEADLINE.exec(text);
    // RELATIVE needs 年 right before 内/以内/左右: three indexOf are cheaper than trying \d+ at every digit.
    const relative = (text.includes('年内') || text.includes('年以内') || text.includes('年左右')) && RELATIVE.test(text);
    const year: number | null = d ? yearOf(d) : relative ? null : sentenceYear;
    if (d) sentenceYear = year;
    let q: RegExpExecArray | null = null;
    QUANTITY.lastIndex = 0;
    for (let m = QUANTITY.exec(text); m !== null; m = QUANTITY.exec(text)) { // exec, not matchAll: no iterator per clause
      if (/(19|20)\d{2}$/.test(m[1]!) && text.charCodeAt(m.index + m[1]!.length) === 0x5e74) continue; // 2025年
      const prev = text.charCodeAt(m.index - 1) | 0x20; // NaN at 0 → 0x20
      if (prev >= 0x61 && prev <= 0x7a) continue; // S27, CCAR147, B737
      q = m; break;
    }
    if (q && (d || relative || COMMIT.test(text))) {
      const before = text.slice(0, q.index).trimEnd();
      const after = text.slice(q.index + q[0].length);
      const range = q[2] !== undefined;
      out.push({ year: year ?? (relative ? null : unitYear), value: Number(q[1]), unit: q[3]!, comparator: range ? '>=' : comparatorOf(before, after),
        text, start: c.start + lead, end: c.start + lead + text.length });
    } else if (!q && d && !/^对/.test(text)) {
      out.push({ year, value: null, unit: null, comparator: null, text, start: c.start + lead, end: c.start + lead + text.length });
    }
    if (simp[c.end] === '。') sentenceYear = null;
  }
  return out;
}
