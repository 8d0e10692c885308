// Who does what: agency names with roles from a measure's or action's text (Simplified) and role lines.
import type { RoleLine } from './structure.ts';
import { memoize } from './memo.ts';

export interface Roles { lead: string[]; cooperating: string[]; responsible: string[]; unbalanced: boolean }

const AGENCY_END = /(局|委|部|办|厅|中心|公司|室|院|会|所|站|集团|政府|处|署|队|行|社|单位|小组|街道|镇|乡|苏木|嘎查|台|关|馆|科|组|司|校|园|场|网|联|团|盟|旗|区|县|市)$/;
/** 完成时限:2024年底 and the like, which often follow the agencies inside the same parenthesis. */
const DEADLINE_LABEL = /[,，;；\s]*(完成时限|完成时间|时间节点|时限要求|时限|进度安排)\s*[:].*$/;
const LABELS = /(牵头单位|牵头部门|主办单位|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位)\s*[:]/g;

export function looksLikeAgency(s: string): boolean {
  return s.length >= 2 && s.length <= 30 && AGENCY_END.test(s) && !/[。;!?《》:\d]/.test(s);
}

/** Split an agency list on 、，,;； and spaces; drop a trailing 等 and empty items. */
export function splitAgencies(list: string): string[] {
  const out: string[] = [];
  for (const item of list.split(SEPARATORS)) {
    const s = cleanItem(item);
    if (s.length > 0) out.push(s);
  }
  return out;
}
const SEPARATORS = /[、,，;；\s]+/;

/** What `.replace(/^(以及)/, '').replace(/(等|等单位|等部门)$/, '').replace(/[。.]+$/, '').trim()` does, with string tests
 * (an end-anchored regex is tried at every offset). */
function cleanItem(item: string): string {
  let s = item.startsWith('以及') ? item.slice(2) : item;
  if (s.endsWith('等')) s = s.slice(0, -1);
  else if (s.endsWith('等单位') || s.endsWith('等部门')) s = s.slice(0, -3);
  let end = s.length;
  while (end > 0 && (s.charCodeAt(end - 1) === 0x3002 || s.charCodeAt(end - 1) === 0x2e)) end--;
  return (end === s.length ? s : s.slice(0, end)).trim();
}

function labelKind(label: string): 'lead' | 'cooperating' | 'responsible' {
  if (/牵头|主办/.test(label)) return 'lead';
  if (/责任/.test(label)) return 'responsible';
  return 'cooperating';
}

function empty(): Roles {
  return { lead: [], cooperating: [], responsible: [], unbalanced: false };
}

const memoRoleText = memoize(20_000, computeRoleText);
/** Short texts ((市能源局)) recur across documents; long label lists (牵头单位:…,配合单位:…) rarely do: computed each time. */
const cachedRoleText = (raw: string): Roles | null => (raw.length <= 24 ? memoRoleText(raw) : computeRoleText(raw));

/** Interpret the content of a role parenthesis or a set of role lines (the same texts recur across documents: cached, returned as fresh arrays). */
export function parseRoleText(raw: string): Roles | null {
  const r = cachedRoleText(raw);
  return r && copyRoles(r);
}

function copyRoles(r: Roles): Roles {
  return { lead: [...r.lead], cooperating: [...r.cooperating], responsible: [...r.responsible], unbalanced: r.unbalanced };
}

