// The reader's dictionary, kept as data: which labels mean which case path, how each value is
// read, which section titles mark a repeating group, material names, application-type words.
// Chinese first (as the portal shows it), English after. Order inside a list matters where the
// comment says so: the first match wins.

import type { ApplicationType } from './types';

/** One accepted value of an enum: the case value and the texts a page may show for it. */
export interface EnumValue {
  value: string | boolean | null;
  synonyms: readonly string[];
}

export type ValueSpec =
  | { kind: 'text' }
  | { kind: 'id-number' }
  | { kind: 'code' }
  | {
      kind: 'date';
      /** Texts that mean "no end" and give null (长期, 至今 …). */
      open?: readonly string[];
      /** A month-only value (2012-07) read as the first or the last day of that month. */
      monthAs?: 'start' | 'end';
      /** The value may be a period (2019-05-10至2039-05-09): keep this end of it. */
      rangeTake?: 'start' | 'end';
    }
  | { kind: 'month' }
  | { kind: 'money' }
  | { kind: 'count'; min?: number }
  | { kind: 'percent' }
  | { kind: 'boolean' }
  | { kind: 'enum'; values: readonly EnumValue[]; fallback?: string }
  | { kind: 'enum-list'; values: readonly EnumValue[] }
  | { kind: 'district' }
  | { kind: 'year' };

export type SectionId =
  | 'workHistory'
  | 'companions'
  | 'education'
  | 'titles'
  | 'awards'
  | 'monthlyIncome'
  | 'qualifications'
  | 'taxPaid'
  | 'annualIncome'
  | 'freelance'
  | 'permit'
  | 'housing'
  | 'employer'
  | 'applicant'
  | 'employment'
  | 'employerChange'
  | 'ip'
  | 'equity'
  | 'infoChange';

/**
 * A titled part of a form. `array`: its controls are entries of the array at `path` and, inside
 * it, only that array's fields match. `year-map`: amounts keyed by year at `path`; a label that
 * is only a year means the map's amount. `group`: a hint that favours fields of that section.
 */
export interface SectionSpec {
  id: SectionId;
  kind: 'array' | 'year-map' | 'group';
  path?: string;
  titles: readonly string[];
}

/**
 * Label synonyms of one case path. Paths use `[]` for an array entry and `{year}` for a year key.
 * `section`: only matches inside that section (array fields always need their section unless
 * `anywhere`). `invert`: the label asks the opposite question (是否有违法违规记录).
 */
export interface FieldSpec {
  path: string;
  labels: readonly string[];
  value: ValueSpec;
  section?: SectionId;
  anywhere?: boolean;
  invert?: boolean;
  /**
   * A text listing several entries (高新技术企业（有效期至2027-12-20）；软件企业（…）): each part
   * is an entry of the array, and a date in a part goes to this sibling field.
   */
  listDate?: string;
}

/** A label naming a period: the two inputs of a range editor (or one text) give both ends. */
export interface RangeSpec {
  labels: readonly string[];
  section?: SectionId;
  start: string | null;
  end: string | null;
}

const e = (value: string | boolean | null, ...synonyms: string[]): EnumValue => ({ value, synonyms });

// Enum values: contains-matching tries them in this order, so more specific values come first.
export const GENDERS: readonly EnumValue[] = [
  e('male', '男', '男性', 'male', 'm', 'man'),
  e('female', '女', '女性', 'female', 'f', 'woman'),
];

export const ORG_FORMS: readonly EnumValue[] = [
  e('individual-business', '个体工商户', '个体户', '个体经营', 'individual business'),
  e('foreign-branch', '外国(地区)在京设立的非法人分支机构', '外国地区在京设立', '外国企业常驻代表机构', '外国', '境外', '港澳台', 'foreign branch'),
  e('non-beijing-branch', '外埠在京设立的非法人分支机构', '外埠', '外省市', '京外', 'non-beijing branch'),
  e('other-branch', '分公司', '分支机构', '非法人', 'branch'),
  e('public-institution', '事业单位', '事业法人', 'public institution'),
  e('private-non-enterprise', '民办非企业单位', '民办非企业', '民非', '社会服务机构', 'private non-enterprise'),
  e('social-organization', '社会团体', '社团', 'social organization'),
  e('enterprise', '企业', '公司', '有限责任', '股份有限', '合伙', '法人', 'enterprise', 'company'),
  e('other', '其他', '其它', 'other'),
];

export const EDUCATION_LEVELS: readonly EnumValue[] = [
  e('below-college', '专科以下', '大专以下', '高中及以下', '高中', '中专', '中技', '技校', '职高', '初中', '小学', 'below college'),
  e('doctor', '博士研究生', '博士', 'doctor', 'phd', 'doctorate'),
  e('master', '硕士研究生', '研究生', '硕士', 'master', 'postgraduate'),
  e('bachelor', '大学本科', '本科', 'bachelor', 'undergraduate'),
  e('college', '大学专科', '大专', '专科', '高职', 'college', 'associate'),
];

export const DEGREES: readonly EnumValue[] = [
  e('doctor', '博士学位', '博士', 'doctor', 'phd'),
  e('master', '硕士学位', '硕士', 'master'),
  e('bachelor', '学士学位', '学士', 'bachelor'),
  e('none', '无学位', '无', '没有', '否', 'none'),
];

export const VERIFICATIONS: readonly EnumValue[] = [
  e('unknown', '未核验', '待核验', '核验中', '未验证', '无法核验', '未知', 'unknown', 'pending'),
  e('invalid', '无效', '不通过', '未通过', '不一致', '失败', 'invalid', 'failed'),
  e('valid', '有效', '通过', '一致', '成功', '已核验', 'valid', 'passed'),
];

export const TITLE_LEVELS: readonly EnumValue[] = [
  e('senior', '正高级', '正高', 'senior'),
  e('deputy-senior', '副高级', '副高', '高级', 'deputy senior', 'associate senior'),
  e('intermediate', '中级', 'intermediate'),
  e('junior', '初级', '助理级', '员级', '助理', 'junior'),
];

export const TITLE_OBTAINED_BY: readonly EnumValue[] = [
  e('exam', '考试', '以考代评', '考评结合', 'exam'),
  e('review', '评审', '评定', '评聘', 'review'),
  e('other', '其他', '其它', '认定', '确认', 'other'),
];

