// The body of one generated plan: chapters, measures with lead/cooperating agencies, actions with a responsible
// agency, citations and targets — written as Simplified text, with the ground truth recorded beside it.
import type { Rng } from './prng.ts';
import type { DocHead } from './corpus-head.ts';
import { CHAPTER_TITLES, CLAUSES, CORE_DEPARTMENTS, MUNICIPAL, NATIONAL, NOUNS, SUPPORT_CHAPTER, SUPPORT_MEASURES, TOPICS, VERBS, cityBodies } from './pools.ts';

export interface TruthMeasure { ref: string; lead: string[]; cooperating: string[]; actions: string[][] }
export interface TruthCitation { number: string | null; title: string; status: 'in-force' | 'planned' }
export interface TruthTarget { year: number; value: number; unit: string; comparator: '>=' | '>' }
export interface BodyTruth {
  chapters: number;
  measures: TruthMeasure[];
  citations: TruthCitation[];
  targets: TruthTarget[];
  malformed: boolean;
}

export interface BodyContext {
  rng: Rng;
  head: DocHead;
  /** Heads of earlier generated documents this one may cite by 发文字号. */
  earlier: () => DocHead | null;
  malformed: boolean;
  fullWidth: boolean;
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

export function renderBody(ctx: BodyContext): { text: string; truth: BodyTruth } {
  const { rng, head } = ctx;
  const p = ctx.fullWidth ? { o: '\uff08', c: '\uff09', colon: '\uff1a', comma: '\uff0c' } : { o: '(', c: ')', colon: ':', comma: ',' };
  const cites = new Map<string, TruthCitation>();
  const targets: TruthTarget[] = [];
  let malformedLeft = ctx.malformed ? 1 : 0;
  let dropParenLeft = ctx.malformed ? 1 : 0;
  let malformedUsed = false;

  const own = [...MUNICIPAL.map((m) => `市${m}`), ...cityBodies(head.city)];
  const working = rng.sample(own, rng.int(8, 25));
  const written = (id: string): string => (CORE_DEPARTMENTS.has(id) && rng.chance(0.1) ? id.slice(1) : id);

  const inForce = (preamble = false): string => {
    const cited = rng.chance(0.5) ? ctx.earlier() : null;
    const doc = cited ? { title: cited.title, number: cited.number, issuer: null } : rng.pick(NATIONAL);
    const key = doc.number ?? doc.title;
    cites.set(key, { number: doc.number, title: doc.title, status: 'in-force' });
    const verb = preamble ? '深入贯彻落实' : rng.pick(['贯彻落实', '落实', '根据', '依据']);
    if (!doc.number) return `${verb}${doc.issuer ?? ''}《${doc.title}》要求,`;
    if (malformedLeft > 0 && rng.chance(0.5)) {
      malformedLeft--;
      malformedUsed = true;
      return `${verb}${doc.issuer ?? ''}《${doc.title}》(${doc.number.replace('〔', '')},`;
    }
    return `${verb}${doc.issuer ?? ''}《${doc.title}》(${doc.number})要求,`;
  };
  const planned = (topic: string): string => {
    // never the document's own plan (that is not a citation)
    const kind = topic === head.topic ? '专项规划' : rng.pick(['实施方案', '专项规划', '管理办法', '工作方案']);
    const title = `${head.city.name}${topic}${kind}`;
    if (!cites.has(title)) cites.set(title, { number: null, title, status: 'planned' });
    return `${rng.pick(['制定', '编制', '出台'])}《${title}》,`;
  };
  const target = (topic: string): string => {
    const year = rng.int(head.year, head.year + 5);
    const form = rng.int(0, 2);
    if (form === 0) {
      const value = rng.int(5, 900) * 10;
      targets.push({ year, value, unit: '万千瓦', comparator: '>=' });
      return `到${year}年,全市${topic}装机规模达到${value}万千瓦。`;
    }
    if (form === 1) {
      const value = rng.int(1, 500) * 100;
      targets.push({ year, value, unit: '万元', comparator: '>=' });
      return `${year}年底前完成${topic}投资不低于${value}万元。`;
    }
    const value = rng.int(10, 95);
    targets.push({ year, value, unit: '%', comparator: '>' });
    return `到${year}年,${topic}覆盖率超过${value}%。`;
  };
  const sentence = (topic: string, n: number): string =>
    rng.sample(CLAUSES, n).map((c) => c.replaceAll('{t}', topic)).join(p.comma) + '。';

  const lines: string[] = [];
  lines.push(`为${inForce(true)}推动${head.topic}高质量发展${p.comma}结合我市实际${p.comma}制定本方案。`);
  const measures: TruthMeasure[] = [];
  const chapterCount = rng.int(3, 9);
  const support = rng.chance(0.4);
  const titles = rng.sample(CHAPTER_TITLES, chapterCount);
  for (let c = 1; c <= chapterCount; c++) {
    const isSupport = support && c === chapterCount;
    lines.push(`${NUMERALS[c - 1]}、${isSupport ? SUPPORT_CHAPTER : titles[c - 1]}`);
    const measureCount = isSupport ? rng.int(2, SUPPORT_MEASURES.length) : rng.int(2, 12);
    for (let m = 1; m <= measureCount; m++) {
      const label = `${p.o}${NUMERALS[m - 1]}${p.c}`;
      if (isSupport) {
        lines.push(`${label}${SUPPORT_MEASURES[m - 1]}`);
        measures.push({ ref: `${c}.${m}`, lead: [], cooperating: [], actions: [] });
        continue;
      }
      const topic = rng.pick(TOPICS);
      const [lead, ...cooperating] = rng.sample(working, rng.int(1, 4)) as [string, ...string[]];
      const coop = cooperating.length ? `${p.comma}配合单位${p.colon}${cooperating.map(written).join('、')}` : '';
      lines.push(`${label}${rng.pick(VERBS)}${topic}${rng.pick(NOUNS)}${p.comma}${sentence(topic, rng.int(1, 3))}` +
        `${p.o}牵头单位${p.colon}${written(lead)}${coop}${p.c}`);
      lines.push(`具体落实举措${p.colon}`);
      const actionCount = rng.int(1, 4);
      const actions: string[][] = [];
      for (let a = 1; a <= actionCount; a++) {
        const responsible = rng.chance(0.85) ? rng.pick([lead, ...cooperating]) : rng.pick(working);
        let body = sentence(topic, rng.int(1, 3));
        if (rng.chance(0.1)) body = inForce() + body;
        if (rng.chance(0.1)) body = planned(topic) + body;
        if (rng.chance(0.3)) body += target(topic);
        const close = dropParenLeft > 0 && rng.chance(0.3) ? '' : p.c;
        if (close === '') { dropParenLeft--; malformedUsed = true; }
        const num = actionCount === 1 && rng.chance(0.3) ? '' : `${a}.`;
        lines.push(`${num}${body}${p.o}${written(responsible)}${close}`);
        actions.push([responsible]);
      }
      measures.push({ ref: `${c}.${m}`, lead: [lead], cooperating, actions });
    }
  }
  const truth = { chapters: chapterCount, measures, citations: [...cites.values()], targets, malformed: malformedUsed };
  return { text: lines.join('\n\n') + '\n', truth };
}
