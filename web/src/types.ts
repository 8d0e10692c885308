// Shapes of the HTTP API (docs/API.md) as the web app reads them. Everything is treated as untrusted text.

export type Role = 'lead' | 'cooperating' | 'responsible';
export type CitationStatus = 'in-force' | 'planned' | 'mentioned';

export interface ElementData { id: string; label?: string; kind?: string; [key: string]: unknown }
export interface Elements {
  nodes: { data: ElementData }[];
  edges: { data: ElementData & { source: string; target: string } }[];
}

export interface AgencyRef { id: string; name: string; nameEn?: string | null; aliases?: string[] }
export interface AgencySummary extends AgencyRef { lead: number; cooperating: number; responsible: number; measures: number }
export interface AgencyDetail {
  agency: AgencyRef;
  measures: { id: string; ref: string; documentId: string; text: string; roles: Role[] }[];
}

export interface DocRef { id: string; title: string; number: string | null; ingested?: boolean }
export interface DocumentSummary extends DocRef {
  issuer: string | null; writtenOn: string | null; publishedOn: string | null; measures: number;
}
export interface DocumentDetail {
  document: DocRef & Record<string, unknown>;
  cites: { document: DocRef; status: CitationStatus; by: string[] }[];
  citedBy: { document: DocRef; by: string[] }[];
  forwards: DocRef[];
  forwardedBy: DocRef[];
}

export interface Target {
  id: string; year: number | null; value: number | null; unit: string | null; comparator: string | null;
  text: string; measureRef: string | null; actionRef: string | null; measureId: string | null;
  documentId: string | null; agencies: string[];
}

export interface MeasureDetail {
  measure: { id: string; ref: string; documentId: string; chapterOrdinal: number; ordinal: number; text: string; start: number; end: number };
  chapter: { ordinal: number; title: string } | null;
  document: DocRef | null;
  lead: AgencyRef[];
  cooperating: AgencyRef[];
  actions: { id: string; ref: string; text: string; start: number; end: number; responsible: AgencyRef[] }[];
  citations: { document: DocRef; status: CitationStatus; citedBy: string }[];
  targets: Target[];
}

export interface AskResponse {
  question: string;
  language: 'zh-Hans' | 'zh-Hant' | 'en';
  intent: string;
  entities?: unknown;
  cypher: string | null;
  params?: Record<string, unknown>;
  columns: string[];
  rows: Record<string, unknown>[];
  answer: string;
  graph?: Elements;
  suggestions?: string[];
}

/** A table as the app shows and exports it. */
export interface Table { name: string; columns: string[]; rows: Record<string, unknown>[] }
