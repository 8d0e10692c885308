// Concurrent HTTP load on loopback with autocannon: latency percentiles and requests/s for one route.
import autocannon from 'autocannon';

export interface LoadSpec {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  /** JSON bodies, sent in rotation (POST only). */
  bodies?: unknown[];
  /** Extra request headers (the bench sends a browser's Accept-Encoding). */
  headers?: Record<string, string>;
}

export interface LoadResult {
  name: string;
  path: string;
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  /** No response completed within the window: the latencies are the window itself, a lower bound. */
  saturated?: boolean;
}

export async function runLoad(baseUrl: string, spec: LoadSpec, connections: number, seconds: number): Promise<LoadResult> {
  const bodies = (spec.bodies ?? []).map((b) => JSON.stringify(b));
  let turn = 0;
  const request: autocannon.Request = { method: spec.method, path: spec.path, headers: { ...spec.headers } };
  if (bodies.length > 0) {
    request.headers = { ...spec.headers, 'content-type': 'application/json' };
    request.setupRequest = (req) => ({ ...req, body: bodies[turn++ % bodies.length] });
  }
  const result = await autocannon({
    url: baseUrl, connections, duration: seconds, requests: [request], timeout: 20,
  });
  if (result.requests.total === 0) {
    const ms = Math.round(result.duration * 1000);
    return {
      name: spec.name, path: spec.path, connections, seconds: result.duration, requests: 0, rps: 0,
      p50: ms, p99: ms, max: ms, non2xx: result.non2xx, errors: result.errors, saturated: true,
    };
  }
  return {
    name: spec.name, path: spec.path, connections, seconds: result.duration,
    requests: result.requests.total, rps: result.requests.average,
    p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max,
    non2xx: result.non2xx, errors: result.errors,
  };
}
