// The sample in other forms (GB18030 bytes, an HTML page, Simplified script) gives the same structure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { ingestBuffer, toSimplified, type PolicyDocument } from '../../ingest/index.ts';
import { SAMPLE } from './helpers.ts';

const text = readFileSync(SAMPLE, 'utf8');
const get = (bytes: Uint8Array, contentType?: string): PolicyDocument => {
  const r = ingestBuffer(bytes, { file: 'sample', ...(contentType ? { contentType } : {}) });
  if (!r.ok) throw new Error(r.reason);
  return r.document;
};
const shape = (d: PolicyDocument) => ({
  id: d.id, number: d.number, writtenOn: d.writtenOn, publishedOn: d.publishedOn, indexNumber: d.indexNumber,
  measures: d.measures.map((m) => [m.ref, m.lead, m.cooperating]),
  actions: d.actions.map((a) => [a.ref, a.responsible]),
  agencies: d.agencies.map((a) => a.id).sort(),
  references: d.references.map((r) => [r.id, r.status, r.forwards]),
  targets: d.targets.map((t) => [t.id, t.year, t.value, t.unit, t.comparator]),
});
const utf8 = get(new TextEncoder().encode(text));

describe('the sample in other forms', () => {
  it('GB18030 bytes decode to the identical document', () => {
    const gb = get(iconv.encode(text, 'gb18030'));
    expect(gb.source.encoding).toBe('gb18030');
    expect({ ...gb, source: null }).toEqual({ ...utf8, source: null });
  });

  it('an HTML page of it parses to the same structure', () => {
    const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const html = `<html><head><meta charset="utf-8"><title>x</title><script>var x="(一)假"</script></head><body><nav>首页</nav>${
      text.split('\n').map((l) => `<p>${esc(l)}</p>`).join('\n')}</body></html>`;
    const d = get(new TextEncoder().encode(html), 'text/html');
    expect(d.source.format).toBe('html');
    expect(shape(d)).toEqual(shape(utf8));
  });

  it('a Simplified rendering parses to the same structure and ids', () => {
    const d = get(new TextEncoder().encode(toSimplified(text)));
    expect(shape(d)).toEqual(shape(utf8));
  });
});
