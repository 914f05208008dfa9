// Names of the case fields as users see them, for messages and lists (zh first, en second).
import type { Lang, Text } from './types';

const t = (zh: string, en: string): Text => ({ zh, en });

export const FIELD_LABELS: Record<string, Text> = {
  type: t('业务类型', 'application type'),
  district: t('受理区', 'district'),
  asOf: t('检查日期', 'check date'),
  acceptedOn: t('受理日期', 'date accepted'),
  attachments: t('电子附件', 'attachments'),
  employer: t('聘用单位', 'employer'),
  'employer.name': t('单位名称', 'employer name'),
  'employer.creditCode': t('统一社会信用代码', 'unified social credit code'),
  'employer.orgForm': t('单位组织形式', 'legal form of the employer'),
  'employer.registeredDistrict': t('注册所在区', 'district of registration'),
  'employer.previousDistrict': t('原主管区', 'previous district'),
  'employer.registrationDate': t('在本区注册登记日期', 'date registered in the district'),
  'employer.registeredCapital': t('注册资本', 'registered capital'),
  'employer.taxPaid': t('单位纳税额（不含个人所得税）', 'tax paid by the employer (excluding individual income tax)'),
  'employer.goodStanding': t('经营状况和单位信用良好声明', 'declaration of good standing'),
  'employer.fitsIndustryPolicy': t('符合产业发展方向声明', 'declaration of fit with industry policy'),
  'employer.hasPermission': t('工作居住证办理权限', 'permission to file permit applications'),
  'employer.specialApproval': t('市人才工作局批准', 'approval of the municipal talent bureau'),
  'employer.licenseValidUntil': t('营业执照有效期', 'business licence valid until'),
  'employer.qualifications': t('单位资质', 'employer qualifications'),
  'employer.qualifications[].kind': t('资质类型', 'qualification kind'),
  'employer.qualifications[].validUntil': t('资质有效期', 'qualification valid until'),
  'employer.serviceKind': t('科技创新服务主体类型', 'kind of innovation-service employer'),
  applicant: t('申请人', 'applicant'),
  'applicant.name': t('姓名', 'name'),
  'applicant.idNumber': t('身份证号', 'ID number'),
  'applicant.gender': t('性别', 'gender'),
  'applicant.birthDate': t('出生日期', 'date of birth'),
  'applicant.hukouLocation': t('户口所在地', 'hukou location'),
  'applicant.workHistory': t('工作经历', 'work history'),
  'applicant.workHistory[].employer': t('工作单位', 'employer in work history'),
  'applicant.workHistory[].from': t('工作经历起始日期', 'work history start date'),
  'applicant.workHistory[].to': t('工作经历终止日期', 'work history end date'),
  'applicant.employment.startDate': t('入职日期', 'employment start date'),
  'applicant.employment.contractEndDate': t('劳动合同截止日期', 'contract end date'),
  'applicant.employment.contractEmployer': t('劳动合同签订单位', 'employer on the labour contract'),
  'applicant.employment.socialInsuranceEmployer': t('社会保险缴纳单位', 'employer paying social insurance'),
  'applicant.employment.incomeTaxEmployer': t('个人所得税缴纳单位', 'employer withholding income tax'),
  'applicant.monthlyIncome': t('月度应税收入', 'monthly taxable income'),
  'applicant.monthlyIncome[].month': t('收入所属月份', 'income month'),
  'applicant.monthlyIncome[].amount': t('月应税收入', 'monthly taxable income amount'),
  'applicant.annualIncome': t('全年应税收入', 'annual taxable income'),
  'applicant.education': t('教育信息', 'education'),
  'applicant.education[].level': t('学历', 'education level'),
  'applicant.education[].degree': t('学位', 'degree'),
  'applicant.education[].school': t('毕业院校', 'school'),
  'applicant.education[].graduationDate': t('毕业日期', 'graduation date'),
  'applicant.education[].verification': t('学历学位核验结果', 'degree verification result'),
  'applicant.titles': t('专业技术职称', 'professional titles'),
  'applicant.titles[].name': t('职称名称', 'title name'),
  'applicant.titles[].level': t('职称级别', 'title level'),
  'applicant.titles[].obtainedBy': t('职称取得方式', 'how the title was obtained'),
  'applicant.awards': t('获奖情况', 'awards'),
  'applicant.awards[].name': t('奖项名称', 'award name'),
  'applicant.awards[].scope': t('奖项级别', 'award level'),
  'applicant.ip': t('知识产权', 'intellectual property'),
  'applicant.ip.inventionPatents': t('发明专利数', 'invention patents'),
  'applicant.ip.otherPatents': t('其他专利数', 'other patents'),
  'applicant.ip.softwareCopyrights': t('软件著作权数', 'software copyrights'),
  'applicant.ip.bestAuthorRank': t('最高作者排名', 'best author rank'),
  'applicant.ip.commercializedInBeijing': t('在京落地转化', 'commercialised in Beijing'),
  'applicant.equity': t('持股与投融资', 'shareholding and financing'),
  'applicant.equity.sharePercent': t('持股比例', 'share percentage'),
  'applicant.equity.naturalPersonRank': t('自然人股东排名', 'rank among natural-person shareholders'),
  'applicant.equity.selfInvestment3y': t('近三年累计自主投入', 'own investment over three years'),
  'applicant.equity.equityFinancing': t('股权类现金融资', 'equity cash financing'),
  'applicant.equity.avgAnnualCompanyTax3y': t('近三年年均纳税额', 'average annual company tax over three years'),
  'applicant.freelance': t('自由职业者情况', 'freelancer details'),
  'applicant.freelance.isFreelancer': t('自由职业者或个体工商户', 'freelancer or sole trader'),
  'applicant.freelance.annualTaxPaid': t('近三年每年纳税额', 'tax paid in each of the last three years'),
  'applicant.freelance.notableContribution': t('贡献突出', 'outstanding contribution'),
  'applicant.specialApproval': t('市人才工作局批准', 'approval of the municipal talent bureau'),
  'applicant.basis': t('申请条件', 'qualifying basis'),
  'applicant.housing': t('在京住所', 'residence in Beijing'),
  'applicant.housing.kind': t('住所类型', 'kind of residence'),
  'applicant.housing.residencePermitValidUntil': t('北京市居住证有效期', 'Beijing residence permit valid until'),
  'applicant.housing.ownershipProof': t('产权证明类型', 'proof of ownership'),
  'applicant.housing.landlordKind': t('出租方类型', 'kind of landlord'),
  'applicant.housing.landlordHasCertificate': t('房主能否提供产权证', 'landlord can show the title deed'),
  'applicant.housing.leaseEnd': t('租赁截止日期', 'lease end date'),
  'applicant.housing.unitOwnsProperty': t('产权人为单位', 'property owned by the employer'),
  'applicant.maritalStatus': t('婚姻状况', 'marital status'),
  'applicant.companions': t('随往人员', 'accompanying family'),
  'applicant.companions[].relation': t('随往人员关系', 'relation of the family member'),
  'applicant.companions[].name': t('随往人员姓名', 'family member name'),
  'applicant.companions[].idNumber': t('随往人员身份证号', 'family member ID number'),
  'applicant.companions[].birthDate': t('随往人员出生日期', 'family member date of birth'),
  'applicant.companions[].custodyWithApplicant': t('抚养权归申请人', 'custody with the applicant'),
  permit: t('工作居住证', 'work residence permit'),
  'permit.number': t('工作居住证编号', 'permit number'),
  'permit.employer': t('证件所属单位', 'employer on the permit'),
  'permit.validUntil': t('工作居住证有效期至', 'permit valid until'),
  'permit.status': t('证件状态', 'permit status'),
  'employerChange.previousEmployer': t('原聘用单位', 'previous employer'),
  'employerChange.separationDate': t('离职日期', 'date of leaving'),
  'infoChange.items': t('变更事项', 'items to change'),
};

