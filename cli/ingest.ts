// `policy-graph ingest`: files/dirs → documents → the store, one transaction per batch of documents, then a summary.
import type { GraphStore } from '../graph/index.ts';
import type { Diagnostic, IngestResult } from '../ingest/model.ts';
import { BATCH, loadAndFlush, nextLimit, textBytes, type Outcome, type Parsed } from './batch.ts';
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
 * Ingest every file; the store is opened only when the first good document is ready (so a run with only bad
 * input leaves the store untouched). `stop()` returning true ends the run between two documents (Ctrl-C).
 * A document that fails to parse is reported and skipped; a batch that fails to load is retried one document at a
 * time. A kill -9 loses at most the unreported documents, each whole.
 */
export async function ingestAll(paths: string[], api: IngestApi, openStore: () => Promise<GraphStore>,
  stop: () => boolean = () => false): Promise<IngestSummary> {
  const summary: IngestSummary = { loaded: [], rejected: [], diagnostics: {}, interrupted: false };
  const { files, missing } = await api.expandInputs(paths);
  for (const file of missing) summary.rejected.push({ file, reason: 'no such file or directory' });
  if (files.length === 0 && missing.length === 0) summary.rejected.push({ file: paths.join(' '), reason: 'no .txt/.htm/.html files found' });
  const progress = createProgress(files.length);
  let store: GraphStore | undefined;
  let batch: Parsed[] = [];
  let bytes = 0;
  let limit = 1;
  let startedAt = Date.now();
  let inflight: Promise<void> | null = null;
  let busy = false;
  let failure: { error: unknown } | null = null;
  const count = (ds: Diagnostic[]) => { for (const d of ds) summary.diagnostics[d.code] = (summary.diagnostics[d.code] ?? 0) + 1; };
  const report = (outcomes: Outcome[]) => {
    for (const o of outcomes) {
      if (o.ok) {
        const r = o.result;
        summary.loaded.push({ file: o.file, id: r.documentId, replaced: r.replaced });
        progress.step(o.file, `${r.replaced ? 'replaced' : 'loaded'} ${r.documentId} (${r.nodes} nodes, ${r.relationships} relationships)`);
      } else {
        summary.rejected.push({ file: o.file, reason: o.reason });
        progress.step(o.file, o.reason);
      }
    }
  };
  /** Wait for the batch being loaded; rethrow what stopped it (a flush failure, a locked or unreachable store). */
  const settle = async () => {
    if (inflight) await inflight;
    inflight = null;
    if (failure) throw failure.error;
  };
  /** Start loading the collected documents (after the previous batch is done). */
  const dispatch = async () => {
    await settle();
    if (batch.length === 0) return;
    const mine = batch;
    batch = [];
    bytes = 0;
    store ??= await openStore();
    busy = true;
    inflight = loadAndFlush(store, mine).then(report, (e: unknown) => {
      for (const p of mine) summary.rejected.push({ file: p.file, reason: `not stored: ${describeError(e)}` });
      failure = { error: e };
    }).finally(() => { busy = false; startedAt = Date.now(); });
    limit = nextLimit(limit);
  };
  try {
    for (const file of files) {
      if (stop()) { summary.interrupted = true; break; }
      if (failure) break;
      const result = await api.ingestFile(file);
      count(result.diagnostics);
      if (!result.ok) {
        summary.rejected.push({ file, reason: result.reason });
        progress.step(file, `rejected: ${result.reason}`);
        continue;
      }
      batch.push({ file, document: result.document });
      bytes += textBytes(result.document);
      if (batch.length >= limit || bytes >= BATCH.bytes || (!busy && Date.now() - startedAt >= BATCH.ms)) await dispatch();
    }
  } finally {
    try {
      await dispatch();
      await settle();
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
