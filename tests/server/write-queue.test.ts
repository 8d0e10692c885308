import { describe, expect, it } from 'vitest';
import { WriteQueue } from '../../server/write-queue.ts';

describe('WriteQueue', () => {
  it('runs jobs one at a time in order; a failure reaches only its caller', async () => {
    const q = new WriteQueue();
    const log: string[] = [];
    let running = 0;
    const job = (name: string, fail = false) => async () => {
      running++;
      expect(running).toBe(1);
      await new Promise((r) => setImmediate(r));
      log.push(name);
      running--;
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([q.run(job('a')), q.run(job('b', true)), q.run(job('c'))]);
    expect(log).toEqual(['a', 'b', 'c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    await q.drain();
    expect(q.size).toBe(0);
  });
});
