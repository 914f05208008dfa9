// The bases of an application (guide 二(二)1–8 and the approved persons after them), and
// applicant.qualification, which needs one of them.
import { allOf, anyOf, flag, HOLDS, known, NO_TEXT, outcomeOf, someEntry, unknownOf, type Verdict } from '../checks/verdict';
import { cite } from '../citations';
import { grouped, joinTexts, wanYuan, yuan } from '../format';
import { lastThreeYears } from '../dates';
import type { Applicant, Basis } from '../schema';
import { fail, incomplete, memoBy, pass, type Outcome, type RuleContext, type RuleDef, type Text } from '../types';

/** 近三年每年应税收入超过上一年度…平均工资{multiple}倍: each year Y against the figure of data year Y−1. */
function incomeAboveWage(ctx: RuleContext, multiple: number): Verdict {
  const incomes = ctx.c.applicant?.annualIncome;
  return allOf(
    lastThreeYears(ctx.asOf).map((year) => {
      const path = `applicant.annualIncome.${year}`;
      const income = incomes?.[year];
      const monthly = ctx.wageOfYear(year - 1);
      if (income === undefined || monthly === null) {
        const open = unknownOf();
        if (income === undefined) open.unknown.push(path);
        if (monthly === null) open.unknown.push(`averageWage.${year - 1}`);
        return open;
      }
      const threshold = multiple * 12 * monthly;
      return known(
        income > threshold,
        () => ({
          zh: `${year}年应税收入${yuan(income).zh}，未超过${year - 1}年度本市平均工资（${grouped(monthly)}元/月×12）的${multiple}倍，即${yuan(threshold).zh}`,
          en: `taxable income of ${yuan(income).en} in ${year} does not exceed ${multiple} times the ${year - 1} Beijing average wage (${grouped(monthly)} yuan a month × 12), that is ${yuan(threshold).en}`,
        }),
        path,
      );
    }),
  );
}

const INNOVATION_ENTITY_KINDS = new Set(['new-rd-institution', 'innovative-hq', 'high-tech-enterprise']);

function innovationEntityQualification(ctx: RuleContext): Verdict {
  const qualifications = ctx.c.employer?.qualifications;
  if (qualifications === undefined) return unknownOf('employer.qualifications');
  const open: string[] = [];
  for (let i = 0; i < qualifications.length; i++) {
    const { kind, validUntil } = qualifications[i]!;
    if (kind === undefined) open.push(`employer.qualifications[${i}].kind`);
    else if (!INNOVATION_ENTITY_KINDS.has(kind)) continue;
    else if (validUntil === undefined) open.push(`employer.qualifications[${i}].validUntil`);
    else if (validUntil >= ctx.asOf) return HOLDS;
  }
  if (open.length) return unknownOf(...open);
  return known(
    false,
    {
      zh: '单位未填写有效期内的新型研发机构、创新型总部企业或高新技术企业资质；指南为“等科技创新主体”，其他资质（如软件企业）是否认可请向受理部门确认',
      en: 'no valid qualification as a new R&D institution, innovative headquarters or high-tech enterprise is entered for the employer; the guide says "or similar innovation entity", so ask the district office whether another one (a software enterprise, say) counts',
    },
    'employer.qualifications',
  );
}

/** 持股比例不低于5%且排名前五位的自然人股东 (both equity bases). */
function equityShareholder(equity: NonNullable<Applicant['equity']>): Verdict[] {
  const share = equity.sharePercent;
  const rank = equity.naturalPersonRank;
  return [
    share === undefined
      ? unknownOf('applicant.equity.sharePercent')
      : known(share >= 5, () => ({ zh: `持股比例${share}%，低于5%`, en: `a share of ${share}% is below 5%` }), 'applicant.equity.sharePercent'),
    rank === undefined || rank === null
      ? unknownOf('applicant.equity.naturalPersonRank')
      : known(
          rank <= 5,
          () => ({ zh: `在自然人股东中排名第${rank}位，未进前五位`, en: `rank ${rank} among natural-person shareholders is not in the first five` }),
          'applicant.equity.naturalPersonRank',
        ),
  ];
}

