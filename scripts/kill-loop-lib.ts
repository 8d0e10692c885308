// kill -9 a CLI ingest at random moments, then check the store: every document fully present or absent.
// Used by tests/hardening/atomic.test.ts (quick mode) and scripts/kill-loop.ts (long mode).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { ingestBuffer } from '../ingest/index.ts';
import { miniDoc } from './malformed-cases.ts';
import { collect, spawnCli, runCli, sampleBytes, tempDir, mulberry32, documentCounts, repoRoot, cliEnv, type StoreSnapshot } from '../tests/support/index.ts';

/** A version tag written into every measure of a corpus document: `verA`, `verB`, … `verAA` (letters only). */
export function versionTag(n: number): string {
  let s = '';
  for (let k = n; k >= 0; k = Math.floor(k / 26) - 1) s = String.fromCharCode(65 + (k % 26)) + s;
  return `ver${s}`;
}
const TAG = /\bver([A-Z]+)\b/g;

/** Put `tag` right after every measure number ((一) …) so each version of a document differs in every measure. */
function tagMeasures(text: string, tag: string): string {
  return text.replace(/^([ \t\u3000]*[(（]?[一二三四五六七八九十]+[)）])/gm, `$1${tag} `);
}

/**
 * A small corpus on disk: the sample, `bigs` copies of it under other 发文字号 (slow loads: wide windows for a kill),
 * and `extra` small generated documents citing one another, every measure tagged with version `version`.
 * Rewriting it into the same `dir` with another version makes the next ingest replace every document.
 */
export function writeCorpus(extra = 4, bigs = 0, version = 0, dir = tempDir('pg-corpus-')): { dir: string; files: string[]; ids: string[] } {
  const tag = versionTag(version);
  const sample = Buffer.from(sampleBytes()).toString('utf8');
  const files: string[] = [join(dir, 'ordos-efufa-2023-58.txt')];
  writeFileSync(files[0]!, tagMeasures(sample, tag));
  for (let i = 1; i <= bigs; i++) {
    const file = join(dir, `ordos-copy-${i}.txt`);
    writeFileSync(file, tagMeasures(sample.replaceAll('〔2023〕58號', `〔2023〕${900 + i}號`), tag));
    files.push(file);
  }
  for (let i = 1; i <= extra; i++) {
    const body = miniDoc().replace('某府发〔2024〕1号', `某府发〔2024〕${i}号`).replace('测试工作', `测试工作${i}`)
      .replace('(国函〔2022〕68号)', `(鄂府发〔2023〕58号),并落实《某某方案》(某府发〔2024〕${(i % extra) + 1}号)`)
      .replace('市财政局', i % 2 ? '市财政局' : '市水利局');
    const file = join(dir, `doc-${i}.txt`);
    writeFileSync(file, tagMeasures(body, tag));
    files.push(file);
  }
  const ids = files.map((f) => {
    const r = ingestBuffer(new Uint8Array(readFileSync(f)), { file: f });
    if (!r.ok) throw new Error(`corpus document ${f} rejected: ${r.reason}`);
    if (!r.document.measures.every((m) => m.text.includes(tag))) throw new Error(`version tag ${tag} lost in ${f}`);
    return r.document.id;
  });
  if (new Set(ids).size !== ids.length) throw new Error(`corpus ids are not distinct: ${ids.join(', ')}`);
  return { dir, files, ids };
}

