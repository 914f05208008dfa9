import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MESSAGES,
  normalizeBoolean,
  normalizeCode,
  normalizeCount,
  normalizeDate,
  normalizeDistrict,
  normalizeEnum,
  normalizeEnumList,
  normalizeMoney,
  normalizeMonth,
  normalizePercent,
  normalizeText,
  normalizeValue,
  normalizeYear,
} from '../../../entrypoints/portal.content/reader/normalize';
import {
  AWARD_SCOPES,
  DEGREES,
  EDUCATION_LEVELS,
  GENDERS,
  HOUSING_KINDS,
  INFO_CHANGE_ITEMS,
  LONG_TERM,
  MARITAL_STATUSES,
  ONGOING,
  ORG_FORMS,
  PERMIT_STATUSES,
  RELATIONS,
  TITLE_LEVELS,
  VERIFICATIONS,
} from '../../../entrypoints/portal.content/reader/synonyms';

const value = (result: { ok: boolean; value?: unknown }) => (result.ok ? result.value : 'PROBLEM');

/** Half-width digits → full-width (what a Chinese IME types). */
const fullWidth = (text: string) => text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));

describe('dates', () => {
  it.each([
    ['2026年1月5日', '2026-01-05'],
    ['2026年01月05日', '2026-01-05'],
    ['2026/1/5', '2026-01-05'],
    ['2026.1.5', '2026-01-05'],
    ['2026-1-5', '2026-01-05'],
    ['2026-01-05', '2026-01-05'],
    ['20260105', '2026-01-05'],
    [' 2026-01-05 ', '2026-01-05'],
    ['2026-01-05 00:00:00', '2026-01-05'],
    ['２０２６年１月５日', '2026-01-05'],
    ['２０２６－０１－０５', '2026-01-05'],
    ['\u200b2026-01-05\ufeff', '2026-01-05'],
    ['2024-02-29', '2024-02-29'],
  ])('%s → %s', (text, expected) => {
    expect(normalizeDate(text)).toEqual({ ok: true, value: expected });
  });

  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-00-10', '2026年4月31日', '1850-01-01'])('rejects the impossible date %s', (text) => {
    expect(normalizeDate(text)).toEqual({ ok: false, problem: MESSAGES.impossibleDate });
  });

  it.each(['明天', 'abc', '2026', '26-1-5'])('rejects %s as not a date', (text) => {
    expect(normalizeDate(text).ok).toBe(false);
  });

  it('treats an empty field, a dash or a prompt as absent, not as a problem', () => {
    for (const text of ['', '   ', '-', '请选择']) expect(normalizeDate(text)).toEqual({ ok: true, value: undefined });
  });

  it('asks for the full date when only a month is given', () => {
    expect(normalizeDate('2026-01')).toEqual({ ok: false, problem: MESSAGES.fullDate });
  });

  it('reads a month as the first or last day when the field allows it (work history)', () => {
    expect(value(normalizeDate('2012-07', { monthAs: 'start' }))).toBe('2012-07-01');
    expect(value(normalizeDate('2016年6月', { monthAs: 'end' }))).toBe('2016-06-30');
    expect(value(normalizeDate('2024-02', { monthAs: 'end' }))).toBe('2024-02-29');
  });

  it('gives null for the open-ended words of a field', () => {
    for (const word of LONG_TERM) expect(value(normalizeDate(word, { open: LONG_TERM }))).toBeNull();
    for (const word of ONGOING) expect(value(normalizeDate(word, { open: ONGOING }))).toBeNull();
    // Without the option, 至今 is not a date.
    expect(normalizeDate('至今').ok).toBe(false);
  });

  it('takes one end of a period when the field keeps only that end', () => {
    expect(value(normalizeDate('2019-05-10至2039-05-09', { rangeTake: 'end' }))).toBe('2039-05-09');
    expect(value(normalizeDate('2019年5月10日 至 长期', { rangeTake: 'end', open: LONG_TERM }))).toBeNull();
    expect(value(normalizeDate('2019-05-10 - 2039-05-09', { rangeTake: 'start' }))).toBe('2019-05-10');
  });

  it('normalises any real date written in each style back to the same ISO date', () => {
    const day = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 7 }), (date, style) => {
        const y = date.getUTCFullYear();
        const m = date.getUTCMonth() + 1;
        const d = date.getUTCDate();
        const p = (n: number) => String(n).padStart(2, '0');
        const iso = `${y}-${p(m)}-${p(d)}`;
        const written = [
          `${y}年${m}月${d}日`,
          `${y}/${m}/${d}`,
          `${y}.${m}.${d}`,
          `${y}-${m}-${d}`,
          iso,
          `${y}${p(m)}${p(d)}`,
          fullWidth(`${y}年${m}月${d}日`),
          `${y}年${p(m)}月${p(d)}日 12:30`,
        ][style]!;
        expect(normalizeDate(written)).toEqual({ ok: true, value: iso });
      }),
    );
  });
});

