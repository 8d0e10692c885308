// Body structure: chapters (一、), measures ((一) / broken 九)), actions (1. / one unnumbered paragraph), role lines.
import type { Diagnostic } from './model.ts';
import { chineseNumeral } from './chinese.ts';
import type { Line, Locator } from './spans.ts';

export interface RoleLine { label: string; value: string }
export interface RawAction { ordinal: number; start: number; end: number; roleLines: RoleLine[] }
export interface RawMeasure {
  chapter: number; ordinal: number; start: number; end: number;
  roleLines: RoleLine[]; actions: RawAction[];
  /** Written as 1. 2. directly under its chapter (a layout without (一)). */
  numbered?: boolean;
}
export interface RawChapter { ordinal: number; title: string; start: number; end: number }
export interface Structure { chapters: RawChapter[]; measures: RawMeasure[]; bodyStart: number }

const CHAPTER = /^([一二三四五六七八九十]{1,3})、\s*(.*)$/;
const MEASURE = /^(\()?\s*([一二三四五六七八九十]{1,3})\s*\)\s*(.*)$/;
const ACTIONS_HEADING = /^(具体)?(落实|工作|主要)?(举措|措施|任务)\s*[:]?$/;
const ACTION = /^(\d{1,2})\s*[.、]/;
const ANY_NUMBERED = /^0*(\d{1,30})\s*[.、]/;
const ROLE_LINE = /^(牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位)\s*[:]\s*(.+)$/;
const NUMERALS = '一二三四五六七八九十';
const HEADING_FIRST = '具落工主举措任';
const ROLE_FIRST = '牵责配协参';
const END_OF_BODY = /^(附件|附:|抄送|(19|20)\d{2}年\d{1,2}月\d{1,2}日$)/;

/** Parse the body. `lines` are lines of the Simplified copy; offsets are shared with the normalized text. */
export function parseStructure(lines: Line[], loc: Locator, diagnostics: Diagnostic[]): Structure {
  const chapters: RawChapter[] = [];
  const measures: RawMeasure[] = [];
  let measure: RawMeasure | null = null;
  let action: RawAction | null = null;
  let inActions = false;
  let bodyStart = -1;
  const seen = new Set<number>(); // chapter * 1e9 + ordinal (a text has fewer than 1e9 lines)
  const lastMeasure = new Map<number, number>(); // chapter → last measure ordinal

  for (const l of lines) {
    const t = l.text.trim();
    if (t === '') continue;
    const c0 = t.charCodeAt(0); // each pattern below is anchored: its first char decides whether to try it
    const numeral = NUMERALS.includes(t[0]!);
    const digit = c0 >= 0x30 && c0 <= 0x39;
    const ch = numeral ? CHAPTER.exec(t) : null;
    const chOrd = ch ? chineseNumeral(ch[1]!) : null;
    const last = chapters.at(-1)?.ordinal ?? 0;
    if (ch && chOrd !== null && chOrd > last && chOrd <= last + 2 && (last > 0 || chOrd === 1)) {
      if (chOrd !== last + 1) diagnostics.push(loc.diag('chapter-gap', `chapter ${chOrd} follows chapter ${last}`, l.start));
      chapters.push({ ordinal: chOrd, title: ch[2]!.trim(), start: l.start, end: l.end });
      if (bodyStart < 0) bodyStart = l.start;
      measure = null; action = null; inActions = false;
      continue;
    }
    if (bodyStart >= 0 && (digit || c0 === 0x9644 || c0 === 0x6284) && END_OF_BODY.test(t)) break; // 附 抄
    const me = numeral || c0 === 0x28 ? MEASURE.exec(t) : null;
    const meOrd = me ? chineseNumeral(me[2]!) : null;
    if (me && meOrd !== null && meOrd > 0) {
      if (chapters.length === 0) {
        chapters.push({ ordinal: 1, title: '', start: l.start, end: l.start });
        bodyStart = l.start;
        diagnostics.push(loc.diag('measure-without-chapter', 'measures before any chapter (一、); read as chapter 1', l.start));
      }
      const chapter = chapters.at(-1)!.ordinal;
      const prev = lastMeasure.get(chapter) ?? 0;
      let ordinal = meOrd;
      if (seen.has(chapter * 1e9 + meOrd) || meOrd <= prev) {
        ordinal = prev + 1;
        diagnostics.push(loc.diag('duplicate-measure', `measure (${me[2]}) of chapter ${chapter} repeats or goes back; numbered ${chapter}.${ordinal}`, l.start));
      } else if (meOrd !== prev + 1) {
        diagnostics.push(loc.diag('measure-gap', `measure ${chapter}.${meOrd} follows ${chapter}.${prev}`, l.start, 'info'));
      }
      if (!me[1]) diagnostics.push(loc.diag('unbalanced-bracket', `measure number "${t.slice(0, 3)}" lacks its opening parenthesis`, l.start));
      seen.add(chapter * 1e9 + ordinal);
      measure = { chapter, ordinal, start: l.start, end: l.end, roleLines: [], actions: [], numbered: false };
      measures.push(measure);
      lastMeasure.set(chapter, ordinal);
      action = null; inActions = false;
      continue;
    }
    const chapterNow = chapters.at(-1);
    const numbered = digit && chapterNow && bodyStart >= 0 && (!measure || measure.numbered) ? ACTION.exec(t) : null;
    if (numbered && chapterNow) {
      // A chapter whose items are 1. 2. (no (一)): the numbered items are its measures.
      const prev = lastMeasure.get(chapterNow.ordinal) ?? 0;
      if (Number(numbered[1]) === prev + 1) {
        measure = { chapter: chapterNow.ordinal, ordinal: prev + 1, start: l.start, end: l.end, roleLines: [], actions: [], numbered: true };
        measures.push(measure);
        lastMeasure.set(chapterNow.ordinal, prev + 1);
        action = null; inActions = false;
        continue;
      }
    }
    if (!measure) continue; // chapter introductions, preamble
    if (HEADING_FIRST.includes(t[0]!) && ACTIONS_HEADING.test(t)) { inActions = true; action = null; continue; }
    const role = ROLE_FIRST.includes(t[0]!) ? ROLE_LINE.exec(t) : null;
    if (role) {
      (action ?? measure).roleLines.push({ label: role[1]!, value: role[2]!.trim() });
      continue;
    }
    const ac = digit ? ANY_NUMBERED.exec(t) : null;
    const expected = (measure.actions.at(-1)?.ordinal ?? 0) + 1;
    if (ac && !measure.numbered) {
      if (ac[1] !== String(expected)) {
        diagnostics.push(loc.diag('action-numbering', `item "${ac[1]!.slice(0, 12)}." where ${expected}. was expected; read as action ${measure.chapter}.${measure.ordinal}.${expected}`, l.start));
      }
      action = { ordinal: expected, start: l.start, end: l.end, roleLines: [] };
      measure.actions.push(action);
      inActions = true;
      continue;
    }
    if (action) { action.end = l.end; continue; }
    if (inActions) {
      action = { ordinal: expected, start: l.start, end: l.end, roleLines: [] };
      measure.actions.push(action);
      continue;
    }
    measure.end = l.end;
  }
  return { chapters, measures, bodyStart: bodyStart < 0 ? 0 : bodyStart };
}
