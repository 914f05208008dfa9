// @vitest-environment node
// Change of supervising district (rules.md, Type rules; guide 七(六)): an employer that moved in
// from Haidian, registered in Shijingshan.
import { describe, expect, it } from 'vitest';
import { caseWith, type CasePatch } from '../../support/cases';
import { findingOf, run } from '../../support/check';

const moved = (...patches: CasePatch[]) => caseWith('department-change-complete', ...patches);

describe('department-change.district', () => {
  it('passes for an employer that moved in from Haidian', () => {
    expect(findingOf(run(moved()), 'department-change.district')).toBeUndefined();
  });

  it('fails when the previous district is the new one, naming it in both languages', () => {
    const c = moved({ employer: { previousDistrict: 'shijingshan' } });
    const f = findingOf(run(c), 'department-change.district');
    expect(f).toMatchObject({ severity: 'error', fields: ['employer.previousDistrict', 'employer.registeredDistrict'] });
    expect(f!.message).toContain('石景山区');
    expect(findingOf(run(c, { lang: 'en' }), 'department-change.district')!.message).toContain('Shijingshan');
  });

  it('is incomplete without the previous district', () => {
    expect(findingOf(run(moved({ employer: { previousDistrict: undefined } })), 'department-change.district')).toMatchObject({
      severity: 'info',
      incomplete: true,
      fields: ['employer.previousDistrict'],
    });
  });
});
