// The throughput shortcuts (regex-driven sweeps, skipped passes, string tests instead of end-anchored regexes)
// must give exactly what the plain definitions give: each is checked against that definition on random input.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bracketDiagnostics, firstUnmatched } from '../../ingest/brackets.ts';
import { foldWidth, removePinyin } from '../../ingest/normalize.ts';
import { splitAgencies } from '../../ingest/roles.ts';
import { findTargets } from '../../ingest/targets.ts';
import { parallelSimplified, toSimplified } from '../../ingest/chinese.ts';
import { Locator, splitLines } from '../../ingest/spans.ts';
import { extractReferences } from '../../ingest/references.ts';
import { strictUtf8 } from '../../ingest/decode.ts';
import { z } from 'zod';
import { PolicyDocument } from '../../ingest/model.ts';
import { ingestFile } from '../../ingest/index.ts';

const piece = (xs: string[]) => fc.array(fc.constantFrom(...xs), { maxLength: 40 }).map((a) => a.join(''));
const RUNS = { numRuns: 300 };

describe('fast paths equal their definitions', () => {
  it('bracket sweep = firstUnmatched per line', () => {
    const text = piece(['《', '》', '〈', '〉', '〔', '〕', '(', ')', '[', ']', '【', '】', '“', '”', '\n', '字', '發', ' ', 'a']);
    fc.assert(fc.property(text, (t) => {
      const simp = parallelSimplified(t);
      const lines = splitLines(simp);
      const loc = new Locator(t);
      const got = bracketDiagnostics(t, simp, lines, loc, []).map((d) => [d.line, d.column]);
      const want = lines.flatMap((l) => {
        const at = firstUnmatched(l.text);
        return at < 0 ? [] : [[l.line, at + 1]];
      });
      expect(got).toEqual(want);
    }), RUNS);
  });

  it('foldWidth = a map of every code unit', () => {
    const text = piece(['（', '）', '：', 'Ａ', '１', '～', '！', '\u3000', '字', 'a', ' ', '\ud800', '\uff5f', '\uff00']);
    fc.assert(fc.property(text, (t) => {
      const want = [...t].map((c) => {
        const code = c.charCodeAt(0);
        return code === 0x3000 ? ' ' : code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : c;
      }).join('');
      expect(foldWidth(t)).toBe(want);
    }), RUNS);
  });

  it('removePinyin without a toned vowel changes nothing, with one it removes annotations', () => {
    expect(removePinyin('印发(fa)落实')).toBe('印发(fa)落实');
    expect(removePinyin('印發(fā)落實')).toBe('印發落實');
  });

  it('splitAgencies = the regex chain it replaces', () => {
    const list = piece(['以及', '等', '等单位', '等部门', '。', '.', ' ', '、', ',', '，', ';', '市', '局', '能源']);
    fc.assert(fc.property(list, (l) => {
      const want = l.split(/[、,，;；\s]+/)
        .map((s) => s.replace(/^(以及)/, '').replace(/(等|等单位|等部门)$/, '').replace(/[。.]+$/, '').trim())
        .filter((s) => s.length > 0);
      expect(splitAgencies(l)).toEqual(want);
    }), RUNS);
  });

  it('parallelSimplified = toSimplified char by char (same length)', () => {
    const text = piece(['發', '展', '實', '區', '裡', '衞', '后', '字', 'a', '\n', '（', '\ud800', '\udc00', '\ufeff', '😀']);
    fc.assert(fc.property(text, (t) => {
      const want = [...t].map((c) => {
        if (c.length !== 1 || c.charCodeAt(0) < 0x3400 || (c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff)) return c;
        const s = toSimplified(c);
        return s.length === 1 ? s : c;
      }).join('');
      expect(parallelSimplified(t)).toBe(want);
    }), RUNS);
  });

  it('references: 《》 pairing by indexOf = the char-by-char walk (unclosed, nested 《, line breaks)', () => {
    const text = piece(['《', '》', '\n', '字', '发']);
    const walk = (t: string): string[] => { // one title per 《: closed on its line, else reported unclosed
      const out: string[] = [];
      let pending = -1;
      for (let i = 0; i < t.length; i++) {
        if (t[i] === '《') { if (pending >= 0) out.push('open'); pending = i; }
        else if (t[i] === '》' && pending >= 0) { out.push(t.slice(pending + 1, i).trim()); pending = -1; }
        else if (t[i] === '\n' && pending >= 0) { out.push('open'); pending = -1; }
      }
      if (pending >= 0) out.push('open');
      return out;
    };
    fc.assert(fc.property(text, (t) => {
      const loc = new Locator(t);
      const r = extractReferences({ orig: t, simp: t, loc, documentId: 'd', regions: [], selfKeys: [], selfNumber: null, skip: () => false });
      const unclosed = r.diagnostics.filter((d) => d.message.includes('never closed')).length;
      const titles = r.citations.length;
      const want = walk(t);
      expect(unclosed).toBe(want.filter((x) => x === 'open').length);
      expect(titles).toBe(want.length - unclosed);
    }), RUNS);
  });

  it('strictUtf8 = a fatal TextDecoder (BOM kept) on valid and invalid bytes', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const reference = (b: Uint8Array): string | null => { try { return fatal.decode(b); } catch { return null; } };
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 64 }),
      fc.string({ unit: 'binary', maxLength: 40 }).map((t) => new Uint8Array(Buffer.from(t))),
      fc.tuple(fc.string({ unit: 'binary', maxLength: 20 }), fc.uint8Array({ maxLength: 3 }))
        .map(([t, tail]) => new Uint8Array([...Buffer.from(t), ...tail])));
    fc.assert(fc.property(bytes, (b) => { expect(strictUtf8(b)).toBe(reference(b)); }), { numRuns: 1000 });
    expect(strictUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBeNull(); // an encoded surrogate
    expect(strictUtf8(new Uint8Array([0xc0, 0xaf]))).toBeNull(); // overlong
  });

  it('the compiled model (z.compile) compiles whole and answers as the runtime parser on broken documents', async () => {
    expect(() => z.compile(PolicyDocument, { strict: true })).not.toThrow(); // no part left to the slow runtime
    const compiled = z.compile(PolicyDocument);
    const r = await ingestFile('seeds/ordos-efufa-2023-58.txt');
    if (!r.ok) throw new Error(r.reason);
    const doc = r.document;
    expect(compiled.safeParse(doc).data).toEqual(PolicyDocument.parse(doc));
    const breaks: ((d: any) => void)[] = [
      (d) => { d.measures[0].ref = '1'; }, (d) => { d.actions[0].span.start = -1; }, (d) => { d.extra = 1; },
      (d) => { d.targets[0].comparator = '≈'; }, (d) => { d.source.sha256 = 'x'; }, (d) => { d.agencies[0].aliases.push(''); },
      (d) => { delete d.citations[0].status; }, (d) => { d.writtenOn = '2023-1-1'; }, (d) => { d.chapters[0].ordinal = 1.5; },
    ];
    for (const b of breaks) {
      const d = structuredClone(doc);
      b(d);
      const want = PolicyDocument.safeParse(d);
      const got = compiled.safeParse(d);
      expect(want.success).toBe(false);
      expect(got.success).toBe(false);
      expect(got.error?.issues[0]?.message).toBe(want.error?.issues[0]?.message);
    }
  });

  it('findTargets: a unit without a digit has no target; clause ends are , ; 。 and line breaks', () => {
    expect(findTargets('到年底建成投运。(市能源局)')).toEqual([]);
    const found = findTargets('到2025年,全市装机达到1亿千瓦;新建5000个充电桩。\n2023年底前完成验收');
    expect(found.map((t) => [t.year, t.value, t.unit, t.comparator])).toEqual([
      [2025, 1, '亿千瓦', '>='], [2025, 5000, '个', '='], [2023, null, null, null]]);
  });
});