const DEGREES_QUALIFYING = new Set(['bachelor', 'master', 'doctor']);
const TITLES_QUALIFYING = new Set(['intermediate', 'deputy-senior', 'senior']);
const AWARDS_QUALIFYING = new Set(['national', 'municipal']);

const ASSESS: Record<Basis, (ctx: RuleContext) => Verdict> = {
  degree: ({ c }) =>
    someEntry(c.applicant?.education, 'applicant.education', 'degree', (d) => DEGREES_QUALIFYING.has(d), {
      zh: '所填教育信息中没有学士及以上学位',
      en: "no education entry has a bachelor's degree or higher",
    }),
  title: ({ c }) =>
    someEntry(c.applicant?.titles, 'applicant.titles', 'level', (l) => TITLES_QUALIFYING.has(l), {
      zh: '所填职称均在中级以下',
      en: 'no title is intermediate or higher',
    }),
  award: ({ c }) =>
    someEntry(c.applicant?.awards, 'applicant.awards', 'scope', (s) => AWARDS_QUALIFYING.has(s), {
      zh: '所填奖项均不是国家级或本市奖项',
      en: 'no award is a national or Beijing award',
    }),
  'innovation-entity': (ctx) => allOf([innovationEntityQualification(ctx), incomeAboveWage(ctx, 4)]),
  'innovation-service': (ctx) => {
    const kind = ctx.c.employer?.serviceKind;
    const employer =
      kind === undefined
        ? unknownOf('employer.serviceKind')
        : known(
            kind !== null,
            {
              zh: '单位不是律师事务所、会计师事务所、审计师事务所、税务师事务所、人力资源服务机构、金融机构等科技创新服务主体',
              en: 'the employer is not an innovation-service firm (law, accounting, audit or tax-agent firm, HR service provider, financial institution)',
            },
            'employer.serviceKind',
          );
    return allOf([employer, incomeAboveWage(ctx, 8)]);
  },
  ip: ({ c }) => {
    const ip = c.applicant?.ip;
    if (ip === undefined) return unknownOf('applicant.ip');
    const count = (key: 'inventionPatents' | 'otherPatents' | 'softwareCopyrights', needed: number) => {
      const value = ip[key];
      return value === undefined ? unknownOf(`applicant.ip.${key}`) : known(value >= needed, NO_TEXT, `applicant.ip.${key}`);
    };
    const rank = ip.bestAuthorRank;
    return allOf([
      rank === undefined
        ? unknownOf('applicant.ip.bestAuthorRank')
        : known(
            rank <= 2,
            () => ({ zh: `最高为第${rank}作者，须为第二作者（含）以上`, en: `the best author rank is ${rank}, and second author or better is needed` }),
            'applicant.ip.bestAuthorRank',
          ),
      anyOf([count('inventionPatents', 1), count('otherPatents', 3), count('softwareCopyrights', 3)], () => ({
        zh: `发明专利${ip.inventionPatents}项、其他专利${ip.otherPatents}项、软件著作权${ip.softwareCopyrights}项，须1项发明专利或3项其他专利或3项软件著作权`,
        en: `invention patents: ${ip.inventionPatents}, other patents: ${ip.otherPatents}, software copyrights: ${ip.softwareCopyrights} (needed: 1 invention patent, or 3 other patents, or 3 software copyrights)`,
      })),
      flag(ip.commercializedInBeijing, 'applicant.ip.commercializedInBeijing', {
        zh: '知识产权成果未在京落地转化',
        en: 'the intellectual property has not been commercialised in Beijing',
      }),
    ]);
  },
  'equity-investment': ({ c }) => {
    const equity = c.applicant?.equity;
    if (equity === undefined) return unknownOf('applicant.equity');
    const invested = equity.selfInvestment3y;
    const financing = equity.equityFinancing;
    return allOf([
      ...equityShareholder(equity),
      anyOf(
        [
          invested === undefined ? unknownOf('applicant.equity.selfInvestment3y') : known(invested > 5_000_000, NO_TEXT, 'applicant.equity.selfInvestment3y'),
          financing === undefined ? unknownOf('applicant.equity.equityFinancing') : known(financing > 10_000_000, NO_TEXT, 'applicant.equity.equityFinancing'),
        ],
        () => ({
          zh: `近三年累计自主投入${wanYuan(invested!).zh}（须超过500万元），股权类现金融资${wanYuan(financing!).zh}（须大于1000万元）`,
          en: `own investment of ${wanYuan(invested!).en} over three years (more than 5,000,000 yuan needed) and equity financing of ${wanYuan(financing!).en} (more than 10,000,000 yuan needed)`,
        }),
      ),
    ]);
  },
  'equity-tax': ({ c }) => {
    const equity = c.applicant?.equity;
    if (equity === undefined) return unknownOf('applicant.equity');
    const tax = equity.avgAnnualCompanyTax3y;
    return allOf([
      ...equityShareholder(equity),
      tax === undefined
        ? unknownOf('applicant.equity.avgAnnualCompanyTax3y')
        : known(
            tax >= 5_000_000,
            () => ({
              zh: `创新创业团队（企业）近三年平均每年纳税${wanYuan(tax).zh}，低于500万元`,
              en: `the start-up's (company's) average tax of ${wanYuan(tax).en} a year over three years is below 5,000,000 yuan`,
            }),
            'applicant.equity.avgAnnualCompanyTax3y',
          ),
    ]);
  },
  freelance: (ctx) => {
    const freelance = ctx.c.applicant?.freelance;
    if (freelance === undefined) return unknownOf('applicant.freelance');
    return allOf([
      flag(freelance.isFreelancer, 'applicant.freelance.isFreelancer', {
        zh: '申请人不是自由职业者、个体工商户等人员',
        en: 'the applicant is not a freelancer, individual business or similar',
      }),
      flag(freelance.notableContribution, 'applicant.freelance.notableContribution', {
        zh: '未声明对本市科技创新、科技成果转移转化或文化创意贡献突出（须另附贡献突出材料）',
        en: 'no outstanding contribution to innovation, technology transfer or the creative industries in Beijing is declared (evidence of it is also needed)',
      }),
      ...lastThreeYears(ctx.asOf).map((year) => {
        const path = `applicant.freelance.annualTaxPaid.${year}`;
        const paid = freelance.annualTaxPaid?.[String(year)];
        return paid === undefined
          ? unknownOf(path)
          : known(paid >= 200_000, () => ({ zh: `${year}年纳税${yuan(paid).zh}，低于20万元`, en: `tax of ${yuan(paid).en} in ${year} is below 200,000 yuan` }), path);
      }),
    ]);
  },
  special: ({ c }) =>
    flag(c.applicant?.specialApproval, 'applicant.specialApproval', {
      zh: '未经市人才工作局批准',
      en: 'there is no approval of the municipal talent bureau',
    }),
};

