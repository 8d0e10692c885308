// Formatting helpers for answers: lists, document labels, measure refs across several documents.
import type { Row } from '../../graph/types.ts';
import { documentIndex, type Lexicon } from './lexicon.ts';
import { toSimplified } from './normalize.ts';

export type Lang = 'zh' | 'en';
export const s = (v: unknown): string => (v == null ? '' : String(v));
export const list = (xs: string[], lang: Lang, max = 30): string => {
  const shown = xs.slice(0, max).join(lang === 'zh' ? '、' : ', ');
  return xs.length > max ? (lang === 'zh' ? `${shown}等` : `${shown}, …`) : shown;
};
export const doc = (r: Row, lang: Lang): string => {
  const t = toSimplified(s(r.title));
  const title = lang === 'zh' ? `《${t}》` : `"${t}"`;
  return r.number ? `${title}(${s(r.number)})` : title;
};

const manyDocuments = (lex: Lexicon): boolean => documentIndex(lex).ingestedCount > 1;

/** Refs as a list; over several documents grouped as "鄂府发〔2023〕58号:1.2、5.1;…". */
export function groupedRefs(pairs: Array<[string, string]>, lex: Lexicon, lang: Lang): string {
  const docs = [...new Set(pairs.map(([d]) => d))];
  if (docs.length < 2 && !manyDocuments(lex)) return list(pairs.map(([, r]) => r), lang);
  return docs.map((d) => `${docLabel(lex, d)}${lang === 'zh' ? ':' : ': '}${list(pairs.filter(([x]) => x === d).map(([, r]) => r), lang)}`).join(lang === 'zh' ? ';' : '; ');
}

/** Measure ids (documentId#ref) → refs, prefixed with the document number when they span several documents. */
export function idsToRefs(ids: unknown, fallback: unknown, lex: Lexicon, lang: Lang): string[] {
  const list2 = Array.isArray(ids) ? ids.map(String) : [];
  if (!list2.length) return Array.isArray(fallback) ? fallback.map(String) : [];
  const split = list2.map((id) => [id.slice(0, id.lastIndexOf('#')), id.slice(id.lastIndexOf('#') + 1)] as [string, string]);
  const multi = new Set(split.map(([d]) => d)).size > 1 || manyDocuments(lex);
  const refs = split.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1], undefined, { numeric: true }));
  return refs.map(([d, r]) => (multi ? `${docLabel(lex, d)}${lang === 'zh' ? ' ' : ' '}${r}` : r));
}

export function docLabel(lex: Lexicon, id: string): string {
  const d = documentIndex(lex).byId.get(id);
  return d?.number ?? (d ? `《${d.titleSc}》` : id);
}

