// Opens a LadybugDB file in a separate process (see recover.ts): crash recovery of 0.19 can segfault, and a
// segfault must not take the caller down. Prints "ok" after a clean open + close (which also checkpoints).
import lbug from '@ladybugdb/core';

const file = process.argv[2];
try {
  const db = new lbug.Database(file, 0, true, false, 0, true, -1, false);
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
