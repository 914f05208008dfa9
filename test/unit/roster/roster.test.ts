// @vitest-environment node
// Rosters into cases (case-format.md, Rosters): decoding (utils/roster/read.ts) and mapping
// (rules/roster.ts) on files as Excel and Chinese Windows write them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { excelSerialToDate, parseDateText } from '../../../rules/date-text';
import { describeRosterProblem, fieldOfColumn, findHeader, mappingKey, rosterRows, type RosterGrid, type RosterRow } from '../../../rules/roster';
import { decodeText, readRoster } from '../../../utils/roster/read';
import { dateCell, utf8Bytes, xlsxBytes } from './helpers';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

function gridOf(bytes: Uint8Array): RosterGrid {
  const read = readRoster(bytes);
  if (!read.ok) throw new Error(`not read: ${read.reason} ${read.detail ?? ''}`);
  return read.grid;
}

function importRows(bytes: Uint8Array, type?: 'new' | 'renewal') {
  const grid = gridOf(bytes);
  const header = findHeader(grid);
  if (!header) throw new Error('no header');
  return { header, ...rosterRows(grid, header, type ? { type } : {}) };
}

const problemOf = (row: RosterRow | undefined) => (row && 'problem' in row ? row.problem : undefined);
const errorOf = (row: RosterRow | undefined) => {
  const problem = problemOf(row);
  return problem ? describeRosterProblem(problem).en : undefined;
};
const caseOf = (row: RosterRow | undefined) => (row && 'case' in row ? row.case : undefined);

// 2027-01-15, 1990-03-07 and 2028-06-30 as Excel's day serials.
const JAN_15_2027 = 46402;
const MAR_7_1990 = 32939;
const JUN_30_2028 = 46934;

describe('dates as written', () => {
  it.each([
    ['2027-01-15', '2027-01-15'],
    ['2027/1/15', '2027-01-15'],
    ['2027.01.15', '2027-01-15'],
    ['2027年1月15日', '2027-01-15'],
    ['1990年3月7日', '1990-03-07'],
    ['1990/3/7', '1990-03-07'],
    ['1990.03.07', '1990-03-07'],
    ['２０２７年１月１５日', '2027-01-15'],
    ['2027/1/15 0:00:00', '2027-01-15'],
    [' 2027-1-5 ', '2027-01-05'],
  ])('reads %s', (text, iso) => expect(parseDateText(text)).toBe(iso));

  it.each(['2027-02-30', '2027/13/1', '2027-01/15', '15.01.2027', 'tomorrow', '', '2027年1月'])('refuses %s', (text) =>
    expect(parseDateText(text)).toBeNull(),
  );

  it("reads Excel's day serials, with its 1900 leap-day quirk and the 1904 system", () => {
    expect(excelSerialToDate(1)).toBe('1900-01-01');
    expect(excelSerialToDate(59)).toBe('1900-02-28');
    expect(excelSerialToDate(60)).toBeNull();
    expect(excelSerialToDate(61)).toBe('1900-03-01');
    expect(excelSerialToDate(JAN_15_2027)).toBe('2027-01-15');
    expect(excelSerialToDate(JAN_15_2027 + 0.75)).toBe('2027-01-15');
    expect(excelSerialToDate(JAN_15_2027 - 1462, true)).toBe('2027-01-15');
    expect(excelSerialToDate(0)).toBeNull();
    expect(excelSerialToDate(Number.NaN)).toBeNull();
  });
});

describe('column names', () => {
  it('knows the contract names and their synonyms, with marks and full-width characters', () => {
    expect(fieldOfColumn('身份证号码')).toBe('applicant.idNumber');
    expect(fieldOfColumn('证件号码 *')).toBe('applicant.idNumber');
    expect(fieldOfColumn('有效期至（必填）')).toBe('permit.validUntil');
    expect(fieldOfColumn('用人单位：')).toBe('employer.name');
    expect(fieldOfColumn('合同终止日期')).toBe('applicant.employment.contractEndDate');
    expect(fieldOfColumn('办理类型')).toBe('type');
    expect(fieldOfColumn('备注')).toBeNull();
  });

  it('keys a mapping by the set of column names, whatever their order', () => {
    expect(mappingKey(['姓名', '身份证号', '备注'])).toBe(mappingKey(['备注', ' 姓名', '身份证号']));
    expect(mappingKey(['姓名', '身份证号'])).not.toBe(mappingKey(['姓名', '身份证号', '备注']));
  });
});

