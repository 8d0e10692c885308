// Entity linking against the graph's lexicon: agencies (longest alias), documents (发文字号 / 《title》),
// measure refs, chapters, years and topics.
import { documentIndex, type Lexicon, type LexDocument } from './lexicon.ts';
import { canonicalNumber } from './normalize.ts';
import { findChapters, findMeasureOrdinals, findMeasureRefs, findYears, type Span } from './refs.ts';
import { findTopics, type TopicHit } from './topic-link.ts';

export interface AgencyEntity { id: string; name: string; text: string }
export interface DocumentEntity { id: string | null; number: string | null; title: string | null; text: string }
export interface Ambiguity { text: string; candidates: string[] }
export interface Entities {
  agencies: AgencyEntity[];
  measures: Array<{ ref: string; text: string }>;
  chapters: Array<{ ordinal: number; text: string }>;
  documents: DocumentEntity[];
  years: number[];
  topics: TopicHit[];
  ambiguous: Ambiguity[];
  /** Agency-like names (市商务局) that match no agency in the graph. */
  unknownAgencies: string[];
}

const isWord = (c: string | undefined): boolean => !!c && /[a-z0-9]/.test(c);

function linkAgencies(text: string, lex: Lexicon, used: Span[]): { agencies: AgencyEntity[]; ambiguous: Ambiguity[] } {
  const forms = [...lex.agencyForms.keys()].sort((a, b) => b.length - a.length);
  const agencies: AgencyEntity[] = []; const ambiguous: Ambiguity[] = [];
  let i = 0;
  while (i < text.length) {
    const form = forms.find((f) => text.startsWith(f, i) && !(/[a-z]/.test(f[0] ?? '') && (isWord(text[i - 1]) || isWord(text[i + f.length]))));
    if (!form) { i++; continue; }
    const ids = [...(lex.agencyForms.get(form) ?? [])];
    if (ids.length === 1) {
      const a = lex.agencies.get(ids[0] ?? '');
      if (a && !agencies.some((x) => x.id === a.id)) agencies.push({ id: a.id, name: a.name, text: form });
    } else ambiguous.push({ text: form, candidates: ids.map((id) => lex.agencies.get(id)?.name ?? id) });
    used.push({ start: i, end: i + form.length });
    i += form.length;
  }
  return { agencies, ambiguous };
}

/** A bare 局/委 word that names no agency alone ("局", "那个局") → ambiguous with the agencies it could be. */
function looseAgencyWords(text: string, lex: Lexicon, used: Span[]): { agencies: AgencyEntity[]; ambiguous: Ambiguity[]; unknown: string[] } {
  const agencies: AgencyEntity[] = []; const ambiguous: Ambiguity[] = []; const unknown: string[] = [];
  const names = [...lex.agencies.values()];
  for (const m of text.matchAll(/([\u4e00-\u9fff]{0,6})(局|委员会)|\b(bureau|commission)\b/g)) {
    const at = m.index ?? 0;
    if (used.some((u) => at < u.end && at + m[0].length > u.start)) continue;
    if (m[3]) { ambiguous.push({ text: m[0], candidates: names.filter((a) => a.name.endsWith(m[3] === 'bureau' ? '局' : '委员会')).map((a) => a.name) }); continue; }
    const head = m[1] ?? ''; const tail = m[2] ?? '';
    const named = head.includes('市') ? head.slice(head.lastIndexOf('市')) : head.slice(-4).replace(/^.*[的是和与及跟同由被对给让在个该某这那哪]/, '');
    if (named.replace(/^市/, '').length >= 2 && !/[布格结大全当开书药邮出赌饭棋骗僵残时政战变终]$/.test(named)) {
      const bare = `${named}${tail}`.replace(/^市/, '');
      const ids = names.filter((a) => a.name.includes(bare)).map((a) => a.id);
      const one = ids.length === 1 ? lex.agencies.get(ids[0] ?? '') : undefined;
      if (one) agencies.push({ id: one.id, name: one.name, text: `${named}${tail}` });
      else if (ids.length) ambiguous.push({ text: `${named}${tail}`, candidates: ids.map((id) => lex.agencies.get(id)?.name ?? id) });
      else unknown.push(`${named}${tail}`);
      continue;
    }
    let best: { frag: string; ids: string[] } | null = null;
    for (let k = 0; k <= head.length; k++) {
      const frag = head.slice(k) + tail;
      const ids = names.filter((a) => a.name.includes(frag)).map((a) => a.id);
      if (ids.length) { best = { frag, ids }; break; }
    }
    if (!best) continue;
    if (best.frag.length === tail.length && head && !/[个该某的这那哪及与和跟同由被是对给让]$/.test(head)) continue;
    const only = best.ids.length === 1 ? lex.agencies.get(best.ids[0] ?? '') : undefined;
    if (only && best.frag.length >= 3) agencies.push({ id: only.id, name: only.name, text: best.frag });
    else ambiguous.push({ text: best.frag, candidates: best.ids.map((id) => lex.agencies.get(id)?.name ?? id) });
  }
  return { agencies, ambiguous, unknown };
}