// The guide's award basis takes national and Beijing's own (国家和本市) awards only: a provincial or
// ministerial one (省级, 部级, 省部级) is "other", and is tried before municipal so that a label like
// 「省部级（含北京市）」 does not pass as Beijing's.
export const AWARD_SCOPES: readonly EnumValue[] = [
  e('national', '国家级', '国家', '全国', 'national'),
  e('other', '省部级', '省级', '部级'),
  e('municipal', '北京市', '本市', '市级', 'municipal'),
  e('other', '区级', '其他', '其它', '行业', 'other'),
];

export const RELATIONS: readonly EnumValue[] = [
  e('spouse', '配偶', '妻子', '丈夫', '爱人', '妻', '夫', 'spouse', 'wife', 'husband'),
  e('child', '子女', '儿子', '女儿', '长子', '长女', '次子', '次女', '子', '女', 'child', 'son', 'daughter'),
];

export const MARITAL_STATUSES: readonly EnumValue[] = [
  e('widowed', '丧偶', 'widowed'),
  e('divorced', '离异', '离婚', 'divorced'),
  e('single', '未婚', '单身', 'single', 'unmarried'),
  e('married', '已婚', '初婚', '再婚', '复婚', '有配偶', 'married'),
];

export const HOUSING_KINDS: readonly EnumValue[] = [
  e('owned-by-spouse', '配偶名下住房', '配偶名下', '配偶产权', '房主为配偶', '配偶住房', '配偶所有', 'owned by spouse'),
  e('relative-housing', '亲友住房', '居住亲友住房', '借住', '亲友', '亲属住房', 'relative housing'),
  e('unit-housing', '单位公房', '居住单位公房', '单位宿舍', '单位住房', '公房', 'unit housing'),
  e('rented', '租住房屋', '租赁', '租房', '租住', '承租', 'rented', 'rent'),
  e('residence-permit', '北京市居住证', '居住证', 'residence permit'),
  e('owned', '自有住房', '自有', '自购', '本人产权', '产权房', '商品房', '购房', 'owned'),
];

export const OWNERSHIP_PROOFS: readonly EnumValue[] = [
  e('purchase-contract', '商品房买卖网签合同', '网签合同', '买卖合同', '购房合同', '网签', 'purchase contract'),
  e('certificate', '房屋所有权证', '不动产权证书', '不动产权证', '产权证', '房产证', '所有权证', 'certificate'),
];

export const LANDLORD_KINDS: readonly EnumValue[] = [
  e('rural-homestead', '农村宅基地', '宅基地', '农村', 'rural homestead'),
  e('private-home', '居民户', '个人', '私人', '私房', '房东', 'private home', 'private'),
  e('company', '单位', '公司', '企业', '机构', 'company'),
];

export const PERMIT_STATUSES: readonly EnumValue[] = [
  e('suspended', '挂起', '暂停', 'suspended'),
  e('expired', '失效', '过期', '已过期', '已失效', '无效', '注销', 'expired'),
  e('valid', '有效', '正常', '在有效期内', 'valid'),
];

export const SERVICE_KINDS: readonly EnumValue[] = [
  e('law-firm', '律师事务所', '律所', 'law firm'),
  e('accounting-firm', '会计师事务所', 'accounting firm'),
  e('audit-firm', '审计师事务所', '审计', 'audit firm'),
  e('tax-agent-firm', '税务师事务所', '税务师', 'tax agent'),
  e('hr-service', '人力资源服务机构', '人力资源', 'hr service'),
  e('financial-institution', '金融机构', '银行', '证券', '保险', '基金', 'financial institution'),
  e(null, '无', '否', '不是', '不属于', 'none'),
];

export const QUALIFICATION_KINDS: readonly EnumValue[] = [
  e('high-tech-enterprise', '高新技术企业', '高新企业', '高企', 'high-tech enterprise'),
  e('software-enterprise', '软件企业', 'software enterprise'),
  e('environmental-enterprise', '环保企业', '环境保护', 'environmental enterprise'),
  e('new-rd-institution', '新型研发机构', 'new r&d institution'),
  e('innovative-hq', '创新型总部企业', '创新型总部', '总部企业', 'innovative headquarters'),
  e('other', '其他', '其它', 'other'),
];

// 服务主体 before 主体, and each basis by the words of the guide's own condition text.
export const BASES: readonly EnumValue[] = [
  e('special', '市人才工作局批准', '人才工作局', '集体研究', '特批', 'special approval'),
  e('innovation-service', '科技创新服务主体', '服务主体', '8倍', 'innovation service'),
  e('innovation-entity', '科技创新主体', '新型研发机构', '创新型总部', '4倍', 'innovation entity'),
  e('equity-tax', '平均每年纳税', '年均纳税', '纳税500万', 'equity tax'),
  e('equity-investment', '自主投入', '股权类现金融资', '投融资', '融资', 'equity investment'),
  e('freelance', '自由职业', '个体工商户', 'freelance'),
  e('ip', '知识产权', '专利', '软件著作权', 'intellectual property'),
  e('award', '获奖', '奖项', '奖励', 'award'),
  e('title', '专业技术职称', '职称', '资格', 'title'),
  e('degree', '学士', '学位', 'degree'),
];

export const INFO_CHANGE_ITEMS: readonly EnumValue[] = [
  e('companions', '随往人员', '随迁人员', '随往', '随迁', '子女', 'companions'),
  e('hukou', '户口所在地', '户口', '户籍', 'hukou'),
  e('residence', '居住地', '住所', '居住', '住房', 'residence'),
  e('education', '学历学位', '学历', '学位', '教育', 'education'),
  e('title', '技术职称', '职称', '资格', 'title'),
  e('other', '其他', '其它', 'other'),
];

/** Custody of a child: a yes/no question or the name of the side that has it. */
export const CUSTODY: readonly EnumValue[] = [
  e(false, '对方', '前配偶', '另一方', '否', '不是', 'no'),
  e(true, '申请人', '本人', '是', 'yes', 'applicant'),
];

export const LONG_TERM = ['长期', '长期有效', '永久', '永久有效', '无固定期限', '不限期', '无期限', 'long-term', 'permanent'];
export const ONGOING = ['至今', '今', '现在', '目前', '在职', '当前', 'now', 'present', 'ongoing'];
export const NO_FIXED_TERM = ['无固定期限', '无固定期', '长期', '无期限', 'open-ended', 'permanent'];

