// Rules: cue patterns + required entities → one intent with its slots. First matching rule wins.
import type { Entities } from './entities.ts';

export type Role = 'any' | 'lead' | 'cooperating' | 'responsible';
export type Intent =
  | { name: 'help' } | { name: 'unknown' } | { name: 'ambiguous' }
  | { name: 'path_between'; a: string; b: string }
  | { name: 'agencies_sharing'; agencies: string[] }
  | { name: 'partners_of'; agency: string }
  | { name: 'agency_targets'; agency: string; year: number | null; quantified: boolean }
  | { name: 'measures_by_agency'; agency: string; role: Role; chapter: number; terms: string[]; topic: string }
  | { name: 'measure_agencies'; ref: string; refs: string[]; role: Role }
  | { name: 'measure_detail'; ref: string; refs: string[] }
  | { name: 'chapter_measure_count'; chapter: number }
  | { name: 'chapter_measures'; chapter: number }
  | { name: 'chapter_citations'; chapter: number }
  | { name: 'forwards'; number: string }
  | { name: 'document_lookup'; number: string | null; title: string | null; id: string | null }
  | { name: 'planned_documents' }
  | { name: 'top_agency' }
  | { name: 'targets_by_topic'; terms: string[]; topic: string; year: number | null; quantified: boolean }
  | { name: 'targets_by_year'; year: number; quantified: boolean }
  | { name: 'measures_by_topic'; terms: string[]; topic: string }
  | { name: 'document_list' } | { name: 'agency_list' };
export type IntentName = Intent['name'];

export const CUES = {
  help: /帮助|能问什么|可以问什么|能回答什么|能做什么|怎么用|使用说明|\bhelp\b|what can (i|you)|how do i use|examples?\b/,
  path: /联系|关系|关联|路径|连接|连起来|\bconnect|\brelat|\blinks?\b|\blinked\b|\bpath/,
  share: /共同|一起|都参与|都涉及|同时参与|联合|\bboth\b|together|\bshared?\b|in common|jointly/,
  partner: /合作|协作|协同|搭档|伙伴|partner|work(s|ed|ing)? with|cooperates? with|collaborat/,
  partnerWho: /哪些部门|哪些单位|哪些机构|什么部门|什么单位|谁|\bwho\b|which agenc|what agenc|which (departments|bureaus|units)|partners/,
  lead: /牵头|主导|领头|\blead|\bled\b/,
  coop: /配合|协助|协办|cooperat|supporting|\bsupport/,
  responsible: /责任单位|负责落实|具体负责|落实单位|承办|承担|responsible|in charge/,
  target: /目标|指标|量化|完成什么|要完成|要做什么|要做到|\btargets?\b|\bgoals?\b|quantif|achieve|accomplish|deliver/,
  count: /几项|几个|几条|多少|数量|how many|number of|\bcount\b/,
  cite: /引用|援引|提到|提及|依据|cite|citation|referenc|mention/,
  forward: /转发|forward/,
  planned: /待制定|有待|尚未|还没|未制定|待出台|待编制|拟制定|计划制定|要制定|需要制定|将要制定|\bplanned\b|to be (drafted|written|made|formulated|issued|prepared)|yet to|not yet|still to/,
  most: /最多|最活跃|最忙|\bmost\b|\btop\b|busiest/,
  documentWord: /文件|文档|政策|通知|方案|办法|document|polic(y|ies)|\bpapers?\b/,
  agencyWord: /部门|单位|机构|谁|agenc|department|bureau|\bwho\b|organi[sz]ation/,
  measureWord: /措施|举措|任务|measure|\btasks?\b/,
  list: /列出|所有|全部|哪些|有什么|有哪些|\blist\b|\ball\b|\bwhich\b|\bwhat\b/,
  detail: /内容|是什么|讲什么|讲的什么|说什么|什么意思|具体|\babout\b|\btext\b|\bsay\b|\bsays\b|what is measure|describe/,
  quantified: /量化|定量|数量指标|quantif|numeric|measurable/,
  coopRole: /作为配合|配合单位|配合的|协助的|as (a |the )?(cooperating|supporting)|cooperating (agency|unit|role)|in a supporting role|supports?\b/,
};

