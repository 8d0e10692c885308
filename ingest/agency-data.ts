// Known agencies of a city government (Simplified, without the 市 prefix): full name, abbreviations, English.
// A city document names them with 市 (市林业和草原局); the 市 form is then the canonical id.

export interface KnownAgency { name: string; abbr: string[]; en: string; cityOnly?: boolean }

export const KNOWN_AGENCIES: KnownAgency[] = [
  { name: '发展和改革委员会', abbr: ['发改委', '发展改革委'], en: 'Development and Reform Commission' },
  { name: '科学技术局', abbr: ['科技局'], en: 'Science and Technology Bureau' },
  { name: '工业和信息化局', abbr: ['工信局', '工业和信息化委员会'], en: 'Industry and Information Technology Bureau' },
  { name: '财政局', abbr: [], en: 'Finance Bureau' },
  { name: '人力资源和社会保障局', abbr: ['人社局', '人力资源社会保障局'], en: 'Human Resources and Social Security Bureau' },
  { name: '自然资源局', abbr: [], en: 'Natural Resources Bureau' },
  { name: '生态环境局', abbr: ['环境局', '环保局'], en: 'Ecology and Environment Bureau' },
  { name: '住房和城乡建设局', abbr: ['住建局', '住房城乡建设局'], en: 'Housing and Urban-Rural Development Bureau' },
  { name: '交通运输局', abbr: ['交通局'], en: 'Transport Bureau' },
  { name: '水利局', abbr: ['水务局'], en: 'Water Resources Bureau' },
  { name: '农牧局', abbr: ['农牧业局'], en: 'Agriculture and Animal Husbandry Bureau' },
  { name: '农业农村局', abbr: ['农业局'], en: 'Agriculture and Rural Affairs Bureau' },
  { name: '林业和草原局', abbr: ['林草局', '林业局'], en: 'Forestry and Grassland Bureau' },
  { name: '能源局', abbr: [], en: 'Energy Bureau' },
  { name: '商务局', abbr: [], en: 'Commerce Bureau' },
  { name: '文化和旅游局', abbr: ['文旅局', '文化旅游局'], en: 'Culture and Tourism Bureau' },
  { name: '卫生健康委员会', abbr: ['卫健委', '卫生健康委'], en: 'Health Commission' },
  { name: '教育体育局', abbr: ['教体局'], en: 'Education and Sports Bureau' },
  { name: '教育局', abbr: [], en: 'Education Bureau' },
  { name: '市场监督管理局', abbr: ['市场监管局'], en: 'Market Supervision and Administration Bureau' },
  { name: '应急管理局', abbr: ['应急局'], en: 'Emergency Management Bureau' },
  { name: '审计局', abbr: [], en: 'Audit Bureau' },
  { name: '统计局', abbr: [], en: 'Statistics Bureau' },
  { name: '民政局', abbr: [], en: 'Civil Affairs Bureau' },
  { name: '司法局', abbr: [], en: 'Justice Bureau' },
  { name: '公安局', abbr: [], en: 'Public Security Bureau' },
  { name: '退役军人事务局', abbr: ['退役军人局'], en: 'Veterans Affairs Bureau' },
  { name: '医疗保障局', abbr: ['医保局'], en: 'Healthcare Security Bureau' },
  { name: '行政审批和政务服务局', abbr: ['行政审批局'], en: 'Administrative Approval and Government Services Bureau' },
  { name: '大数据中心', abbr: [], en: 'Big Data Center' },
  { name: '公共资源交易中心', abbr: [], en: 'Public Resources Trading Center' },
  { name: '人民政府金融工作办公室', abbr: ['金融办', '政府金融办', '金融工作办公室'], en: 'Financial Affairs Office of the Municipal Government' },
  { name: '人民政府办公室', abbr: ['政府办', '政府办公室'], en: 'General Office of the Municipal Government' },
  { name: '委组织部', abbr: ['委员会组织部'], en: 'Organization Department of the Municipal Party Committee', cityOnly: true },
  { name: '委宣传部', abbr: [], en: 'Publicity Department of the Municipal Party Committee', cityOnly: true },
  { name: '税务局', abbr: [], en: 'Tax Service' },
];

/** Misspellings seen in real documents → the real name (both without 市). */
export const AGENCY_TYPOS: Record<string, string> = {
  交通和运输局: '交通运输局',
  科学和技术局: '科学技术局',
  林业草原局: '林业和草原局',
  工业信息化局: '工业和信息化局',
  发展改革委员会: '发展和改革委员会',
};
