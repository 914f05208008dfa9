import { beforeEach, describe, expect, it } from 'vitest';
import { classify, type Classification } from '../../../entrypoints/portal.content/reader/classify';
import { describeControl } from '../../../entrypoints/portal.content/reader/labels';
import { createReaderCache, disposeReaderCache } from '../../../entrypoints/portal.content/reader/cache';
import { readPage } from '../../../entrypoints/portal.content/reader/read';
import { FIELDS, RANGES, SECTIONS } from '../../../entrypoints/portal.content/reader/synonyms';
import type { ControlDescriptor } from '../../../entrypoints/portal.content/reader/types';
import { at, loadHtml } from './helpers';

const descriptor = (labels: string[], sections: string[] = [], extra: Partial<ControlDescriptor> = {}): ControlDescriptor => ({
  element: document.body,
  inputs: [],
  kind: 'text',
  labels: labels.map((text) => ({ source: 'form-item', text })),
  sections,
  ...extra,
});

const pathOf = (classification: Classification): string =>
  classification.kind === 'field'
    ? classification.template
    : classification.kind === 'range'
      ? `range:${classification.start?.path ?? '-'}..${classification.end?.path ?? '-'}`
      : classification.kind;

const classifyLabel = (label: string, section?: string) => pathOf(classify(descriptor([label], section ? [section] : [])));

describe('matching labels', () => {
  it.each([
    ['身份证号', 'applicant.idNumber'],
    ['身份证号码', 'applicant.idNumber'],
    ['证件号码', 'applicant.idNumber'],
    ['公民身份号码', 'applicant.idNumber'],
    ['申请人身份证号码（必填）', 'applicant.idNumber'],
    ['请输入身份证号码', 'applicant.idNumber'],
    ['ID number', 'applicant.idNumber'],
    ['证件编号', 'permit.number'],
    ['Date of birth', 'applicant.birthDate'],
    ['统一社会信用代码', 'employer.creditCode'],
    ['劳动（聘用）合同签订单位', 'applicant.employment.contractEmployer'],
    ['经营状况和单位信用良好，无违法、违规记录', 'employer.goodStanding'],
    ['是否有违法违规记录', 'employer.goodStanding'],
    ['注册资本（万元）', 'employer.registeredCapital'],
    ['学历', 'applicant.education[].level'],
    ['最高学位', 'applicant.education[].degree'],
    ['婚姻状况', 'applicant.maritalStatus'],
    ['变更事项', 'infoChange.items'],
    ['受理日期', 'acceptedOn'],
  ])('%s → %s', (label, path) => {
    expect(classifyLabel(label)).toBe(path);
  });

  it('tries labels in order: the first label that matches decides', () => {
    expect(pathOf(classify(descriptor(['推荐人', '出生日期'])))).toBe('applicant.birthDate');
    expect(pathOf(classify(descriptor(['性别', '出生日期'])))).toBe('applicant.gender');
  });

  it('prefers an exact match on a later label to a partial match on an earlier one', () => {
    expect(pathOf(classify(descriptor(['申请人的个人出生日期信息', '身份证号'])))).toBe('applicant.idNumber');
  });

  it('gives nothing for a label that names two fields alike, or none', () => {
    expect(classifyLabel('姓名性别')).toBe('unknown');
    expect(classifyLabel('推荐人')).toBe('unknown');
    expect(classifyLabel('')).toBe('unknown');
  });

  it('sets aside labels known not to matter', () => {
    expect(classifyLabel('联系电话')).toBe('ignored');
    expect(classifyLabel('民族')).toBe('ignored');
  });
});