describe('roster from .xlsx', () => {
  const title = '2026年工作居住证到期名册';
  const header = ['序号', '姓名', '身份证号', '性别', '工作居住证有效期至', '聘用单位', '劳动合同到期日', '备注'];
  const bytes = xlsxBytes(
    {
      rows: [
        [title, null, null, null, null, null, null, null],
        header,
        [1, '李明', '110105199003071239', '男', dateCell(JAN_15_2027), '北京石景智联科技有限公司', dateCell(JUN_30_2028, 'yyyy"年"m"月"d"日"'), '材料已齐'],
        [2, '赵雪', '110105198506120024', '女', '2027年1月15日', '北京石景智联科技有限公司', '2028.06.30', null],
        [null, null, null, null, null, null, null, null],
        [4, '孙浩', '110105198807150013', '男', JAN_15_2027, '北京望京优创文化传媒有限公司', JUN_30_2028, null],
        [5, '王芳', '110105199207200026', '女', '2027-02-30', '北京望京优创文化传媒有限公司', null, null],
        [6, '李明', '110105199003071239', '男', dateCell(JAN_15_2027 + 365), '北京石景智联科技有限公司', null, '重复'],
      ],
      merges: ['A1:H1'],
    },
    { rows: [['姓名', '身份证号'], ['不应导入', '110105199003071239']], name: '说明' },
  );

  it('finds the header under a merged title and maps every known column', () => {
    const { header: found, ignoredColumns } = importRows(bytes);
    expect(found.rows).toEqual([2]);
    expect(found.mapping).toEqual([null, 'applicant.name', 'applicant.idNumber', 'applicant.gender', 'permit.validUntil', 'employer.name', 'applicant.employment.contractEndDate', null]);
    expect(ignoredColumns).toEqual(['序号', '备注']);
  });

  it('reads date cells, text dates and bare Excel serials alike; skips the empty row; numbers rows as the sheet does', () => {
    const { rows } = importRows(bytes);
    expect(rows.map((r) => r.row)).toEqual([3, 4, 6, 7, 8]);
    for (const row of rows.slice(0, 3)) {
      expect(caseOf(row)?.permit?.validUntil).toBe('2027-01-15');
      expect(caseOf(row)?.applicant?.employment?.contractEndDate).toBe('2028-06-30');
    }
    expect(caseOf(rows[0])).toEqual({
      schema: 'gongju-case/1',
      type: 'renewal',
      employer: { name: '北京石景智联科技有限公司' },
      applicant: { name: '李明', idNumber: '110105199003071239', gender: 'male', employment: { contractEndDate: '2028-06-30' } },
      permit: { validUntil: '2027-01-15', employer: '北京石景智联科技有限公司' },
    });
  });

  it('names the column and the value of a cell that is no date, and goes on with the other rows', () => {
    const { rows } = importRows(bytes);
    expect(errorOf(rows[3])).toBe('工作居住证有效期至: 2027-02-30 is not a date');
    const problem = problemOf(rows[3]);
    expect(problem && describeRosterProblem(problem).zh).toContain('“2027-02-30”');
  });

  it('refuses a second row with the same ID number and type, naming the first', () => {
    const { rows } = importRows(bytes);
    expect(errorOf(rows[4])).toBe('身份证号: 110105199003071239 is already on row 3 (same ID number and type); this row is left out');
  });

  it('reads a two-row header of merged cells top to bottom', () => {
    const { header: found, rows } = importRows(
      xlsxBytes({
        rows: [
          ['姓名', '身份证号', '工作居住证', null, '聘用单位'],
          [null, null, '编号', '有效期至', null],
          ['陈静', '110105199301010022', 'BJ2023001', dateCell(JAN_15_2027), '北京石景智联科技有限公司'],
        ],
        merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:E2'],
      }),
    );
    expect(found.rows).toEqual([1, 2]);
    expect(found.columns).toEqual(['姓名', '身份证号', '工作居住证编号', '工作居住证有效期至', '聘用单位']);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.row).toBe(3);
    expect(caseOf(rows[0])?.permit).toEqual({ number: 'BJ2023001', validUntil: '2027-01-15', employer: '北京石景智联科技有限公司' });
  });

  it('takes the type from a type column, else --type, and refuses a word it does not know', () => {
    const typed = xlsxBytes({
      rows: [
        ['姓名', '身份证号', '业务类型', '出生日期'],
        ['甲', '110105199003071239', '新办', dateCell(MAR_7_1990)],
        ['乙', '110105198506120024', '续签', null],
        ['丙', '110105198807150013', '补办', null],
        ['丁', '110105199207200026', null, null],
        ['甲', '110105199003071239', '续签', null],
      ],
    });
    const { rows } = importRows(typed, 'new');
    expect(rows.map((r) => caseOf(r)?.type ?? errorOf(r))).toEqual([
      'new',
      'renewal',
      '业务类型: 补办 is not an application type (新办, 续签, 聘用单位变更, 个人信息变更)',
      'new',
      // Same ID number, another type: another case.
      'renewal',
    ]);
    expect(caseOf(rows[0])?.applicant?.birthDate).toBe('1990-03-07');
  });

  it('refuses an ID number Excel kept as a number, which has lost its last digits', () => {
    const { rows } = importRows(xlsxBytes({ rows: [['姓名', '身份证号'], ['甲', 110105199003071239]] }));
    expect(errorOf(rows[0])).toMatch(/^身份证号: 110105199003071\d{3} is stored as a number/);
  });

  it('is no roster when no row names a known column, or when the bytes are no spreadsheet', () => {
    expect(findHeader(gridOf(xlsxBytes({ rows: [['编号', '备注'], ['1', 'x']] })))).toBeNull();
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(readRoster(broken)).toMatchObject({ ok: false, reason: 'unreadable' });
    expect(readRoster(new Uint8Array())).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('roster from CSV', () => {
  it('decodes GB18030 (what Excel on a Chinese Windows saves)', () => {
    const bytes = fixture('roster-gb18030.csv');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(decodeText(bytes).startsWith('姓名,身份证号')).toBe(true);
    const { rows, ignoredColumns } = importRows(bytes);
    expect(ignoredColumns).toEqual(['备注']);
    expect(rows.map((r) => r.row)).toEqual([2, 4]);
    expect(caseOf(rows[0])).toMatchObject({
      type: 'renewal',
      applicant: { name: '李明', idNumber: '110105199003071239', gender: 'male', employment: { contractEndDate: '2028-06-30' } },
      permit: { validUntil: '2027-01-15' },
    });
    expect(errorOf(rows[1])).toBe('工作居住证有效期至: 2027.02.30 is not a date');
  });

  it('decodes UTF-8 with and without BOM alike, and reads an open-ended contract as no end date', () => {
    const text = '姓名,证件号码,有效期至,合同终止日期\n李明,110105199003071239,2027年1月15日,长期\n';
    for (const bytes of [utf8Bytes(text, true), utf8Bytes(text)]) {
      const { header, rows } = importRows(bytes);
      expect(header.columns[0]).toBe('姓名');
      expect(caseOf(rows[0])?.applicant).toEqual({ name: '李明', idNumber: '110105199003071239', employment: { contractEndDate: null } });
      expect(caseOf(rows[0])?.permit?.validUntil).toBe('2027-01-15');
    }
  });

  it('finds a header below note lines, keeps quoted commas and counts rows as records', () => {
    const text = '工作居住证名册,,\n导出日期：2026-12-01,,\n姓名,身份证号,聘用单位\n"李明",110105199003071239,"北京石景智联科技有限公司,海淀分部"\n';
    const { header, rows } = importRows(utf8Bytes(text));
    expect(header.rows).toEqual([3]);
    expect(rows[0]!.row).toBe(4);
    expect(caseOf(rows[0])?.employer?.name).toBe('北京石景智联科技有限公司,海淀分部');
  });

  it('reads tab-separated text as Excel saves "Unicode text" (UTF-16 with BOM)', () => {
    const text = '姓名\t身份证号\n李明\t110105199003071239\n';
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) new DataView(utf16.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
    const { rows } = importRows(utf16);
    expect(caseOf(rows[0])?.applicant?.name).toBe('李明');
  });
});
