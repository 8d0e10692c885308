// kill -9 a CLI ingest at random moments, then check the store: every document fully present or absent.
// Used by tests/hardening/atomic.test.ts (quick mode) and scripts/kill-loop.ts (long mode).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../graph/index.ts';
import { ingestBuffer } from '../ingest/index.ts';
import { miniDoc } from './malformed-cases.ts';
import { collect, spawnCli, runCli, sampleBytes, tempDir, mulberry32, snapshotStore, documentCounts, type StoreSnapshot } from '../tests/support/index.ts';

/** A small corpus on disk: the sample plus `extra` generated documents citing one another. Returns files and document ids. */
export function writeCorpus(extra = 4): { dir: string; files: string[]; ids: string[] } {
  const dir = tempDir('pg-corpus-');
  const files: string[] = [join(dir, 'ordos-efufa-2023-58.txt')];
  writeFileSync(files[0]!, sampleBytes());
  for (let i = 1; i <= extra; i++) {
    const body = miniDoc().replace('某府发〔2024〕1号', `某府发〔2024〕${i}号`).replace('测试工作', `测试工作${i}`)
      .replace('(国函〔2022〕68号)', `(鄂府发〔2023〕58号),并落实《某某方案》(某府发〔2024〕${(i % extra) + 1}号)`)
      .replace('市财政局', i % 2 ? '市财政局' : '市水利局');
    const file = join(dir, `doc-${i}.txt`);
    writeFileSync(file, body);
    files.push(file);
  }
  const ids = files.map((f, i) => {
    const r = ingestBuffer(i === 0 ? sampleBytes() : new Uint8Array(readFileSync(f)), { file: f });
    if (!r.ok) throw new Error(`corpus document ${f} rejected: ${r.reason}`);
    return r.document.id;
  });
  return { dir, files, ids };
}

export async function snapshotOf(db: string): Promise<StoreSnapshot> {
  const store = await openStore({ db });
  try { return await snapshotStore(store); } finally { await store.close(); }
}

export interface KillRun { run: number; delayMs: number; killed: boolean; present: string[]; absent: string[]; broken: string[] }

/** Clean load into a fresh store → per-document reference counts and how long a full CLI ingest takes. */
export async function reference(files: string[], ids: string[]): Promise<{ counts: Map<string, Record<string, number>>; durationMs: number }> {
  const db = join(tempDir('pg-ref-'), 'db');
  const t0 = Date.now();
  const out = await runCli(['ingest', '--db', db, ...files], { timeoutMs: 120_000 });
  const durationMs = Date.now() - t0;
  if (out.code !== 0) throw new Error(`clean ingest failed (${out.code}): ${out.stderr.slice(0, 500)}`);
  const snap = await snapshotOf(db);
  return { counts: new Map(ids.map((id) => [id, documentCounts(snap, id)])), durationMs };
}

/** Classify each document in a snapshot: identical counts to the reference, all zero, or broken. */
export function classify(snap: StoreSnapshot, ref: Map<string, Record<string, number>>): Pick<KillRun, 'present' | 'absent' | 'broken'> {
  const present: string[] = [], absent: string[] = [], broken: string[] = [];
  for (const [id, want] of ref) {
    const got = documentCounts(snap, id);
    if (JSON.stringify(got) === JSON.stringify(want)) present.push(id);
    else if (Object.values(got).every((n) => n === 0)) absent.push(id);
    else broken.push(`${id}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
  }
  return { present, absent, broken };
}

/** `runs` times: start a CLI ingest of the corpus into ONE store, SIGKILL it after a random delay, then inspect the store. */
export async function killLoop(opts: { runs: number; seed?: number; extra?: number; log?: (line: string) => void }): Promise<{ results: KillRun[]; db: string; files: string[]; ref: Map<string, Record<string, number>> }> {
  const { files, ids } = writeCorpus(opts.extra ?? 4);
  const { counts: ref, durationMs } = await reference(files, ids);
  const rand = mulberry32(opts.seed ?? 99);
  const db = join(tempDir('pg-kill-'), 'db');
  const results: KillRun[] = [];
  for (let run = 1; run <= opts.runs; run++) {
    const delayMs = Math.round(durationMs * (0.15 + 0.95 * rand()));
    const child = spawnCli(['ingest', '--db', db, ...files]);
    const done = collect(child);
    const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
    const out = await done;
    clearTimeout(timer);
    const result: KillRun = { run, delayMs, killed: out.signal === 'SIGKILL', ...classify(await snapshotOf(db), ref) };
    results.push(result);
    opts.log?.(`run ${run}: kill after ${delayMs} ms ${result.killed ? 'killed' : `finished (${out.code})`} — present ${result.present.length}, absent ${result.absent.length}, broken ${result.broken.length}`);
  }
  return { results, db, files, ref };
}
