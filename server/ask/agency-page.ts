// measures_by_agency without a chapter or topic, PAGED at the store: a busy agency takes part in ≈6,000 measures at
// 10,000 documents, and reading them all costs seconds. Instead: the total from the derived per-agency counts the
// loader keeps (AgencyCount, graph/aggregates.ts), and only the first offset+limit measures of each way of taking
// part, in the answer's order (document, chapter, ordinal). The first k measures of the union are among the first k
// of each branch, so merging the branches' first k gives the page with every role flag of its measures. For one
// role, the page comes from that branch and the other flags from a lookup of the page's measure ids.
import type { GraphStore, Row } from '../../graph/types.ts';
import type { Intent } from './intents.ts';
import { mergeRows } from './merge.ts';
import type { Page } from './page.ts';
import type { PagedRows } from './rows.ts';

type ByAgency = Extract<Intent, { name: 'measures_by_agency' }>;
type Role = 'lead' | 'cooperating' | 'responsible';
const COLS = 'm.ref AS ref, a.name AS agency, m.documentId AS documentId, m.id AS measureId, m.chapterOrdinal AS chapterOrdinal, m.ordinal AS ordinal';
const PATTERN: Record<Role, string> = {
  lead: '(a:Agency {id: $agency})-[:LEADS]->(m:Measure)',
  cooperating: '(a:Agency {id: $agency})-[:COOPERATES_ON]->(m:Measure)',
  responsible: '(a:Agency {id: $agency})-[:RESPONSIBLE_FOR]->(:Action)<-[:HAS_ACTION]-(m:Measure)',
};
const ROLES: Role[] = ['lead', 'cooperating', 'responsible'];
/** The first $k measures of one way of taking part, in the answer's order. */
export const FIRST_K = (role: Role): string => `MATCH ${PATTERN[role]}
RETURN DISTINCT ${COLS}, '${role}' AS role
ORDER BY documentId, chapterOrdinal, ordinal LIMIT $k`;
/** Which of the measures $ids the agency also takes part in this way. */
const AMONG = (role: Role): string => `MATCH ${PATTERN[role]}
WHERE m.id IN $ids
RETURN DISTINCT ${COLS}, '${role}' AS role`;
export const COUNTS = `MATCH (c:AgencyCount {id: $agency})
RETURN c.lead AS lead, c.cooperating AS cooperating, c.responsible AS responsible, c.leadOrCoop AS leadOrCoop, c.overlap AS overlap`;


const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));

/** This intent can be paged at the store (no chapter or topic restriction). */
export const pagedAtStore = (intent: Intent): intent is ByAgency => intent.name === 'measures_by_agency' && !intent.chapter && !intent.topic;

/** One page of the agency's measures and their total; null when the store has no derived count for the agency. */
export async function agencyMeasuresPage(store: GraphStore, intent: ByAgency, page: Page, timeoutMs: number): Promise<PagedRows | null> {
  const ro = { readOnly: true, timeoutMs };
  const counts = (await store.run({ cypher: COUNTS, params: { agency: intent.agency } }, ro))[0];
  if (!counts) return null;
  const total = intent.role === 'any' ? num(counts.leadOrCoop) + num(counts.responsible) - num(counts.overlap) : num(counts[intent.role]);
  const k = page.offset + page.limit;
  const mine: Role[] = intent.role === 'any' ? ROLES : [intent.role];
  const texts = mine.map(FIRST_K);
  const first = await Promise.all(texts.map((cypher) => store.run({ cypher, params: { agency: intent.agency, k } }, ro)));
  let rows = first.flat();
  if (intent.role !== 'any') {
    const ids = mergeRows(intent, rows, k).slice(page.offset).map((r) => r.measureId);
    const others = ids.length ? ROLES.filter((r) => r !== intent.role) : [];
    const more = await Promise.all(others.map((r) => store.run({ cypher: AMONG(r), params: { agency: intent.agency, ids } }, ro)));
    rows = rows.concat(more.flat());
  }
  return { rows: mergeRows(intent, rows, k).slice(page.offset), total, cypher: [COUNTS, ...texts].join('\n\n') };
}
