// Serializes writes (LadybugDB has one writer); reads never wait on it. Counts finished writes (the graph version).
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private pending = 0;
  private finished = 0;

  /** Run `job` after every job queued before it; its result or error is returned to this caller only. */
  run<T>(job: () => Promise<T>): Promise<T> {
    this.pending++;
    const counted = async (): Promise<T> => {
      try { return await job(); } finally { this.finished++; }   // a failed write may still have changed the graph
    };
    const result = this.tail.then(counted, counted);
    this.tail = result.then(() => undefined, () => undefined).finally(() => { this.pending--; });
    return result;
  }

  /** The graph version: bumped when each write job ends (before its caller sees the result). Views cache per version. */
  get version(): number { return this.finished; }

  /** Jobs queued or running. */
  get size(): number { return this.pending; }

  /** Resolves once everything queued so far has finished. */
  async drain(): Promise<void> {
    await this.tail;
  }
}
