// Issue 7: ingesting the same corpus twice through the CLI gives byte-identical `export --format json` output.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { writeCorpus } from '../../scripts/kill-loop-lib.ts';
import { runCli, tempDir } from '../support/index.ts';

describe('idempotent ingest', () => {
  it('ingest a corpus, export, ingest it again, export: identical; and equal to a store that got it once', async () => {
    const { dir, ids } = writeCorpus(3);
    const db = join(tempDir('pg-idem-'), 'db');
    const exportJson = async (d: string): Promise<string> => {
      const out = await runCli(['export', '--format', 'json', '--db', d]);
      expect(out.code, out.stderr).toBe(0);
      return out.stdout;
    };
    const first = await runCli(['ingest', '--db', db, dir]);
    expect(first.code, first.stderr).toBe(0);
    const a = await exportJson(db);
    const second = await runCli(['ingest', '--db', db, dir]);
    expect(second.code, second.stderr).toBe(0);
    const b = await exportJson(db);
    expect(firstDifference(a, b), 'second ingest changed the export').toBeNull();
    const fresh = join(tempDir('pg-idem-'), 'db');
    expect((await runCli(['ingest', '--db', fresh, dir])).code).toBe(0);
    expect(firstDifference(a, await exportJson(fresh)), 'a store ingested once differs').toBeNull();

    const parsed = JSON.parse(a) as { documents: Array<{ id: string }>; measures: unknown[] };
    for (const id of ids) expect(parsed.documents.map((d) => d.id)).toContain(id);
    expect(parsed.measures.length).toBeGreaterThan(10);
  }, 180_000);
});

/** null when equal, else the first differing line of the pretty-printed JSON (readable failures). */
function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  const pretty = (s: string): string[] => { try { return JSON.stringify(JSON.parse(s), null, 1).split('\n'); } catch { return s.split('\n'); } };
  const x = pretty(a), y = pretty(b);
  const i = x.findIndex((line, k) => line !== y[k]);
  const at = i < 0 ? Math.min(x.length, y.length) : i;
  return `line ${at}: ${x[at] ?? '<end>'}  ≠  ${y[at] ?? '<end>'}`;
}
