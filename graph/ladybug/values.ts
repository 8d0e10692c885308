// LadybugDB driver values → plain JS values (the only shapes that leave graph/ladybug).
const INTERNAL = new Set(['_id', '_label', '_src', '_dst']);

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value instanceof Map) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of value) out[String(k)] = toPlain(v);
    return out;
  }
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    if ('_nodes' in obj && '_rels' in obj) {
      return { nodes: toPlain(obj._nodes), relationships: toPlain(obj._rels) };
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(obj)) if (!INTERNAL.has(k)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

export function rowToPlain(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) out[k] = toPlain(v);
  return out;
}
