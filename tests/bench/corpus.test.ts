// The corpus generator: deterministic bytes from a seed, the genre's shape, and documents that the real ingest reads
// back with the counts the generator wrote.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateCorpus, generateDocument } from '../../bench/corpus.ts';

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
