// GraphStore over embedded LadybugDB: one Database + one Connection, all work serialized through one queue.
import lbug from '@ladybugdb/core';
import type { PolicyDocument } from '../../ingest/model.ts';
import { checkReadOnly, checkSingleStatement } from '../guard.ts';
import { rebuildAggregates } from '../aggregates.ts';
import { incompleteDocuments } from '../footprint.ts';
import { loadBatchInTx, purgeInTx, removeInTx, type FaultInjection, type Tx } from '../loader.ts';
import { StoreError, type GraphStore, type LoadOptions, type LoadResult, type Query, type Row, type RunOptions } from '../types.ts';
import { ensureSchema } from './ddl.ts';
import { bufferPoolBytes } from './config.ts';
import { classify } from './errors.ts';
import { recoverIfNeeded } from './recover.ts';
import { claim, release } from './registry.ts';
import { rowToPlain } from './values.ts';

export const DEFAULT_TIMEOUT_MS = 30_000;

export class LadybugStore implements GraphStore {
  readonly backend = 'ladybug' as const;
  private tail: Promise<unknown> = Promise.resolve();
  private closed = false;
  /** Committed writes not checkpointed yet (loads with `durable: false`). */
  private dirty = false;
  private writes = 0;

  get version(): number { return this.writes; }

  private constructor(
    private readonly db: lbug.Database,
    private readonly conn: lbug.Connection,
    readonly file: string,
    readonly readOnly: boolean,
  ) {}

  static async open(file: string, readOnly: boolean, bufferPoolMb?: number): Promise<LadybugStore> {
    claim(file, readOnly);
    let db: lbug.Database | undefined;
    try {
      const recovery = readOnly ? { unclean: false, note: null } : recoverIfNeeded(file);
      if (recovery.note) process.stderr.write(`policy-graph: ${recovery.note}\n`);
      // Read-write opens recover from a crash (kill -9 mid-transaction): the WAL is replayed up to its last intact
      // record and the torn, uncommitted tail is dropped. Read-only opens must not guess: they throw (see errors.ts).
      db = new lbug.Database(file, bufferPoolBytes(process.env, bufferPoolMb), true, readOnly, 0, true, -1, readOnly);
      await db.init();
      const conn = new lbug.Connection(db);
      await conn.init();
      const store = new LadybugStore(db, conn, file, readOnly);
      await ensureSchema((c, p) => store.exec(c, p), file, readOnly);
      if (recovery.unclean) await store.removeIncomplete();
      return store;
    } catch (e) {
      await db?.close().catch(() => undefined);
      release(file, readOnly);
      throw classify(e, file);
    }
  }

  /** Run a prepared statement on the connection (no queueing: callers hold the queue). */
  private async exec(cypher: string, params: Record<string, unknown> = {}, timeoutMs = DEFAULT_TIMEOUT_MS, readOnly = false,
    maxRows = Infinity): Promise<Row[]> {
    const ps = await this.conn.prepare(cypher);
    if (!ps.isSuccess()) throw classify(new Error(ps.getErrorMessage()), this.file);
    if (readOnly && !ps.isReadOnly()) throw new StoreError('read-only-violation', 'Query refused: it would write to the graph.');
    this.conn.setQueryTimeout(Math.max(1, timeoutMs));
    const result = await this.conn.execute(ps, params as Record<string, lbug.LbugValue>);
    const results = Array.isArray(result) ? result : [result];
    const rows: Row[] = [];
    for (const r of results) {
      try {
        if (maxRows === Infinity) {
          for (const row of await r.getAll()) rows.push(rowToPlain(row));
        } else {
          // convert only the rows asked for: a huge result must not be turned into JS objects
          while (rows.length < maxRows && r.hasNext()) rows.push(rowToPlain(r.getNextSync() ?? {}));
        }
      } finally {
        r.close();
      }
    }
    return rows;
  }

