// Raw structure → Chapter / Measure / Action records with resolved agencies and their diagnostics.
import type { Action, Chapter, Diagnostic, Measure } from './model.ts';
import { AgencyResolver, cleanAgencyName } from './agencies.ts';
import { actionResponsible, extractRoles, measureRoles, type Roles } from './roles.ts';
import type { Structure } from './structure.ts';
import type { Locator } from './spans.ts';

export interface Units {
  chapters: Chapter[]; measures: Measure[]; actions: Action[];
  resolver: AgencyResolver; diagnostics: Diagnostic[];
  /** Text ranges (measure heads, actions) → the id citing from there. */
  regions: { start: number; end: number; id: string }[];
}

const MEASURE_PREFIX = /^(\(?\s*[一二三四五六七八九十]{1,3}\s*\)|\d{1,2}\s*[.、])\s*/;
const ACTION_PREFIX = /^\d{1,2}\s*[.、]\s*/;

function body(simp: string, start: number, end: number, prefix: RegExp | null): number {
  const m = prefix ? prefix.exec(simp.slice(start, end)) : null;
  return start + (m ? m[0].length : 0);
}

export function buildUnits(orig: string, simp: string, s: Structure, documentId: string, city: boolean, loc: Locator): Units {
  const diagnostics: Diagnostic[] = [];
  const chapters: Chapter[] = s.chapters.map((c) => ({
    id: `${documentId}#${c.ordinal}`, ordinal: c.ordinal,
    title: orig.slice(c.start, c.end).replace(/^[一二三四五六七八九十]{1,3}、\s*/, '').trim(),
    span: loc.span(c.start, c.end),
  }));
  // Pass 1: roles per unit (raw names), so the resolver knows every name the document uses.
  const measureRoleList = s.measures.map((m) => {
    const from = body(simp, m.start, m.end, MEASURE_PREFIX);
    return { m, from, roles: extractRoles(simp.slice(from, m.end), m.roleLines),
      actions: m.actions.map((a) => {
        const aFrom = body(simp, a.start, a.end, ACTION_PREFIX);
        return { a, from: aFrom, roles: extractRoles(simp.slice(aFrom, a.end), a.roleLines) };
      }) };
  });
  const names = new Set<string>(); // every raw name, once
  const add = (r: Roles): void => {
    for (const n of r.lead) names.add(n);
    for (const n of r.cooperating) names.add(n);
    for (const n of r.responsible) names.add(n);
  };
  for (const x of measureRoleList) {
    add(x.roles);
    for (const a of x.actions) add(a.roles);
  }
  let cityNames = city;
  if (!cityNames) for (const n of names) if (cleanAgencyName(n).startsWith('市')) { cityNames = true; break; }
  const resolver = new AgencyResolver(cityNames, [...names]);
  const resolve = (raw: string[], at: number): string[] => {
    const ids: string[] = []; // distinct, in order of first mention
    for (const n of raw) {
      const r = resolver.resolve(n);
      if (r.typoOf) diagnostics.push(loc.diag('agency-typo', `agency "${r.typoOf}" read as ${r.id}`, at));
      if (!ids.includes(r.id)) ids.push(r.id);
    }
    return ids;
  };

  const measures: Measure[] = [];
  const actions: Action[] = [];
  const regions: Units['regions'] = [];
  for (const { m, from, roles, actions: acts } of measureRoleList) {
    const ref = `${m.chapter}.${m.ordinal}`;
    const id = `${documentId}#${ref}`;
    const mr = measureRoles(roles);
    if (roles.unbalanced) diagnostics.push(loc.diag('unbalanced-bracket', `measure ${ref}: agency parenthesis is not closed`, m.end));
    if (mr.lead.length === 0 && mr.cooperating.length === 0) diagnostics.push(loc.diag('measure-without-agencies', `measure ${ref} names no lead or cooperating agency`, m.start, 'info'));
    measures.push({ id, ref, chapterOrdinal: m.chapter, ordinal: m.ordinal, text: orig.slice(from, m.end),
      lead: resolve(mr.lead, from), cooperating: resolve(mr.cooperating, from), span: loc.span(from, m.end) });
    regions.push({ start: m.start, end: m.end, id });
    for (const { a, from: aFrom, roles: ar } of acts) {
      const aref = `${ref}.${a.ordinal}`;
      const responsible = resolve(actionResponsible(ar), aFrom);
      if (ar.unbalanced) diagnostics.push(loc.diag('unbalanced-bracket', `action ${aref}: agency parenthesis is not closed`, a.end));
      if (responsible.length === 0) diagnostics.push(loc.diag('action-without-agency', `action ${aref} names no responsible agency`, a.start));
      actions.push({ id: `${documentId}#${aref}`, ref: aref, measureId: id, ordinal: a.ordinal,
        text: orig.slice(aFrom, a.end), responsible, span: loc.span(aFrom, a.end) });
      regions.push({ start: a.start, end: a.end, id: `${documentId}#${aref}` });
    }
  }
  return { chapters, measures, actions, resolver, diagnostics, regions };
}
