// Answer templates: zh-Hans and English; Traditional answers are the Simplified text converted by opencc.
import type { Row } from '../../graph/types.ts';
import type { Intent } from './intents.ts';
import type { Lexicon } from './lexicon.ts';
import { toSimplified, toTraditional, type Language } from './normalize.ts';
import { cnNumber } from './numerals.ts';

import { doc, docLabel, groupedRefs, idsToRefs, list, s, type Lang } from './answer-format.ts';
function nameOf(lex: Lexicon, id: string, lang: Lang): string {
  const a = lex.agencies.get(id);
  return a ? (lang === 'en' && a.nameEn ? `the ${a.nameEn}` : a.name) : id;
}

/** Measure refs named per agency or document in a list answer (the rows keep them all). */
const REFS_PER_ITEM = 12;
const ROLE_ZH = { any: '参与', lead: '牵头', cooperating: '配合', responsible: '负责落实' } as const;
const ROLE_EN = { any: 'is involved in', lead: 'leads', cooperating: 'cooperates on', responsible: 'is responsible for actions in' } as const;

function targetsText(rows: Row[], n: number, lang: Lang, lead: string, none: string): string {
  if (!n) return none;
  const items = rows.slice(0, 12).map((r) => `${s(r.text)}(${lang === 'zh' ? '措施' : 'measure '}${s(r.ref)})`);
  const more = n > items.length ? (lang === 'zh' ? `……共 ${n} 项` : ` … ${n} in all`) : '';
  return `${lead}${lang === 'zh' ? ':' : ': '}${items.join(lang === 'zh' ? ';' : '; ')}${more}`;
}

