// Child process for ladybug.test.ts: try to open a store for writing and report the outcome as JSON.
import { openStore, StoreError } from '../../graph/index.ts';

const dir = process.argv[2] ?? './data';
try {
  const store = await openStore({ backend: 'ladybug', db: dir });
  await store.close();
  console.log(JSON.stringify({ code: 'opened', message: '' }));
} catch (e) {
  console.log(JSON.stringify(e instanceof StoreError ? { code: e.code, message: e.message } : { code: 'other', message: String(e) }));
}
