// Recovery after an unclean shutdown (kill -9, power loss) of an embedded store, before the real open.
// LadybugDB 0.19 can crash (SIGSEGV) or refuse ("shadow file … does not match") when it replays a checkpoint that
// was killed half-way, so the first open after such a shutdown is tried in a child process. If that fails, the
// leftovers of the unfinished write are moved aside and the last checkpointed state is opened instead.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { StoreError } from '../types.ts';

const LEFTOVERS = ['.wal', '.wal.checkpoint', '.shadow', '.checkpoint.apply.lock', '.checkpoint.intent.lock'];
const PROBE = fileURLToPath(new URL('./probe.mjs', import.meta.url));

export function leftovers(file: string): string[] {
  return LEFTOVERS.map((s) => file + s).filter((f) => existsSync(f));
}

function probe(file: string): { ok: boolean; locked: boolean; detail: string } {
  const r = spawnSync(process.execPath, [PROBE, file], { encoding: 'utf8', timeout: 120_000 });
  const out = (r.stdout ?? '').trim();
  return {
    ok: r.status === 0 && out === 'ok',
    locked: /Could not set lock|lock on file/i.test(out),
    detail: r.signal ? `crashed with ${r.signal}` : out || `exit ${String(r.status)}`,
  };
}

/**
 * Make `file` openable when an earlier writer died. `unclean`: the last writer did not close it (the caller then
 * checks every document's footprint); `note`: something was discarded. Throws StoreError('locked') when another
 * process holds the file.
 */
export function recoverIfNeeded(file: string): { unclean: boolean; note: string | null } {
  if (leftovers(file).length === 0) return { unclean: false, note: null };
  const first = probe(file);
  if (first.ok) return { unclean: true, note: null };
  if (first.locked) throw new StoreError('locked', `The database ${file} is in use by another process (is \`policy-graph serve\` running? ` +
    'Use the API instead, or stop the server first).', true);
  const aside = `${file}.unfinished-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  mkdirSync(aside, { recursive: true });
  for (const f of leftovers(file)) renameSync(f, `${aside}/${f.slice(file.length + 1) || 'x'}`);
  const second = probe(file);
  if (!second.ok) {
    throw new StoreError('internal', `The store ${file} is damaged after an unclean shutdown (${second.detail}); ` +
      'ingest the documents into a new --db directory.');
  }
  return { unclean: true, note: `The store ${file} was not closed cleanly (${first.detail}); the unfinished write was discarded ` +
    `(its files are kept in ${aside}).` };
}
