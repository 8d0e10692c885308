// Topic words: English → Chinese search terms, and the Chinese topic words recognized without a template.

export const TOPIC_EN: Array<[string, string[]]> = [
  ['hydrogen', ['氢']], ['carbon sink', ['碳汇']], ['carbon sinks', ['碳汇']], ['charging pile', ['充电桩']],
  ['charging piles', ['充电桩']], ['charging station', ['充电桩', '充电基础设施']], ['charging', ['充电']],
  ['water saving', ['节水']], ['water-saving', ['节水']], ['water conservation', ['节水']], ['talent', ['人才']],
  ['talents', ['人才']], ['desertification', ['荒漠化']], ['sand control', ['治沙', '防沙']], ['energy storage', ['储能']],
  ['storage', ['储能']], ['coal chemical', ['煤化工']], ['coal', ['煤']], ['cashmere', ['羊绒']], ['tourism', ['旅游']],
  ['aviation', ['航空']], ['airport', ['机场']], ['railway', ['铁路', '高铁']], ['high-speed rail', ['高铁']],
  ['highway', ['公路']], ['groundwater', ['地下水']], ['sponge city', ['海绵城市']], ['green finance', ['绿色金融']],
  ['finance', ['金融']], ['carbon', ['碳']], ['wind', ['风电', '风光']], ['solar', ['光伏', '风光']],
  ['photovoltaic', ['光伏']], ['new energy', ['新能源']], ['renewable energy', ['新能源', '可再生能源']],
  ['electric vehicle', ['电动汽车', '新能源汽车']], ['electric vehicles', ['电动汽车', '新能源汽车']],
  ['vocational education', ['职业教育']], ['education', ['教育']], ['5g', ['5G']], ['data center', ['算力', '数据']],
  ['computing', ['算力']], ['natural gas', ['天然气']], ['forest', ['林']], ['grassland', ['草原']],
  ['yellow river', ['黄河']], ['brand', ['品牌']], ['sheep', ['羊']], ['land', ['土地']], ['pollution', ['污染']],
  ['wastewater', ['污水', '废水']], ['fly ash', ['粉煤灰']], ['logistics', ['物流']], ['innovation', ['创新']],
  ['tax', ['税']], ['power grid', ['电网']], ['electricity', ['电力']], ['science and technology', ['科技']],
];

/** Chinese topic words found anywhere in a question when no "与…有关" template names the topic. */
export const TOPIC_ZH: string[] = [
  '氢能', '氢', '碳汇', '充电桩', '节水', '人才', '荒漠化', '治沙', '储能', '煤化工', '羊绒', '旅游', '航空', '高铁',
  '公路', '地下水', '海绵城市', '绿色金融', '新能源', '光伏', '风电', '天然气', '职业教育', '算力', '黄河', '品牌',
  '污水', '粉煤灰', '物流', '碳达峰', '碳中和', '碳', '电网', '铁路', '机场', '5g',
];

/** Words that look like topics in templates but are not (question words, generic nouns). */
export const NOT_TOPICS = new Set(['哪些', '什么', '哪个', '措施', '目标', '文件', '部门', '单位', '它', '这']);

/** Chinese topic words searched through a broader stem (氢能 → 氢 also finds 风光氢储车, 制氢). */
export const TOPIC_BROADEN: Record<string, string[]> = { 氢能: ['氢'], 氢气: ['氢'], 碳汇项目: ['碳汇'], 节水型: ['节水'] };