describe('months', () => {
  it.each([
    ['2026年1月', '2026-01'],
    ['2026-01', '2026-01'],
    ['2026/1', '2026-01'],
    ['2026.10', '2026-10'],
    ['202610', '2026-10'],
    ['２０２６年１０月', '2026-10'],
    ['2026-10-01', '2026-10'],
    ['2026-10-01至2026-10-31', '2026-10'],
  ])('%s → %s', (text, expected) => {
    expect(normalizeMonth(text)).toEqual({ ok: true, value: expected });
  });

  it('rejects a month 13 and a period across months', () => {
    expect(normalizeMonth('2026-13')).toEqual({ ok: false, problem: MESSAGES.impossibleDate });
    expect(normalizeMonth('2026-09-01至2026-10-31').ok).toBe(false);
  });
});

describe('money', () => {
  it.each([
    ['21000', undefined, 21000],
    ['21,000', undefined, 21000],
    ['21，000', undefined, 21000],
    ['21,000.50', undefined, 21000.5],
    ['21000元', undefined, 21000],
    ['¥21,000', undefined, 21000],
    ['２１０００', undefined, 21000],
    ['12.5万', undefined, 125000],
    ['12.5万元', undefined, 125000],
    ['100万元人民币', undefined, 1000000],
    ['100', 'wan', 1000000],
    ['1,000', 'wan', 10000000],
    ['0.01', 'wan', 100],
    ['500元', 'wan', 500],
    ['0', undefined, 0],
  ] as const)('%s (unit %s) → %s yuan', (text, unit, expected) => {
    expect(normalizeMoney(text, unit)).toEqual({ ok: true, value: expected });
  });

  it('rejects negatives and text', () => {
    expect(normalizeMoney('-5')).toEqual({ ok: false, problem: MESSAGES.negative });
    expect(normalizeMoney('-1.5万')).toEqual({ ok: false, problem: MESSAGES.negative });
    expect(normalizeMoney('两万')).toEqual({ ok: false, problem: MESSAGES.money });
    expect(normalizeMoney('1.2.3')).toEqual({ ok: false, problem: MESSAGES.money });
    expect(normalizeMoney('1e400')).toEqual({ ok: false, problem: MESSAGES.money });
    expect(normalizeMoney('9'.repeat(400))).toEqual({ ok: false, problem: MESSAGES.money });
    expect(normalizeMoney('-0')).toEqual({ ok: true, value: 0 });
  });

  it('reads any amount in 万元 as ten thousand times the yuan figure, to the fen', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_00 }), (fen) => {
        const yuan = fen / 100;
        const wan = (fen / 1_000_000).toFixed(6).replace(/\.?0+$/, '');
        expect(normalizeMoney(`${wan}万`)).toEqual({ ok: true, value: yuan });
        expect(normalizeMoney(yuan.toLocaleString('en-US', { maximumFractionDigits: 2 }))).toEqual({ ok: true, value: yuan });
      }),
    );
  });
});