/** The order of 二(二)1–8, in which the first basis that holds is taken. */
export const BASIS_ORDER: readonly Basis[] = [
  'degree', 'title', 'award', 'innovation-entity', 'innovation-service', 'ip', 'equity-investment', 'equity-tax',
  'freelance', 'special',
];

/** A basis's verdict; the basis rules, the qualification and the materials of one check share it. */
function basisVerdict(ctx: RuleContext, basis: Basis): Verdict {
  return memoBy(ctx, 'basis', basis, (chosen) => ASSESS[chosen](ctx));
}

/** Whether a basis holds: true, false, or undefined while its inputs are not filled in. */
export function basisHolds(ctx: RuleContext, basis: Basis): boolean | undefined {
  return basisVerdict(ctx, basis).holds;
}

/** The chosen basis, or else the first in the guide's order that holds; null when none does. */
export function effectiveBasis(ctx: RuleContext): Basis | null {
  const chosen = ctx.c.applicant?.basis;
  if (chosen) return chosen;
  return BASIS_ORDER.find((basis) => basisHolds(ctx, basis) === true) ?? null;
}

/** Short names of the bases, for the list of bases tried. */
export const BASIS_NAMES: Record<Basis, Text> = {
  degree: { zh: '学士（含）以上学位', en: "bachelor's degree or higher" },
  title: { zh: '中级（含）以上专业技术职称', en: 'intermediate or higher professional title' },
  award: { zh: '国家和本市奖项获奖人', en: 'national or Beijing award' },
  'innovation-entity': { zh: '科技创新主体中收入超过平均工资4倍', en: 'income above 4× the average wage at an innovation entity' },
  'innovation-service': { zh: '科技创新服务主体中收入超过平均工资8倍', en: 'income above 8× the average wage at an innovation-service firm' },
  ip: { zh: '知识产权在京落地转化', en: 'intellectual property commercialised in Beijing' },
  'equity-investment': { zh: '投融资创新创业团队股东', en: 'shareholder of a start-up by investment or financing' },
  'equity-tax': { zh: '纳税500万元以上创新创业团队股东', en: 'shareholder of a start-up paying 5 million yuan in tax a year' },
  freelance: { zh: '贡献突出且纳税20万元以上的自由职业者', en: 'freelancer or individual business with an outstanding contribution paying 200,000 yuan in tax a year' },
  special: { zh: '经市人才工作局批准的人员', en: 'person approved by the municipal talent bureau' },
};

