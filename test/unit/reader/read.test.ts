import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPage, type ReadResult } from '../../../entrypoints/portal.content/reader/read';
import { createReaderCache, disposeReaderCache, type ReaderCache } from '../../../entrypoints/portal.content/reader/cache';
import { MESSAGES } from '../../../entrypoints/portal.content/reader/normalize';
import { parseCase } from '../../../rules/schema';
import { MATERIAL_IDS } from '../../../rules/materials';
import { at, loadFixture, loadHtml } from './helpers';

let cache: ReaderCache;
beforeEach(() => {
  cache = createReaderCache();
});
afterEach(() => disposeReaderCache(cache));

const read = (hash = '#/apply/form', extra: Partial<Parameters<typeof readPage>[1]> = {}, pathname?: string) =>
  readPage(document, { location: at(hash, pathname), cache, ...extra });

const pathsOf = (result: ReadResult) => result.fields.map((field) => field.path);
const fieldElement = (result: ReadResult, path: string) => result.fields.find((field) => field.path === path)?.element;
const formItem = (label: string) =>
  Array.from(document.querySelectorAll('.el-form-item')).find((item) => item.querySelector('.el-form-item__label')?.textContent?.trim() === label)!;

/** The case the engine would receive: the reader's fragment must pass the contract's schema as it is. */
function expectValidCase(result: ReadResult) {
  const parsed = parseCase({ ...result.caseData, type: result.type ?? 'new' }, MATERIAL_IDS);
  expect(parsed.ok ? 'valid' : parsed.error).toBe('valid');
}