describe('booleans, enums and codes', () => {
  it.each([
    ['是', true],
    ['否', false],
    ['有', true],
    ['无', false],
    ['已开通', true],
    ['未开通', false],
    ['符合', true],
    ['不符合', false],
    ['√', true],
  ])('%s → %s', (text, expected) => {
    expect(normalizeBoolean(text)).toEqual({ ok: true, value: expected });
  });

  it('rejects a text that is neither yes nor no', () => {
    expect(normalizeBoolean('也许')).toEqual({ ok: false, problem: MESSAGES.boolean });
  });

  it.each([
    [GENDERS, '男', 'male'],
    [GENDERS, '女', 'female'],
    [GENDERS, '女性', 'female'],
    [DEGREES, '学士', 'bachelor'],
    [DEGREES, '工学硕士', 'master'],
    [DEGREES, '博士学位', 'doctor'],
    [DEGREES, '无', 'none'],
    [EDUCATION_LEVELS, '本科', 'bachelor'],
    [EDUCATION_LEVELS, '大学本科', 'bachelor'],
    [EDUCATION_LEVELS, '硕士研究生', 'master'],
    [EDUCATION_LEVELS, '博士研究生', 'doctor'],
    [EDUCATION_LEVELS, '大专', 'college'],
    [EDUCATION_LEVELS, '专科', 'college'],
    [EDUCATION_LEVELS, '高中', 'below-college'],
    [VERIFICATIONS, '有效', 'valid'],
    [VERIFICATIONS, '无效', 'invalid'],
    [VERIFICATIONS, '核验不通过', 'invalid'],
    [VERIFICATIONS, '未核验', 'unknown'],
    [TITLE_LEVELS, '中级', 'intermediate'],
    [TITLE_LEVELS, '副高级', 'deputy-senior'],
    [TITLE_LEVELS, '正高级', 'senior'],
    [TITLE_LEVELS, '初级', 'junior'],
    [AWARD_SCOPES, '国家级', 'national'],
    [AWARD_SCOPES, '北京市级', 'municipal'],
    [AWARD_SCOPES, '市级', 'municipal'],
    [RELATIONS, '子女', 'child'],
    [RELATIONS, '女儿', 'child'],
    [RELATIONS, '配偶', 'spouse'],
    [RELATIONS, '妻子', 'spouse'],
    [MARITAL_STATUSES, '已婚', 'married'],
    [MARITAL_STATUSES, '未婚', 'single'],
    [MARITAL_STATUSES, '离异', 'divorced'],
    [MARITAL_STATUSES, '丧偶', 'widowed'],
    [HOUSING_KINDS, '北京市居住证', 'residence-permit'],
    [HOUSING_KINDS, '自有住房', 'owned'],
    [HOUSING_KINDS, '配偶名下住房', 'owned-by-spouse'],
    [HOUSING_KINDS, '配偶产权', 'owned-by-spouse'],
    [HOUSING_KINDS, '租住房屋', 'rented'],
    [HOUSING_KINDS, '租赁', 'rented'],
    [HOUSING_KINDS, '单位公房', 'unit-housing'],
    [HOUSING_KINDS, '亲友住房', 'relative-housing'],
    [HOUSING_KINDS, '借住', 'relative-housing'],
    [PERMIT_STATUSES, '挂起', 'suspended'],
    [PERMIT_STATUSES, '有效', 'valid'],
    [PERMIT_STATUSES, '已过期', 'expired'],
    [ORG_FORMS, '有限责任公司', 'enterprise'],
    [ORG_FORMS, '事业单位', 'public-institution'],
    [ORG_FORMS, '民办非企业单位', 'private-non-enterprise'],
    [ORG_FORMS, '外国（地区）在京设立的非法人分支机构', 'foreign-branch'],
    [ORG_FORMS, '外埠在京设立的非法人分支机构', 'non-beijing-branch'],
    [ORG_FORMS, '分公司', 'other-branch'],
    [ORG_FORMS, '个体工商户', 'individual-business'],
  ] as const)('%#: %s → %s', (values, text, expected) => {
    expect(normalizeEnum(text, values)).toEqual({ ok: true, value: expected });
  });

  it('rejects an unknown option unless the field has a fallback', () => {
    expect(normalizeEnum('火星', GENDERS)).toEqual({ ok: false, problem: MESSAGES.option });
    expect(normalizeEnum('中关村示范企业', [{ value: 'x', synonyms: ['高新'] }], 'other')).toEqual({ ok: true, value: 'other' });
  });

  it('reads a list of change items and rejects an unknown one', () => {
    expect(normalizeEnumList(['随往人员', '户口所在地', '随往人员'], INFO_CHANGE_ITEMS)).toEqual({ ok: true, value: ['companions', 'hukou'] });
    expect(normalizeEnumList(['学历学位', '技术职称', '居住地', '其他'], INFO_CHANGE_ITEMS)).toEqual({ ok: true, value: ['education', 'title', 'residence', 'other'] });
    expect(normalizeEnumList(['宠物'], INFO_CHANGE_ITEMS).ok).toBe(false);
  });

  it('normalises identity numbers and codes: width, spaces, upper-case x', () => {
    expect(normalizeCode(' １１０１０５ １９９００３０７１２３ｘ ')).toEqual({ ok: true, value: '11010519900307123X' });
    expect(normalizeCode('91110107ma01abcd2x')).toEqual({ ok: true, value: '91110107MA01ABCD2X' });
  });

  it('keeps names as written, trimmed only', () => {
    expect(normalizeText('  北京某某（集团）有限公司 ')).toEqual({ ok: true, value: '北京某某（集团）有限公司' });
  });

  it.each([
    ['石景山区', 'shijingshan'],
    ['北京市海淀区', 'haidian'],
    ['北京市东城区朝阳门内大街', 'dongcheng'],
    ['北京经济技术开发区', 'yizhuang'],
    ['大兴区亦庄', 'yizhuang'],
    ['chaoyang', 'chaoyang'],
  ])('district %s → %s', (text, expected) => {
    expect(normalizeDistrict(text)).toEqual({ ok: true, value: expected });
  });

  it('rejects a district outside Beijing', () => {
    expect(normalizeDistrict('上海市浦东新区')).toEqual({ ok: false, problem: MESSAGES.district });
  });

  it('reads counts, percentages and years', () => {
    expect(value(normalizeCount('3项'))).toBe(3);
    expect(value(normalizeCount('第2名', 1))).toBe(2);
    expect(normalizeCount('0', 1).ok).toBe(false);
    expect(normalizeCount('999999999999999999999').ok).toBe(false);
    expect(value(normalizePercent('5.5%'))).toBe(5.5);
    expect(normalizePercent('120').ok).toBe(false);
    expect(value(normalizeYear('2025年度'))).toBe('2025');
  });
});