describe('sections decide what a label means', () => {
  it.each([
    ['姓名', undefined, 'applicant.name'],
    ['姓名', '随往人员', 'applicant.companions[].name'],
    ['姓名', '随往人员2', 'applicant.companions[].name'],
    ['身份证号', '随往子女信息', 'applicant.companions[].idNumber'],
    ['单位名称', undefined, 'employer.name'],
    ['单位名称', '工作经历', 'applicant.workHistory[].employer'],
    ['单位名称', '原单位信息', 'employerChange.previousEmployer'],
    ['入职日期', undefined, 'applicant.employment.startDate'],
    ['入职日期', '工作经历', 'applicant.workHistory[].from'],
    ['离职日期', undefined, 'employerChange.separationDate'],
    ['离职日期', '工作简历', 'applicant.workHistory[].to'],
    ['有效期至', '证件信息', 'permit.validUntil'],
    ['有效期至', '单位资质', 'employer.qualifications[].validUntil'],
    ['有效期至', '在京住所信息', 'applicant.housing.residencePermitValidUntil'],
    ['有效期至', undefined, 'unknown'],
    ['级别', '获奖情况', 'applicant.awards[].scope'],
    ['级别', '专业技术职称', 'applicant.titles[].level'],
    ['起止时间', '工作经历', 'range:applicant.workHistory[].from..applicant.workHistory[].to'],
    ['合同期限', undefined, 'range:-..applicant.employment.contractEndDate'],
  ])('%s in “%s” → %s', (label, section, path) => {
    expect(classifyLabel(label, section)).toBe(path);
  });

  it('does not take a page title naming the business for a part of the form', () => {
    expect(classifyLabel('变更事项', '随往人员信息变更')).toBe('infoChange.items');
    expect(classifyLabel('工作单位')).toBe('employer.name');
  });

  it('inside a repeating group, places only that group’s fields', () => {
    expect(classifyLabel('户口所在地', '随往人员')).toBe('unknown');
    expect(classifyLabel('户口所在地')).toBe('applicant.hukouLocation');
  });

  it('tells what an untitled table holds from its column headers', () => {
    const headers = { tableHeaders: ['工作单位', '开始时间', '结束时间'] };
    expect(pathOf(classify(descriptor(['开始时间'], [], headers)))).toBe('applicant.workHistory[].from');
    expect(pathOf(classify(descriptor(['所属期'], [], { tableHeaders: ['所属期', '收入额'] })))).toBe('applicant.monthlyIncome[].month');
  });

  it('reads the year of a yearly amount from its label, and a bare year inside a yearly section', () => {
    const labelled = classify(descriptor(['2025年度纳税额（万元）']));
    expect(labelled).toMatchObject({ kind: 'field', template: 'employer.taxPaid.{year}', year: '2025' });
    expect(classify(descriptor(['2024年'], ['近三年纳税情况']))).toMatchObject({ template: 'employer.taxPaid.{year}', year: '2024' });
    expect(classify(descriptor(['2024'], ['近三年应税收入']))).toMatchObject({ template: 'applicant.annualIncome.{year}', year: '2024' });
  });

  it('reads the month of a monthly amount from its label', () => {
    expect(classify(descriptor(['2026年10月应税收入']))).toMatchObject({ template: 'applicant.monthlyIncome[].amount', month: '2026-10' });
  });
});