/** `total`: the number of rows of the whole answer when `rows` is one page of it. */
function compose(intent: Intent, rows: Row[], lex: Lexicon, lang: Lang, total = rows.length): string {
  const zh = lang === 'zh'; const n = total;
  const refs = rows.map((r) => s(r.ref));
  const refList = groupedRefs(rows.map((r) => [s(r.documentId), s(r.ref)]), lex, lang);
  switch (intent.name) {
    case 'measures_by_agency': {
      const a = nameOf(lex, intent.agency, lang);
      const zhScope = `${intent.chapter ? `第${cnNumber(intent.chapter)}章的` : ''}${intent.topic ? `与“${intent.topic}”有关的` : ''}`;
      const enScope = `${intent.topic ? ` about "${intent.topic}"` : ''}${intent.chapter ? ` in chapter ${intent.chapter}` : ''}`;
      if (!n) return zh ? `没有找到${a}${ROLE_ZH[intent.role]}的${zhScope}措施。` : `No measures${enScope} found where ${a} ${ROLE_EN[intent.role]}.`;
      return zh ? `${a}${ROLE_ZH[intent.role]}了 ${n} 项${zhScope}措施:${refList}。` : `${a} ${ROLE_EN[intent.role]} ${n} measure${n > 1 ? 's' : ''}${enScope}: ${refList}.`;
    }
    case 'agencies_sharing': {
      const names = intent.agencies.map((id) => nameOf(lex, id, lang));
      const who = zh ? `${names.slice(0, -1).join('、')}和${names.at(-1) ?? ''}` : `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`;
      if (!n) return zh ? `${who}没有共同参与的措施。` : `${who} share no measure.`;
      return zh ? `${who}共同参与了 ${n} 项措施:${refList}。` : `${who} ${names.length > 2 ? 'all' : 'both'} take part in ${n} measure${n > 1 ? 's' : ''}: ${refList}.`;
    }
    case 'partners_of': {
      const a = nameOf(lex, intent.agency, lang);
      const items = rows.map((r) => `${zh ? s(r.agency) : nameOf(lex, s(r.agencyId), lang)}(${list(r.refs as string[], lang, REFS_PER_ITEM)})`);
      if (!n) return zh ? `没有部门与${a}共同参与措施。` : `No agency shares a measure with ${a}.`;
      return zh ? `与${a}共同参与措施的部门有 ${n} 个:${list(items, lang)}。` : `${n} agencies share measures with ${a}: ${list(items, lang)}.`;
    }
    case 'path_between': {
      const a = nameOf(lex, intent.a, lang); const b = nameOf(lex, intent.b, lang);
      if (!n) return zh ? `在 4 步之内没有找到${a}与${b}之间的联系。` : `No connection within 4 steps between ${a} and ${b}.`;
      const label = (r: Row, x: string, i: number): string => {
        const kind = (r.kinds as string[])[i];
        if (kind === 'measure') return zh ? `措施${x}` : `measure ${x}`;
        if (kind === 'action') return zh ? `举措${x}` : `action ${x}`;
        return kind === 'agency' && !zh ? nameOf(lex, String((r.ids as string[])[i]), lang).replace(/^the /, '') : x;
      };
      const paths = rows.map((r) => (r.path as string[]).map((x, i) => label(r, x, i)).join(' → '));
      return zh ? `${a}与${b}之间最短的联系经过 ${s(rows[0]?.hops)} 步,共 ${n} 条:${paths.join(';')}。` : `The shortest connections between ${a} and ${b} take ${s(rows[0]?.hops)} steps (${n}): ${paths.join('; ')}.`;
    }
    case 'measure_agencies': {
      if (!n) return zh ? `没有找到措施${intent.ref}的${intent.role === 'lead' ? '牵头' : ''}单位。` : `No agencies found for measure ${intent.ref}.`;
      const by = (k: string): string[] => rows.filter((r) => r[k] === true).map((r) => (zh ? s(r.agency) : nameOf(lex, s(r.agencyId), lang)));
      const EN_ROLE = { lead: 'is led by', cooperating: 'has as cooperating agencies', responsible: 'has its actions carried out by' } as const;
      if (intent.role !== 'any') return zh ? `措施${intent.ref}的${ROLE_ZH[intent.role]}单位是${list(by(intent.role), lang)}。` : `Measure ${intent.ref} ${EN_ROLE[intent.role]} ${list(by(intent.role), lang)}.`;
      const parts = zh
        ? [`牵头单位:${list(by('lead'), lang) || '无'}`, `配合单位:${list(by('cooperating'), lang) || '无'}`, `负责具体举措:${list(by('responsible'), lang) || '无'}`]
        : [`lead: ${list(by('lead'), lang) || 'none'}`, `cooperating: ${list(by('cooperating'), lang) || 'none'}`, `responsible for actions: ${list(by('responsible'), lang) || 'none'}`];
      return zh ? `措施${intent.ref}由 ${n} 个单位负责(${parts.join(';')})。` : `Measure ${intent.ref} involves ${n} agencies (${parts.join('; ')}).`;
    }
    case 'measure_detail':
      if (!n) return zh ? `没有找到措施${intent.ref}。` : `Measure ${intent.ref} was not found.`;
      return rows.map((r) => (zh ? `措施${intent.ref}:${s(r.text)}(含 ${s(r.actions)} 项具体举措)` : `Measure ${intent.ref}: ${s(r.text)} (${s(r.actions)} action${r.actions === 1 ? '' : 's'})`)).join(zh ? '' : ' ');
    case 'chapter_measure_count': {
      const r = rows[0]; const c = zh ? `第${cnNumber(intent.chapter)}章` : `Chapter ${intent.chapter}`;
      if (!r) return zh ? `没有找到${c}。` : `${c} was not found.`;
      return zh ? `${c}「${toSimplified(s(r.title))}」共有 ${s(r.measures)} 项措施:${list(r.refs as string[], lang)}。` : `${c} ("${toSimplified(s(r.title))}") has ${s(r.measures)} measures: ${list(r.refs as string[], lang)}.`;
    }
    case 'chapter_measures': {
      const c = zh ? `第${cnNumber(intent.chapter)}章` : `Chapter ${intent.chapter}`;
      return zh ? `${c}有 ${n} 项措施:${refList}。` : `${c} has ${n} measures: ${list(refs, lang)}.`;
    }
    case 'chapter_citations': {
      const c = zh ? `第${cnNumber(intent.chapter)}章` : `Chapter ${intent.chapter}`;
      if (!n) return zh ? `${c}没有引用文件。` : `${c} cites no documents.`;
      return zh ? `${c}引用了 ${n} 份文件:${list(rows.map((r) => doc(r, lang)), lang)}。` : `${c} cites ${n} documents: ${list(rows.map((r) => doc(r, lang)), lang)}.`;
    }
    case 'document_lookup': {
      const r = rows[0]; const what = intent.number ?? intent.title ?? '';
      if (!r) return zh ? `图中没有找到文件${what}。` : `The document ${what} is not in the graph.`;
      const by = idsToRefs(r.measureIds, r.citedBy, lex, lang);
      const docs = (Array.isArray(r.citingDocuments) ? r.citingDocuments : []).map(String);
      const cites = by.length ? (zh ? `,被 ${by.length} 项措施引用:${list(by, lang)}` : `; cited by ${by.length} measure${by.length > 1 ? 's' : ''}: ${list(by, lang)}`)
        : docs.length ? (zh ? `,被文件${list(docs, lang)}直接引用` : `; cited directly by ${list(docs, lang)}`) : (zh ? ',没有措施引用它' : '; no measure cites it');
      return zh ? `${what}是${doc({ title: r.title }, lang)}${cites}。` : `${what} is ${doc({ title: r.title }, lang)}${cites}.`;
    }
    case 'forwards':
      if (!intent.number) {
        if (!n) return zh ? '图中没有转发关系。' : 'No document forwards another one.';
        const pairs = rows.map((r) => `${s(r.forwardedByNumber) || toSimplified(s(r.forwardedBy))}${zh ? '转发了' : ' forwards '}${doc(r, lang)}`);
        return zh ? `有 ${n} 个转发关系:${list(pairs, lang)}。` : `${n} forwarding relation${n > 1 ? 's' : ''}: ${list(pairs, lang)}.`;
      }
      if (!n) return zh ? `没有找到${intent.number}转发的文件。` : `No document forwarded by ${intent.number} was found.`;
      return zh ? `${intent.number}转发了${list(rows.map((r) => doc(r, lang)), lang)}。` : `${intent.number} forwards ${list(rows.map((r) => doc(r, lang)), lang)}.`;
    case 'planned_documents':
      if (!n) return zh ? '没有尚待制定的文件。' : 'No documents are still to be drafted.';
      return zh ? `有 ${n} 份文件尚待制定:${list(rows.map((r) => `${doc(r, lang)}(措施${list(idsToRefs(r.measureIds, r.refs, lex, lang), lang, REFS_PER_ITEM)})`), lang)}。`
        : `${n} documents are still to be drafted: ${list(rows.map((r) => `${doc(r, lang)} (measure ${list(idsToRefs(r.measureIds, r.refs, lex, lang), lang, REFS_PER_ITEM)})`), lang)}.`;
    case 'top_agency': {
      const names = rows.map((r) => (zh ? s(r.agency) : nameOf(lex, s(r.agencyId), lang)));
      if (!n) return zh ? '图中还没有部门参与措施。' : 'No agency takes part in any measure yet.';
      return zh ? `参与措施最多的部门是${list(names, lang)}(${n > 1 ? '各 ' : ''}${s(rows[0]?.measures)} 项)。` : `The agency taking part in the most measures: ${list(names, lang)} (${s(rows[0]?.measures)} measures).`;
    }
    case 'targets_by_year':
      return targetsText(rows, n, lang, zh ? `${intent.year}年共有 ${n} 项${intent.quantified ? '量化' : ''}目标` : `${n} ${intent.quantified ? 'quantified ' : ''}target${n === 1 ? '' : 's'} for ${intent.year}`, zh ? `没有找到${intent.year}年的目标。` : `No targets found for ${intent.year}.`);
    case 'targets_by_topic':
      return targetsText(rows, n, lang, zh ? `关于“${intent.topic}”的${intent.quantified ? '量化' : ''}目标有 ${n} 项` : `${n} ${intent.quantified ? 'quantified ' : ''}target${n === 1 ? '' : 's'} about "${intent.topic}"`, zh ? `没有找到关于“${intent.topic}”的目标。` : `No targets about "${intent.topic}" were found.`);
    case 'agency_targets': {
      const a = nameOf(lex, intent.agency, lang); const y = intent.year ? (zh ? `到${intent.year}年` : ` by ${intent.year}`) : '';
      return targetsText(rows, n, lang, zh ? `${a}${y}要完成的${intent.quantified ? '量化' : ''}目标有 ${n} 项` : `${n} ${intent.quantified ? 'quantified ' : ''}target${n === 1 ? '' : 's'} for ${a}${y}`, zh ? `没有找到${a}${y}的目标。` : `No targets found for ${a}${y}.`);
    }
    case 'measures_by_topic':
      if (!n) return zh ? `没有找到与“${intent.topic}”有关的措施。` : `No measures about "${intent.topic}" were found.`;
      return zh ? `与“${intent.topic}”有关的措施有 ${n} 项:${refList}。` : `${n} measure${n > 1 ? 's' : ''} about "${intent.topic}": ${refList}.`;
    case 'document_list':
      return zh ? `图中有 ${n} 份文件:${list(rows.map((r) => doc(r, lang)), lang, 12)}。` : `The graph holds ${n} documents: ${list(rows.map((r) => doc(r, lang)), lang, 12)}.`;
    case 'agency_list':
      return zh ? `图中有 ${n} 个部门:${list(rows.map((r) => s(r.agency)), lang, 60)}。` : `The graph holds ${n} agencies: ${list(rows.map((r) => s(r.nameEn) || s(r.agency)), lang, 60)}.`;
    default:
      return '';
  }
}