/** District ids of rules.md with the names a page may use; 经济技术开发区 before 大兴 (亦庄 lies in it). */
export const DISTRICTS: ReadonlyArray<{ id: string; names: readonly string[] }> = [
  { id: 'yizhuang', names: ['北京经济技术开发区', '经济技术开发区', '经开区', '亦庄', 'yizhuang'] },
  { id: 'dongcheng', names: ['东城', 'dongcheng'] },
  { id: 'xicheng', names: ['西城', 'xicheng'] },
  { id: 'chaoyang', names: ['朝阳', 'chaoyang'] },
  { id: 'haidian', names: ['海淀', 'haidian'] },
  { id: 'fengtai', names: ['丰台', 'fengtai'] },
  { id: 'shijingshan', names: ['石景山', 'shijingshan'] },
  { id: 'mentougou', names: ['门头沟', 'mentougou'] },
  { id: 'fangshan', names: ['房山', 'fangshan'] },
  { id: 'tongzhou', names: ['通州', 'tongzhou'] },
  { id: 'shunyi', names: ['顺义', 'shunyi'] },
  { id: 'changping', names: ['昌平', 'changping'] },
  { id: 'daxing', names: ['大兴', 'daxing'] },
  { id: 'huairou', names: ['怀柔', 'huairou'] },
  { id: 'pinggu', names: ['平谷', 'pinggu'] },
  { id: 'miyun', names: ['密云', 'miyun'] },
  { id: 'yanqing', names: ['延庆', 'yanqing'] },
];

const text: ValueSpec = { kind: 'text' };
const date: ValueSpec = { kind: 'date' };
const money: ValueSpec = { kind: 'money' };
const bool: ValueSpec = { kind: 'boolean' };
const count: ValueSpec = { kind: 'count' };
const rank: ValueSpec = { kind: 'count', min: 1 };
const idNumber: ValueSpec = { kind: 'id-number' };
const enumOf = (values: readonly EnumValue[], fallback?: string): ValueSpec =>
  fallback === undefined ? { kind: 'enum', values } : { kind: 'enum', values, fallback };

const ID_LABELS = [
  '身份证号', '身份证号码', '证件号码', '公民身份号码', '身份证件号码', '居民身份证号码', '身份证件号', '证件号',
  '身份证', 'id number', 'id card number', 'identity number', 'id no',
];
const BIRTH_LABELS = ['出生日期', '出生年月日', '出生年月', '生日', '出生时间', 'date of birth', 'birth date', 'birthday'];

export const SECTIONS: readonly SectionSpec[] = [
  { id: 'workHistory', kind: 'array', path: 'applicant.workHistory', titles: ['工作经历', '工作简历', '工作履历', '工作经验', '履历', '简历', 'work history', 'work experience', 'employment history'] },
  { id: 'companions', kind: 'array', path: 'applicant.companions', titles: ['随往人员', '随迁人员', '随往子女', '随迁子女', '随往家属', '随迁家属', '随往人员信息', 'companions', 'accompanying family'] },
  { id: 'education', kind: 'array', path: 'applicant.education', titles: ['教育信息', '学习经历', '教育经历', '学历信息', '学历学位', '教育背景', '学历学位信息', '教育情况', 'education'] },
  { id: 'titles', kind: 'array', path: 'applicant.titles', titles: ['职称信息', '专业技术职称', '职称情况', '专业技术资格', '职称资格', 'professional titles', 'titles'] },
  { id: 'awards', kind: 'array', path: 'applicant.awards', titles: ['获奖情况', '获奖信息', '奖励情况', '获奖', 'awards'] },
  { id: 'monthlyIncome', kind: 'array', path: 'applicant.monthlyIncome', titles: ['月度收入', '应税收入', '收入情况', '月收入', '近6个月应税收入', '近六个月应税收入', '月度应税收入', '个人所得税纳税记录', '收入明细', 'monthly income', 'taxable income'] },
  { id: 'qualifications', kind: 'array', path: 'employer.qualifications', titles: ['单位资质', '资质信息', '企业资质', '单位资质信息', '资质证书', 'qualifications'] },
  { id: 'taxPaid', kind: 'year-map', path: 'employer.taxPaid', titles: ['纳税情况', '单位纳税情况', '纳税信息', '近三年纳税', '近三年纳税额', '单位纳税', '纳税额', 'tax paid'] },
  { id: 'annualIncome', kind: 'year-map', path: 'applicant.annualIncome', titles: ['年度收入', '年收入', '近三年收入', '近三年应税收入', '年度应税收入', 'annual income'] },
  { id: 'freelance', kind: 'group', titles: ['自由职业', '自由职业者', 'freelance'] },
  { id: 'permit', kind: 'group', titles: ['证件信息', '工作居住证信息', '原证件信息', '持证信息', '持证人信息', '证件情况', 'permit'] },
  { id: 'housing', kind: 'group', titles: ['住所信息', '在京住所', '住房信息', '居住信息', '合法稳定住所', '在京合法稳定住所', '住所情况', '住房情况', 'housing'] },
  { id: 'employer', kind: 'group', titles: ['单位信息', '用人单位信息', '聘用单位信息', '企业信息', '单位基本信息', '申请单位信息', 'employer'] },
  { id: 'applicant', kind: 'group', titles: ['基本信息', '个人信息', '申请人信息', '个人基本信息', 'applicant'] },
  { id: 'employment', kind: 'group', titles: ['劳动合同', '劳动合同信息', '聘用信息', '劳动关系', '合同信息', '在职信息', 'employment'] },
  { id: 'employerChange', kind: 'group', titles: ['原单位信息', '原聘用单位', '原单位', '离职信息', '变更前单位', '原聘用单位信息', 'previous employer'] },
  { id: 'ip', kind: 'group', titles: ['知识产权', '专利情况', 'intellectual property'] },
  { id: 'equity', kind: 'group', titles: ['股权信息', '投融资', '创新创业团队', 'equity'] },
  { id: 'infoChange', kind: 'group', titles: ['变更事项', '变更信息', '变更内容'] },
];