/**
 * "Which one" of a list entry, with the counter word the messages of that list use too: people
 * 第n位, qualifications 第n项, other entries 第n条.
 */
function entryOf(path: string, n: number): Text {
  if (path.startsWith('applicant.companions[')) return t(`（第${n}位）`, `(family member ${n})`);
  if (path.startsWith('employer.qualifications[')) return t(`（第${n}项）`, `(qualification ${n})`);
  return t(`（第${n}条）`, `(entry ${n})`);
}

/** Strips array indexes and year keys so `applicant.workHistory[2].from` finds its label. */
export function fieldKey(path: string): string {
  return path.replace(/\[\d+\]/g, '[]').replace(/\.(19|20|21)\d\d$/, '');
}

export function fieldLabel(path: string, lang: Lang): string {
  // Most paths are keys themselves (no index, no year): no regex needed.
  const own = FIELD_LABELS[path];
  if (own) return own[lang];
  const label = FIELD_LABELS[fieldKey(path)];
  if (!label) return path;
  const index = /\[(\d+)\]/.exec(path);
  const year = /\.((?:19|20|21)\d\d)$/.exec(path);
  let text = label[lang];
  if (index) text = `${text}${lang === 'zh' ? '' : ' '}${entryOf(path, Number(index[1]) + 1)[lang]}`;
  if (year) text = lang === 'zh' ? `${year[1]}年${text}` : `${text} for ${year[1]}`;
  return text;
}

// The 4× / 8× bases need the figure of each data year; a year not in rules/wage.ts leaves them open.
FIELD_LABELS.averageWage = t('本市全口径城镇单位就业人员月平均工资', 'Beijing average monthly wage');