/** For a new permit, a basis is reported when it is the chosen one, or, with none chosen, while none holds. */
function reportedForNew(ctx: RuleContext, basis: Basis): boolean {
  const chosen = ctx.c.applicant?.basis;
  if (chosen) return chosen === basis;
  return BASIS_ORDER.every((b) => basisHolds(ctx, b) !== true);
}

function basisRule(
  basis: Basis,
  rule: Omit<RuleDef, 'id' | 'severity' | 'types' | 'appliesTo' | 'evaluate' | 'messages' | 'citation'> & {
    condition: Text;
    section: string;
    infoChangeItem?: 'education' | 'title';
    incomplete?: Text;
  },
): RuleDef {
  const { condition, section, infoChangeItem, incomplete: incompleteMessage, ...rest } = rule;
  return {
    ...rest,
    id: `basis.${basis}`,
    severity: 'info',
    types: infoChangeItem ? ['new', 'info-change'] : ['new'],
    appliesTo: (ctx) =>
      ctx.type === 'info-change'
        ? (ctx.c.infoChange?.items ?? []).includes(infoChangeItem!)
        : reportedForNew(ctx, basis),
    messages: {
      fail: {
        zh: `不符合申请条件“${condition.zh}”：{shortfall}。`,
        en: `The basis "${condition.en}" does not hold: {shortfall}.`,
      },
      ...(incompleteMessage && { incomplete: incompleteMessage }),
      noWage: NO_WAGE_FIGURE,
    },
    citation: cite(section),
    evaluate: (ctx) => withWageWording(outcomeOf(basisVerdict(ctx, basis))),
  };
}

/** The figure of a data year the tool does not have: nothing the user can fill in, so say what to do instead. */
const NO_WAGE_FIGURE: Text = {
  zh: '{title}：本工具尚未内置{fields}，暂无法核对收入是否超过标准。请待规则更新，或向受理部门确认该年度标准。',
  en: '{title}: the tool does not have {fields} yet, so the income cannot be compared with the threshold. Wait for an update of the rules, or ask the district office for that year\'s figure.',
};

/** Incomplete for want of a wage figure only (the paths averageWage.<year>): worded as NO_WAGE_FIGURE. */
function withWageWording(outcome: Outcome): Outcome {
  if (outcome.status !== 'incomplete' || !outcome.fields.every((f) => f.startsWith('averageWage'))) return outcome;
  return { ...outcome, message: 'noWage' };
}

const INCOME_NOTE =
  'Each of the last three complete years Y of asOf is compared with 12 × the monthly figure of data year Y−1 (上一年度); 超过 is strict. A data year with no figure in the table leaves the basis undecided.';
const EQUITY_NOTE = '排名前五位 is read as rank among the natural-person shareholders <= 5; 不低于5% includes 5.';