export const FIELDS: readonly FieldSpec[] = [
  // Employer
  { path: 'employer.name', value: text, labels: ['单位名称', '用人单位名称', '聘用单位名称', '申请单位名称', '用人单位', '聘用单位', '申请单位', '企业名称', '公司名称', '单位全称', '现工作单位', '现单位名称', '工作单位', '所在单位', 'employer', 'employer name', 'company name', 'organization name'] },
  { path: 'employer.creditCode', value: { kind: 'code' }, labels: ['统一社会信用代码', '社会信用代码', '信用代码', '统一信用代码', '单位信用代码', 'credit code', 'unified social credit code', 'uscc'] },
  { path: 'employer.orgForm', value: enumOf(ORG_FORMS), labels: ['单位性质', '单位类型', '组织形式', '企业类型', '单位类别', '机构类型', '企业性质', '法人类型', '单位组织形式', 'organization type', 'legal form'] },
  { path: 'employer.registeredDistrict', value: { kind: 'district' }, labels: ['注册所在区', '所属区', '注册区', '注册地', '注册所在地', '注册区县', '所在区县', '所属区县', '注册地所在区', '注册地区', '注册登记区', '所在区', '现注册区', '迁入区', 'registered district', 'district'] },
  { path: 'employer.previousDistrict', value: { kind: 'district' }, labels: ['原注册区', '原所属区', '原注册地', '原区县', '迁出区', '原所在区', '原主管区', '原主管部门', '原注册所在区', 'previous district'] },
  { path: 'employer.registrationDate', value: date, labels: ['注册日期', '注册登记日期', '成立日期', '登记日期', '注册时间', '成立时间', '在本区注册日期', '在本行政区域内注册登记日期', '本区注册登记日期', 'registration date', 'date of registration'] },
  { path: 'employer.registeredCapital', value: money, labels: ['注册资本', '注册资金', '注册资本金', 'registered capital'] },
  { path: 'employer.taxPaid.{year}', value: money, labels: ['纳税额', '纳税总额', '年度纳税额', '纳税金额', '缴纳税款', '实缴税额', '单位纳税额', '年纳税额', '年度纳税总额', 'tax paid'] },
  { path: 'employer.taxPaid.{year}', value: { kind: 'year' }, section: 'taxPaid', labels: ['年度', '年份', '纳税年度', '所属年度', 'year'] },
  { path: 'employer.goodStanding', value: bool, labels: ['经营状况和单位信用良好', '经营状况和单位信用良好无违法违规记录', '单位经营状况和信用良好', '经营状况和信用良好', '无违法违规记录', '单位信用良好', '信用良好', '经营状况良好', '信用状况', 'good standing'] },
  { path: 'employer.goodStanding', value: bool, invert: true, labels: ['是否有违法违规记录', '有无违法违规记录', '违法违规记录', '存在违法违规记录', '违法记录'] },
  { path: 'employer.fitsIndustryPolicy', value: bool, labels: ['符合城市功能定位和产业发展方向', '城市功能定位和产业发展方向', '功能定位和产业发展方向', '符合产业发展方向', '符合产业政策', '产业政策', '符合城市功能定位', 'fits industry policy'] },
  { path: 'employer.hasPermission', value: bool, labels: ['已开通工作居住证办理权限', '工作居住证办理权限', '办理权限', '是否开通办理权限', '是否已开通办理权限', '权限开通', '开通权限', '权限状态', '办理权限状态', 'permission'] },
  { path: 'employer.specialApproval', value: bool, labels: ['经市人才工作局批准', '市人才工作局批准', '经市人才工作局批准的单位', '特批单位'] },
  { path: 'employer.licenseValidUntil', value: { kind: 'date', open: LONG_TERM, rangeTake: 'end' }, labels: ['营业执照有效期', '营业执照有效期至', '营业期限至', '经营期限至', '执照有效期', '营业执照到期日', '营业期限截止日期', '营业执照有效期限', 'license valid until'] },
  { path: 'employer.qualifications[].kind', value: enumOf(QUALIFICATION_KINDS, 'other'), listDate: 'validUntil', labels: ['资质类型', '资质名称', '资质', '证书名称', '资质证书名称', '证书类型', '资质类别', 'qualification', 'kind'] },
  { path: 'employer.qualifications[].kind', value: enumOf(QUALIFICATION_KINDS, 'other'), anywhere: true, listDate: 'validUntil', labels: ['单位资质类型', '单位资质'] },
  { path: 'employer.qualifications[].validUntil', value: { kind: 'date', rangeTake: 'end' }, labels: ['有效期至', '有效期', '证书有效期', '到期日期', '截止日期', '有效截止日期', '有效期截止', 'valid until', 'expiry date'] },
  { path: 'employer.qualifications[].validUntil', value: { kind: 'date', rangeTake: 'end' }, anywhere: true, labels: ['资质有效期', '资质有效期至', '资质证书有效期'] },
  { path: 'employer.serviceKind', value: enumOf(SERVICE_KINDS), labels: ['科技创新服务主体类型', '服务主体类型', '科技创新服务主体', '服务机构类型', 'service kind'] },

  // Applicant
  { path: 'applicant.name', value: text, labels: ['姓名', '申请人姓名', '名字', '中文姓名', '本人姓名', '申请人', '持证人姓名', '持证人', 'name', 'full name', 'applicant name'] },
  { path: 'applicant.idNumber', value: idNumber, labels: [...ID_LABELS, '申请人身份证号', '申请人身份证号码'] },
  { path: 'applicant.gender', value: enumOf(GENDERS), labels: ['性别', 'gender', 'sex'] },
  { path: 'applicant.birthDate', value: date, labels: BIRTH_LABELS },
  { path: 'applicant.hukouLocation', value: text, labels: ['户口所在地', '户籍所在地', '户籍地', '户口所在地址', '户籍地址', '户口所在省市', '户口所在地区', '户口所在地详址', 'hukou', 'hukou location', 'household registration'] },
  { path: 'applicant.workHistory[].employer', value: text, labels: ['工作单位', '单位名称', '任职单位', '所在单位', '公司名称', '单位', '公司', '用人单位', '聘用单位', 'employer', 'company'] },
  { path: 'applicant.workHistory[].from', value: { kind: 'date', monthAs: 'start' }, labels: ['开始时间', '开始日期', '起始时间', '起始日期', '入职时间', '入职日期', '开始年月', '起始年月', '起', '自', '从', 'from', 'start', 'start date'] },
  { path: 'applicant.workHistory[].to', value: { kind: 'date', monthAs: 'end', open: ONGOING }, labels: ['结束时间', '结束日期', '截止时间', '截止日期', '终止时间', '终止日期', '离职时间', '离职日期', '结束年月', '截止年月', '止', '至', '到', 'to', 'end', 'end date'] },
  { path: 'applicant.employment.startDate', value: date, labels: ['入职日期', '入职时间', '聘用开始日期', '来本单位时间', '进入本单位时间', '本单位入职日期', '聘用日期', '入职本单位日期', '到岗日期', '参加本单位工作时间', 'employment start date'] },
  { path: 'applicant.employment.contractEndDate', value: { kind: 'date', open: NO_FIXED_TERM }, labels: ['合同结束日期', '合同到期日期', '合同终止日期', '劳动合同期限至', '合同截止日期', '劳动合同到期日', '劳动合同到期日期', '合同期限至', '聘用合同到期时间', '合同到期时间', '劳动合同截止日期', '劳动合同终止日期', '合同到期日', 'contract end date'] },
  { path: 'applicant.employment.contractEmployer', value: text, labels: ['劳动合同签订单位', '合同签订单位', '签订合同单位', '劳动合同单位', '签约单位', 'contract employer'] },
  { path: 'applicant.employment.socialInsuranceEmployer', value: text, labels: ['社会保险缴纳单位', '社保缴纳单位', '社保缴费单位', '社会保险缴费单位', '社保单位', 'social insurance employer'] },
  { path: 'applicant.employment.incomeTaxEmployer', value: text, labels: ['个人所得税缴纳单位', '个税缴纳单位', '个人所得税扣缴单位', '扣缴义务人', '个税扣缴单位', '个税单位', '扣缴单位', 'income tax employer', 'withholding agent'] },
  { path: 'applicant.monthlyIncome[].month', value: { kind: 'month' }, labels: ['月份', '所属月份', '税款所属期', '收入月份', '年月', '所得期间', '税款所属期间', '所属期', '所得月份', '所属期间', 'month', 'period'] },
  { path: 'applicant.monthlyIncome[].amount', value: money, labels: ['应税收入', '收入额', '收入', '金额', '月收入', '本期收入', '应税收入额', '收入金额', '月应税收入', 'income', 'amount', 'taxable income'] },
  { path: 'applicant.annualIncome.{year}', value: money, labels: ['年度收入', '年收入', '年应税收入', '年度应税收入', '全年收入', '年度收入总额', '全年应税收入', 'annual income'] },
  { path: 'applicant.annualIncome.{year}', value: { kind: 'year' }, section: 'annualIncome', labels: ['年度', '年份', '所属年度', 'year'] },
  { path: 'applicant.education[].level', value: enumOf(EDUCATION_LEVELS), labels: ['学历', '学历层次', '学历类别', 'education level'] },
  { path: 'applicant.education[].level', value: enumOf(EDUCATION_LEVELS), anywhere: true, labels: ['学历', '最高学历', '学历层次'] },
  { path: 'applicant.education[].degree', value: enumOf(DEGREES), labels: ['学位', '学位类别', '学位名称', 'degree'] },
  { path: 'applicant.education[].degree', value: enumOf(DEGREES), anywhere: true, labels: ['学位', '最高学位'] },
  { path: 'applicant.education[].school', value: text, labels: ['毕业院校', '学校名称', '毕业学校', '院校名称', '就读学校', '学校', '院校', 'school', 'university', 'institution'] },
  { path: 'applicant.education[].school', value: text, anywhere: true, labels: ['毕业院校', '毕业学校'] },
  { path: 'applicant.education[].graduationDate', value: date, labels: ['毕业日期', '毕业时间', '毕业年月', 'graduation date'] },
  { path: 'applicant.education[].graduationDate', value: date, anywhere: true, labels: ['毕业日期', '毕业时间'] },
  { path: 'applicant.education[].verification', value: enumOf(VERIFICATIONS), labels: ['核验结果', '学历学位核验结果', '系统核验结果', '验证结果', '学历核验结果', '学位核验结果', '认证结果', '核验状态', 'verification'] },
  { path: 'applicant.education[].verification', value: enumOf(VERIFICATIONS), anywhere: true, labels: ['学历学位核验结果', '系统核验结果', '学历核验结果', '学位核验结果', '学历学位核验'] },
  { path: 'applicant.titles[].name', value: text, labels: ['职称名称', '专业技术职称', '职称', '资格名称', '技术职称', '职称资格', '资格证书名称', '职业资格', '名称', 'title', 'title name'] },
  { path: 'applicant.titles[].name', value: text, anywhere: true, labels: ['职称名称', '专业技术职称', '技术职称', '职称'] },
  { path: 'applicant.titles[].level', value: enumOf(TITLE_LEVELS), labels: ['职称级别', '职称等级', '级别', '资格级别', '职称层级', '等级', 'level'] },
  { path: 'applicant.titles[].level', value: enumOf(TITLE_LEVELS), anywhere: true, labels: ['职称级别', '职称等级'] },
  { path: 'applicant.titles[].obtainedBy', value: enumOf(TITLE_OBTAINED_BY), labels: ['取得方式', '获得方式', '取得途径', '评定方式', '获取方式', 'obtained by'] },
  { path: 'applicant.titles[].obtainedBy', value: enumOf(TITLE_OBTAINED_BY), anywhere: true, labels: ['职称取得方式', '职称获得方式'] },
  { path: 'applicant.awards[].name', value: text, labels: ['奖项名称', '获奖名称', '奖励名称', '获奖项目', '奖项', '名称', 'award', 'award name'] },
  { path: 'applicant.awards[].name', value: text, anywhere: true, labels: ['奖项名称', '获奖名称'] },
  { path: 'applicant.awards[].scope', value: enumOf(AWARD_SCOPES), labels: ['奖项级别', '获奖级别', '奖励级别', '级别', '奖项等级', '等级', 'scope', 'award level'] },
  { path: 'applicant.awards[].scope', value: enumOf(AWARD_SCOPES), anywhere: true, labels: ['奖项级别', '获奖级别'] },
  { path: 'applicant.ip.inventionPatents', value: count, labels: ['发明专利', '发明专利数量', '发明专利授权数', '发明专利数', 'invention patents'] },
  { path: 'applicant.ip.otherPatents', value: count, labels: ['其他专利', '其他专利数量', '其他专利授权数', 'other patents'] },
  { path: 'applicant.ip.softwareCopyrights', value: count, labels: ['软件著作权', '软件著作权数量', '软件著作权登记数', '软著数量', 'software copyrights'] },
  { path: 'applicant.ip.bestAuthorRank', value: rank, labels: ['作者排名', '发明人排名', '本人排名', '最高排名', 'author rank'] },
  { path: 'applicant.ip.commercializedInBeijing', value: bool, labels: ['在京落地转化', '是否在京落地转化', '是否在京转化', '在京转化', 'commercialized in beijing'] },
  { path: 'applicant.equity.sharePercent', value: { kind: 'percent' }, labels: ['持股比例', '股权比例', '本人持股比例', 'share percent'] },
  { path: 'applicant.equity.naturalPersonRank', value: rank, labels: ['自然人股东排名', '股东排名', '持股排名', 'shareholder rank'] },
  { path: 'applicant.equity.selfInvestment3y', value: money, labels: ['近三年累计自主投入', '累计自主投入', '自主投入', 'self investment'] },
  { path: 'applicant.equity.equityFinancing', value: money, labels: ['股权类现金融资', '股权融资', '现金融资', '股权融资额', 'equity financing'] },
  { path: 'applicant.equity.avgAnnualCompanyTax3y', value: money, labels: ['近三年平均每年纳税', '近三年年均纳税额', '平均每年纳税', '年均纳税额', 'average annual company tax'] },
  { path: 'applicant.freelance.isFreelancer', value: bool, labels: ['是否自由职业者', '自由职业者', '是否为自由职业者', 'freelancer'] },
  { path: 'applicant.freelance.notableContribution', value: bool, labels: ['贡献突出', '是否贡献突出', 'notable contribution'] },
  { path: 'applicant.freelance.annualTaxPaid.{year}', value: money, section: 'freelance', labels: ['纳税额', '年纳税额', '个人纳税额', '年度纳税额'] },
  { path: 'applicant.specialApproval', value: bool, labels: ['经市人才工作局批准人员', '市人才工作局批准的人员'] },
  { path: 'applicant.basis', value: enumOf(BASES), labels: ['申请条件', '申报条件', '申请类别', '人才类别', '申请依据', '符合条件', '办理条件', '申请资格', '申报类别', 'basis', 'qualifying condition'] },
  { path: 'applicant.housing.kind', value: enumOf(HOUSING_KINDS), labels: ['住所类型', '住房类型', '住所情况', '在京住所', '居住类型', '住房情况', '住所性质', '在京合法稳定住所', '合法稳定住所', '住所证明类型', '住房性质', '居住情况', '居住方式', 'housing', 'housing kind'] },
  { path: 'applicant.housing.residencePermitValidUntil', value: date, labels: ['居住证有效期至', '居住证有效期', '居住证到期日期', '北京市居住证有效期', '居住证有效期截止日期'] },
  { path: 'applicant.housing.residencePermitValidUntil', value: date, section: 'housing', labels: ['有效期至', '有效期'] },
  { path: 'applicant.housing.ownershipProof', value: enumOf(OWNERSHIP_PROOFS), labels: ['产权证明类型', '权属证明', '产权证明', '权属证明类型', '房屋权属证明'] },
  { path: 'applicant.housing.landlordKind', value: enumOf(LANDLORD_KINDS), labels: ['出租方类型', '出租人类型', '出租方', '出租人性质', '房源类型'] },
  { path: 'applicant.housing.landlordHasCertificate', value: bool, labels: ['房主能否提供产权证原件', '能否提供产权证原件', '能否提供产权证', '房主能否提供产权证', '可提供产权证原件'] },
  { path: 'applicant.housing.leaseEnd', value: { kind: 'date', rangeTake: 'end' }, labels: ['租赁截止日期', '租赁到期日', '租期至', '租赁期限至', '租赁合同到期日期', '租赁结束日期', '租赁到期日期', '租期截止日期', '租赁合同截止日期', 'lease end'] },
  { path: 'applicant.housing.unitOwnsProperty', value: bool, labels: ['产权人是否为单位', '是否单位产权', '单位产权', '产权人为单位'] },
  { path: 'applicant.maritalStatus', value: enumOf(MARITAL_STATUSES), labels: ['婚姻状况', '婚姻状态', '婚姻', 'marital status'] },
  { path: 'applicant.companions[].relation', value: enumOf(RELATIONS), labels: ['关系', '与申请人关系', '与本人关系', '随往关系', '称谓', '亲属关系', '与申请人的关系', 'relation', 'relationship'] },
  { path: 'applicant.companions[].relation', value: enumOf(RELATIONS), anywhere: true, labels: ['随往人员关系', '随往人员与申请人关系'] },
  { path: 'applicant.companions[].name', value: text, labels: ['姓名', '子女姓名', '随往人员姓名', 'name'] },
  { path: 'applicant.companions[].name', value: text, anywhere: true, labels: ['随往人员姓名', '随往子女姓名'] },
  { path: 'applicant.companions[].idNumber', value: idNumber, labels: [...ID_LABELS, '随往人员身份证号'] },
  { path: 'applicant.companions[].idNumber', value: idNumber, anywhere: true, labels: ['随往人员身份证号', '随往人员身份证号码', '随往子女身份证号'] },
  { path: 'applicant.companions[].birthDate', value: date, labels: BIRTH_LABELS },
  { path: 'applicant.companions[].birthDate', value: date, anywhere: true, labels: ['随往人员出生日期', '随往子女出生日期'] },
  { path: 'applicant.companions[].custodyWithApplicant', value: enumOf(CUSTODY), labels: ['抚养权是否归申请人', '抚养权归属', '抚养权', '抚养权归申请人', '抚养人', 'custody'] },

  // Existing permit and changes
  { path: 'permit.number', value: { kind: 'code' }, labels: ['工作居住证编号', '证件编号', '工作居住证号', '工作居住证号码', '证号', 'permit number'] },
  { path: 'permit.number', value: { kind: 'code' }, section: 'permit', labels: ['证书编号', '编号'] },
  { path: 'permit.employer', value: text, labels: ['持证单位', '证件所属单位', '原证件单位', '工作居住证所属单位', '证件单位', 'permit employer'] },
  { path: 'permit.validUntil', value: { kind: 'date', rangeTake: 'end' }, labels: ['工作居住证有效期', '工作居住证有效期至', '证件有效期', '证件有效期至', '证件到期日期', '工作居住证到期日期', '证件有效截止日期', 'permit valid until'] },
  { path: 'permit.validUntil', value: { kind: 'date', rangeTake: 'end' }, section: 'permit', labels: ['有效期至', '有效期', '到期日期', '截止日期', '有效截止日期', '有效期截止日期', 'valid until'] },
  { path: 'permit.status', value: enumOf(PERMIT_STATUSES), labels: ['证件状态', '工作居住证状态', '持证状态', 'permit status'] },
  { path: 'permit.status', value: enumOf(PERMIT_STATUSES), section: 'permit', labels: ['状态'] },
  { path: 'employerChange.previousEmployer', value: text, labels: ['原单位', '原聘用单位', '原用人单位', '原单位名称', '原工作单位', '原聘用单位名称', '变更前单位', 'previous employer'] },
  { path: 'employerChange.previousEmployer', value: text, section: 'employerChange', labels: ['单位名称'] },
  { path: 'employerChange.separationDate', value: date, labels: ['离职日期', '离职时间', '解除劳动关系日期', '解除劳动合同日期', '与原单位解除劳动关系日期', '原单位离职日期', 'separation date'] },
  { path: 'infoChange.items', value: { kind: 'enum-list', values: INFO_CHANGE_ITEMS }, labels: ['变更事项', '变更内容', '变更类型', '变更项目', '变更项', 'change items'] },
  { path: 'acceptedOn', value: date, labels: ['受理日期', '受理时间', 'accepted on'] },
];