function computeRoleText(raw: string): Roles | null {
  const r = empty();
  // Every deadline label holds 时 or 进度: test that first instead of trying the pattern at every offset.
  const content = (raw.includes('时') || raw.includes('进度') ? raw.replace(DEADLINE_LABEL, '') : raw).trim();
  const labels: RegExpExecArray[] = [];
  LABELS.lastIndex = 0; // exec, not matchAll: no iterator (LABELS never matches empty)
  for (let m = LABELS.exec(content); m !== null; m = LABELS.exec(content)) labels.push(m);
  if (labels.length > 0) {
    labels.forEach((m, i) => {
      const from = m.index + m[0].length;
      const to = labels[i + 1]?.index ?? content.length;
      r[labelKind(m[1]!)].push(...splitAgencies(content.slice(from, to)));
    });
    return r;
  }
  const lead = /^(.+?)牵头\s*[,，;；]?\s*(.*)$/.exec(content);
  if (lead) {
    r.lead = splitAgencies(lead[1]!);
    const rest = lead[2]!.replace(/(按职责分工|按照职责分工|按职责)?(负责|配合|参与)(落实)?$/, '');
    r.cooperating = splitAgencies(rest);
    return r.lead.every(looksLikeAgency) ? r : null;
  }
  const items = splitAgencies(content.replace(/(牵头负责|负责落实|负责|落实)$/, ''));
  if (items.length === 0 || !items.every(looksLikeAgency)) return null;
  r.responsible = items;
  return r;
}

/** 牵头单位:X written in the running text (no parenthesis), after the end of a sentence or at the start. */
const INLINE_LABEL = /(?<=^|[。;])\s*(牵头单位|牵头部门|责任单位|责任部门)\s*[:]/;

/** `text` without trailing whitespace and 。 (what /[\s。]+$/ removes, without a regex tried at every offset). */
function trimEndStops(text: string): string {
  let end = text.length;
  while (end > 0) {
    const ch = text[end - 1]!;
    if (ch !== '。' && ch.trim() !== '') break;
    end--;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** The agency parenthesis closing `text` — complete, or opened and never closed. */
function trailingParen(text: string): { content: string; unbalanced: boolean } | null {
  const t = trimEndStops(text);
  if (t.endsWith(')')) {
    let depth = 0;
    for (let i = t.length - 1; i >= 0; i--) {
      const c = t.charCodeAt(i);
      if (c === 0x29) depth++; // )
      else if (c === 0x28 && --depth === 0) return { content: t.slice(i + 1, -1), unbalanced: false };
    }
    return null;
  }
  const open = t.lastIndexOf('(');
  if (open < 0 || t.indexOf(')', open) >= 0) return null;
  const content = t.slice(open + 1);
  return /。/.test(content) ? null : { content, unbalanced: true };
}

/** Roles of one unit from its text and the role lines under it (read-only: the arrays may be shared with a cache). */
export function extractRoles(text: string, roleLines: RoleLine[]): Roles {
  const paren = trailingParen(text);
  const fromParen = paren ? cachedRoleText(paren.content) : null;
  if (fromParen && roleLines.length === 0) { // the cached arrays, shared: copied only when role lines are added
    return fromParen.unbalanced === paren!.unbalanced ? fromParen : { ...fromParen, unbalanced: paren!.unbalanced };
  }
  const out = empty();
  const inline = fromParen ? null : INLINE_LABEL.exec(text);
  if (fromParen) Object.assign(out, copyRoles(fromParen), { unbalanced: paren!.unbalanced });
  else if (inline) Object.assign(out, parseRoleText(trimEndStops(text.slice(inline.index))));
  else {
    const by = /由(.+?)会同(.+?)(共同)?负责(落实)?/.exec(text) ?? /由(.+?)()负责(落实|实施|推进)/.exec(text);
    if (by && splitAgencies(by[1]!).every(looksLikeAgency)) {
      out.lead = splitAgencies(by[1]!);
      out.cooperating = splitAgencies(by[2] ?? '');
    }
  }
  for (const rl of roleLines) out[labelKind(rl.label)].push(...splitAgencies(rl.value));
  return out;
}

/** Measure roles: 责任单位 lists name the lead first (the genre's convention). */
export function measureRoles(r: Roles): { lead: string[]; cooperating: string[] } {
  if (r.lead.length > 0) return { lead: r.lead, cooperating: [...r.cooperating, ...r.responsible] };
  const [first, ...rest] = r.responsible;
  return { lead: first ? [first] : [], cooperating: [...rest, ...r.cooperating] };
}

/** Action roles: everyone named is responsible, lead first. */
export function actionResponsible(r: Roles): string[] {
  return [...r.lead, ...r.responsible, ...r.cooperating];
}