/** Per-measure answers over several measures or documents: one sentence each, labelled with the document number. */
function perDocument(intent: Intent, rows: Row[], lex: Lexicon, lang: Lang, total: number): string {
  const ids = [...new Set(rows.map((r) => s(r.documentId)))];
  const join = lang === 'zh' ? '' : ' ';
  if (intent.name === 'measure_agencies' || intent.name === 'measure_detail') {
    if (intent.refs.length < 2 && ids.length < 2) return compose(intent, rows, lex, lang, total);
    return ids.map((id) => `${ids.length > 1 ? `【${docLabel(lex, id)}】` : ''}${intent.refs.map((ref) =>
      compose({ ...intent, ref }, rows.filter((r) => s(r.documentId) === id && r.ref === ref), lex, lang)).join(join)}`).join(join);
  }
  if (ids.length < 2 || intent.name !== 'chapter_measure_count') return compose(intent, rows, lex, lang, total);
  return ids.map((id) => `【${docLabel(lex, id)}】${compose(intent, rows.filter((r) => s(r.documentId) === id), lex, lang)}`).join(join);
}

/** The answer to `rows` (one page of `total` rows, all of them by default). */
export function answerText(intent: Intent, rows: Row[], lex: Lexicon, language: Language, total = rows.length): string {
  const raw = perDocument(intent, rows, lex, language === 'en' ? 'en' : 'zh', total);
  const text = language === 'en' ? raw.charAt(0).toUpperCase() + raw.slice(1) : raw;
  return language === 'zh-Hant' ? toTraditional(text) : text;
}