const NUMBER_RE = /([\u4e00-\u9fff]{1,10}?)\s*[〔(]?\s*((?:19|20)\d{2})\s*[〕)]\s*(\d{1,4})\s*号/g;

function linkDocuments(text: string, lex: Lexicon, used: Span[]): DocumentEntity[] {
  const out: DocumentEntity[] = [];
  for (const m of text.matchAll(NUMBER_RE)) {
    const head = m[1] ?? '';
    let found: LexDocument | undefined; let number = '';
    for (let k = 0; k < head.length && !found; k++) {
      number = canonicalNumber(`${head.slice(k)}〔${m[2]}〕${m[3]}号`);
      found = lex.numbers.get(number);
    }
    if (!found) number = canonicalNumber(`${head.slice(Math.max(0, head.length - 4))}〔${m[2]}〕${m[3]}号`);
    used.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    out.push({ id: found?.id ?? null, number: found?.number ?? number, title: found?.title ?? null, text: m[0] });
  }
  for (const d of documentIndex(lex).titled) {
    const at = text.indexOf(d.titleSc);
    if (at < 0 || used.some((u) => at < u.end && at + d.titleSc.length > u.start)) continue;
    used.push({ start: at, end: at + d.titleSc.length });
    out.push({ id: d.id, number: d.number, title: d.title, text: d.titleSc });
  }
  for (const m of text.matchAll(/《([^》]{2,80})》/g)) {
    if (used.some((u) => (m.index ?? 0) + 1 >= u.start && (m.index ?? 0) + 1 < u.end)) continue;
    const t = m[1] ?? '';
    const found = lex.documents.find((d) => d.titleSc === t) ?? lex.documents.find((d) => d.titleSc.includes(t) || (t.length >= 6 && t.includes(d.titleSc)));
    used.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
    out.push({ id: found?.id ?? null, number: found?.number ?? null, title: found?.title ?? t, text: m[0] });
  }
  return out;
}

export function linkEntities(text: string, lex: Lexicon): Entities {
  const used: Span[] = [];
  const documents = linkDocuments(text, lex, used);
  const measureHits = findMeasureRefs(text);
  for (const h of measureHits) used.push(h.span);
  const chapterHits = findChapters(text).filter((c) => !measureHits.some((h) => c.span.start >= h.span.start && c.span.end <= h.span.end));
  for (const c of lex.chapters) {
    const at = c.title.length >= 4 ? text.indexOf(c.title) : -1;
    if (at >= 0 && !chapterHits.some((h) => h.ordinal === c.ordinal)) {
      chapterHits.push({ ordinal: c.ordinal, text: c.title, span: { start: at, end: at + c.title.length } });
      used.push({ start: at, end: at + c.title.length });
    }
  }
  const measures = measureHits.map((h) => ({ ref: h.ref, text: h.text }));
  const ambiguous: Ambiguity[] = [];
  for (const o of findMeasureOrdinals(text)) {
    if (measureHits.some((h) => o.span.start < h.span.end && o.span.end > h.span.start)) continue;
    const chapter = chapterHits[0];
    if (chapter) measures.push({ ref: `${chapter.ordinal}.${o.ordinal}`, text: `${chapter.text}${o.text}` });
    else ambiguous.push({ text: o.text, candidates: [...lex.measureRefs].filter((r) => r.endsWith(`.${o.ordinal}`)).sort() });
  }
  const chapters = measures.length ? chapterHits.filter((c) => !measures.some((m) => m.ref.startsWith(`${c.ordinal}.`))) : chapterHits;
  const linked = linkAgencies(text, lex, used);
  const loose = looseAgencyWords(text, lex, used);
  const agencies = [...linked.agencies, ...loose.agencies.filter((a) => !linked.agencies.some((b) => b.id === a.id))];
  const topics = findTopics(text, used);
  return {
    agencies,
    measures: measures.filter((m, i) => measures.findIndex((x) => x.ref === m.ref) === i),
    chapters: chapters.map((c) => ({ ordinal: c.ordinal, text: c.text })).filter((c, i, a) => a.findIndex((x) => x.ordinal === c.ordinal) === i),
    documents, years: findYears(text.replace(NUMBER_RE, ' ')), topics,
    ambiguous: [...ambiguous, ...linked.ambiguous, ...loose.ambiguous], unknownAgencies: loose.unknown,
  };
}
