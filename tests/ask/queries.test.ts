// The per-intent Cypher: read-only by the shared guard, portable syntax (LadybugDB and Neo4j 5), parameters complete.
import { describe, expect, it } from 'vitest';
import { inspectReadOnly } from '../../graph/guard.ts';
import type { Intent } from '../../server/ask/intents.ts';
import { QUERY_TEXT, queryFor } from '../../server/ask/queries.ts';

const SAMPLES: Intent[] = [
  { name: 'measures_by_agency', agency: 'A', role: 'any', chapter: 0, terms: [''], topic: '' },
  { name: 'agencies_sharing', agencies: ['A', 'B'] }, { name: 'partners_of', agency: 'A' }, { name: 'path_between', a: 'A', b: 'B' },
  { name: 'measure_agencies', ref: '1.2', refs: ['1.2'], role: 'lead' }, { name: 'measure_detail', ref: '1.2', refs: ['1.2'] },
  { name: 'chapter_measure_count', chapter: 2 }, { name: 'chapter_measures', chapter: 2 }, { name: 'chapter_citations', chapter: 1 },
  { name: 'forwards', number: 'x〔2021〕6号' }, { name: 'document_lookup', number: null, title: null, id: 'number:x' },
  { name: 'planned_documents' }, { name: 'top_agency' }, { name: 'targets_by_topic', terms: ['氢'], topic: '氢', year: null, quantified: false },
  { name: 'targets_by_year', year: 2023, quantified: true }, { name: 'measures_by_topic', terms: ['氢'], topic: '氢' },
  { name: 'agency_targets', agency: 'A', year: null, quantified: false }, { name: 'document_list' }, { name: 'agency_list' },
];

/** Syntax one of the two engines lacks: Kùzu has no list comprehensions, labels(), type(), toString(); Neo4j has no SHORTEST keyword or lambdas. */
const NOT_PORTABLE = [/\[\s*\w+\s+IN\s+[^\]]*\|/i, /\blabels?\s*\(/i, /\btype\s*\(/i, /\btoString\s*\(/i, /\bSHORTEST\b/i, /->\s*\w+\s*\)/, /\blist_\w+\s*\(/i, /\bCALL\b/i];

describe('queries', () => {
  it('covers every intent that needs the graph', () => {
    const named = Object.entries(QUERY_TEXT).filter(([, c]) => c).map(([k]) => k).sort();
    expect(SAMPLES.map((s) => s.name).sort()).toEqual(named);
  });
  it.each(SAMPLES.map((s) => [s.name, s] as const))('%s: read-only, portable, every $param bound', (_, intent) => {
    const q = queryFor(intent);
    expect(q).not.toBeNull();
    expect(inspectReadOnly(q!.cypher)).toEqual({ ok: true });
    for (const re of NOT_PORTABLE) expect(q!.cypher).not.toMatch(re);
    const used = new Set([...q!.cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]));
    expect([...used].filter((p) => !(p! in q!.params))).toEqual([]);
    for (const v of Object.values(q!.params)) expect(v).not.toBeNull();
  });
  it('keeps document text out of the query string', () => {
    const q = queryFor({ name: 'measures_by_topic', terms: ["'}) DETACH DELETE n //"], topic: 'x' })!;
    expect(q.cypher).not.toContain('DETACH');
    expect(Object.values(q.params)).toContain("'}) DETACH DELETE n //");   // one parameter per term ($t0, …)
  });
});