const BASIS_ONLY_RULES: RuleDef[] = [
  basisRule('degree', {
    title: { zh: '学位条件', en: 'Degree basis' },
    condition: { zh: '取得学士（含）以上学位', en: "a bachelor's degree or higher" },
    section: '二(二)1',
    infoChangeItem: 'education',
    fields: ['applicant.education'],
  }),
  basisRule('title', {
    title: { zh: '职称条件', en: 'Professional title basis' },
    condition: {
      zh: '具有中级（含）以上专业技术职称或相当资格、资质',
      en: 'an intermediate or higher professional title, or an equivalent qualification',
    },
    section: '二(二)2',
    infoChangeItem: 'title',
    fields: ['applicant.titles'],
  }),
  basisRule('award', {
    title: { zh: '获奖条件', en: 'Award basis' },
    condition: {
      zh: '国家和本市科学技术、文学艺术、哲学社会科学等类奖项的获奖人',
      en: 'winner of a national or Beijing award in science and technology, literature and art, philosophy or the social sciences',
    },
    section: '二(二)3',
    fields: ['applicant.awards'],
  }),
  basisRule('innovation-entity', {
    title: { zh: '科技创新主体收入条件', en: 'Innovation-entity income basis' },
    condition: {
      zh: '在新型研发机构、创新型总部企业、高新技术企业等科技创新主体中工作，近三年每年应税收入超过上一年度本市全口径城镇单位就业人员平均工资4倍',
      en: 'working at a new R&D institution, innovative headquarters, high-tech enterprise or similar innovation entity, with taxable income in each of the last three years above 4 times the previous year\'s Beijing average wage',
    },
    section: '二(二)4',
    note: INCOME_NOTE,
    fields: ['employer.qualifications', 'applicant.annualIncome'],
  }),
  basisRule('innovation-service', {
    title: { zh: '科技创新服务主体收入条件', en: 'Innovation-service income basis' },
    condition: {
      zh: '在律师事务所、会计师事务所、审计师事务所、税务师事务所、人力资源服务机构、金融机构等科技创新服务主体中工作，近三年每年应税收入超过上一年度本市全口径城镇单位就业人员平均工资8倍',
      en: 'working at a law, accounting, audit or tax-agent firm, HR service provider, financial institution or similar innovation-service firm, with taxable income in each of the last three years above 8 times the previous year\'s Beijing average wage',
    },
    section: '二(二)5',
    note: INCOME_NOTE,
    fields: ['employer.serviceKind', 'applicant.annualIncome'],
  }),
  basisRule('ip', {
    title: { zh: '知识产权条件', en: 'Intellectual property basis' },
    condition: {
      zh: '以第二作者（含）以上身份取得1项发明专利授权或3项其他专利授权或3项软件著作权登记，其相应知识产权成果在京落地转化并取得较好经济社会效益',
      en: 'as second author or better, 1 granted invention patent, 3 other granted patents or 3 registered software copyrights, commercialised in Beijing with good results',
    },
    section: '二(二)6',
    note: '取得较好经济社会效益 is not checked: it is judged by the office from the commercialisation report.',
    fields: [
      'applicant.ip.bestAuthorRank', 'applicant.ip.inventionPatents', 'applicant.ip.otherPatents',
      'applicant.ip.softwareCopyrights', 'applicant.ip.commercializedInBeijing',
    ],
  }),
  basisRule('equity-investment', {
    title: { zh: '投融资股东条件', en: 'Investment shareholder basis' },
    condition: {
      zh: '近三年累计自主投入超过500万元或股权类现金融资大于1000万元的创新创业团队中，持股比例不低于5%且排名前五位的自然人股东',
      en: 'a natural-person shareholder with at least 5% and among the first five, in a start-up team with own investment of more than 5 million yuan over three years or equity financing of more than 10 million yuan',
    },
    section: '二(二)7',
    note: EQUITY_NOTE,
    fields: [
      'applicant.equity.sharePercent', 'applicant.equity.naturalPersonRank', 'applicant.equity.selfInvestment3y',
      'applicant.equity.equityFinancing',
    ],
  }),
  basisRule('equity-tax', {
    title: { zh: '纳税团队股东条件', en: 'Company-tax shareholder basis' },
    condition: {
      zh: '近三年平均每年纳税500万元以上的创新创业团队中，持股比例不低于5%且排名前五位的自然人股东',
      en: 'a natural-person shareholder with at least 5% and among the first five, in a start-up team paying on average 5 million yuan or more in tax a year over three years',
    },
    section: '二(二)7',
    note: EQUITY_NOTE,
    fields: ['applicant.equity.sharePercent', 'applicant.equity.naturalPersonRank', 'applicant.equity.avgAnnualCompanyTax3y'],
  }),
  basisRule('freelance', {
    title: { zh: '自由职业者条件', en: 'Freelancer basis' },
    condition: {
      zh: '对本市科技创新、科技成果转移转化或文化创意贡献突出且近3年每年纳税额20万元（含）以上的自由职业者、个体工商户等人员',
      en: 'a freelancer, individual business or similar with an outstanding contribution to innovation, technology transfer or the creative industries in Beijing, paying 200,000 yuan or more in tax in each of the last three years',
    },
    section: '二(二)8',
    fields: ['applicant.freelance.isFreelancer', 'applicant.freelance.notableContribution', 'applicant.freelance.annualTaxPaid'],
  }),
  basisRule('special', {
    title: { zh: '市人才工作局批准条件', en: 'Talent bureau approval basis' },
    condition: {
      zh: '经集体研究，按程序推荐并经市人才工作局批准的人员',
      en: 'a person recommended and approved by the municipal talent bureau',
    },
    section: '二(二)',
    fields: ['applicant.specialApproval'],
  }),
];

