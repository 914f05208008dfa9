// @vitest-environment node
// The shared checks rules are built from (rules/checks/) and the per-check memo they share.
import { describe, expect, it } from 'vitest';
import { requireAll, unfilled } from '../../../rules/checks/required';
import { allOf, anyOf, HOLDS, known, outcomeOf, someEntry, unknownOf } from '../../../rules/checks/verdict';
import { checkMemo } from '../../../rules/types';
import { caseWith } from '../../support/cases';
import { findingOf, run } from '../../support/check';

describe('required inputs', () => {
  it('names the unfilled paths in the order given; null and false are filled in', () => {
    expect(unfilled({ 'a.b': undefined, 'a.c': null, 'a.d': false, 'a.e': undefined, 'a.f': 0 })).toEqual(['a.b', 'a.e']);
  });

  it('is incomplete naming them, or null when all are filled in', () => {
    expect(requireAll({ 'a.b': 1, 'a.c': undefined }, { subject: 's' })).toEqual({ status: 'incomplete', fields: ['a.c'], subject: 's' });
    expect(requireAll({ 'a.b': 1, 'a.c': '' })).toBeNull();
  });
});

describe('three-valued verdicts', () => {
  const fails = (path: string) => known(false, { zh: `${path}不符`, en: `${path} falls short` }, path);

  it('AND: a known failure decides over unknown parts, and names every failing part', () => {
    expect(allOf([HOLDS, unknownOf('x'), fails('y'), fails('z')])).toMatchObject({ holds: false, failFields: ['y', 'z'], unknown: [] });
    expect(allOf([HOLDS, unknownOf('x'), unknownOf('w')])).toMatchObject({ holds: undefined, unknown: ['x', 'w'] });
    expect(allOf([HOLDS, HOLDS]).holds).toBe(true);
  });

  it('OR: one holding part decides over unknown ones; it fails only when every part is known', () => {
    const shortfall = { zh: '都不符', en: 'none holds' };
    expect(anyOf([fails('y'), unknownOf('x'), HOLDS], shortfall).holds).toBe(true);
    expect(anyOf([fails('y'), unknownOf('x')], shortfall)).toMatchObject({ holds: undefined, unknown: ['x'] });
    expect(anyOf([fails('y'), fails('z')], shortfall)).toMatchObject({ holds: false, shortfalls: [shortfall], failFields: ['y', 'z'] });
  });

  it('some entry: an entry without the value keeps it open unless another qualifies', () => {
    const none = { zh: '无', en: 'none' };
    const entries = [{ level: 1 }, { level: undefined }, { level: 3 }];
    expect(someEntry(entries, 'list', 'level', (l) => l >= 3, none).holds).toBe(true);
    expect(someEntry(entries.slice(0, 2), 'list', 'level', (l) => l >= 3, none)).toMatchObject({ holds: undefined, unknown: ['list[1].level'] });
    expect(someEntry([{ level: 1 }], 'list', 'level', (l) => l >= 3, none)).toMatchObject({ holds: false, failFields: ['list'] });
    expect(someEntry(undefined, 'list', 'level', () => true, none)).toMatchObject({ holds: undefined, unknown: ['list'] });
  });

  it('as an outcome: pass, incomplete with what decides it, or fail with the shortfalls', () => {
    expect(outcomeOf(HOLDS)).toEqual({ status: 'pass' });
    expect(outcomeOf(unknownOf('x'))).toEqual({ status: 'incomplete', fields: ['x'] });
    expect(outcomeOf(allOf([fails('y'), fails('z')]), { params: { basis: 'b' }, message: 'chosen', fields: ['choice'] })).toEqual({
      status: 'fail',
      params: { basis: 'b', shortfall: { zh: 'y不符；z不符', en: 'y falls short; z falls short' } },
      message: 'chosen',
      fields: ['choice', 'y', 'z'],
    });
  });
});

describe('the per-check memo', () => {
  it('computes a key once and keeps keys apart', () => {
    const memo = checkMemo();
    let computed = 0;
    const value = () => memo('k', () => ++computed);
    expect([value(), value()]).toEqual([1, 1]);
    expect(memo('other', () => 'x')).toBe('x');
    expect(checkMemo()('k', () => 'fresh')).toBe('fresh');
  });

  it('keeps nothing from one check to the next, whatever their order', () => {
    // The ID number and the basis verdicts are memoised per check: a second case must be read afresh.
    const wrongId = caseWith('new-complete', { applicant: { idNumber: '110105199003071230' } });
    const rightId = caseWith('new-complete');
    const noDegree = caseWith('new-complete', { applicant: { education: [{ level: 'college', degree: 'none' }] } });
    for (const [first, second] of [[wrongId, rightId], [rightId, wrongId]] as const) {
      run(first);
      expect(findingOf(run(second), 'applicant.id-number') === undefined).toBe(second === rightId);
    }
    run(noDegree);
    expect(findingOf(run(rightId), 'basis.degree')).toBeUndefined();
    run(rightId);
    expect(findingOf(run(noDegree), 'basis.degree')).toMatchObject({ severity: 'info' });
  });
});
