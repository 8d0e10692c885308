// Engine settings from the environment.

/** Default buffer pool: LadybugDB's own default is a large share of RAM (the server peaked at 2 GB on 10,000 documents). */
export const DEFAULT_BUFFER_POOL_MB = 1024;

/** Buffer pool size in bytes from POLICY_GRAPH_BUFFER_POOL_MB (a positive number of MiB; anything else → the default). */
export function bufferPoolBytes(env: NodeJS.ProcessEnv = process.env): number {
  const mb = Number(env.POLICY_GRAPH_BUFFER_POOL_MB);
  return Math.round((Number.isFinite(mb) && mb >= 64 ? mb : DEFAULT_BUFFER_POOL_MB) * 1024 * 1024);
}
