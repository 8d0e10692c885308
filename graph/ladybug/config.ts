// Engine settings from the environment.

/** Default buffer pool: LadybugDB's own default is a large share of RAM (the server peaked at 2 GB on 10,000 documents). */
export const DEFAULT_BUFFER_POOL_MB = 1024;

/**
 * The server's default (`policy-graph serve`): on a 10,000-document store built by ingest (2.1 GB file) its peak RSS
 * was 1761 MB with 1024 MiB and 1265 MB with 512 MiB under the bench's load (bench/RESULTS.md); cached answers were
 * as fast, questions asked for the first time ≈45% slower. Bulk ingest keeps the larger default.
 */
export const SERVER_BUFFER_POOL_MB = 512;

/**
 * Buffer pool size in bytes: POLICY_GRAPH_BUFFER_POOL_MB when set (a number of MiB, at least 64), else `fallbackMb`
 * (the caller's default), else DEFAULT_BUFFER_POOL_MB.
 */
export function bufferPoolBytes(env: NodeJS.ProcessEnv = process.env, fallbackMb = DEFAULT_BUFFER_POOL_MB): number {
  const mb = Number(env.POLICY_GRAPH_BUFFER_POOL_MB);
  return Math.round((Number.isFinite(mb) && mb >= 64 ? mb : fallbackMb) * 1024 * 1024);
}
