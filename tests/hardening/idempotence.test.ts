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
    expect(b).toBe(a);
    const fresh = join(tempDir('pg-idem-'), 'db');
    expect((await runCli(['ingest', '--db', fresh, dir])).code).toBe(0);
    expect(await exportJson(fresh)).toBe(a);

    const parsed = JSON.parse(a) as { documents: Array<{ id: string }>; measures: unknown[] };
    for (const id of ids) expect(parsed.documents.map((d) => d.id)).toContain(id);
    expect(parsed.measures.length).toBeGreaterThan(10);
  }, 180_000);
});
