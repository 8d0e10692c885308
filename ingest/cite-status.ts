// How a document is cited: in force (落实/依据…, or issued already: 已制定/印发了), planned (制定/编制… of a document
// still to be written), or mentioned (neither).
import type { CitationStatus } from './model.ts';

const IN_FORCE = ['贯彻落实', '落实', '依据', '根据', '按照', '执行', '遵照', '贯彻', '参照', '对照', '承接'];
const PLANNED = ['研究制定', '制定', '制订', '编制', '出台', '修编', '修订', '印发', '起草', '编写', '出台'];
const VERBS = new RegExp([...PLANNED, ...IN_FORCE].join('|'), 'g');
const AFTER_PLANNED = /^\s*的?\s*(修编|编制|修订|制定|起草|编写)/;
const AFTER_IN_FORCE = /^\s*的?\s*(要求|有关规定|规定|精神|工作目标|部署)/;

/** Is the char code one of `chars`? (a loop over a few code units, no regex per character) */
function oneOf(code: number, chars: string): boolean {
  for (let i = 0; i < chars.length; i++) if (chars.charCodeAt(i) === code) return true;
  return false;
}
const CLAUSE_STOPS = '。;!?\n,:';
const ISSUER_STOPS = '。;!?\n,:》)〉《〈';

/** Clause text before a title, previous titles and number parentheses removed (Simplified). */
export function clauseBefore(simp: string, open: number): string {
  let start = open;
  while (start > 0 && open - start < 300 && !oneOf(simp.charCodeAt(start - 1), CLAUSE_STOPS)) start--;
  return simp.slice(start, open).replace(/《[^《》]*》/g, '').replace(/\([^()]*\)/g, '');
}

/** Status of one citation from the clause before it and the words after it (number already skipped). */
export function citationStatus(before: string, after: string): CitationStatus {
  if (AFTER_PLANNED.test(after)) return 'planned';
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(VERBS)) last = m;
  if (last) {
    const verb = last[0];
    if (PLANNED.includes(verb)) {
      // 已制定《…》 / 印发了《…》: the document exists already, so the plan rests on it.
      const past = before[last.index - 1] === '已' || before[last.index + verb.length] === '了';
      return past ? 'in-force' : 'planned';
    }
    return 'in-force';
  }
  return AFTER_IN_FORCE.test(after) ? 'in-force' : 'mentioned';
}

const RANK: Record<CitationStatus, number> = { 'in-force': 3, planned: 2, mentioned: 1 };
export function strongest(a: CitationStatus, b: CitationStatus): CitationStatus {
  return RANK[a] >= RANK[b] ? a : b;
}

const ISSUER_END = /(部|厅|委|局|院|办|办公厅|政府|署|会|中心|组|委员会)$/;
const ISSUER_CUT = /.*(贯彻落实|落实|贯彻|根据|按照|依据|转发|制定|编制|印发|出台|参照|对照|执行|配合|会同|了|、)/;

/** The issuer written right before a title (人社部《…》, 自治区人社厅《…》), else null. */
export function issuerBefore(simp: string, open: number): string | null {
  let start = open;
  while (start > 0 && open - start < 30 && !oneOf(simp.charCodeAt(start - 1), ISSUER_STOPS)) start--;
  const window = simp.slice(start, open).replace(ISSUER_CUT, '').replace(/^(以及|和|及|与)/, '').replace(/\s+/g, ' ').trim();
  if (window.length < 2 || window.length > 24 || !ISSUER_END.test(window)) return null;
  if (/\d|年|月/.test(window)) return null;
  return window;
}

/** The issuer a title starts with: 国务院关于… → 国务院; 内蒙古自治区人民政府关于… (Simplified title). */
export function issuerInTitle(title: string): string | null {
  const m = /^([^〈《关]{2,30}?)\s*关于/.exec(title);
  const issuer = m?.[1]?.replace(/\s+/g, ' ').trim() ?? null;
  return issuer && (ISSUER_END.test(issuer) || /国务院|中共中央/.test(issuer)) ? issuer : null;
}