describe('the dictionary itself', () => {
  const titleOf = (id: string | undefined) => SECTIONS.find((section) => section.id === id)?.titles[0];
  const sectionFor = (path: string, explicit?: string) =>
    explicit ?? SECTIONS.find((section) => section.path && section.kind !== 'group' && (path.startsWith(`${section.path}[]`) || path.startsWith(`${section.path}.{year}`)))?.id;

  it('places every label synonym on its own path, in its own section', () => {
    const misplaced: string[] = [];
    for (const spec of FIELDS) {
      const title = titleOf(sectionFor(spec.path, spec.section));
      for (const label of spec.labels) {
        const got = classify(descriptor([label], title ? [title] : []));
        if (got.kind !== 'field' || got.spec.path !== spec.path) misplaced.push(`${label} → ${pathOf(got)} (wanted ${spec.path})`);
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('places every period label on its period', () => {
    for (const range of RANGES) {
      const title = titleOf(range.section);
      for (const label of range.labels) expect(classify(descriptor([label], title ? [title] : []))).toMatchObject({ kind: 'range', range });
    }
  });

  it('names each section by its own titles', async () => {
    const { matchSection } = await import('../../../entrypoints/portal.content/reader/classify');
    for (const section of SECTIONS) for (const title of section.titles) expect(matchSection(title)?.id, title).toBe(section.id);
  });
});

describe('classification on pages', () => {
  const readBody = (html: string) => {
    loadHtml(html);
    const cache = createReaderCache();
    const result = readPage(document, { location: at('#/t'), cache });
    disposeReaderCache(cache);
    return result;
  };

  it('inverts a question asked the other way round', () => {
    const result = readBody(`<label>是否有违法违规记录 <select><option>是</option><option selected>否</option></select></label>`);
    expect(result.caseData).toMatchObject({ employer: { goodStanding: true } });
  });

  it('splits one text holding a period, and takes 无固定期限 as no end', () => {
    const result = readBody(`<label>劳动合同期限：<input value="2021-07-01至无固定期限"></label>`);
    expect(result.caseData).toMatchObject({ applicant: { employment: { contractEndDate: null } } });
  });

  it('reads the end half of a licence period editor and sets its start half aside', () => {
    const result = readBody(`<div class="el-form-item"><label class="el-form-item__label">营业期限</label><div class="el-form-item__content">
      <div class="el-date-editor el-range-editor el-input__inner el-date-editor--daterange"><input class="el-range-input" placeholder="开始日期" value="2019-05-10"><span class="el-range-separator">至</span><input class="el-range-input" placeholder="结束日期" value="2039-05-09"></div></div></div>`);
    expect(result.caseData).toMatchObject({ employer: { licenseValidUntil: '2039-05-09' } });
    expect(result.ignored).toHaveLength(1);
  });

  it('gives each monthly amount its month from the label', () => {
    const result = readBody(`<h3>近6个月应税收入</h3><div><label>2026年9月<input value="21000"></label><label>2026年10月<input value="22000"></label></div>`);
    expect(result.caseData).toMatchObject({ applicant: { monthlyIncome: [{ month: '2026-09', amount: 21000 }, { month: '2026-10', amount: 22000 }] } });
  });

  it('reads the year of a row from its year control', () => {
    const result = readBody(`<h4>纳税情况</h4><table><thead><tr><th>年度</th><th>纳税额（万元）</th></tr></thead><tbody>
      <tr><td><select><option>2024</option><option selected>2025</option></select></td><td><input value="30"></td></tr></tbody></table>`);
    expect(result.caseData).toMatchObject({ employer: { taxPaid: { '2025': 300_000 } } });
    expect(result.fields.map((field) => field.path)).toEqual(['employer.taxPaid.2025', 'employer.taxPaid.2025']);
  });

  it('describes controls the same way whether reached by the input or by the widget', () => {
    loadHtml(`<div class="el-select"><div class="el-input"><input readonly class="el-input__inner" value="男"></div></div>`);
    const cache = createReaderCache();
    expect(describeControl(document.querySelector('.el-select')!, cache)).toBe(describeControl(document.querySelector('input')!, cache));
  });
});

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('a date in a placeholder', () => {
  it('does not turn a field into a monthly income', () => {
    expect(pathOf(classify(descriptor(['出生日期', '例：1990年3月7日'])))).toBe('applicant.birthDate');
    expect(pathOf(classify(descriptor(['毕业时间', '如 2012年6月'])))).toBe('applicant.education[].graduationDate');
  });
});

describe('declarations worded differently', () => {
  it.each([
    ['符合本市及本区城市功能定位和产业发展方向', 'employer.fitsIndustryPolicy'],
    ['单位经营状况和信用良好，无违法违规记录', 'employer.goodStanding'],
  ])('%s → %s', (label, path) => {
    expect(classifyLabel(label)).toBe(path);
  });
});
