import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { expandInputs, ingestBuffer, ingestFile } from '../../ingest/index.ts';
import { fixture } from './helpers.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('rejections', () => {
  const cases: [string, Uint8Array, RegExp, string][] = [
    ['empty', new Uint8Array(), /empty/, 'empty'],
    ['blank', enc(' \n\n\t '), /empty/, 'empty'],
    ['binary', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]), /binary/, 'binary'],
    ['undecodable', new Uint8Array([0xe4, 0xb8, 0xad, 0xff, 0xff, 0x80, 0x41]), /undecodable/, 'undecodable'],
    ['not this genre', enc('今天天气很好。\n我们去公园散步,看到很多人。\n'), /no numbered measures/, 'not-policy-document'],
  ];
  for (const [name, bytes, reason, code] of cases) {
    it(`rejects ${name} input with a reason naming the problem`, () => {
      const r = ingestBuffer(bytes, { file: `${name}.txt` });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.reason).toMatch(reason);
      expect(r.reason).toContain(`${name}.txt`);
      expect(r.diagnostics[0]).toMatchObject({ code, severity: 'fatal' });
    });
  }

  it('rejects a missing file naming it', async () => {
    const r = await ingestFile('/nonexistent/plan.txt');
    expect(r).toMatchObject({ ok: false, file: '/nonexistent/plan.txt', reason: expect.stringMatching(/plan\.txt.*not found/) });
  });

  it('reads a real file', async () => {
    const r = await ingestFile(fixture('layout-by-with.txt'));
    expect(r.ok).toBe(true);
  });

  it('never throws and never reports fatal diagnostics on an accepted document (any input)', () => {
    const line = fc.oneof(fc.constantFrom('一、总则', '(一)推进工作。(牵头单位:市财政局', '1.落实《规划》(国函〔2022〕1号)。(市科技局)',
      '具体落实举措:', '九)措施', '《未闭合', '到2025年达到1亿千瓦', '發(fā)展'), fc.string({ maxLength: 30 }));
    fc.assert(fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
      const r = ingestBuffer(enc(lines.join('\n')));
      if (r.ok) expect(r.document.diagnostics.some((d) => d.severity === 'fatal')).toBe(false);
      else expect(r.reason.length).toBeGreaterThan(0);
    }), { numRuns: 150 });
  });
});

describe('expandInputs', () => {
  it('expands directories recursively to sorted .txt/.htm/.html files and reports missing paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pg-ingest-'));
    mkdirSync(join(dir, 'sub'));
    for (const f of ['b.txt', 'a.html', 'sub/c.htm', 'skip.pdf', 'sub/d.TXT']) writeFileSync(join(dir, f), 'x');
    const r = await expandInputs([dir, join(dir, 'nope.txt')]);
    expect(r.files).toEqual(['a.html', 'b.txt', 'sub/c.htm', 'sub/d.TXT'].map((f) => join(dir, f)));
    expect(r.missing).toEqual([join(dir, 'nope.txt')]);
  });
});

describe('lossy conversions', () => {
  it('rejects a text mostly lost to "?" as undecodable, but keeps a text with a few garbled runs', () => {
    const lossy = '某某市工作分解方案\n一、推?科技?新\n(一)建?新平台。(牵?位:市科技?局)\n1.制定?新平台建?施方案。(市科技?局)\n2.推?人才引?。(市人力?源和社?保障局)\n(二)加?保障。(??位:市?政局)\n';
    const r = ingestBuffer(enc(lossy), { file: 'lossy.txt' });
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/undecodable/) });
    const fine = ingestBuffer(enc('某某市工作分解方案\n一、总则\n(一)开展石灰?guī)r开采。(牵头单位:市自然资源局)'));
    expect(fine.ok).toBe(true);
  });
});
