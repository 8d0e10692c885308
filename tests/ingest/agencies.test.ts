import { describe, expect, it } from 'vitest';
import { AgencyResolver } from '../../ingest/agencies.ts';
import { splitAgencies, parseRoleText, extractRoles } from '../../ingest/roles.ts';
import { agencyAliases, knownAgencies } from '../../ingest/index.ts';

describe('AgencyResolver', () => {
  it('gives bare and 市 forms of the same body one id in a city document', () => {
    const r = new AgencyResolver(true, ['林业和草原局', '市林业和草原局']);
    expect(r.resolve('林业和草原局').id).toBe('市林业和草原局');
    expect(r.resolve('市林業和草原局').id).toBe('市林业和草原局');
    expect(r.agencies()).toHaveLength(1);
  });

  it('fixes known typos and says so', () => {
    const r = new AgencyResolver(true, ['市交通和运输局']);
    expect(r.resolve('市交通和運輸局')).toEqual({ id: '市交通运输局', typoOf: '市交通和运输局' });
  });

  it('maps abbreviations and English names to the canonical id', () => {
    const r = new AgencyResolver(true, []);
    for (const [form, id] of [['市发改委', '市发展和改革委员会'], ['市科技局', '市科学技术局'], ['市林草局', '市林业和草原局'],
      ['市人社局', '市人力资源和社会保障局'], ['市住建局', '市住房和城乡建设局'], ['市市场监管局', '市市场监督管理局'],
      ['Science and Technology Bureau', '市科学技术局'], ['water resources bureau', '市水利局'], ['市金融办', '市人民政府金融工作办公室']]) {
      expect(r.resolve(form!).id, form).toBe(id);
    }
  });

  it('keeps unknown agencies with Traditional and without-市 aliases', () => {
    const r = new AgencyResolver(true, ['鄂尔多斯供电公司', '市通信发展管理办公室']);
    expect(r.resolve('鄂爾多斯供電公司').id).toBe('鄂尔多斯供电公司');
    r.resolve('市通信发展管理办公室');
    const [power, comm] = r.agencies();
    expect(power).toEqual({ id: '鄂尔多斯供电公司', name: '鄂尔多斯供电公司', nameEn: null, aliases: ['鄂爾多斯供電公司'] });
    expect(comm!.aliases).toEqual(expect.arrayContaining(['通信发展管理办公室', '市通信發展管理辦公室']));
  });

  it('does not add 市 outside a city document', () => {
    expect(new AgencyResolver(false, []).resolve('财政局').id).toBe('财政局');
    expect(new AgencyResolver(false, []).resolve('县财政局').id).toBe('县财政局');
  });

  it('knows the national tax bureau by its local short forms', () => {
    const r = new AgencyResolver(true, ['国家税务总局鄂尔多斯市税务局']);
    expect(r.resolve('市税务局').id).toBe('国家税务总局鄂尔多斯市税务局');
  });
});

describe('agencyAliases / knownAgencies', () => {
  it('finds the canonical agency from any form', () => {
    expect(agencyAliases('  ')).toBeNull();
    const a = agencyAliases('市林草局')!;
    expect(a.id).toBe('市林业和草原局');
    expect(a.nameEn).toBe('Forestry and Grassland Bureau');
    expect(a.aliases).toEqual(expect.arrayContaining(['林业和草原局', '市林業和草原局', '市林草局', 'Forestry and Grassland Bureau']));
    expect(knownAgencies().find((k) => k.id === '市发展和改革委员会')?.aliases).toContain('市发改委');
  });
});

describe('roles', () => {
  it('splits agency lists on 、，,; and drops 等', () => {
    expect(splitAgencies('市财政局、市科技局，市水利局;市能源局等')).toEqual(['市财政局', '市科技局', '市水利局', '市能源局']);
  });

  it('reads the four layouts of role text', () => {
    expect(parseRoleText('牵头单位:市能源局,配合单位:市科学技术局、市财政局')).toMatchObject({ lead: ['市能源局'], cooperating: ['市科学技术局', '市财政局'] });
    expect(parseRoleText('市发展改革委牵头,市市场监管局、市司法局等按职责分工负责')).toMatchObject({ lead: ['市发展改革委'], cooperating: ['市市场监管局', '市司法局'] });
    expect(parseRoleText('责任单位:市工信局、市住建局')).toMatchObject({ responsible: ['市工信局', '市住建局'] });
    expect(extractRoles('实施城市更新。由市住建局会同市自然资源局、市财政局负责落实。', [])).toMatchObject({ lead: ['市住建局'], cooperating: ['市自然资源局', '市财政局'] });
  });

  it('reads 负责 forms, deadlines inside the parenthesis, and labels in the running text', () => {
    expect(extractRoles('推进改革。(市发改委负责)', []).responsible).toEqual(['市发改委']);
    expect(extractRoles('推进改革。(责任单位:市发改委、市财政局;完成时限:2024年12月底前)', []).responsible).toEqual(['市发改委', '市财政局']);
    expect(extractRoles('推进改革。牵头单位:市发改委;配合单位:市财政局。', [])).toMatchObject({ lead: ['市发改委'], cooperating: ['市财政局'] });
  });

  it('knows bodies that are not bureaus, and names that begin with 和', () => {
    expect(extractRoles('开展宣传。(乌兰察布广播电视台)', []).responsible).toEqual(['乌兰察布广播电视台']);
    expect(extractRoles('加强通关。(包头海关、市档案馆)', []).responsible).toEqual(['包头海关', '市档案馆']);
    expect(splitAgencies('托克托县人民政府、和林格尔县人民政府')).toEqual(['托克托县人民政府', '和林格尔县人民政府']);
    expect(extractRoles('推进试点(试点地区:东胜区)', []).responsible).toEqual([]);
  });

  it('reads an agency parenthesis that is never closed, and ignores non-agency parentheses', () => {
    expect(extractRoles('推进数字陆港建设。(牵头单位:市能源局', [])).toMatchObject({ lead: ['市能源局'], unbalanced: true });
    expect(extractRoles('实施修复工程(鄂尔多斯段)', [])).toMatchObject({ lead: [], responsible: [] });
  });
});
