// A column mapping chosen by hand is remembered for the same set of column names, and only for it.
import { beforeEach, describe, expect, it } from 'vitest';
import { recallMapping, rememberMapping, withColumnField } from '../../../utils/roster/mappings';

beforeEach(() => localStorage.clear());

describe('remembered roster mappings', () => {
  const columns = ['员工', '证件', '到期', '备注'];

  it('recalls the choice for the same columns in another order and spacing, not for other columns', () => {
    expect(recallMapping(localStorage, columns)).toBeNull();
    rememberMapping(localStorage, columns, ['applicant.name', 'applicant.idNumber', 'permit.validUntil', null]);
    expect(recallMapping(localStorage, ['备注', '到期 ', '员工', '证件'])).toEqual([null, 'permit.validUntil', 'applicant.name', 'applicant.idNumber']);
    expect(recallMapping(localStorage, ['员工', '证件', '到期'])).toBeNull();
  });

  it('ignores a stored value that is not a mapping, and fields it does not know', () => {
    rememberMapping(localStorage, columns, ['applicant.name', null, null, null]);
    const key = Object.keys(localStorage).find((k) => k.startsWith('gongju.roster-mapping:'))!;
    localStorage.setItem(key, JSON.stringify({ 员工: 'applicant.salary', 证件: 'applicant.idNumber' }));
    expect(recallMapping(localStorage, columns)).toEqual([null, 'applicant.idNumber', null, null]);
    localStorage.setItem(key, '{not json');
    expect(recallMapping(localStorage, columns)).toBeNull();
  });

  it('gives a field to one column only: choosing it for another takes it from the first', () => {
    expect(withColumnField(['applicant.name', null, 'permit.validUntil'], 1, 'applicant.name')).toEqual([null, 'applicant.name', 'permit.validUntil']);
    expect(withColumnField(['applicant.name', null], 0, null)).toEqual([null, null]);
  });
});
