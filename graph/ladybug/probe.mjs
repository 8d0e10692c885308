// Opens a LadybugDB file in a separate process (see recover.ts): crash recovery of 0.19 can segfault, and a
// segfault must not take the caller down. Prints "ok" after a clean open + close (which also checkpoints).
import lbug from '@ladybugdb/core';

const file = process.argv[2];
// the same buffer pool as the store (config.ts: POLICY_GRAPH_BUFFER_POOL_MB, default 1024 MiB)
const mb = Number(process.env.POLICY_GRAPH_BUFFER_POOL_MB);
const pool = Math.round((Number.isFinite(mb) && mb >= 64 ? mb : 1024) * 1024 * 1024);
try {
  const db = new lbug.Database(file, pool, true, false, 0, true, -1, false);
  await db.init();
  const conn = new lbug.Connection(db);
  const result = await conn.query('RETURN 1 AS one');
  await result.getAll();
  result.close();
  await conn.close();
  await db.close();
  process.stdout.write('ok\n');
} catch (e) {
  process.stdout.write(`error ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
  process.exitCode = 1;
}
