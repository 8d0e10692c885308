// Topic terms: "与碳汇有关", "关于充电桩的", "measures about hydrogen" → Chinese search terms.
import type { Span } from './refs.ts';
import { NOT_TOPICS, TOPIC_BROADEN, TOPIC_EN, TOPIC_ZH } from './topics.ts';

export interface TopicHit { term: string; terms: string[]; text: string }

const overlaps = (s: number, e: number, used: Span[]): boolean => used.some((u) => s < u.end && e > u.start);

const ZH_TEMPLATES: RegExp[] = [
  /(?:与|和|跟|同)([^,?,。、与和跟同]{1,12}?)(?:有关|相关)/g,
  /(?:关于|有关)([^,?,。、]{1,12}?)的/g,
  /涉及([^,?,。、]{1,10}?)的(?:措施|目标|内容|举措|行动|工作)/g,
  /([^,?,。、的]{1,8}?)(?:方面|领域)的/g,
];

function clean(term: string): string {
  return term.replace(/^(哪些|什么|哪个|所有|全部|一下|下)/, '').replace(/(方面|领域|问题|工作|措施|目标|内容)$/, '').trim();
}

export function findTopics(text: string, used: Span[]): TopicHit[] {
  const out: TopicHit[] = [];
  const add = (hit: TopicHit, s: number, e: number): void => {
    if (overlaps(s, e, used) || out.some((o) => o.term === hit.term)) return;
    out.push(hit); used.push({ start: s, end: e });
  };
  for (const [en, terms] of [...TOPIC_EN].sort((a, b) => b[0].length - a[0].length)) {
    for (const m of text.matchAll(new RegExp(`(?<![a-z])${en.replace(/[-]/g, '\\-')}(?![a-z])`, 'g'))) {
      add({ term: en, terms, text: m[0] }, m.index ?? 0, (m.index ?? 0) + m[0].length);
    }
  }
  for (const re of ZH_TEMPLATES) {
    for (const m of text.matchAll(re)) {
      const term = clean(m[1] ?? '');
      const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? '');
      if (term.length < 1 || NOT_TOPICS.has(term) || !/[\u4e00-\u9fff]/.test(term)) continue;
      add({ term, terms: TOPIC_BROADEN[term] ?? [term], text: term }, start, start + (m[1] ?? '').length);
    }
  }
  if (!out.length) {
    for (const t of [...TOPIC_ZH].sort((a, b) => b.length - a.length)) {
      const i = text.indexOf(t);
      if (i >= 0) add({ term: t, terms: TOPIC_BROADEN[t] ?? [t], text: t }, i, i + t.length);
    }
  }
  return out;
}