export const RANGES: readonly RangeSpec[] = [
  { labels: ['起止时间', '起止日期', '起止年月', '工作时间', '在职时间', '任职时间', '工作起止时间', '时间', '期间', 'period', 'dates'], section: 'workHistory', start: 'applicant.workHistory[].from', end: 'applicant.workHistory[].to' },
  // A contract's start is not the employment start (contracts are renewed), so only its end is read.
  { labels: ['合同期限', '劳动合同期限', '合同起止日期', '聘用期限', '劳动合同起止日期', '合同有效期', '聘用合同期限', 'contract term'], start: null, end: 'applicant.employment.contractEndDate' },
  { labels: ['营业期限', '经营期限', '营业执照期限'], start: null, end: 'employer.licenseValidUntil' },
  { labels: ['租赁期限', '租期', '租赁起止日期', '租赁期', 'lease term'], start: null, end: 'applicant.housing.leaseEnd' },
  { labels: ['有效期限', '有效期间'], section: 'permit', start: null, end: 'permit.validUntil' },
];

/** Labels of controls a check does not need: neither placed nor counted as not recognised. */
export const IGNORED_LABELS: readonly string[] = [
  '民族', '政治面貌', '手机号码', '手机号', '手机', '联系电话', '电话', '固定电话', '电子邮箱', '邮箱', 'email', 'e-mail',
  '专业', '所学专业', '入学时间', '入学日期', '学制', '学习形式', '学习方式', '职务', '岗位', '职位', '联系地址', '通讯地址',
  '邮编', '邮政编码', '备注', '籍贯', '国籍', '曾用名', '英文名', '健康状况', '身高', '照片', '验证码', '搜索', '关键字',
  '经办人', '经办人姓名', '经办人电话', '经办人手机', '经办人身份证号', '经办人身份证号码', '经办人证件号码', '联系人', '传真', '单位地址', '注册地址', '办公地址', '法定代表人',
  '法人代表', '开户银行', '银行账号', '证书编号', '毕业证书编号', '学位证书编号', '现居住地址', '居住地址', '住所所在区', '居住地所在区', '现居住区', '居住区县', '住所所在区县', '详细地址', '房屋地址',
  '合同开始日期', '劳动合同开始日期', '合同起始日期', '劳动合同起始日期', '单位关联码', '关联码', '是否有随往人员', '有无随往人员', '变更原因', '证件类型', '户口性质', '户籍类型', '户口类型', '是否留学回国人员', '留学回国人员', '所属行业', '行业', '单位规模', '职工人数', '网址', '备注说明', 'phone', 'mobile', 'remark', 'address',
];

