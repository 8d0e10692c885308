// `policy-graph ingest`: files/dirs → documents → the store, one transaction per document, then a summary.
import type { GraphStore } from '../graph/index.ts';
import type { Diagnostic, IngestResult } from '../ingest/model.ts';
import { CliError, describeError } from './errors.ts';
import { createProgress } from './progress.ts';

export interface IngestApi {
  expandInputs(paths: string[]): Promise<{ files: string[]; missing: string[] }>;
  ingestFile(path: string): Promise<IngestResult>;
}

export interface IngestSummary {
  loaded: Array<{ file: string; id: string; replaced: boolean }>;
  rejected: Array<{ file: string; reason: string }>;
  diagnostics: Record<string, number>;
  interrupted: boolean;
}

export async function loadIngestApi(): Promise<IngestApi> {
  const mod = (await import('../ingest/index.ts')) as Partial<IngestApi>;
  if (typeof mod.expandInputs !== 'function' || typeof mod.ingestFile !== 'function') {
    throw new CliError('the ingest module is not available in this build (ingest/index.ts has no implementation)');
  }
  return { expandInputs: mod.expandInputs, ingestFile: mod.ingestFile };
}

/**
 * A batch is checkpointed (made crash-safe, then reported) after `documents` documents or `ms` milliseconds. The
 * first batches are smaller (1, 2, 4, … documents) so that progress shows up at once and an interrupted short run
 * has already reported its first documents.
 */
export const BATCH = { documents: 50, ms: 2_000 };

interface Pending { file: string; id: string; replaced: boolean; outcome: string }

/**
 * Ingest every file; the store is opened only when the first good document is ready (so a run with only bad
 * input leaves the store untouched). `stop()` returning true ends the run between two documents (Ctrl-C).
 * Each document commits in its own transaction without a checkpoint; every few documents/seconds (and at the end)
 * the store is flushed and only then are those documents reported as loaded: a kill -9 loses at most the
 * unreported ones, each whole.
 */
export async function ingestAll(paths: string[], api: IngestApi, openStore: () => Promise<GraphStore>,
  stop: () => boolean = () => false): Promise<IngestSummary> {
  const summary: IngestSummary = { loaded: [], rejected: [], diagnostics: {}, interrupted: false };
  const { files, missing } = await api.expandInputs(paths);
  for (const file of missing) summary.rejected.push({ file, reason: 'no such file or directory' });
  if (files.length === 0 && missing.length === 0) summary.rejected.push({ file: paths.join(' '), reason: 'no .txt/.htm/.html files found' });
  const progress = createProgress(files.length);
  let store: GraphStore | undefined;
  let pending: Pending[] = [];
  let flushedAt = Date.now();
  let batchSize = 1;
  const count = (ds: Diagnostic[]) => { for (const d of ds) summary.diagnostics[d.code] = (summary.diagnostics[d.code] ?? 0) + 1; };
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    try {
      await store?.flush?.();
    } catch (e) {
      for (const p of batch) summary.rejected.push({ file: p.file, reason: `not stored: ${describeError(e)}` });
      throw e;
    }
    flushedAt = Date.now();
    batchSize = Math.min(BATCH.documents, batchSize * 2);
    for (const p of batch) {
      summary.loaded.push({ file: p.file, id: p.id, replaced: p.replaced });
      progress.step(p.file, p.outcome);
    }
  };
  try {
    for (const file of files) {
      if (stop()) { summary.interrupted = true; break; }
      const result = await api.ingestFile(file);
      count(result.diagnostics);
      if (!result.ok) {
        summary.rejected.push({ file, reason: result.reason });
        progress.step(file, `rejected: ${result.reason}`);
        continue;
      }
      store ??= await openStore();
      try {
        const r = await store.loadDocument(result.document, { durable: false });
        pending.push({ file, id: r.documentId, replaced: r.replaced,
          outcome: `${r.replaced ? 'replaced' : 'loaded'} ${r.documentId} (${r.nodes} nodes, ${r.relationships} relationships)` });
      } catch (e) {
        const reason = `not stored: ${describeError(e)}`;
        summary.rejected.push({ file, reason });
        progress.step(file, reason);
        if ((e as { code?: string }).code === 'locked' || (e as { code?: string }).code === 'unavailable') throw e;
      }
      if (pending.length >= batchSize || Date.now() - flushedAt >= BATCH.ms) await flush();
    }
  } finally {
    try {
      await flush();
    } finally {
      progress.stop();
      await store?.close();
    }
  }
  return summary;
}

export function formatSummary(s: IngestSummary): string {
  const lines: string[] = [];
  const replaced = s.loaded.filter((l) => l.replaced).length;
  lines.push(`Loaded ${s.loaded.length} document(s)${replaced ? ` (${replaced} replaced an earlier version)` : ''}.`);
  for (const l of s.loaded) lines.push(`  ✓ ${l.file} → ${l.id}`);
  if (s.rejected.length) {
    lines.push(`Rejected ${s.rejected.length}:`);
    for (const r of s.rejected) lines.push(`  ✗ ${r.file}: ${r.reason}`);
  }
  const kinds = Object.entries(s.diagnostics).sort(([a], [b]) => (a < b ? -1 : 1));
  if (kinds.length) lines.push(`Diagnostics: ${kinds.map(([k, n]) => `${k} ×${n}`).join(', ')}`);
  if (s.interrupted) lines.push('Interrupted: the remaining files were not ingested (every document is either fully loaded or absent).');
  return lines.join('\n');
}
