// The evaluation set (tests/fixtures/ask/eval.json): accuracy per intent and per language; fails below 95%.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { GraphStore, Row } from '../../graph/types.ts';
import { answerQuestion, type AskAnswer } from '../../server/ask/index.ts';
import { norm, sampleStore } from './setup.ts';

interface Case {
  q: string; lang: string; intent: string; refs?: string[]; agencies?: string[]; count?: number; titles?: string[];
  titleContains?: string; titlesInclude?: string[]; citedBy?: string[]; paths?: string[]; refsInclude?: string[];
  refsExclude?: string[]; textsInclude?: string[]; textsExclude?: string[]; year?: number; rows?: number; answerContains?: string;
}
const cases = (JSON.parse(readFileSync(new URL('../fixtures/ask/eval.json', import.meta.url), 'utf8')) as { questions: Case[] }).questions;

const set = (xs: unknown[]): string => JSON.stringify([...new Set(xs.map(String))].sort());
const col = (rows: Row[], k: string): string[] => rows.map((r) => String(r[k]));

/** Every failed expectation of one case (empty = correct). */
function check(c: Case, a: AskAnswer): string[] {
  const bad: string[] = [];
  const want = (ok: boolean, what: string): void => { if (!ok) bad.push(what); };
  const refs = col(a.rows, 'ref'); const texts = a.rows.map((r) => norm(r.text)); const titles = a.rows.map((r) => norm(r.title));
  want(a.intent === c.intent, `intent ${a.intent}`);
  want(a.language === c.lang, `language ${a.language}`);
  if (c.refs) want(set(refs) === set(c.refs), `refs ${set(refs)}`);
  if (c.agencies) want(set(col(a.rows, 'agency')) === set(c.agencies), `agencies ${set(col(a.rows, 'agency'))}`);
  if (c.count !== undefined) want(a.rows[0]?.measures === c.count, `count ${String(a.rows[0]?.measures)}`);
  if (c.titles) want(set(titles) === set(c.titles.map(norm)), `titles ${set(titles)}`);
  if (c.titleContains) want(titles.some((t) => t.includes(norm(c.titleContains))), 'titleContains');
  if (c.titlesInclude) want(c.titlesInclude.every((t) => titles.includes(norm(t))), 'titlesInclude');
  if (c.citedBy) want(set((a.rows[0]?.citedBy as unknown[]) ?? []) === set(c.citedBy), `citedBy ${JSON.stringify(a.rows[0]?.citedBy)}`);
  if (c.paths) want(set(a.rows.map((r) => (r.path as string[]).join('>'))) === set(c.paths), 'paths');
  if (c.refsInclude) want(c.refsInclude.every((r) => refs.includes(r)), `refsInclude ${set(refs)}`);
  if (c.refsExclude) want(!c.refsExclude.some((r) => refs.includes(r)), 'refsExclude');
  if (c.textsInclude) want(c.textsInclude.every((t) => texts.some((x) => x.includes(norm(t)))), 'textsInclude');
  if (c.textsExclude) want(!c.textsExclude.some((t) => texts.some((x) => x.includes(norm(t)))), 'textsExclude');
  if (c.year !== undefined) want(a.rows.length > 0 && a.rows.every((r) => r.year === c.year), 'year');
  if (c.rows !== undefined) want(a.rows.length === c.rows, `rows ${a.rows.length}`);
  if (c.answerContains) want(a.answer.includes(c.answerContains), 'answerContains');
  const ids = new Set(a.graph.nodes.map((n) => n.data.id));
  want(a.graph.nodes.every((n) => !!n.data.id && typeof n.data.label === 'string' && !!n.data.kind), 'graph node data');
  want(a.graph.edges.every((e) => ids.has(e.data.source) && ids.has(e.data.target)), 'graph edges point at nodes');
  if (a.rows.some((r) => typeof r.ref === 'string' || typeof r.agencyId === 'string')) want(a.graph.nodes.length > 0, 'graph elements');
  if (['help', 'unknown', 'ambiguous'].includes(c.intent)) want(!!a.suggestions?.length && a.rows.length === 0, 'suggestions');
  else want(!!a.cypher && a.answer.length > 0, 'cypher/answer');
  return bad;
}

let store: GraphStore;
beforeAll(async () => { ({ store } = await sampleStore()); });
afterAll(async () => { await store?.close(); });

function table(title: string, groups: Map<string, boolean[]>): string {
  const lines = [...groups].sort().map(([k, v]) => `  ${k.padEnd(24)} ${v.filter(Boolean).length}/${v.length}`);
  return `${title}\n${lines.join('\n')}`;
}

it(`answers the evaluation set (${cases.length} questions) at ≥ 95%`, async () => {
  expect(cases.length).toBeGreaterThanOrEqual(40);
  const byIntent = new Map<string, boolean[]>(); const byLang = new Map<string, boolean[]>(); const failures: string[] = [];
  for (const c of cases) {
    const bad = check(c, await answerQuestion(store, c.q, { llm: null }));
    if (bad.length) failures.push(`  ✗ ${c.q} — ${bad.join('; ')}`);
    for (const [m, k] of [[byIntent, c.intent], [byLang, c.lang]] as const) m.set(k, [...(m.get(k) ?? []), bad.length === 0]);
  }
  const correct = cases.length - failures.length;
  const accuracy = correct / cases.length;
  console.log([`ask evaluation: ${correct}/${cases.length} = ${(accuracy * 100).toFixed(1)}%`, table('per intent:', byIntent),
    table('per language:', byLang), ...(failures.length ? ['failures:', ...failures] : [])].join('\n'));
  expect(new Set(cases.map((c) => c.lang))).toEqual(new Set(['zh-Hans', 'zh-Hant', 'en']));
  expect(accuracy).toBeGreaterThanOrEqual(0.95);
});
