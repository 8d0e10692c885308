// The one HTTP client. GETs are cached for the page's lifetime (re-rendering after a 简/繁 switch is free).
import type {
  AgencyDetail, AgencySummary, AskResponse, DocumentDetail, DocumentSummary, Elements, MeasureDetail, Target,
} from './types.ts';

/** An API failure with a message that is safe to show. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
    this.name = 'ApiError';
  }
}

const cache = new Map<string, Promise<unknown>>();

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { accept: 'application/json', ...init?.headers } });
  } catch {
    throw new ApiError(0, 'network', '无法连接服务器 (network error)');
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    const message = typeof err?.message === 'string' ? err.message : `请求失败 HTTP ${res.status}`;
    throw new ApiError(res.status, typeof err?.code === 'string' ? err.code : 'http', message);
  }
  return body as T;
}

function get<T>(path: string): Promise<T> {
  let hit = cache.get(path);
  if (!hit) {
    hit = request<T>(path);
    hit.catch(() => cache.delete(path));
    cache.set(path, hit);
  }
  return hit as Promise<T>;
}

function query(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

const enc = encodeURIComponent;

export const api = {
  agencies: () => get<AgencySummary[]>('/api/agencies'),
  agency: (id: string) => get<AgencyDetail>(`/api/agencies/${enc(id)}`),
  measure: (id: string) => get<MeasureDetail>(`/api/measures/${enc(id)}`),
  documents: () => get<DocumentSummary[]>('/api/documents'),
  document: (id: string) => get<DocumentDetail>(`/api/documents/${enc(id)}`),
  documentText: (id: string) => get<{ id: string; text: string }>(`/api/documents/${enc(id)}/text`),
  targets: (p: { year?: string; agency?: string } = {}) => get<Target[]>(`/api/targets${query(p)}`),
  agencyGraph: (p: { chapter?: string; role?: string; document?: string } = {}) =>
    get<Elements>(`/api/graph/agencies${query(p)}`),
  citationGraph: (p: { document?: string } = {}) => get<Elements>(`/api/graph/citations${query(p)}`),
  measureGraph: (id: string) => get<Elements>(`/api/graph/measures/${enc(id)}`),
  ask: (question: string) =>
    request<AskResponse>('/api/ask', {
      method: 'POST',
      body: JSON.stringify({ question }),
      headers: { 'content-type': 'application/json' },
    }),
};
