// The narrow interface every caller uses; backends live in graph/ladybug and graph/neo4j.
import type { PolicyDocument } from '../ingest/model.ts';

/** A parameterized, single-statement Cypher query. Text from documents only ever travels in `params`. */
export interface Query {
  cypher: string;
  params: Record<string, unknown>;
}

/** A result row: plain JS values only (numbers, strings, booleans, null, arrays, plain objects). */
export type Row = Record<string, unknown>;

export interface RunOptions {
  /** Refuse anything that writes (checked statically and, where the engine allows, by a read-only transaction). */
  readOnly?: boolean;
  /** Abort the query after this many milliseconds. */
  timeoutMs?: number;
  /** Return at most this many rows. */
  maxRows?: number;
}

export interface LoadResult {
  documentId: string;
  replaced: boolean;   // an earlier version of the same document was removed first
  nodes: number;
  relationships: number;
}

export interface LoadOptions {
  /**
   * Default true: the load is crash-safe when it returns (LadybugDB checkpoints after it). false: it is committed
   * and visible, but a crash (kill -9) before the next `flush()` / `close()` may lose it — whole, never half. Batch
   * loaders (the CLI) pass false and call `flush()` every few documents, then report those documents as loaded.
   */
  durable?: boolean;
}

export interface GraphStore {
  readonly backend: 'ladybug' | 'neo4j';
  /**
   * Changes when a write through this store object starts and when it ends (loads, removes, runs without
   * `readOnly`), so a cache tagged with the version it was computed at is never served after a write. Writes by
   * other processes (possible on Neo4j only) do not change it.
   */
  readonly version: number;
  /** Run one statement. Throws StoreError on a bad query, a write under readOnly, a timeout or a closed store. */
  run(query: Query, options?: RunOptions): Promise<Row[]>;
  /** Atomically replace the document's subgraph (one transaction); shared agencies and references are reused. */
  loadDocument(doc: PolicyDocument, options?: LoadOptions): Promise<LoadResult>;
  /**
   * Load a batch in ONE transaction (one statement per table for the whole batch): all documents or none. Same
   * outcome as loading them one by one (re-loads replace, shared nodes merge, of duplicate ids the last wins);
   * one result per given document. Bulk loaders pass `durable: false` and `flush()` after each batch.
   * Both backends have it (optional only for test doubles; `loadBatch()` in graph/index.ts falls back to one by one).
   */
  loadDocuments?(docs: PolicyDocument[], options?: LoadOptions): Promise<LoadResult[]>;
  /** Make every committed load crash-safe now (LadybugDB: CHECKPOINT; Neo4j: nothing to do). `close()` does it too. */
  flush?(): Promise<void>;
  /** Remove a document's own subgraph; returns false when no such ingested document exists. */
  removeDocument(id: string): Promise<boolean>;
  close(): Promise<void>;
}

export type StoreErrorCode =
  | 'read-only-violation'   // a write was attempted through a read-only run
  | 'multi-statement'       // more than one statement in a query
  | 'syntax'                // the engine rejected the query text
  | 'timeout'
  | 'locked'                // another process owns the embedded database
  | 'schema-version'        // the store was created by another schema version
  | 'closed'
  | 'unavailable'           // the server backend cannot be reached
  | 'internal';

/** Classified store error; `message` is safe to show a user. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    readonly retriable = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreError';
  }
}
