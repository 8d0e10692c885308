// The policy-graph CLI end to end: real ingest of the sample into a temp --db, export, stats, remove, errors.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../graph/index.ts';
import { cli, noStack, SAMPLE } from './run.ts';

const tmp = mkdtempSync(join(tmpdir(), 'pg-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const stats = (db: string) => JSON.parse(cli('stats', '--json', '--db', db).stdout) as Record<string, number>;

// Child processes share 2 busy cores with other suites: generous per-test limits (nothing here is timed).
const SLOW = 180_000;

describe('policy-graph CLI', () => {
  it('ingests the sample, re-ingests it without duplicates, exports deterministically and removes it', () => {
    const db = join(tmp, 'main');
    const first = cli('ingest', SAMPLE, '--db', db);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/Loaded 1 document\(s\)/);
    const counts = stats(db);
    expect(counts).toMatchObject({ Document: 1, Chapter: 7, Agency: 22 });
    expect(counts.Measure).toBeGreaterThan(0);

    const again = cli('ingest', SAMPLE, '--db', db);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/1 replaced/);
    expect(stats(db)).toEqual(counts);

    const json = cli('export', '--db', db);
    expect(json.code).toBe(0);
    const graph = JSON.parse(json.stdout) as Record<string, Array<Record<string, unknown>>>;
    expect(Object.keys(graph)).toEqual(['documents', 'chapters', 'measures', 'actions', 'agencies', 'references', 'targets']);
    expect(graph.measures!.length).toBe(counts.Measure);
    expect(graph.measures![0]).toHaveProperty('lead');
    expect(cli('export', '--db', db).stdout).toBe(json.stdout);
    const graphml = cli('export', '--format', 'graphml', '--db', db);
    expect(graphml.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<graphml /);
    expect(graphml.stdout.match(/<node /g)?.length).toBeGreaterThan(counts.Measure!);

    const ask = cli('ask', '市能源局牵头哪些措施?', '--db', db);
    expect(ask.code, ask.stderr).toBe(0);
    expect(ask.stdout).toMatch(/市能源局/);
    const measureRefs = graph.measures!.filter((m) => (m.lead as string[]).includes('市能源局')).map((m) => m.ref);
    for (const ref of measureRefs) expect(ask.stdout).toContain(String(ref));
    expect(JSON.parse(cli('ask', 'Which measures does 市能源局 lead?', '--json', '--db', db).stdout)).toMatchObject({ language: 'en' });

    const removed = cli('remove', String(graph.documents![0]!.id), '--db', db);
    expect(removed.code, removed.stderr).toBe(0);
    expect(Object.values(stats(db)).every((n) => n === 0)).toBe(true);
    const gone = cli('remove', String(graph.documents![0]!.id), '--db', db);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/^policy-graph: no ingested document/);
  }, SLOW);

  it('a single bad file: a clear message naming it, exit 1, and no store written', () => {
    const db = join(tmp, 'bad');
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const r = cli('ingest', empty, '--db', db);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✗ ${empty}:`);
    expect(existsSync(db)).toBe(false);
    expect(noStack(r)).toBe(true);
  }, SLOW);

  it('a mixed batch loads the good documents, lists the missing one and exits 1', () => {
    const db = join(tmp, 'mixed');
    const missing = join(tmp, 'no-such-file.txt');
    const r = cli('ingest', SAMPLE, missing, '--db', db);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Loaded 1 document/);
    expect(r.stdout).toContain(missing);
    expect(stats(db).Document).toBe(1);
  }, SLOW);

  it('a second writer gets the "in use by another process" message while the store is open', async () => {
    const db = join(tmp, 'locked');
    const store = await openStore({ backend: 'ladybug', db });
    try {
      const r = cli('ingest', SAMPLE, '--db', db);
      expect(r.code).toBe(1);
      expect(r.stdout + r.stderr).toMatch(/in use by another process/);
      expect(noStack(r)).toBe(true);
    } finally {
      await store.close();
    }
  }, SLOW);

  it('usage errors exit 2, failures exit 1, both without stack traces', () => {
    const unknown = cli('frobnicate');
    expect(unknown.code).toBe(2);
    const format = cli('export', '--format', 'xml', '--db', join(tmp, 'x'));
    expect(format.code).toBe(2);
    const noStore = cli('stats', '--db', join(tmp, 'nothing-here'));
    expect(noStore.code).toBe(1);
    expect(noStore.stderr).toMatch(/^policy-graph: no store at .*nothing-here: ingest documents first/);
    for (const r of [unknown, format, noStore]) expect(noStack(r)).toBe(true);
    expect(cli('ingest', '--help').stdout).toMatch(/With a single bad file nothing is written/);
  }, SLOW);
});
