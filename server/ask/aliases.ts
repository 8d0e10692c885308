// Generic surface forms of an agency name: with/without 市, common abbreviations, English variants.
// The graph's own aliases come first; these only widen what finds an agency that exists in the graph.

/** Full form fragment → common abbreviation (the genre's usual short names). */
const ABBREVIATIONS: Array<[string, string]> = [
  ['科学技术局', '科技局'], ['林业和草原局', '林草局'], ['发展和改革委员会', '发改委'],
  ['人力资源和社会保障局', '人社局'], ['工业和信息化局', '工信局'], ['住房和城乡建设局', '住建局'],
  ['教育体育局', '教体局'], ['市场监督管理局', '市场监管局'], ['文化和旅游局', '文旅局'],
  ['交通运输局', '交通局'], ['生态环境局', '环境局'], ['人民政府金融工作办公室', '金融办'],
  ['农牧局', '农牧业局'], ['公共资源交易中心', '公共资源中心'], ['大数据中心', '大数据局'],
];

/** English words for name fragments, used to derive English forms when the graph has none. */
const ENGLISH: Array<[string, string]> = [
  ['科学技术', 'science and technology'], ['林业和草原', 'forestry and grassland'], ['水利', 'water resources'],
  ['财政', 'finance'], ['能源', 'energy'], ['发展和改革', 'development and reform'], ['自然资源', 'natural resources'],
  ['生态环境', 'ecology and environment'], ['住房和城乡建设', 'housing and urban-rural development'],
  ['工业和信息化', 'industry and information technology'], ['农牧', 'agriculture and animal husbandry'],
  ['市场监督管理', 'market supervision'], ['文化和旅游', 'culture and tourism'], ['交通运输', 'transport'],
  ['教育体育', 'education and sports'], ['大数据', 'big data'], ['人力资源和社会保障', 'human resources and social security'],
  ['组织', 'organization'], ['税务', 'tax'], ['公共资源交易', 'public resources trading'], ['税务', 'taxation'],
  ['金融工作', 'financial affairs'], ['供电', 'power supply'],
];

const SUFFIX_EN: Array<[string, string[]]> = [
  ['委员会', ['commission', 'committee']], ['局', ['bureau']], ['办公室', ['office']], ['中心', ['center', 'centre']],
  ['公司', ['company']], ['部', ['department']],
];

const ASCII = /[a-z]/i;

function englishVariants(form: string): string[] {
  let f = form.toLowerCase().replace(/\s+/g, ' ').trim();
  f = f.replace(/^(the )?(ordos )?(municipal |city )?/, '');
  const out = [f];
  const m = /^(.*) (bureau|commission|office|center|centre|department|company)$/.exec(f);
  if (m) out.push(`${m[2]} of ${m[1]}`);
  return out;
}

export function expandAgencyForms(form: string): string[] {
  if (ASCII.test(form) && !/[\u3400-\u9fff]/.test(form)) return englishVariants(form);
  const out = new Set<string>([form]);
  const bare = form.startsWith('市') ? form.slice(1) : form;
  for (const f of [form, bare]) {
    out.add(f);
    if (!f.startsWith('市') && /^[\u4e00-\u9fff]/.test(f) && f === bare) out.add(`市${f}`);
    for (const [full, abbr] of ABBREVIATIONS) if (f.includes(full)) { const a = f.replace(full, abbr); out.add(a); out.add(a.startsWith('市') ? a.slice(1) : `市${a}`); }
  }
  for (const [zh, en] of ENGLISH) {
    if (!form.includes(zh)) continue;
    const suffix = SUFFIX_EN.find(([s]) => form.endsWith(s));
    for (const s of suffix ? suffix[1] : []) for (const v of englishVariants(`${en} ${s}`)) out.add(v);
  }
  return [...out].filter((f) => f.length >= 2);
}
