// Issue 7: property tests — random strings, random bytes and mutations of real documents never crash ingest.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ingestBuffer } from '../../ingest/index.ts';
import type { IngestResult } from '../../ingest/model.ts';
import { sampleText, utf8 } from '../support/index.ts';
import { miniDoc } from '../../scripts/malformed-cases.ts';
import { resultProblems, noThrow } from './check.ts';

const RUNS = { numRuns: 200, seed: 7, endOnFailure: true };
const MUTATE_RUNS = { numRuns: 60, seed: 11, endOnFailure: true };

function holds(bytes: Uint8Array, file: string, contentType?: string): boolean {
  const { value, thrown } = noThrow(() => ingestBuffer(bytes, contentType ? { file, contentType } : { file }));
  if (thrown) throw new Error(`ingestBuffer threw: ${thrown}`);
  const problems = resultProblems(value as IngestResult);
  if (problems.length) throw new Error(problems.slice(0, 5).join('\n'));
  return true;
}

// Characters that matter to the parser, so random text often looks almost like the genre.
const genreChars = [...'一二三四五六七八九十、()()《》〈〉〔〕【】:,。;1234567890.牵头单位配合责任市局委办年月日到达不低于亿万千瓦\n\r \u3000發(fā)区(qū)'];
const genreString = fc.array(fc.constantFrom(...genreChars), { maxLength: 400 }).map((a) => a.join(''));
const fragment = fc.constantFrom('一、总则\n', '(一)推进建设。(牵头单位:市财政局,配合单位:市科技局)\n', '具体落实举措:\n', '1.制定《方案》(某府发〔2024〕1号)。(市财政局)\n',
  '2.到2025年达到1亿千瓦。\n', '<p>', '</p>', '<meta charset="gbk">', '\u0000', '\ufeff', '九)', '(牵头单位:', '《', '〕');
const fragments = fc.array(fragment, { maxLength: 40 }).map((a) => a.join(''));

describe('ingestBuffer on random input', () => {
  it('random unicode strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => holds(utf8(s), 'r.txt')), RUNS);
  });
  it('random genre-alphabet strings', () => {
    fc.assert(fc.property(genreString, (s) => holds(utf8(s), 'g.txt')), RUNS);
  });
  it('random sequences of genre fragments, as text and as HTML', () => {
    fc.assert(fc.property(fragments, fc.boolean(), (s, asHtml) =>
      holds(utf8(asHtml ? `<html><body>${s}</body></html>` : s), asHtml ? 'f.html' : 'f.txt')), RUNS);
  });
  it('random bytes, with and without a content type hint', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), fc.constantFrom(undefined, 'text/html', 'text/plain'), (b, ct) => holds(b, 'b.bin', ct)), RUNS);
  });
});

type Edit = { kind: 'insert' | 'delete' | 'replace'; at: number; len: number; text: string };
const edit = fc.record({
  kind: fc.constantFrom<Edit['kind']>('insert', 'delete', 'replace'),
  at: fc.nat(), len: fc.integer({ min: 1, max: 40 }),
  text: fc.oneof(genreString.map((s) => s.slice(0, 20)), fc.string({ unit: 'binary', maxLength: 8 })),
});
function apply(text: string, edits: Edit[]): string {
  let t = text;
  for (const e of edits) {
    const at = t.length ? e.at % t.length : 0;
    if (e.kind === 'insert') t = t.slice(0, at) + e.text + t.slice(at);
    else if (e.kind === 'delete') t = t.slice(0, at) + t.slice(at + e.len);
    else t = t.slice(0, at) + e.text + t.slice(at + e.len);
  }
  return t;
}

describe('ingestBuffer on mutated documents', () => {
  const mini = miniDoc();
  const sample = sampleText();
  const chapters = sample.split(/(?=^[一二三四五六七八九十]+、)/m);

  it('insert/delete/replace edits of a small document', () => {
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => holds(utf8(apply(mini, edits)), 'm.txt')), RUNS);
  });
  it('insert/delete/replace edits of the sample', () => {
    fc.assert(fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => holds(utf8(apply(sample, edits)), 's.txt')), MUTATE_RUNS);
  });
  it('chapters of the sample spliced, repeated and dropped', () => {
    expect(chapters.length).toBeGreaterThan(5);
    fc.assert(fc.property(fc.array(fc.nat({ max: chapters.length - 1 }), { maxLength: 12 }), (order) =>
      holds(utf8(order.map((i) => chapters[i]).join('')), 'c.txt')), MUTATE_RUNS);
  });
  it('lines of the sample picked, repeated and reordered', () => {
    const lines = sample.split('\n');
    fc.assert(fc.property(fc.array(fc.nat({ max: lines.length - 1 }), { maxLength: 80 }), (pick) =>
      holds(utf8(pick.map((i) => lines[i]).join('\n')), 'l.txt')), MUTATE_RUNS);
  });
  it('the sample cut at any byte', () => {
    const bytes = utf8(sample);
    fc.assert(fc.property(fc.nat({ max: bytes.length }), (at) => holds(bytes.slice(0, at), 't.txt')), MUTATE_RUNS);
  });
});
