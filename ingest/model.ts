// The one validated model of a parsed policy document. The graph layer accepts nothing else.
import { z } from 'zod';

/** A span of the document's normalized text (`PolicyDocument.text`): [start, end) code-unit offsets, 1-based line. */
export const Span = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  line: z.number().int().positive(),
}).strict();
export type Span = z.infer<typeof Span>;

export const Severity = z.enum(['fatal', 'error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** A problem found in a document. `fatal` rejects the document; the others are reported with it. */
export const Diagnostic = z.object({
  code: z.string().min(1),           // e.g. 'garbled-text', 'unbalanced-bracket', 'agency-typo'
  message: z.string().min(1),
  line: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
  severity: Severity,
}).strict();
export type Diagnostic = z.infer<typeof Diagnostic>;

/** One real body. `id` is its canonical Simplified full name (e.g. 市科学技术局). */
export const Agency = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  nameEn: z.string().nullable(),
  aliases: z.array(z.string().min(1)),   // every other form that finds it: 繁体, abbreviations, without 市, English
}).strict();
export type Agency = z.infer<typeof Agency>;

export const Chapter = z.object({
  id: z.string().min(1),                 // `${documentId}#${ordinal}`
  ordinal: z.number().int().positive(),
  title: z.string(),
  span: Span,
}).strict();
export type Chapter = z.infer<typeof Chapter>;

export const Measure = z.object({
  id: z.string().min(1),                 // `${documentId}#${ref}`
  ref: z.string().regex(/^\d+\.\d+$/),   // "chapter.measure", e.g. "1.2"
  chapterOrdinal: z.number().int().positive(),
  ordinal: z.number().int().positive(),
  text: z.string(),                      // as written (original script), agency parenthesis included
  lead: z.array(z.string()),             // agency ids (牵头单位)
  cooperating: z.array(z.string()),      // agency ids (配合单位 / 责任单位 besides the lead)
  span: Span,
}).strict();
export type Measure = z.infer<typeof Measure>;

export const Action = z.object({
  id: z.string().min(1),                 // `${documentId}#${ref}`
  ref: z.string().regex(/^\d+\.\d+\.\d+$/),
  measureId: z.string().min(1),
  ordinal: z.number().int().positive(),
  text: z.string(),
  responsible: z.array(z.string()),      // agency ids (trailing parenthesis)
  span: Span,
}).strict();
export type Action = z.infer<typeof Action>;

/** in-force: 落实/贯彻落实/依据/根据…; planned: 制定/编制/出台/修编… (still to be written); mentioned: neither. */
export const CitationStatus = z.enum(['in-force', 'planned', 'mentioned']);
export type CitationStatus = z.infer<typeof CitationStatus>;

/**
 * A document cited by this one. `id` is its identity across the whole graph: `number:<canonical 发文字号>`
 * when it has one, else `title:<normalized Simplified title>`. An ingested document with the same number
 * is the same node.
 */
export const Reference = z.object({
  id: z.string().min(1),
  title: z.string(),
  number: z.string().nullable(),         // canonical 发文字号: Simplified, 〔〕 brackets, e.g. 国函〔2022〕68号
  issuer: z.string().nullable(),         // written before the title: 人社部《…》
  status: CitationStatus,                // the strongest status over this document's citations
  forwards: z.array(z.string()),         // reference ids this one forwards (nested 〈title〉)
}).strict();
export type Reference = z.infer<typeof Reference>;

/** Who cites which reference: a measure id, an action id, or the document id itself (preamble). */
export const Citation = z.object({
  referenceId: z.string().min(1),
  citedBy: z.string().min(1),
  status: CitationStatus,
  span: Span,
}).strict();
export type Citation = z.infer<typeof Citation>;

export const Comparator = z.enum(['>=', '>', '<=', '<', '=']);
export type Comparator = z.infer<typeof Comparator>;

/** A dated and/or quantified commitment, e.g. 到2025年全市电力总装机达到1亿千瓦 → 2025, 1, 亿千瓦, >=. */
export const Target = z.object({
  id: z.string().min(1),                 // `${actionId or measureId}/t${n}`
  measureId: z.string().min(1),
  actionId: z.string().nullable(),
  year: z.number().int().nullable(),
  value: z.number().nullable(),
  unit: z.string().nullable(),
  comparator: Comparator.nullable(),
  text: z.string().min(1),               // the clause the target was read from
  span: Span,
}).strict();
export type Target = z.infer<typeof Target>;

export const SourceInfo = z.object({
  file: z.string().nullable(),           // path or upload name
  format: z.enum(['text', 'html']),
  encoding: z.string(),                  // 'utf-8' | 'gb18030' | …
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
}).strict();
export type SourceInfo = z.infer<typeof SourceInfo>;

export const PolicyDocument = z.object({
  id: z.string().min(1),                 // same scheme as Reference.id
  title: z.string().min(1),
  number: z.string().nullable(),         // canonical 发文字号
  issuer: z.string().nullable(),         // 发文机关
  writtenOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),   // 成文日期
  publishedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(), // 公开日期 / 发布时间
  indexNumber: z.string().nullable(),    // 索引号
  text: z.string(),                      // normalized text; every Span points into it
  source: SourceInfo,
  chapters: z.array(Chapter),
  measures: z.array(Measure),
  actions: z.array(Action),
  agencies: z.array(Agency),             // every agency named by a measure or action of this document
  references: z.array(Reference),
  citations: z.array(Citation),
  targets: z.array(Target),
  diagnostics: z.array(Diagnostic),
}).strict();
export type PolicyDocument = z.infer<typeof PolicyDocument>;

/** What ingesting one input produced: a document (possibly with diagnostics) or a rejection. */
export type IngestResult =
  | { ok: true; file: string | null; document: PolicyDocument; diagnostics: Diagnostic[] }
  | { ok: false; file: string | null; reason: string; diagnostics: Diagnostic[] };
