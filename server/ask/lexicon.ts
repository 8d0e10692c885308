// Linkable entities loaded FROM THE GRAPH (agencies + aliases, documents, chapters, measure refs),
// cached per store and rebuilt when the graph changes (see version.ts).
import type { GraphStore, Row } from '../../graph/types.ts';
import { canonicalNumber, toSimplified } from './normalize.ts';
import { expandAgencyForms } from './aliases.ts';
import { bumpGraphVersion, graphVersion } from './version.ts';

export interface LexAgency { id: string; name: string; nameEn: string | null }
export interface LexDocument { id: string; number: string | null; title: string; titleSc: string; ingested: boolean }
/** A chapter title at an ordinal (distinct over documents: generated and real corpora repeat them). */
export interface LexChapter { ordinal: number; title: string }

export interface Lexicon {
  agencies: Map<string, LexAgency>;
  /** surface form (Simplified, lower-case) → agency ids; more than one id = ambiguous form. */
  agencyForms: Map<string, Set<string>>;
  documents: LexDocument[];
  /** canonical 发文字号 → document */
  numbers: Map<string, LexDocument>;
  chapters: LexChapter[];
  /** measure refs present in the graph */
  measureRefs: Set<string>;
  signature: string;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const RO = { readOnly: true, timeoutMs: 10_000 } as const;

async function signatureOf(store: GraphStore): Promise<string> {
  const rows = await store.run({
    cypher: 'MATCH (d:Document) RETURN d.id AS id, d.sha256 AS sha, d.ingested AS ingested ORDER BY id',
    params: {},
  }, RO);
  const agencies = await store.run({ cypher: 'MATCH (a:Agency) RETURN count(a) AS n', params: {} }, RO);
  return rows.map((r) => `${str(r.id)}@${str(r.sha)}@${str(r.ingested)}`).join('|') + `#${str(agencies[0]?.n)}`;
}

function addForm(forms: Map<string, Set<string>>, form: string, id: string): void {
  const key = form.trim().toLowerCase();
  if (key.length < 2) return;
  let set = forms.get(key);
  if (!set) forms.set(key, (set = new Set()));
  set.add(id);
}

async function build(store: GraphStore, signature: string): Promise<Lexicon> {
  // Four reads without ORDER BY (sorting 10,000 titles in the engine cost more than reading them); sorted here.
  const [agencyRows, docRows, chapterRows, refRows] = await Promise.all([
    'MATCH (a:Agency) RETURN a.id AS id, a.name AS name, a.nameEn AS nameEn, a.aliases AS aliases',
    'MATCH (d:Document) RETURN d.id AS id, d.number AS number, d.title AS title, d.ingested AS ingested',
    'MATCH (c:Chapter) RETURN DISTINCT c.ordinal AS ordinal, c.title AS title',
    'MATCH (m:Measure) RETURN DISTINCT m.ref AS ref',
  ].map((cypher) => store.run({ cypher, params: {} }, RO)));
  const byId = (a: Row, b: Row): number => (str(a.id) < str(b.id) ? -1 : str(a.id) > str(b.id) ? 1 : 0);
  agencyRows!.sort(byId);
  docRows!.sort(byId);
  const agencies = new Map<string, LexAgency>();
  const agencyForms = new Map<string, Set<string>>();
  for (const r of agencyRows!) {
    const id = str(r.id);
    const name = str(r.name) || id;
    const nameEn = typeof r.nameEn === 'string' && r.nameEn ? r.nameEn : null;
    agencies.set(id, { id, name, nameEn });
    const aliases = Array.isArray(r.aliases) ? r.aliases.map(str) : [];
    for (const f of [id, name, ...(nameEn ? [nameEn] : []), ...aliases]) {
      for (const g of expandAgencyForms(toSimplified(f))) addForm(agencyForms, g, id);
    }
  }
  const documents: LexDocument[] = docRows!.map((r) => ({
    id: str(r.id),
    number: typeof r.number === 'string' && r.number ? canonicalNumber(r.number) : null,
    title: str(r.title),
    titleSc: toSimplified(str(r.title)),
    ingested: r.ingested === true,
  }));
  const numbers = new Map<string, LexDocument>();
  for (const d of documents) if (d.number) numbers.set(d.number, d);
  const chapterKeys = new Set<string>();
  const chapters: LexChapter[] = [];
  for (const r of chapterRows!) {
    const c = { ordinal: Number(r.ordinal), title: toSimplified(str(r.title)) };
    const key = `${c.ordinal}\u0000${c.title}`;
    if (!chapterKeys.has(key)) { chapterKeys.add(key); chapters.push(c); }
  }
  chapters.sort((a, b) => a.ordinal - b.ordinal || (a.title < b.title ? -1 : a.title > b.title ? 1 : 0));
  const measureRefs = new Set(refRows!.map((r) => str(r.ref)));
  return { agencies, agencyForms, documents, numbers, chapters, measureRefs, signature };
}

/** Lookups derived from a lexicon's documents, computed once per lexicon object (not per question or row). */
export interface DocumentIndex {
  byId: Map<string, LexDocument>;
  /** documents with a title of ≥ 8 characters, longest title first (title linking) */
  titled: LexDocument[];
  ingestedCount: number;
}
const indexes = new WeakMap<Lexicon, DocumentIndex>();

export function documentIndex(lex: Lexicon): DocumentIndex {
  let index = indexes.get(lex);
  if (!index) {
    index = {
      byId: new Map(lex.documents.map((d) => [d.id, d])),
      titled: lex.documents.filter((x) => x.titleSc.length >= 8).sort((a, b) => b.titleSc.length - a.titleSc.length),
      ingestedCount: lex.documents.filter((d) => d.ingested).length,
    };
    indexes.set(lex, index);
  }
  return index;
}

const cache = new WeakMap<GraphStore, Lexicon>();
const building = new WeakMap<GraphStore, { signature: string; promise: Promise<Lexicon> }>();

/**
 * The store's lexicon; rebuilt when documents were added, replaced or removed since the last call. On LadybugDB the
 * check is the in-process graph version (no query); elsewhere the list of documents is compared.
 */
export async function loadLexicon(store: GraphStore): Promise<Lexicon> {
  const version = graphVersion(store);
  const signature = version === null ? await signatureOf(store) : `v${version}`;
  const cached = cache.get(store);
  if (cached && cached.signature === signature) return cached;
  // Questions arriving together share one build instead of each reading the whole lexicon.
  const running = building.get(store);
  if (running && running.signature === signature) return running.promise;
  const promise = build(store, signature);
  building.set(store, { signature, promise });
  try {
    const lexicon = await promise;
    cache.set(store, lexicon);
    return lexicon;
  } finally {
    if (building.get(store)?.promise === promise) building.delete(store);
  }
}

/** Drop the store's cached lexicon and every other per-version cache (e.g. after a write outside the store object). */
export function invalidateLexicon(store: GraphStore): void {
  cache.delete(store);
  building.delete(store);
  bumpGraphVersion(store);
}
