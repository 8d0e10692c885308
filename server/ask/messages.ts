// Help, unknown and ambiguous messages with suggested questions, in the user's language.
import type { Ambiguity } from './entities.ts';
import type { Lexicon } from './lexicon.ts';
import { toTraditional, type Language } from './normalize.ts';

const EXAMPLES_ZH = (agency: string, other: string): string[] => [
  `哪些措施涉及${agency}?`, `${agency}牵头的措施有哪些?`, `${agency}和${other}共同参与的措施`, `哪些部门与${agency}合作?`,
  '措施1.2的牵头单位是谁?', '第二章有几项措施?', '哪个部门参与的措施最多?', '第一章引用了哪些文件?',
  '哪些文件还有待制定?', '2025年有哪些量化目标?', '哪些措施与碳汇有关?', `${agency}和${other}之间有什么联系?`,
];
const EXAMPLES_EN = (agency: string): string[] => [
  `Which measures involve ${agency}?`, `Which measures does ${agency} lead?`, 'Who leads measure 1.2?',
  'How many measures are in chapter 2?', 'Which agency takes part in the most measures?', 'Which documents are still to be drafted?',
  'What targets are set for 2025?', 'Measures about hydrogen', 'List all agencies',
];

function pick(lex: Lexicon): { zh: [string, string]; en: string } {
  const agencies = [...lex.agencies.values()];
  const zhA = agencies.find((a) => a.name === '市科学技术局') ?? agencies[0];
  const zhB = agencies.find((a) => a.name === '市财政局') ?? agencies[1] ?? zhA;
  const en = zhA?.nameEn ? `the ${zhA.nameEn}` : 'the Science and Technology Bureau';
  return { zh: [zhA?.name ?? '市科学技术局', zhB?.name ?? '市财政局'], en };
}

export function suggestions(lex: Lexicon, language: Language): string[] {
  const p = pick(lex);
  if (language === 'en') return EXAMPLES_EN(p.en);
  const zh = EXAMPLES_ZH(p.zh[0], p.zh[1]);
  return language === 'zh-Hant' ? zh.map(toTraditional) : zh;
}

const t = (language: Language, zh: string, en: string): string =>
  language === 'en' ? en : language === 'zh-Hant' ? toTraditional(zh) : zh;

export function helpMessage(language: Language): string {
  return t(language, '可以问我关于措施、部门、引用文件和量化目标的问题,例如:', 'Ask about measures, agencies, cited documents and targets, for example:');
}

export function unknownMessage(language: Language, unknownAgency?: string): string {
  if (unknownAgency) {
    return t(language, `图中没有找到“${unknownAgency}”这个部门或单位。可以试试这样问:`, `No agency called "${unknownAgency}" is in the graph. Try asking, for example:`);
  }
  return t(language, '抱歉,我没能理解这个问题,也不会随意猜测。可以试试这样问:', 'Sorry, I could not place this question, and I will not guess. Try asking, for example:');
}

export function ambiguousMessage(items: Ambiguity[], language: Language, lex?: Lexicon): string {
  const first = items[0];
  if (!first) return unknownMessage(language);
  const english = (c: string): string => [...(lex?.agencies.values() ?? [])].find((a) => a.name === c)?.nameEn ?? c;
  const cands = first.candidates.slice(0, 10).map((c) => (language === 'en' ? english(c) : c));
  return t(language,
    `“${first.text}”可以指多个对象:${cands.join('、')}${first.candidates.length > 10 ? '等' : ''}。请说得更具体一些。`,
    `"${first.text}" could mean several things: ${cands.join(', ')}${first.candidates.length > 10 ? ', …' : ''}. Please be more specific.`);
}

/** Suggested questions for an ambiguous question: the same question with each candidate spelled out. */
export function ambiguousSuggestions(question: string, items: Ambiguity[], language: Language): string[] {
  const first = items[0];
  if (!first) return [];
  return first.candidates.slice(0, 5).map((c) => {
    const q = question.includes(first.text) ? question.replace(first.text, c) : `${question} (${c})`;
    return language === 'zh-Hant' ? toTraditional(q) : q;
  });
}
