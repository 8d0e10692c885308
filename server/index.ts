// Public surface of server/: createApp (express app over a store) and startServer (open, seed, build web, listen).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { openStore, SERVER_BUFFER_POOL_MB } from '../graph/index.ts';
import type { GraphStore } from '../graph/types.ts';
import { createApp } from './app.ts';
import { loadAsk } from './ask-wiring.ts';
import type { Limits } from './context.ts';
import { seedIfEmpty } from './seed.ts';
import { installShutdown } from './shutdown.ts';
import { ensureWebBuilt } from './web-build.ts';
import { WriteQueue } from './write-queue.ts';

export { createApp, type AppOptions } from './app.ts';
export type { AskFn, Limits } from './context.ts';
export { ensureWebBuilt } from './web-build.ts';
export { seedIfEmpty } from './seed.ts';
export { WriteQueue } from './write-queue.ts';

export interface ServerOptions {
  /** Embedded store directory (default $POLICY_GRAPH_DB or ./data); ignored when NEO4J_URI is set. */
  db?: string;
  /** Default $PORT or 3000; 0 picks a free port. */
  port?: number;
  /** Default $HOST or 127.0.0.1. */
  host?: string;
  limits?: Limits;
  /** Ingest seeds/ when the store is empty (default true). */
  seed?: boolean;
  /** Build web/dist when missing (default true unless POLICY_GRAPH_NO_WEB_BUILD=1). */
  buildWeb?: boolean;
  /** Exit cleanly on SIGINT/SIGTERM (default true). */
  handleSignals?: boolean;
  /** How long in-flight requests may take to finish on shutdown (default 10 s). */
  graceMs?: number;
  log?: (line: string) => void;
}

export interface RunningServer { url: string; store: GraphStore; server: Server; close(): Promise<void> }

export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const env = process.env;
  const port = options.port ?? (env.PORT !== undefined && env.PORT !== '' ? Number(env.PORT) : 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port ${String(port)}: use 0–65535`);
  const host = options.host ?? env.HOST ?? '127.0.0.1';

  const store = await openStore({ db: options.db, bufferPoolMb: SERVER_BUFFER_POOL_MB });
  try {
    if (options.seed !== false) {
      const seeded = await seedIfEmpty(store);
      if (seeded.loaded.length) log(`Ingested ${seeded.loaded.length} seed document(s).`);
      for (const r of seeded.rejected) log(`Seed rejected: ${r.file ?? '?'}: ${r.reason}`);
    }
    let webDist: string | false = false;
    if (options.buildWeb ?? env.POLICY_GRAPH_NO_WEB_BUILD !== '1') {
      const web = await ensureWebBuilt(log);
      if (web.dist) webDist = web.dist; else log(`Web app unavailable (${web.reason ?? 'unknown'}); serving the API only.`);
    }
    const writes = new WriteQueue();
    const engine = loadAsk(store, log);
    const trust = env.POLICY_GRAPH_TRUST_PROXY;
    const trustProxy = trust === undefined || trust === '' ? undefined : /^\d+$/.test(trust) ? Number(trust) : trust === 'true' ? true : trust;
    const app = createApp({ store, ask: engine.ask, writes, limits: options.limits, webDist, trustProxy });
    const server = await listen(app, port, host);
    const addr = server.address() as AddressInfo;
    const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
    const url = `http://${shown}:${addr.port}/`;
    const close = installShutdown({ server, store, writes, graceMs: options.graceMs ?? 10_000, signals: options.handleSignals ?? true, log });
    log(`Policy Graph is serving at ${url} (${store.backend})`);
    engine.warm();
    return { url, store, server, close };
  } catch (err) {
    await store.close().catch(() => undefined);
    throw err;
  }
}

function listen(app: ReturnType<typeof createApp>, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}
