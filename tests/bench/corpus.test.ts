// The corpus generator: deterministic bytes from a seed, the genre's shape, and documents that the real ingest reads
// back with the counts the generator wrote.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateCorpus, generateDocument } from '../../bench/index.ts';
import { ingestBuffer, titleKey } from '../../ingest/index.ts';

const digest = (docs: Array<{ name: string; text: string }>): string => {
  const h = createHash('sha256');
  for (const d of docs) h.update(d.name).update('\0').update(d.text).update('\0');
  return h.digest('hex');
};

describe('generateCorpus', () => {
  const docs = generateCorpus({ count: 60, seed: 7 });

  it('gives the same bytes for the same seed and different bytes for another seed', () => {
    expect(digest(generateCorpus({ count: 60, seed: 7 }))).toBe(digest(docs));
    expect(digest(generateCorpus({ count: 60, seed: 8 }))).not.toBe(digest(docs));
    // document i does not depend on the corpus size
    expect(generateDocument(7, 42).text).toBe(docs[42]?.text);
  });

  it('writes the genre: header, chapters, measures with agencies, actions, both scripts, unique numbers', () => {
    const numbers = new Set(docs.map((d) => d.truth.number));
    expect(numbers.size).toBe(docs.length);
    expect(docs.some((d) => d.truth.traditional)).toBe(true);
    expect(docs.some((d) => !d.truth.traditional)).toBe(true);
    expect(docs.some((d) => d.truth.malformed)).toBe(true);
    for (const d of docs) {
      expect(d.truth.chapters).toBeGreaterThanOrEqual(3);
      expect(d.truth.chapters).toBeLessThanOrEqual(9);
      expect(d.text).toMatch(d.truth.traditional ? /發(\(fā\))?文字號/ : /发文字号/);
      expect(d.text).toContain(d.truth.traditional ? "落實舉措" : "落实举措");
      for (const m of d.truth.measures) for (const a of m.actions) expect(a.length).toBe(1);
    }
    const agencies = new Set(docs.flatMap((d) => d.truth.measures.flatMap((m) => [...m.lead, ...m.cooperating])));
    expect(agencies.size).toBeGreaterThan(100);
    // cross-citations between generated documents by 发文字号
    const cited = docs.flatMap((d) => d.truth.citations.map((c) => c.number)).filter((n) => n && numbers.has(n));
    expect(cited.length).toBeGreaterThan(5);
    expect(docs.some((d) => d.truth.citations.some((c) => c.status === 'planned'))).toBe(true);
    expect(docs.flatMap((d) => d.truth.targets).length).toBeGreaterThan(50);
  });
});

describe('generated documents through the real ingest', () => {
  const docs = generateCorpus({ count: 40, seed: 11 });
  const results = docs.map((d) => ({ g: d, r: ingestBuffer(Buffer.from(d.text, 'utf8'), { file: d.name }) }));

  it('accepts every document and reads its header, structure, agencies, citations and targets', () => {
    for (const { g, r } of results) {
      expect(r.ok, g.name).toBe(true);
      if (!r.ok) continue;
      const d = r.document;
      const t = g.truth;
      expect({ name: g.name, number: d.number, issuer: d.issuer, writtenOn: d.writtenOn, publishedOn: d.publishedOn })
        .toEqual({ name: g.name, number: t.number, issuer: t.issuer, writtenOn: t.writtenOn, publishedOn: t.publishedOn });
      expect(d.chapters.length, g.name).toBe(t.chapters);
      expect(d.measures.map((m) => m.ref), g.name).toEqual(t.measures.map((m) => m.ref));
      expect(d.actions.length, g.name).toBe(t.measures.reduce((s, m) => s + m.actions.length, 0));
      for (const m of t.measures) {
        const dm = d.measures.find((x) => x.ref === m.ref)!;
        const keep = (ids: string[]) => [...ids].sort();
        expect(keep(dm.lead), `${g.name} ${m.ref}`).toEqual(keep(m.lead));
        expect(keep(dm.cooperating), `${g.name} ${m.ref}`).toEqual(keep(m.cooperating));
        m.actions.forEach((responsible, i) => {
          const da = d.actions.find((x) => x.ref === `${m.ref}.${i + 1}`);
          expect(keep(da?.responsible ?? ['<missing action>']), `${g.name} ${m.ref}.${i + 1}`).toEqual(keep(responsible));
        });
      }
      for (const c of t.citations) {
        const id = c.number ? `number:${c.number}` : `title:${titleKey(c.title)}`;
        expect(d.references.find((x) => x.id === id)?.status, `${g.name} ${id}`).toBe(c.status);
      }
      for (const x of t.targets) {
        expect(d.targets.some((y) => y.year === x.year && y.value === x.value && y.unit === x.unit && y.comparator === x.comparator),
          `${g.name} target ${x.year} ${x.value}${x.unit}`).toBe(true);
      }
    }
  });
});
