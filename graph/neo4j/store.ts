// GraphStore over a Neo4j server: reads in read transactions, writes in write transactions, a timeout on each.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { PolicyDocument } from '../../ingest/model.ts';
import { checkReadOnly, checkSingleStatement } from '../guard.ts';
import { loadBatchInTx, removeInTx, type FaultInjection, type Tx } from '../loader.ts';
import { StoreError, type GraphStore, type LoadOptions, type LoadResult, type Query, type Row, type RunOptions } from '../types.ts';
import { classify } from './errors.ts';
import { META_LABEL } from '../schema.ts';
import { ensureSchema } from './schema.ts';
import { toParams, toPlain } from './values.ts';

export const DEFAULT_TIMEOUT_MS = 30_000;
const LOAD_TIMEOUT_MS = 300_000;

async function runIn(tx: ManagedTransaction, cypher: string, params: Record<string, unknown> = {}, maxRows = Infinity): Promise<Row[]> {
  const rows: Row[] = [];
  if (maxRows <= 0) return rows;
  // stream the records and stop at maxRows: the rest of a huge result is never pulled
  for await (const rec of tx.run(cypher, toParams(params) as Record<string, unknown>)) {
    const row: Row = {};
    for (const key of rec.keys) row[String(key)] = toPlain(rec.get(key));
    rows.push(row);
    if (rows.length >= maxRows) break;
  }
  return rows;
}

export class Neo4jStore implements GraphStore {
  readonly backend = 'neo4j' as const;
  private closed = false;
  private writes = 0;

  get version(): number { return this.writes; }

  private constructor(private readonly driver: Driver, private readonly database: string | undefined,
    readonly where: string, readonly readOnly: boolean) {}

  static async open(uri: string, auth: { user?: string; password?: string }, database: string | undefined, readOnly: boolean) {
    let driver: Driver;
    try {
      driver = neo4j.driver(uri, neo4j.auth.basic(auth.user ?? 'neo4j', auth.password ?? ''), { disableLosslessIntegers: false });
    } catch (e) {
      throw new StoreError('unavailable', `NEO4J_URI "${uri}" is not a Neo4j address (e.g. bolt://localhost:7687 or neo4j://host:7687).`,
        false, { cause: e });
    }
    const store = new Neo4jStore(driver, database, uri, readOnly);
    try {
      await driver.verifyConnectivity(database ? { database } : {});
      await ensureSchema((c, p) => store.tx('read', (tx) => runIn(tx, c, p)), (c, p) => store.tx('write', (tx) => runIn(tx, c, p)),
        (work) => store.tx('write', (tx) => work(store.adapt(tx)), LOAD_TIMEOUT_MS), uri, readOnly);
      return store;
    } catch (e) {
      await driver.close().catch(() => undefined);
      throw classify(e, uri);
    }
  }

  private async tx<T>(mode: 'read' | 'write', work: (tx: ManagedTransaction) => Promise<T>, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    if (this.closed) throw new StoreError('closed', 'The graph store is closed.');
    if (mode === 'write' && this.readOnly) throw new StoreError('read-only-violation', 'The store was opened read-only.');
    const session = this.driver.session({
      database: this.database, defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    if (mode === 'write') this.writes++;
    try {
      const config = { timeout: Math.max(1, timeoutMs) };
      return mode === 'read' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (e) {
      throw classify(e, this.where);
    } finally {
      await session.close();
      if (mode === 'write') this.writes++;
    }
  }

  async run(query: Query, options: RunOptions = {}): Promise<Row[]> {
    const readOnly = options.readOnly === true || this.readOnly;
    if (options.readOnly) checkReadOnly(query.cypher);
    else checkSingleStatement(query.cypher);
    return this.tx(readOnly ? 'read' : 'write', (tx) => runIn(tx, query.cypher, query.params, options.maxRows ?? Infinity), options.timeoutMs);
  }

  /** Internal loader with a test-only fault hook; a throw anywhere rolls the whole transaction back. */
  async loadWithFault(doc: PolicyDocument, faultInjection?: FaultInjection): Promise<LoadResult> {
    return (await this.loadBatchWithFault([doc], faultInjection))[0]!;
  }

  /** The batch loader with the test-only fault hook: one write transaction for all the documents. */
  async loadBatchWithFault(docs: PolicyDocument[], faultInjection?: FaultInjection): Promise<LoadResult[]> {
    if (docs.length === 0) return [];
    return this.tx('write', async (tx) => loadBatchInTx(await this.serialized(tx), docs, faultInjection), LOAD_TIMEOUT_MS);
  }

  /** Every committed Neo4j transaction is durable: `options.durable` changes nothing. */
  loadDocuments(docs: PolicyDocument[], _options?: LoadOptions): Promise<LoadResult[]> {
    return this.loadBatchWithFault(docs);
  }

  /** Every committed Neo4j transaction is durable: `options.durable` changes nothing. */
  loadDocument(doc: PolicyDocument, _options?: LoadOptions): Promise<LoadResult> {
    return this.loadWithFault(doc);
  }

  /** Nothing to do: Neo4j commits are durable. */
  async flush(): Promise<void> {}

  removeDocument(id: string): Promise<boolean> {
    return this.tx('write', async (tx) => removeInTx(await this.serialized(tx), id), LOAD_TIMEOUT_MS);
  }

  /**
   * Take the writers' lock first: the derived agency counts (graph/aggregates.ts) are read, added to in JS and written
   * back, which under Neo4j's read-committed isolation would lose one of two concurrent updates (a CLI ingest beside
   * a server upload). Writing one agreed node locks it until commit, so loads and removes run one after another.
   */
  private async serialized(tx: ManagedTransaction): Promise<Tx> {
    await runIn(tx, `MERGE (m:${META_LABEL} {key: 'writer'}) SET m.value = $at`, { at: new Date().toISOString() });
    return this.adapt(tx);
  }

  private adapt(tx: ManagedTransaction): Tx {
    return { run: (c, p) => runIn(tx, c, p), toDouble: (e) => `toFloat(${e})` };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close();
  }
}