/** Open the store in a fresh child process (like a restart) and return its snapshot; rejects with what went wrong. */
export async function snapshotOf(db: string): Promise<StoreSnapshot> {
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'run-ts.js'), 'scripts/store-snapshot.ts', '--db', db],
    { cwd: repoRoot, env: cliEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  const out = await collect(child);
  if (out.code !== 0) throw new Error(`opening the store failed (${out.signal ?? `exit ${out.code}`}): ${out.stderr.trim().slice(0, 300)}`);
  return JSON.parse(out.stdout) as StoreSnapshot;
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

/**
 * Classify each document in a snapshot: whole (the reference's counts, and all its measures of ONE version),
 * absent (nothing of it), or broken (anything else — a half-stored or half-replaced document).
 */
export function classify(snap: StoreSnapshot, ref: Map<string, Record<string, number>>): Pick<KillRun, 'present' | 'absent' | 'broken'> {
  const present: string[] = [], absent: string[] = [], broken: string[] = [];
  const measures = (snap.nodes.Measure ?? []) as Array<{ documentId?: unknown; text?: unknown }>;
  for (const [id, want] of ref) {
    const got = documentCounts(snap, id);
    const versions = new Set(measures.filter((m) => m.documentId === id).flatMap((m) => [...String(m.text).matchAll(TAG)].map((x) => x[1])));
    if (JSON.stringify(got) === JSON.stringify(want) && versions.size === 1) present.push(id);
    else if (Object.values(got).every((n) => n === 0)) absent.push(id);
    else if (versions.size > 1) broken.push(`${id}: measures from versions ${[...versions].sort().join(', ')} — a half-replaced document`);
    else broken.push(`${id}: got ${JSON.stringify(got)} want ${JSON.stringify(want)}`);
  }
  return { present, absent, broken };
}

/**
 * `runs` times: start a CLI ingest of the corpus into ONE store and SIGKILL it at a random point — after a random
 * number of "loaded" progress lines (stderr) plus a random delay, so most kills land inside a document's load —
 * then open the store and classify every document. Each run rewrites the corpus with a new version tag, so every run
 * has real work (replacing each document) to be interrupted.
 */
export async function killLoop(opts: { runs: number; seed?: number; extra?: number; bigs?: number; log?: (line: string) => void }): Promise<{ results: KillRun[]; db: string; files: string[]; ref: Map<string, Record<string, number>> }> {
  const extra = opts.extra ?? 3, bigs = opts.bigs ?? 2;
  const { dir, files, ids } = writeCorpus(extra, bigs, 0);
  const { counts: ref, durationMs } = await reference(files, ids);
  const rand = mulberry32(opts.seed ?? 99);
  const db = join(tempDir('pg-kill-'), 'db');
  const results: KillRun[] = [];
  for (let run = 1; run <= opts.runs; run++) {
    writeCorpus(extra, bigs, run, dir);                             // new content: every document must be replaced
    const afterLines = Math.floor(rand() * files.length);           // documents to let finish first
    const extraMs = Math.round(rand() * (afterLines === 0 ? durationMs * 0.8 : 600));
    const child = spawnCli(['ingest', '--db', db, ...files]);
    const done = collect(child);
    let lines = 0;
    let timer: NodeJS.Timeout | undefined;
    const arm = (): void => { timer = setTimeout(() => child.kill('SIGKILL'), extraMs); };
    if (afterLines === 0) arm();
    child.stderr?.on('data', (d: Buffer | string) => {
      lines += (String(d).match(/: (?:loaded|replaced) /g) ?? []).length;
      if (timer === undefined && lines >= afterLines) arm();
    });
    const out = await done;
    clearTimeout(timer);
    let state: Pick<KillRun, 'present' | 'absent' | 'broken'>;
    try {
      const snap = await snapshotOf(db);
      state = classify(snap, ref);
      state.broken.push(...(snap.derivedDrift ?? []).slice(0, 5).map((d) => `derived agency counts differ from the graph: ${d}`));
    } catch (e) {
      state = { present: [], absent: [], broken: [`the store does not open after kill -9: ${(e as Error).message}`] };
    }
    const result: KillRun = { run, delayMs: extraMs, killed: out.signal === 'SIGKILL', ...state };
    results.push(result);
    if (state.broken.some((b) => b.startsWith('the store does not open'))) { opts.log?.(`run ${run}: ${state.broken[0]}`); break; }
    opts.log?.(`run ${run}: kill ${afterLines} document(s) + ${extraMs} ms in: ${result.killed ? 'killed' : `finished (${out.code})`} — ` +
      `present ${result.present.length}, absent ${result.absent.length}, broken ${result.broken.length}`);
  }
  return { results, db, files, ref };
}