/** The inputs whose presence makes "no basis holds" an error rather than a form still being filled. */
const BASIS_INPUTS = [
  'education', 'titles', 'awards', 'ip', 'equity', 'freelance', 'specialApproval',
] as const;

function evaluateQualification(ctx: RuleContext): Outcome {
  const chosen = ctx.c.applicant?.basis;
  if (chosen) {
    const outcome = outcomeOf(basisVerdict(ctx, chosen), { params: { basis: BASIS_NAMES[chosen] }, message: 'chosen', fields: ['applicant.basis'] });
    return withWageWording(outcome);
  }
  const notMet: Text[] = [];
  const undecided: Text[] = [];
  for (const basis of BASIS_ORDER) {
    const holds = basisHolds(ctx, basis);
    if (holds === true) return pass;
    (holds === false ? notMet : undecided).push(BASIS_NAMES[basis]);
  }
  const applicant = ctx.c.applicant;
  if (!BASIS_INPUTS.some((key) => applicant?.[key] !== undefined)) {
    return incomplete(['applicant.basis', ...BASIS_INPUTS.map((key) => `applicant.${key}`)]);
  }
  if (undecided.length === 0) return fail({ notMet: joinTexts(notMet) });
  return fail({ notMet: notMet.length ? joinTexts(notMet) : NONE, undecided: joinTexts(undecided) }, { message: 'undecided' });
}

const NONE: Text = { zh: '无', en: 'none' };

const QUALIFICATION_RULE: RuleDef = {
  id: 'applicant.qualification',
  severity: 'error',
  title: { zh: '申请条件', en: 'Qualifying basis' },
  types: ['new'],
  fields: ['applicant.basis', ...BASIS_INPUTS.map((key) => `applicant.${key}`)],
  messages: {
    fail: {
      zh: '不符合二(二)所列申请条件中的任何一项（均不满足：{notMet}）。申请人须至少符合其中一项。',
      en: 'None of the bases of section 2(2) holds (none is met: {notMet}). The applicant must meet at least one.',
    },
    undecided: {
      zh: '尚未找到符合的申请条件。不满足：{notMet}。信息不全：{undecided}。请选择拟申请的条件并补全相应信息（须至少符合一项）。',
      en: 'No qualifying basis found yet. Not met: {notMet}. Details missing: {undecided}. Choose the basis to apply under and complete its details (at least one must hold).',
    },
    incomplete: {
      zh: '{title}：请选择拟申请的条件，或填写其中任一项所需的信息（{fields}），暂无法判断。',
      en: '{title}: choose the basis to apply under, or fill in the details of any one of them ({fields}), to check this.',
    },
    noWage: NO_WAGE_FIGURE,
    chosen: {
      zh: '所选申请条件“{basis}”不满足：{shortfall}。请核对所填信息，或改按其他符合的条件申请。',
      en: 'The chosen basis "{basis}" does not hold: {shortfall}. Check the details entered, or apply under another basis that holds.',
    },
  },
  citation: cite('二(二)1–8'),
  note: 'With no basis chosen, a basis whose inputs are not filled in counts as not holding.',
  evaluate: evaluateQualification,
};

/** applicant.qualification first: it is the error the info findings of the bases explain. */
export const BASIS_RULES: RuleDef[] = [QUALIFICATION_RULE, ...BASIS_ONLY_RULES];
