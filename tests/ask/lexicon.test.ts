// The lexicon comes from the graph, is cached per store, and is rebuilt when documents change.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphStore } from '../../graph/types.ts';
import { answerQuestion, loadLexicon } from '../../server/ask/index.ts';
import { miniDocument } from '../fixtures/ask/mini-doc.ts';
import { openTempStore } from '../support/index.ts';
import { sampleStore } from './setup.ts';

let store: GraphStore;
beforeAll(async () => { ({ store } = await sampleStore()); });
afterAll(async () => { await store?.close(); });

describe('lexicon', () => {
  it('holds agencies with their aliases, canonical document numbers, chapters and measure refs', async () => {
    const lex = await loadLexicon(store);
    expect(lex.agencies.size).toBe(22);
    for (const form of ['市科技局', '科技局', '科学技术局', 'science and technology bureau']) {
      expect([...(lex.agencyForms.get(form.toLowerCase()) ?? [])], form).toEqual(['市科学技术局']);
    }
    expect(lex.numbers.get('鄂府办发〔2021〕25号')?.title).toBeTruthy();
    expect(lex.chapters.map((c) => c.ordinal)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(lex.measureRefs.has('6.11')).toBe(true);
  });
  it('is cached while nothing changes and rebuilt when a document is added or removed', async () => {
    const first = await loadLexicon(store);
    expect(await loadLexicon(store)).toBe(first);
    const before = await answerQuestion(store, '市商务局牵头的措施', { llm: null });
    expect(before.intent).toBe('unknown');
    expect(before.answer).toContain('市商务局');
    await store.loadDocument(miniDocument());
    const after = await answerQuestion(store, '市商务局牵头的措施', { llm: null });
    expect(after.intent).toBe('measures_by_agency');
    expect(after.rows.map((r) => r.ref)).toEqual(['1.1']);
    expect((await answerQuestion(store, 'Which measures does the Commerce Bureau lead?', { llm: null })).rows).toHaveLength(1);
    expect(await loadLexicon(store)).not.toBe(first);
    const lead = await answerQuestion(store, '措施1.1的牵头单位是谁?', { llm: null });
    expect(lead.rows.map((r) => r.agency).sort()).toEqual(['市商务局', '市林业和草原局']);
    expect(lead.answer).toContain('【鄂府办发〔2024〕1号】');
    expect(lead.answer).toContain('【鄂府发〔2023〕58号】');
    const finance = await answerQuestion(store, '哪些措施涉及市财政局?', { llm: null });
    expect(finance.answer).toContain('鄂府办发〔2024〕1号:1.1;鄂府发〔2023〕58号:1.2、5.1、5.3、5.7、6.9');
    await store.removeDocument(miniDocument().id);
    expect((await answerQuestion(store, '市商务局牵头的措施', { llm: null })).intent).not.toBe('measures_by_agency');
  });
  it('an empty store answers with suggestions instead of failing', async () => {
    const { store: empty } = await openTempStore();
    try {
      const a = await answerQuestion(empty, '哪些措施涉及市科学技术局?', { llm: null });
      expect(a.rows).toEqual([]);
      expect(a.answer.length).toBeGreaterThan(0);
    } finally { await empty.close(); }
  });
});