/** Label endings of fields a check does not need (住所详细地址, 单位联系电话 …). */
export const IGNORED_ENDINGS: readonly string[] = ['地址', '电话', '手机', '手机号', '邮箱', '邮编', '传真', '备注', '说明'];

/** Attachment rows that are no material of the catalogue but a catch-all (其他材料). */
export const OPTIONAL_EXTRA_ROWS = /^(其他|其它|补充)(材料|附件|证明材料|说明)?$/;

/**
 * Material names → material ids of rules.md, tried in this order (first contained wins), so the
 * specific names come first: 单位诚信声明 before 诚信声明, 经办人身份证 before 身份证 …
 */
export const MATERIALS: ReadonlyArray<{ id: string; names: readonly string[] }> = [
  { id: 'unit-registration-application', names: ['用人单位注册申请', '单位注册申请', '权限注册申请', '注册申请'] },
  { id: 'unit-change-application', names: ['用人单位变更申请', '单位变更申请', '主管部门变更申请'] },
  { id: 'unit-handling-application', names: ['用人单位办理申请', '单位办理申请', '办理申请'] },
  { id: 'unit-integrity-pledge', names: ['单位诚信声明', '用人单位诚信声明'] },
  { id: 'unit-tax-certificates', names: ['涉税信息查询申请表', '用人单位近三年纳税证明', '近三年纳税证明', '单位纳税证明'] },
  { id: 'tax-info-notice', names: ['涉税信息查询结果告知书', '涉税信息查询结果', '涉税信息'] },
  { id: 'unit-qualification-proof', names: ['资质证书或证明材料', '资质证明材料', '单位资质证明', '资质证明'] },
  { id: 'title-certificate', names: ['专业技术职称证书', '职称证书', '职业资格', '相当资质证书', '职称'] },
  { id: 'unit-qualification-certificate', names: ['单位相关资质证书', '单位资质证书', '资质证书', '单位资质'] },
  { id: 'business-license', names: ['营业执照', '法人证书', '法人登记证书'] },
  { id: 'agent-id-card', names: ['经办人身份证'] },
  { id: 'spouse-id-card', names: ['配偶身份证'] },
  { id: 'owner-id-card', names: ['房主身份证', '产权人身份证', '房屋所有人身份证'] },
  { id: 'child-hukou-booklet', names: ['子女户口簿', '子女户口本', '子女户籍'] },
  { id: 'landlord-hukou-booklet', names: ['房屋所有人居民户口簿', '房屋所有人户口簿', '房屋所有人户口本', '房主户口簿', '房主户口本', '宅基地'] },
  { id: 'unit-residence-certificate', names: ['单位出具的申请人居住证明', '单位出具的居住证明', '单位居住证明', '居住证明'] },
  { id: 'unit-property-proof', names: ['单位房屋产权证明', '单位产权证明', '房屋产权证明'] },
  { id: 'relative-property-certificate', names: ['亲友房产证', '亲友住房产权证', '亲友产权证', '借住房屋产权证', '亲友房屋产权'] },
  { id: 'landlord-property-certificate', names: ['房主的房屋所有权证', '房主房屋所有权证', '房主产权证', '房主不动产权证书', '房主的不动产权证书', '出租人产权证', '出租方产权证', '房东产权证', '房主的'] },
  { id: 'lodging-statement', names: ['房屋借住声明', '借住声明'] },
  { id: 'id-card', names: ['申请人身份证', '居民身份证', '身份证'] },
  { id: 'hukou-booklet', names: ['户口本首页及本人页', '户口簿首页及本人页', '户口本', '户口簿', '户籍证明'] },
  { id: 'integrity-pledge', names: ['个人诚信声明', '诚信声明'] },
  { id: 'iit-statement-pre-2019', names: ['2019年前', '2019年以前'] },
  { id: 'iit-records-3y', names: ['近三年个人所得税纳税记录', '近三年的个人所得税纳税记录', '近三年个人所得税纳记录', '近三年的个人所得税纳记录', '近三年个税纳税记录'] },
  { id: 'income-records-3y', names: ['近三年应税收入', '近三年的应税收入', '个人所得税纳税清单', '纳税清单'] },
  { id: 'withholding-client-screenshot', names: ['扣缴客户端截图', '扣缴客户端', '自然人税收管理系统', '扣缴截图'] },
  { id: 'iit-records', names: ['个人所得税纳税记录', '个税纳税记录', '纳税记录', '应税收入', '个人所得税完税证明', '完税证明'] },
  { id: 'separation-certificate', names: ['原单位离职证明', '离职证明', '解除劳动合同证明', '解除劳动关系证明'] },
  { id: 'labor-contract', names: ['劳动合同', '聘用合同', '劳动(聘用)合同'] },
  { id: 'residence-permit', names: ['北京市居住证', '居住证'] },
  { id: 'purchase-invoice', names: ['购房发票'] },
  { id: 'purchase-contract', names: ['商品房买卖网签合同', '买卖网签合同', '网签合同', '购房合同', '买卖合同'] },
  { id: 'property-certificate', names: ['房屋所有权证', '不动产权证书', '不动产权证', '房产证', '产权证'] },
  { id: 'marriage-certificate', names: ['结婚证'] },
  { id: 'rent-invoice', names: ['租赁发票', '房租发票', '租房发票'] },
  { id: 'lease-contract', names: ['房屋租赁合同', '租赁合同', '租房合同', '租赁协议'] },
  { id: 'child-birth-certificate', names: ['出生医学证明', '出生证明', '出生证'] },
  { id: 'divorce-documents', names: ['离婚证', '离婚协议', '法院判决书', '判决书', '离婚'] },
  { id: 'degree-verification-report', names: ['学位认证报告', '学位认证', '学位验证报告', '学位核验报告'] },
  { id: 'diploma-verification-report', names: ['学历认证报告', '学历认证', '学历验证报告', '学历核验报告', '学籍在线验证报告'] },
  { id: 'degree-certificate', names: ['学位证书', '学位证'] },
  { id: 'diploma', names: ['学历证书', '毕业证书', '毕业证', '学历证'] },
  { id: 'exam-registration-form', names: ['考试合格人员登记表', '合格人员登记表', '网上查询信息截图'] },
  { id: 'review-form', names: ['评审表'] },
  { id: 'award-evidence', names: ['获奖相关佐证材料', '获奖佐证材料', '获奖佐证', '获奖相关佐证'] },
  { id: 'award-certificate', names: ['获奖证书', '奖励证书'] },
  { id: 'ip-commercialization-report', names: ['落地转化说明报告', '转化说明报告', '在京落地转化说明'] },
  { id: 'ip-commercialization-evidence', names: ['转化成果佐证材料', '转化成果佐证', '转化佐证材料', '转化佐证'] },
  { id: 'patent-certificates', names: ['专利证书', '相关专利证书', '软件著作权登记证书', '著作权登记证书'] },
  { id: 'capital-increase-agreement', names: ['增资协议', '投资协议'] },
  { id: 'capital-verification-report', names: ['验资报告'] },
  { id: 'articles-of-association', names: ['公司章程', '章程'] },
  { id: 'contribution-evidence', names: ['贡献突出材料', '贡献突出证明', '贡献突出'] },
  { id: 'change-evidence', names: ['信息变更材料', '变更证明材料', '变更材料', '变更证明', '基础及业务信息变更材料'] },
];

