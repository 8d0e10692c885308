// The server under test, in its own process (so its memory is its own): opens the loaded store, mounts the real
// app (rate limits off) beside a trivial JSON route (the latency ceiling) and reports its port to the parent.
// The question engine is wired as `policy-graph serve` wires it (server/ask-wiring.ts: warmed once listening), rule
// engine only (the OPENAI_* variables are dropped: the targets are stated for rule-engine questions); the parent is
// told the port once the warm-up is done, with both times, so the probes measure the served state, not the warm-up.
// Usage (spawned by bench/serve.ts): node bin/run-ts.js bench/server-child.ts --db <dir>
import express from 'express';
import type { AddressInfo } from 'node:net';
import { openStore, SERVER_BUFFER_POOL_MB } from '../graph/index.ts';
import { createApp } from '../server/index.ts';
import { loadAsk } from '../server/ask-wiring.ts';

const i = process.argv.indexOf('--db');
const db = i >= 0 ? process.argv[i + 1] : undefined;
if (!db) throw new Error('usage: server-child.ts --db <dir>');

for (const k of ['OPENAI_API_KEY', 'OPENAI_BASE_URL', 'OPENAI_MODEL']) delete process.env[k];
const t0 = process.hrtime.bigint();
const ms = (): number => Number(process.hrtime.bigint() - t0) / 1e6;
const store = await openStore({ db, backend: 'ladybug', bufferPoolMb: SERVER_BUFFER_POOL_MB });   // as serve opens it
const engine = loadAsk(store, (line) => console.error(`[server] ${line}`));
const app = createApp({
  store, ask: engine.ask, webDist: false, log: () => {},
  limits: { askPerMinute: false, apiPerMinute: false, uploadPerMinute: false },
});
const outer = express();
outer.get('/bench/ping', (_req, res) => { res.json({ ok: true }); });
outer.use(app);
const server = outer.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  const startupMs = ms();
  void engine.warm().then(() => process.send?.({ port, startupMs, warmMs: ms() - startupMs, ask: true }));
});

// Stop now: queued queries of the load test are abandoned (the store is a temporary copy the parent deletes).
const stop = (): void => {
  setTimeout(() => process.exit(0), 1000).unref();
  server.closeAllConnections();
  server.close();
  void store.close().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('disconnect', stop);
