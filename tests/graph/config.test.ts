// The LadybugDB buffer pool setting (graph/ladybug/config.ts).
import { describe, expect, it } from 'vitest';
import { bufferPoolBytes, DEFAULT_BUFFER_POOL_MB, SERVER_BUFFER_POOL_MB } from '../../graph/ladybug/config.ts';

describe('POLICY_GRAPH_BUFFER_POOL_MB', () => {
  it('sets the buffer pool in MiB; unset, non-numeric or tiny values give the default', () => {
    const MiB = 1024 * 1024;
    expect(bufferPoolBytes({ POLICY_GRAPH_BUFFER_POOL_MB: '512' })).toBe(512 * MiB);
    expect(bufferPoolBytes({ POLICY_GRAPH_BUFFER_POOL_MB: '1.5e3' })).toBe(1500 * MiB);
    for (const bad of [undefined, '', 'lots', '0', '-5', '10']) {
      expect(bufferPoolBytes({ POLICY_GRAPH_BUFFER_POOL_MB: bad }), String(bad)).toBe(DEFAULT_BUFFER_POOL_MB * MiB);
    }
  });

  it("overrides the caller's default (the server's 512 MiB) when set, and falls back to it otherwise", () => {
    const MiB = 1024 * 1024;
    expect(bufferPoolBytes({}, SERVER_BUFFER_POOL_MB)).toBe(SERVER_BUFFER_POOL_MB * MiB);
    expect(bufferPoolBytes({ POLICY_GRAPH_BUFFER_POOL_MB: 'x' }, SERVER_BUFFER_POOL_MB)).toBe(SERVER_BUFFER_POOL_MB * MiB);
    expect(bufferPoolBytes({ POLICY_GRAPH_BUFFER_POOL_MB: '2048' }, SERVER_BUFFER_POOL_MB)).toBe(2048 * MiB);
  });
});