describe('an Element UI new application (证件新办)', () => {
  beforeEach(() => loadFixture('element-new.html'));

  it('reads every field into the case, values normalised', () => {
    const result = read();
    expect(result.type).toBe('new');
    expect(result.caseData).toEqual({
      schema: 'gongju-case/1',
      type: 'new',
      applicant: {
        name: '张三',
        gender: 'male',
        idNumber: '11010519900307123X',
        birthDate: '1990-03-07',
        hukouLocation: '河北省石家庄市',
        maritalStatus: 'married',
        employment: {
          startDate: '2016-07-01',
          contractEndDate: '2027-06-30',
          contractEmployer: '北京某某科技有限公司',
          socialInsuranceEmployer: '北京某某科技有限公司',
          incomeTaxEmployer: '北京某某科技有限公司（个税）',
        },
        basis: 'degree',
        housing: { kind: 'rented', landlordKind: 'private-home', leaseEnd: '2027-08-31' },
        // Month pickers: a start month is its first day, an end month its last; 至今 is ongoing.
        workHistory: [
          { employer: '某公司', from: '2012-07-01', to: '2016-06-30' },
          { employer: '北京某某科技有限公司', from: '2016-07-01', to: null },
        ],
        // 21,000 / full-width / decimals / 2.1万; the sixth amount (-5) is a problem, its month stays.
        monthlyIncome: [
          { month: '2026-05', amount: 21000 },
          { month: '2026-06', amount: 21000 },
          { month: '2026-07', amount: 21000.5 },
          { month: '2026-08', amount: 21000 },
          { month: '2026-09', amount: 21000 },
          { month: '2026-10' },
        ],
        companions: [{ relation: 'child', name: '张小', idNumber: '110105201501011234', birthDate: '2015-01-01' }],
        education: [{ level: 'bachelor', degree: 'bachelor', school: '某大学', graduationDate: '2012-06-30', verification: 'valid' }],
      },
      employer: {
        name: '北京某某科技有限公司',
        creditCode: '91110107MA01ABCD2X',
        registeredCapital: 10_000_000,
        registeredDistrict: 'shijingshan',
      },
      attachments: [
        { material: 'id-card', fileName: '身份证.pdf' },
        { material: 'hukou-booklet', fileName: '户口本.pdf' },
        { material: 'labor-contract', fileName: '劳动合同.pdf' },
        { material: 'iit-records', fileName: '个税记录.pdf' },
        { material: 'lease-contract', fileName: '租赁合同.pdf' },
        { material: 'degree-certificate', fileName: '学位证书.pdf' },
        { material: 'diploma', fileName: '毕业证.jpg' },
      ],
    });
    expectValidCase(result);
  });

  it('lists each recognised control with its path and its widget root', () => {
    const result = read();
    expect(fieldElement(result, 'applicant.name')).toBe(formItem('姓名').querySelector('input'));
    expect(fieldElement(result, 'applicant.gender')).toBe(formItem('性别').querySelector('[role="radiogroup"]'));
    expect(fieldElement(result, 'applicant.maritalStatus')).toBe(formItem('婚姻状况').querySelector('.el-select'));
    expect(fieldElement(result, 'applicant.birthDate')).toBe(formItem('出生日期').querySelector('.el-date-editor'));
    expect(pathsOf(result)).toContain('applicant.workHistory[1].to');
    expect(result.fields.filter((field) => field.path === 'attachments').map((field) => field.material)).toEqual([
      'id-card', 'hukou-booklet', 'integrity-pledge', 'labor-contract', 'iit-records',
      'withholding-client-screenshot', 'lease-contract', 'degree-certificate', 'diploma',
    ]);
  });

  it('keeps a value it cannot read out of the case and reports it on its path', () => {
    const result = read();
    expect(result.problems).toEqual([
      { path: 'applicant.monthlyIncome[5].amount', element: expect.anything(), message: MESSAGES.negative },
    ]);
  });

  it('counts what it cannot place as not recognised, and leaves known-irrelevant fields aside', () => {
    const result = read();
    expect(result.unrecognised.map((entry) => entry.label)).toEqual(['推荐人', '其他补充说明']);
    // The start half of 劳动合同期限 is known but not needed: a contract's start is not the employment start.
    expect(result.ignored?.map((entry) => entry.label)).toEqual(['民族', '手机号码', '劳动合同期限']);
  });

  it('skips hidden controls (v-show) and still reads disabled ones', () => {
    (formItem('姓名').querySelector('input') as HTMLInputElement).disabled = true;
    const result = read();
    expect(result.caseData.applicant).toMatchObject({ name: '张三' });
    expect(pathsOf(result)).not.toContain('applicant.housing.residencePermitValidUntil');
  });

  it('adds an array entry when a row is added to a table', () => {
    const body = document.querySelectorAll('.el-card')[4]!.querySelector('.el-table__body tbody')!;
    const row = body.lastElementChild!.cloneNode(true) as Element;
    body.append(row);
    const [employer, from, to] = Array.from(row.querySelectorAll('input'));
    employer!.value = '第三家公司';
    from!.value = '2020-01';
    to!.value = '2020-12';
    const result = read();
    expect(pathsOf(result)).toEqual(expect.arrayContaining(['applicant.workHistory[2].employer', 'applicant.workHistory[2].from', 'applicant.workHistory[2].to']));
    expect((result.caseData.applicant as { workHistory: unknown[] }).workHistory[2]).toEqual({ employer: '第三家公司', from: '2020-01-01', to: '2020-12-31' });
  });

  it('follows what the user types from one read to the next', () => {
    read();
    (formItem('姓名').querySelector('input') as HTMLInputElement).value = '李四';
    (formItem('租赁截止日期').querySelector('input') as HTMLInputElement).value = '2027年2月30日';
    const result = read();
    expect(result.caseData.applicant).toMatchObject({ name: '李四' });
    expect(result.problems.map((problem) => problem.path)).toContain('applicant.housing.leaseEnd');
  });

  it('sees a row added after an earlier read with the same cache', () => {
    expect(pathsOf(read())).not.toContain('applicant.workHistory[2].employer');
    const body = document.querySelectorAll('.el-card')[4]!.querySelector('.el-table__body tbody')!;
    body.append(body.lastElementChild!.cloneNode(true));
    expect(pathsOf(read())).toContain('applicant.workHistory[2].employer');
  });

  it('reads the same after typing whether or not it reuses what it found before', () => {
    read();
    const inputs = Array.from(document.querySelectorAll('.el-form .el-input__inner')) as HTMLInputElement[];
    inputs.forEach((input, index) => {
      if (index % 3 === 0) input.value = `${input.value}1`;
    });
    const warm = read();
    const fresh = createReaderCache();
    const cold = readPage(document, { location: at('#/apply/form'), cache: fresh });
    disposeReaderCache(fresh);
    expect(warm.caseData).toEqual(cold.caseData);
    expect(warm.problems.map((p) => p.path)).toEqual(cold.problems.map((p) => p.path));
    expect(warm.fields.map((f) => f.path)).toEqual(cold.fields.map((f) => f.path));
  });

  it('never changes the page', () => {
    const before = document.documentElement.outerHTML;
    read();
    read('#/apply/form', { mappings: { anything: 'applicant.name' } });
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('lets the user choose the type, over what the page says', () => {
    expect(read('#/apply/form', { type: 'renewal' }).caseData.type).toBe('renewal');
  });
});

describe('an old table-layout renewal page', () => {
  beforeEach(() => loadFixture('legacy-renewal.html'));

  it('reads label-left rows, static cells, native controls and year rows', () => {
    const result = read('', {}, '/gzjzz/saveXq.do');
    expect(result.type).toBe('renewal');
    expect(result.caseData).toEqual({
      schema: 'gongju-case/1',
      type: 'renewal',
      applicant: {
        name: '李四',
        gender: 'female',
        idNumber: '11010519850105202X',
        birthDate: '1985-01-05',
        education: [{ level: 'bachelor', degree: 'bachelor' }],
        employment: { contractEndDate: '2027-06-30' },
        workHistory: [
          { employer: '某公司', from: '2008-07-01', to: '2014-06-30' },
          { employer: '北京某某科技有限公司', from: '2014-07-01', to: null },
        ],
        monthlyIncome: [
          { month: '2026-09', amount: 21000 },
          { month: '2026-10', amount: 22000 },
        ],
      },
      permit: { number: 'GJ2024010001', validUntil: '2027-01-15', status: 'valid', employer: '北京某某科技有限公司' },
      employer: {
        name: '北京某某科技有限公司',
        registeredCapital: 10_000_000,
        registrationDate: '2019-05-10',
        orgForm: 'enterprise',
        hasPermission: true,
        taxPaid: { '2025': 210_000, '2024': 195_000, '2023': 230_000 },
      },
    });
    expectValidCase(result);
  });

  it('gives the empty third work-history row its index, with no values', () => {
    const result = read('', {}, '/gzjzz/saveXq.do');
    expect(pathsOf(result)).toContain('applicant.workHistory[2].from');
    expect((result.caseData.applicant as { workHistory: unknown[] }).workHistory).toHaveLength(2);
  });

  it('reads a year-keyed amount whose year is missing as a problem on the map', () => {
    const yearCell = document.querySelectorAll('input[name="nse"]')[0]!.closest('tr')!.firstElementChild!;
    yearCell.textContent = '';
    const result = read('', {}, '/gzjzz/saveXq.do');
    expect(result.problems.map((problem) => problem.path)).toEqual(['employer.taxPaid']);
    expect((result.caseData.employer as { taxPaid: object }).taxPaid).toEqual({ '2024': 195_000, '2023': 230_000 });
  });
});

describe('a read after typing, the markup unchanged', () => {
  beforeEach(() => loadFixture('legacy-renewal.html'));
  const renewal = () => read('', {}, '/gzjzz/saveXq.do');
  const taxPaid = (result: ReadResult) => (result.caseData.employer as { taxPaid: object }).taxPaid;

  it('reads the values typed since the last read, with the years and rows they now belong to', () => {
    // Years typed into the rows rather than printed in them.
    for (const amount of document.querySelectorAll('input[name="nse"]')) {
      const yearCell = amount.closest('tr')!.firstElementChild!;
      yearCell.innerHTML = `<input type="text" name="nd" value="${yearCell.textContent}">`;
    }
    expect(taxPaid(renewal())).toEqual({ '2025': 210_000, '2024': 195_000, '2023': 230_000 });
    const inputs = (name: string) => document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`);
    inputs('nd')[0]!.value = '2022';
    inputs('nse')[1]!.value = '20';
    inputs('sr')[1]!.value = '23000';
    const second = renewal();
    expect(taxPaid(second)).toEqual({ '2022': 210_000, '2024': 200_000, '2023': 230_000 });
    expect((second.caseData.applicant as { monthlyIncome: unknown[] }).monthlyIncome).toEqual([
      { month: '2026-09', amount: 21000 },
      { month: '2026-10', amount: 23000 },
    ]);
    inputs('nd')[0]!.value = '';
    expect(renewal().problems.map((problem) => problem.path)).toEqual(['employer.taxPaid']);
  });
});

describe('an Element UI change page with descriptions, groups, switches, cards and tabs', () => {
  beforeEach(() => loadFixture('element-info-change.html'));

  it('reads text values, checkbox groups, a switch set off, repeated cards and an inactive tab', () => {
    const result = read();
    expect(result.type).toBe('info-change');
    expect(result.caseData).toEqual({
      schema: 'gongju-case/1',
      type: 'info-change',
      permit: { number: 'GJ2023120045', status: 'valid', validUntil: '2027-01-15', employer: '北京某某科技有限公司' },
      employer: {
        name: '北京某某科技有限公司',
        creditCode: '91110107MA01ABCD2X',
        licenseValidUntil: null,
        registeredDistrict: 'shijingshan',
        hasPermission: false,
      },
      infoChange: { items: ['companions', 'hukou'] },
      applicant: {
        name: '王某',
        maritalStatus: 'divorced',
        companions: [
          { relation: 'child', name: '王小一', idNumber: '110105201501011234', birthDate: '2015-01-01', custodyWithApplicant: true },
          { relation: 'child', name: '王小二', idNumber: '110105201803035678', birthDate: '2018-03-03', custodyWithApplicant: false },
        ],
        housing: { kind: 'residence-permit', residencePermitValidUntil: '2027-03-31' },
      },
    });
    expectValidCase(result);
    // The closed dialog's draft companion is not read.
    expect(result.unrecognised).toEqual([]);
  });
});

describe('a layout the dictionary does not know', () => {
  const odd = `
    <div class="grid"><div class="names"><span>姓名</span><span>身份证号</span></div>
    <div class="values"><input name="f1" value="赵六"><input name="f2" value="110105199003071239"></div></div>
    <table><tr><th>奇怪的列</th><th>另一列</th></tr><tr><td><input value="甲公司"></td><td><input></td></tr><tr><td><input value="乙公司"></td><td><input></td></tr></table>`;

  it('shows its controls as not recognised, each with a stable key, and never throws', () => {
    loadHtml(odd);
    const first = read('#/odd');
    expect(first.fields).toEqual([]);
    expect(first.unrecognised).toHaveLength(6);
    loadHtml(odd);
    const fresh = createReaderCache();
    const again = readPage(document, { location: at('#/odd'), cache: fresh });
    disposeReaderCache(fresh);
    expect(again.unrecognised.map((entry) => entry.key)).toEqual(first.unrecognised.map((entry) => entry.key));
  });

  it('places a control mapped by hand, and a mapped table column in every row', () => {
    loadHtml(odd);
    const keys = read('#/odd').unrecognised.map((entry) => entry.key);
    const columnKey = keys.find((key) => key.includes('奇怪的列'))!;
    const mapped = read('#/odd', {
      mappings: { [keys[0]!]: 'applicant.name', [keys[1]!]: 'applicant.idNumber', [columnKey]: 'applicant.workHistory[].employer' },
    });
    expect(mapped.caseData.applicant).toEqual({
      name: '赵六',
      idNumber: '110105199003071239',
      workHistory: [{ employer: '甲公司' }, { employer: '乙公司' }],
    });
    expect(mapped.unrecognised).toHaveLength(2);
  });

  it('wins over the dictionary with a hand mapping, and sets a control aside with "ignore"', () => {
    loadHtml(`<div class="el-form-item"><label class="el-form-item__label">姓名</label><div class="el-form-item__content"><input value="孙七"></div></div>`);
    const key = read('#/x').fields[0]!.key;
    expect(read('#/x', { mappings: { [key]: 'permit.employer' } }).caseData).toMatchObject({ permit: { employer: '孙七' } });
    const ignored = read('#/x', { mappings: { [key]: 'ignore' } });
    expect(ignored.fields).toEqual([]);
    expect(ignored.ignored?.map((entry) => entry.key)).toEqual([key]);
  });

  it('maps an attachment row by hand to a material', () => {
    loadFixture('element-new.html');
    const row = read().unrecognised.find((entry) => entry.label === '其他补充说明')!;
    const mapped = read('#/apply/form', { mappings: { [row.key]: 'attachments:change-evidence' } });
    expect(mapped.fields.find((field) => field.element === row.element)?.material).toBe('change-evidence');
    expect(mapped.unrecognised.map((entry) => entry.label)).toEqual(['推荐人']);
  });
});

describe('an employer registration page with top labels, collapse panels, a cascader and uploads', () => {
  beforeEach(() => loadFixture('element-registration.html'));

  it('reads the employer, its qualifications, yearly tax and the uploaded materials', () => {
    const result = read();
    expect(result.type).toBe('employer-registration');
    expect(result.caseData).toEqual({
      schema: 'gongju-case/1',
      type: 'employer-registration',
      employer: {
        name: '北京石景智联科技有限公司',
        creditCode: '91110107MA01ABCD2X',
        orgForm: 'public-institution',
        registeredDistrict: 'shijingshan',
        registrationDate: '2019-05-10',
        registeredCapital: 10_000_000,
        licenseValidUntil: '2039-05-09',
        goodStanding: true,
        fitsIndustryPolicy: true,
        // A qualification typed as free text still names its kind (中关村高新技术企业).
        qualifications: [
          { kind: 'high-tech-enterprise', validUntil: '2027-12-31' },
          { kind: 'high-tech-enterprise', validUntil: '2025-12-31' },
        ],
        taxPaid: { '2025': 210_000, '2024': 190_000, '2023': 230_000 },
      },
      attachments: [
        { material: 'unit-registration-application', fileName: '注册申请.pdf' },
        { material: 'business-license', fileName: '营业执照.pdf' },
        { material: 'tax-info-notice', fileName: '告知书.pdf' },
        { material: 'unit-integrity-pledge', fileName: '诚信声明.pdf' },
      ],
    });
    expectValidCase(result);
    expect(result.fields.filter((f) => f.path === 'attachments').map((f) => f.material)).toContain('agent-id-card');
    expect(result.unrecognised).toEqual([]);
  });
});

describe('values written the way portals summarise them', () => {
  const readHtml = (html: string) => {
    loadHtml(html);
    return read('#/t');
  };

  it('splits a yearly summary into one amount per year', () => {
    const result = readHtml(`<div class="el-form-item"><label class="el-form-item__label">近三年纳税额</label>
      <div class="el-form-item__content">2025年度：126.00万元；2024年度：118.00万元；2023年度：1,050,000元</div></div>`);
    expect(result.caseData.employer).toEqual({ taxPaid: { '2025': 1_260_000, '2024': 1_180_000, '2023': 1_050_000 } });
    expect(result.fields.map((f) => f.path)).toEqual(['employer.taxPaid.2025', 'employer.taxPaid.2024', 'employer.taxPaid.2023']);
  });

  it('splits a list of qualifications into entries with their dates, and reads 无 as none', () => {
    const result = readHtml(`<table class="el-descriptions__table is-bordered"><tr>
      <th class="el-descriptions-item__cell el-descriptions-item__label">单位资质</th>
      <td class="el-descriptions-item__cell el-descriptions-item__content">高新技术企业（有效期至2027-12-20）；软件企业（有效期至2027年6月30日）</td></tr></table>`);
    expect(result.caseData.employer).toEqual({
      qualifications: [
        { kind: 'high-tech-enterprise', validUntil: '2027-12-20' },
        { kind: 'software-enterprise', validUntil: '2027-06-30' },
      ],
    });
    const none = readHtml(`<dl><dt>单位资质</dt><dd>无</dd></dl>`);
    expect(none.caseData.employer).toBeUndefined();
  });

  it('reads a ticked 无固定期限 box as no end, and an unticked one as leaving the date to its field', () => {
    const html = (ticked: boolean) => `<div class="el-form-item"><label class="el-form-item__label">劳动合同截止日期</label><div class="el-form-item__content">
      <div class="el-date-editor el-input el-date-editor--date"><input class="el-input__inner" readonly value="${ticked ? '' : '2028-06-30'}"></div>
      <label class="el-checkbox${ticked ? ' is-checked' : ''}"><span class="el-checkbox__input"><input type="checkbox" class="el-checkbox__original"></span><span class="el-checkbox__label">无固定期限</span></label></div></div>`;
    expect(readHtml(html(true)).caseData.applicant).toEqual({ employment: { contractEndDate: null } });
    expect(readHtml(html(false)).caseData.applicant).toEqual({ employment: { contractEndDate: '2028-06-30' } });
  });

  it('reads an empty end date as ongoing where the page says so, and only there', () => {
    const table = (note: string) => `<div class="title">工作简历</div><table>
      <tr class="listhead"><td>起始时间</td><td>终止时间</td><td>工作单位</td></tr>
      <tr><td><input value="2016-07-01"></td><td><input value=""></td><td><input value="北京某公司"></td></tr></table><div class="gray">${note}</div>`;
    expect(readHtml(table('注：终止时间不填表示至今。')).caseData.applicant).toEqual({ workHistory: [{ from: '2016-07-01', employer: '北京某公司', to: null }] });
    expect(readHtml(table('注：请按时间顺序填写。')).caseData.applicant).toEqual({ workHistory: [{ from: '2016-07-01', employer: '北京某公司' }] });
    const placeholder = readHtml(`<h4>工作经历</h4><label>终止时间<input placeholder="至今" value=""></label>`);
    expect(placeholder.caseData.applicant).toEqual({ workHistory: [{ to: null }] });
  });

  it('reads a static column under a td header row of an entry table (核验结果)', () => {
    const result = readHtml(`<div class="title">学历信息</div><table>
      <tr class="listhead"><td>毕业院校</td><td>学历</td><td>核验结果</td></tr>
      <tr><td><input value="某大学"></td><td><select><option>大学本科</option></select></td><td><span>有效</span></td></tr></table>`);
    expect(result.caseData.applicant).toEqual({ education: [{ school: '某大学', level: 'bachelor', verification: 'valid' }] });
  });

  it('sets aside addresses, phones and a catch-all attachment row instead of calling them not recognised', () => {
    const result = readHtml(`<label>住所详细地址<input value="x"></label><label>单位联系电话<input value="1"></label>
      <table><tr><td>序号</td><td>材料名称</td><td>状态</td></tr><tr><td>1</td><td>其他材料</td><td>未上传</td></tr><tr><td>2</td><td>诚信声明</td><td>已上传</td></tr></table>`);
    expect(result.unrecognised).toEqual([]);
    expect(result.ignored?.map((entry) => entry.label)).toEqual(['住所详细地址', '单位联系电话', '其他材料']);
    expect(result.attachments?.map((row) => `${row.material}:${row.present}`)).toEqual(['integrity-pledge:true']);
  });
});