/** Application-type words; the longest word found in a text decides. */
export const APP_TYPE_WORDS: ReadonlyArray<{ type: ApplicationType; words: readonly string[] }> = [
  { type: 'employer-registration', words: ['用人单位权限注册', '单位权限注册', '权限注册', '用人单位注册', '聘用单位注册', '单位注册', '单位权限申请', 'employer registration'] },
  { type: 'department-change', words: ['单位主管部门变更', '主管部门信息变更', '主管部门变更', 'department change'] },
  { type: 'employer-change', words: ['聘用单位变更', '变更聘用单位', '用人单位变更', '工作单位变更', '单位变更', 'employer change'] },
  { type: 'info-change', words: ['个人信息变更', '持证人信息变更', '业务信息变更', '信息变更', 'info change', 'information change'] },
  { type: 'renewal', words: ['证件续签', '续签', '续办', 'renewal'] },
  { type: 'new', words: ['证件新办', '新办申请', '新办', '首次申请', 'new application'] },
];

/** Route words (letters only, lower case) → type; a route like #/apply/renewal or /xuqian. */
export const APP_TYPE_ROUTE_WORDS: ReadonlyArray<{ type: ApplicationType; words: readonly string[] }> = [
  { type: 'employer-registration', words: ['employerregistration', 'unitregistration', 'unitregister', 'employerregister', 'orgregister', 'dwzc', 'qxzc'] },
  { type: 'department-change', words: ['departmentchange', 'deptchange', 'changedepartment', 'zgbmbg'] },
  { type: 'employer-change', words: ['employerchange', 'changeemployer', 'changeofemployer', 'pydwbg', 'dwbg'] },
  { type: 'info-change', words: ['infochange', 'changeinfo', 'informationchange', 'xxbg'] },
  { type: 'renewal', words: ['renewal', 'renew', 'xuqian'] },
  { type: 'new', words: ['newapplication', 'xinban'] },
];

/** Every case path (template) a control may be mapped to by hand, in dictionary order. */
export function mappablePaths(): string[] {
  return [...new Set(FIELDS.map((spec) => spec.path))];
}
