// The graph schema: labels, relationship types and properties are fixed here, shared by both backends.

/**
 * Bump when the schema changes; stores created by another version are migrated or refused.
 * 2: the derived tables below (DERIVED); a version-1 LadybugDB store gets them created and filled once on open.
 */
export const SCHEMA_VERSION = 2;

/** Earlier schema versions a read-write open migrates (1 lacked only the DERIVED tables, counted from the graph). */
export const MIGRATES_FROM: ReadonlySet<string> = new Set(['1']);

/** Bookkeeping node table (not part of the domain graph): `(:Meta {key, value})`, e.g. key `schemaVersion`. */
export const META_LABEL = 'Meta';

/** Own nodes of a document carry `documentId`; they are deleted and re-created on every load. */
export const OWN_LABELS = ['Chapter', 'Measure', 'Action', 'Target'] as const;

export interface NodeSpec { label: string; properties: Record<string, 'STRING' | 'INT64' | 'DOUBLE' | 'BOOLEAN' | 'STRING[]'> }
export interface RelSpec { type: string; pairs: Array<[from: string, to: string]>; properties: Record<string, 'STRING'> }

/** Every node table has a STRING primary key `id`. */
export const NODES: NodeSpec[] = [
  { label: 'Document', properties: {
    id: 'STRING', number: 'STRING', title: 'STRING', issuer: 'STRING', writtenOn: 'STRING', publishedOn: 'STRING',
    indexNumber: 'STRING', ingested: 'BOOLEAN', text: 'STRING', sourceFile: 'STRING', sha256: 'STRING',
  } },
  { label: 'Chapter', properties: { id: 'STRING', documentId: 'STRING', ordinal: 'INT64', title: 'STRING', start: 'INT64', end: 'INT64' } },
  { label: 'Measure', properties: {
    id: 'STRING', documentId: 'STRING', ref: 'STRING', chapterOrdinal: 'INT64', ordinal: 'INT64', text: 'STRING',
    textSc: 'STRING', start: 'INT64', end: 'INT64',
  } },
  { label: 'Action', properties: {
    id: 'STRING', documentId: 'STRING', ref: 'STRING', ordinal: 'INT64', text: 'STRING', textSc: 'STRING', start: 'INT64', end: 'INT64',
  } },
  { label: 'Agency', properties: { id: 'STRING', name: 'STRING', nameEn: 'STRING', aliases: 'STRING[]' } },
  { label: 'Target', properties: {
    id: 'STRING', documentId: 'STRING', text: 'STRING', textSc: 'STRING', year: 'INT64', value: 'DOUBLE', unit: 'STRING',
    comparator: 'STRING', start: 'INT64', end: 'INT64',
  } },
];

export const RELS: RelSpec[] = [
  { type: 'HAS_CHAPTER', pairs: [['Document', 'Chapter']], properties: {} },
  { type: 'HAS_MEASURE', pairs: [['Chapter', 'Measure']], properties: {} },
  { type: 'HAS_ACTION', pairs: [['Measure', 'Action']], properties: {} },
  { type: 'LEADS', pairs: [['Agency', 'Measure']], properties: {} },
  { type: 'COOPERATES_ON', pairs: [['Agency', 'Measure']], properties: {} },
  { type: 'RESPONSIBLE_FOR', pairs: [['Agency', 'Action']], properties: {} },
  { type: 'CITES', pairs: [['Document', 'Document'], ['Measure', 'Document'], ['Action', 'Document']], properties: { status: 'STRING' } },
  // documentId: the ingested document that asserted the forwarding (removed with it).
  { type: 'FORWARDS', pairs: [['Document', 'Document']], properties: { documentId: 'STRING' } },
  { type: 'HAS_TARGET', pairs: [['Measure', 'Target'], ['Action', 'Target']], properties: {} },
];

/**
 * Derived counts kept in the graph (graph/aggregates.ts), maintained by the loader in the load/remove transaction so
 * whole-corpus agency views read O(agencies + agency pairs) rows. Not domain data: not exported, not counted in stats.
 * AgencyCount: per agency, measures it leads / cooperates on / is responsible for (an action of) / leads or cooperates
 * on / both that and responsible. AgencyLink (id `source->target`): lead → partner, measures the partner cooperates on
 * / is responsible on / both, plus the measure refs per kind as JSON `{ref: count}` (coopRefs, respRefs).
 */
export const DERIVED: NodeSpec[] = [
  { label: 'AgencyCount', properties: {
    id: 'STRING', lead: 'INT64', cooperating: 'INT64', responsible: 'INT64', leadOrCoop: 'INT64', overlap: 'INT64',
  } },
  { label: 'AgencyLink', properties: {
    id: 'STRING', source: 'STRING', target: 'STRING', cooperating: 'INT64', responsible: 'INT64', both: 'INT64',
    coopRefs: 'STRING', respRefs: 'STRING',
  } },
];
