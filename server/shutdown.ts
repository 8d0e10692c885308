// Clean shutdown: stop accepting, let in-flight requests finish (capped), drain writes, close the store.
import type { Server } from 'node:http';
import type { GraphStore } from '../graph/types.ts';
import type { WriteQueue } from './write-queue.ts';

export interface ShutdownOptions {
  server: Server; store: GraphStore; writes: WriteQueue; graceMs: number; signals: boolean; log: (line: string) => void;
}

/** Returns an idempotent close(); with `signals`, SIGINT/SIGTERM call it and exit 0 (a second signal exits 1 at once). */
export function installShutdown(o: ShutdownOptions): () => Promise<void> {
  let closing: Promise<void> | null = null;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      const done = new Promise<void>((resolve) => o.server.close(() => resolve()));
      o.server.closeIdleConnections();
      let timer: NodeJS.Timeout | undefined;
      const capped = new Promise<void>((resolve) => { timer = setTimeout(resolve, o.graceMs); });
      await Promise.race([done, capped]);
      clearTimeout(timer);
      o.server.closeAllConnections();
      await o.writes.drain();
      await o.store.close();
      if (o.signals) detach();
    })();
    return closing;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    if (closing) { o.log(`${signal} again: exiting now.`); process.exit(1); }
    o.log(`${signal}: finishing in-flight requests, then closing the store…`);
    close().then(() => { o.log('Stopped.'); process.exit(0); }, (err: unknown) => {
      o.log(`Shutdown failed: ${(err as Error).message}`);
      process.exit(1);
    });
  };
  const detach = () => { process.off('SIGINT', onSignal); process.off('SIGTERM', onSignal); };
  if (o.signals) { process.on('SIGINT', onSignal); process.on('SIGTERM', onSignal); }
  return close;
}
