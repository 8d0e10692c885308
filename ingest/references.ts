// Referenced documents: 《title》 (+ 发文字号, issuer, nested 〈title〉), identity by number else normalized title.
import type { Citation, CitationStatus, Diagnostic, Reference } from './model.ts';
import { numberAtStart } from './numbers.ts';
import { citationStatus, clauseBefore, issuerBefore, issuerInTitle, strongest } from './cite-status.ts';
import { titleKey, titleCore } from './ids.ts';
import type { Locator } from './spans.ts';

export interface Region { start: number; end: number; id: string }
export interface RefContext {
  orig: string; simp: string; loc: Locator; documentId: string; regions: Region[];
  /** Title keys of the document itself (a notice citing the plan it issues is not a reference). */
  selfKeys: string[]; selfNumber: string | null; skip: (offset: number) => boolean;
}
interface Raw {
  title: string; key: string; number: string | null; issuer: string | null; status: CitationStatus;
  citedBy: string; start: number; end: number; inner: Raw[];
}

/** The unit whose text holds `offset` (regions are sorted by start and do not overlap). */
function citedBy(ctx: RefContext, offset: number): string {
  let lo = 0;
  let hi = ctx.regions.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.regions[mid]!.start <= offset) lo = mid; else hi = mid - 1;
  }
  const r = ctx.regions[lo];
  return r && offset >= r.start && offset < r.end ? r.id : ctx.documentId;
}

function innerTitles(ctx: RefContext, open: number, close: number, outer: Omit<Raw, 'inner'>): Raw[] {
  const out: Raw[] = [];
  const inside = ctx.simp.slice(open, close); // search the title only: indexOf on the whole text is quadratic
  for (let k = inside.indexOf('〈'); k >= 0; k = inside.indexOf('〈', k + 1)) {
    const i = open + k;
    const kj = inside.indexOf('〉', k);
    if (kj < 0) break;
    const j = open + kj;
    const title = ctx.orig.slice(i + 1, j).trim();
    out.push({ ...outer, title, key: titleKey(title), number: null, issuer: issuerBefore(ctx.simp, i),
      status: 'mentioned', start: i, end: j + 1, inner: [] });
  }
  return out;
}

/** Each 《 with its closing 》 on the same line (-1 when unclosed or another 《 comes first), by indexOf from 《 to 《. */
function titlePairs(simp: string): [number, number][] {
  const pairs: [number, number][] = [];
  for (let open = simp.indexOf('《'); open >= 0;) {
    const next = simp.indexOf('《', open + 1);
    const close = simp.indexOf('》', open + 1);
    const nl = simp.indexOf('\n', open + 1);
    const stop = next < 0 ? nl : nl < 0 ? next : Math.min(next, nl); // what ends the title before its 》
    pairs.push([open, close >= 0 && (stop < 0 || close < stop) ? close : -1]);
    open = next;
  }
  return pairs;
}

function scan(ctx: RefContext, diagnostics: Diagnostic[]): Raw[] {
  const { simp, orig, loc } = ctx;
  const raws: Raw[] = [];
  let nextNested = -1;
  for (const [open, close] of titlePairs(simp)) {
    if (ctx.skip(open)) continue;
    if (close < 0) {
      diagnostics.push(loc.diag('unbalanced-bracket', 'a 《 title is never closed by 》', open));
      continue;
    }
    const title = orig.slice(open + 1, close).trim();
    const found = numberAtStart(simp.slice(close + 1, close + 40));
    if (found?.broken) diagnostics.push(loc.diag('unbalanced-bracket', `document number "${orig.slice(close + 1, close + 1 + found.length).trim()}" has missing or unbalanced brackets; read as ${found.number}`, close + 1));
    const after = simp.slice(close + 1 + (found?.length ?? 0), close + 60);
    const base: Raw = { title, key: titleKey(title), number: found?.number ?? null,
      issuer: issuerBefore(simp, open) ?? issuerInTitle(simp.slice(open + 1, close)),
      status: citationStatus(clauseBefore(simp, open), after), citedBy: citedBy(ctx, open),
      start: open, end: close + 1 + (found?.length ?? 0), inner: [] };
    if (ctx.selfKeys.some((k) => k === base.key || (base.key.length >= 8 && k.includes(base.key))) || (base.number && base.number === ctx.selfNumber)) continue;
    if (nextNested < open) nextNested = simp.indexOf('〈', open) >>> 0; // the next 〈 in the text (none: 2^32-1)
    if (nextNested < close) base.inner = innerTitles(ctx, open, close, base);
    raws.push(base);
  }
  return raws;
}

/** Extract references and citations; references cited several times (or forwarded and cited) merge by id. */
export function extractReferences(ctx: RefContext): { references: Reference[]; citations: Citation[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const raws = scan(ctx, diagnostics);
  const all: Raw[] = [];
  for (const r of raws) { all.push(r); for (const inner of r.inner) all.push(inner); }
  const byCore = new Map<string, string>();
  for (const r of all) if (r.number) byCore.set(titleCore(r.key), `number:${r.number}`);
  const idOf = (r: Raw): string => (r.number ? `number:${r.number}` : byCore.get(titleCore(r.key)) ?? `title:${r.key}`);
  const refs = new Map<string, Reference>();
  const citations: Citation[] = [];
  for (const r of all) {
    const id = idOf(r);
    const prev = refs.get(id);
    const forwards = r.inner.map(idOf);
    if (!prev) refs.set(id, { id, title: r.title, number: r.number, issuer: r.issuer, status: r.status, forwards });
    else {
      if (!prev.number && r.number) { prev.number = r.number; prev.title = r.title; }
      prev.issuer ??= r.issuer;
      prev.status = strongest(prev.status, r.status);
      prev.forwards = [...new Set([...prev.forwards, ...forwards])];
    }
    citations.push({ referenceId: id, citedBy: r.citedBy, status: r.status, span: ctx.loc.span(r.start, r.end) });
  }
  return { references: [...refs.values()], citations, diagnostics };
}