  private enqueue<T>(work: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new StoreError('closed', 'The graph store is closed.'));
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => undefined);
    return next;
  }

  run(query: Query, options: RunOptions = {}): Promise<Row[]> {
    const readOnly = options.readOnly === true || this.readOnly;
    try {
      if (options.readOnly) checkReadOnly(query.cypher);
      else checkSingleStatement(query.cypher);
    } catch (e) {
      return Promise.reject(e);
    }
    return this.enqueue(async () => {
      if (!readOnly) this.writes++;
      try {
        return await this.exec(query.cypher, query.params, options.timeoutMs, readOnly, options.maxRows ?? Infinity);
      } catch (e) {
        throw classify(e, this.file);
      } finally {
        if (!readOnly) this.writes++;
      }
    });
  }

  /** Run `work` in one transaction; any throw rolls everything back. `durable`: checkpoint after the commit. */
  private transaction<T>(work: (tx: Tx) => Promise<T>, durable = true): Promise<T> {
    if (this.readOnly) return Promise.reject(new StoreError('read-only-violation', 'The store was opened read-only.'));
    return this.enqueue(async () => {
      this.writes++;
      await this.exec('BEGIN TRANSACTION');
      try {
        const value = await work({ run: (c, p) => this.exec(c, p), toDouble: (e) => `CAST(${e} AS DOUBLE)` });
        await this.exec('COMMIT');
        // Make the commit durable in the main file now: after a kill -9 mid-transaction LadybugDB 0.19 can fail to
        // replay the whole WAL (checksum error), losing earlier committed documents with it. A checkpoint empties it.
        // Non-durable loads leave that to flush()/close(): recovery then falls back to the last checkpoint.
        this.dirty = true;
        if (durable) await this.checkpoint();
        return value;
      } catch (e) {
        await this.exec('ROLLBACK').catch(() => undefined);
        throw classify(e, this.file);
      } finally {
        this.writes++;
      }
    });
  }

  private async checkpoint(): Promise<void> {
    await this.exec('CHECKPOINT');
    this.dirty = false;
  }

  /** Internal loader with a test-only fault hook (see tests/graph/contract.ts). */
  async loadWithFault(doc: PolicyDocument, faultInjection?: FaultInjection, options: LoadOptions = {}): Promise<LoadResult> {
    return (await this.loadBatchWithFault([doc], faultInjection, options))[0]!;
  }

  /** The batch loader with the test-only fault hook. */
  loadBatchWithFault(docs: PolicyDocument[], faultInjection?: FaultInjection, options: LoadOptions = {}): Promise<LoadResult[]> {
    if (docs.length === 0) return Promise.resolve([]);
    return this.transaction((tx) => loadBatchInTx(tx, docs, faultInjection), options.durable !== false);
  }

  loadDocuments(docs: PolicyDocument[], options?: LoadOptions): Promise<LoadResult[]> {
    return this.loadBatchWithFault(docs, undefined, options);
  }

  /** Checkpoint the loads committed with `durable: false` (nothing to do when there are none). */
  flush(): Promise<void> {
    return this.enqueue(async () => {
      if (this.dirty) await this.checkpoint().catch((e: unknown) => { throw classify(e, this.file); });
    });
  }

  /** After an unclean shutdown: remove documents whose stored footprint is not the one their load recorded. */
  private async removeIncomplete(): Promise<void> {
    const bad = await this.transaction((tx) => incompleteDocuments(tx));
    if (bad.length === 0) return;
    // one transaction: the removals, then the derived counts counted again from the graph (a half-applied document
    // may have left them half-applied too) — a kill in between must not leave the removals without the recount
    await this.transaction(async (tx) => {
      for (const id of bad) await purgeInTx(tx, id);
      await rebuildAggregates(tx);
    });
    for (const id of bad) {
      process.stderr.write(`policy-graph: ${id} was incomplete after an unclean shutdown and has been removed; ingest it again.\n`);
    }
  }

  loadDocument(doc: PolicyDocument, options?: LoadOptions): Promise<LoadResult> {
    return this.loadWithFault(doc, undefined, options);
  }

  removeDocument(id: string): Promise<boolean> {
    return this.transaction((tx) => removeInTx(tx, id));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.tail;
    if (this.dirty && !this.readOnly) await this.flush().catch(() => undefined);
    this.closed = true;
    await this.conn.close().catch(() => undefined);
    await this.db.close().catch(() => undefined);
    release(this.file, this.readOnly);
  }
}
