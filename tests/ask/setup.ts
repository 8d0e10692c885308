// Shared setup for the ask suites: a real LadybugDB store on a temp dir, loaded with the sample through real ingest.
import * as OpenCC from 'opencc-js';
import type { GraphStore, Row } from '../../graph/types.ts';
import { ingestFile, type PolicyDocument } from '../../ingest/index.ts';
import { openTempStore, samplePath } from '../support/index.ts';

const t2s = OpenCC.Converter({ from: 'tw', to: 'cn' });
/** Compare-friendly text: NFKC widths, Simplified, no spaces. */
export const norm = (s: unknown): string => t2s(String(s ?? '').normalize('NFKC')).replace(/\s+/g, '');

export async function sampleStore(): Promise<{ store: GraphStore; doc: PolicyDocument }> {
  const { store } = await openTempStore();
  const result = await ingestFile(samplePath);
  if (!result.ok) throw new Error(`sample rejected: ${result.reason}`);
  await store.loadDocument(result.document);
  return { store, doc: result.document };
}

export const refsOf = (rows: Row[]): string[] => [...new Set(rows.map((r) => String(r.ref)))].sort();
export const sorted = (xs: string[]): string[] => [...xs].sort();