describe('normalizeValue', () => {
  it('reads a ticked checkbox as yes, an unticked one as not answered, a switch off as no', () => {
    const spec = { kind: 'boolean' } as const;
    expect(normalizeValue(spec, { kind: 'checked', checked: true, explicit: false })).toEqual({ ok: true, value: true });
    expect(normalizeValue(spec, { kind: 'checked', checked: false, explicit: false })).toEqual({ ok: true, value: undefined });
    expect(normalizeValue(spec, { kind: 'checked', checked: false, explicit: true })).toEqual({ ok: true, value: false });
  });

  it('inverts the answer to a question asked the other way round', () => {
    expect(normalizeValue({ kind: 'boolean' }, { kind: 'text', text: '是' }, { invert: true })).toEqual({ ok: true, value: false });
  });

  it('falls back to the option value when the option text is not understood', () => {
    expect(normalizeValue({ kind: 'enum', values: GENDERS }, { kind: 'text', text: '①', alt: 'male' })).toEqual({ ok: true, value: 'male' });
  });

  it('uses the unit shown beside the field', () => {
    expect(normalizeValue({ kind: 'money' }, { kind: 'text', text: '21' }, { unit: 'wan' })).toEqual({ ok: true, value: 210000 });
  });
});

describe('award scopes: the guide takes national and Beijing municipal awards only (国家和本市)', () => {
  it('reads provincial and ministerial awards as "other", whatever else the label names', () => {
    for (const text of ['省级', '部级', '省部级', '省部级（含北京市）', '河北省省级科技进步奖', '部级奖励']) {
      expect(normalizeEnum(text, AWARD_SCOPES), text).toEqual({ ok: true, value: 'other' });
    }
  });

  it('still reads Beijing and national awards as theirs', () => {
    for (const [text, value] of [['北京市', 'municipal'], ['本市', 'municipal'], ['北京市级', 'municipal'], ['市级', 'municipal'], ['国家级', 'national'], ['全国', 'national']] as const) {
      expect(normalizeEnum(text, AWARD_SCOPES), text).toEqual({ ok: true, value });
    }
  });
});