function roleOf(t: string): Role {
  if (CUES.lead.test(t) && !CUES.coopRole.test(t)) return 'lead';
  if (CUES.coopRole.test(t) || /配合|cooperat|support/.test(t)) return 'cooperating';
  if (CUES.responsible.test(t)) return 'responsible';
  return 'any';
}

export function classify(t: string, e: Entities): Intent {
  const [a1, a2] = e.agencies;
  const noEntities = !a1 && !e.measures.length && !e.documents.length && !e.chapters.length && !e.topics.length && !e.years.length;
  if (CUES.help.test(t) && noEntities) return { name: 'help' };
  if (e.ambiguous.length) return { name: 'ambiguous' };
  if (e.unknownAgencies.length && !a1) return { name: 'unknown' };
  if (a1 && a2) {
    if (CUES.path.test(t)) return { name: 'path_between', a: a1.id, b: a2.id };
    if (CUES.share.test(t) || CUES.measureWord.test(t)) return { name: 'agencies_sharing', agencies: e.agencies.map((a) => a.id) };
    return { name: 'path_between', a: a1.id, b: a2.id };
  }
  if (a1) {
    if (CUES.partner.test(t) && CUES.partnerWho.test(t.replace(/作为配合单位/g, '')) && !CUES.coopRole.test(t)) return { name: 'partners_of', agency: a1.id };
    if (CUES.target.test(t)) return { name: 'agency_targets', agency: a1.id, year: e.years[0] ?? null, quantified: CUES.quantified.test(t) };
    const topic = e.topics[0];
    return { name: 'measures_by_agency', agency: a1.id, role: roleOf(t), chapter: e.chapters[0]?.ordinal ?? 0, terms: topic?.terms ?? [''], topic: topic?.term ?? '' };
  }
  const m = e.measures[0];
  const refs = e.measures.map((x) => x.ref);
  if (m && CUES.detail.test(t) && !CUES.agencyWord.test(t)) return { name: 'measure_detail', ref: m.ref, refs };
  if (m) return { name: 'measure_agencies', ref: m.ref, refs, role: roleOf(t) };
  const d = e.documents[0];
  if (d) {
    if (CUES.forward.test(t) && d.number) return { name: 'forwards', number: d.number };
    return { name: 'document_lookup', number: d.number, title: d.title, id: d.id };
  }
  if (CUES.planned.test(t)) return { name: 'planned_documents' };
  if (CUES.forward.test(t)) return { name: 'forwards', number: '' };
  const c = e.chapters[0];
  if (c) {
    if (CUES.count.test(t)) return { name: 'chapter_measure_count', chapter: c.ordinal };
    if (CUES.cite.test(t) || CUES.documentWord.test(t)) return { name: 'chapter_citations', chapter: c.ordinal };
    return { name: 'chapter_measures', chapter: c.ordinal };
  }
  if (CUES.most.test(t) && (CUES.agencyWord.test(t) || CUES.measureWord.test(t))) return { name: 'top_agency' };
  const topic = e.topics[0];
  if (topic) {
    if (CUES.target.test(t)) return { name: 'targets_by_topic', terms: topic.terms, topic: topic.term, year: e.years[0] ?? null, quantified: CUES.quantified.test(t) };
    return { name: 'measures_by_topic', terms: topic.terms, topic: topic.term };
  }
  const y = e.years[0];
  if (y && (CUES.target.test(t) || !CUES.measureWord.test(t))) return { name: 'targets_by_year', year: y, quantified: CUES.quantified.test(t) };
  if (CUES.agencyWord.test(t) && (CUES.list.test(t) || CUES.count.test(t))) return { name: 'agency_list' };
  if (CUES.documentWord.test(t) && (CUES.list.test(t) || CUES.count.test(t))) return { name: 'document_list' };
  return { name: 'unknown' };
}
