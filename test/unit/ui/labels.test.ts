import { describe, expect, it } from 'vitest';
import { APPLICATION_TYPES, parseCase } from '../../../rules/schema';
import { MATERIAL_IDS } from '../../../rules/materials';
import { checkDraft } from '../../../components/caseDraft';
import { describeExpected, ENUMS, enumKey, materialGroupLabel, statusLabel, typeLabel } from '../../../components/labels';
import { CATALOGS } from '../../../utils/i18n';
import { CASE_STATUSES } from '../../../utils/store/types';

describe('labels', () => {
  it('names every value of every enum of the case format in both languages', () => {
    for (const [name, values] of Object.entries(ENUMS)) {
      for (const value of values) {
        const key = enumKey(name as keyof typeof ENUMS, value);
        expect(CATALOGS.zh[key], key).toBeTruthy();
        expect(CATALOGS.en[key], key).toBeTruthy();
      }
    }
    for (const type of APPLICATION_TYPES) expect(typeLabel('en', type)).not.toBe(typeLabel('zh', type));
    for (const status of CASE_STATUSES) expect(statusLabel('en', status)).not.toBe(statusLabel('zh', status));
    for (const group of ['unit', 'common', 'housing', 'companions', 'basis', 'income', 'change'] as const) {
      expect(materialGroupLabel('zh', group)).not.toBe(`material.group.${group}`);
    }
  });

  it("says in Chinese what the schema's own errors expect", () => {
    const base = { schema: 'gongju-case/1', type: 'new' };
    const wrongs: unknown[] = [
      { ...base, applicant: { birthDate: '1990-02-30' } },
      { ...base, applicant: { monthlyIncome: [{ month: '2026-13' }] } },
      { ...base, employer: { registeredCapital: 'many' } },
      { ...base, employer: { registeredCapital: -1 } },
      { ...base, applicant: { ip: { inventionPatents: 1.5 } } },
      { ...base, applicant: { gender: 'x' } },
      { ...base, applicant: { nickname: 'x' } },
      { ...base, employer: { taxPaid: { later: 1 } } },
      { ...base, applicant: { equity: { sharePercent: 101 } } },
      { ...base, attachments: [{ material: 'nope' }] },
    ];
    for (const wrong of wrongs) {
      const parsed = parseCase(wrong, MATERIAL_IDS);
      expect(parsed.ok).toBe(false);
      if (parsed.ok) continue;
      const zh = describeExpected('zh', parsed.error.expected);
      // A wording this map does not know comes back as the English text itself.
      expect(zh, parsed.error.expected).not.toBe(parsed.error.expected);
      expect(describeExpected('en', parsed.error.expected)).toBe(parsed.error.expected);
    }
  });

  it('words every issue of a draft as the schema words its first', () => {
    const draft = { schema: 'gongju-case/1', type: 'new', applicant: { birthDate: '1990-02-30', gender: 'x' }, employer: { registeredCapital: 'many' } };
    const { errors, valid, output } = checkDraft(draft, { today: '2026-11-27' });
    expect(valid).toBeNull();
    expect(errors.map((e) => e.path).sort()).toEqual(['applicant.birthDate', 'applicant.gender', 'employer.registeredCapital']);
    for (const error of errors) {
      const alone = parseCase({ schema: 'gongju-case/1', type: 'new', ...pick(draft, error.path) });
      expect(alone.ok).toBe(false);
      if (!alone.ok) expect(error).toEqual(alone.error);
    }
    // The rest of the draft is still checked.
    expect(output?.type).toBe('new');
  });
});

/** The draft with only the value at `path` (two levels deep here). */
function pick(draft: Record<string, unknown>, path: string): Record<string, unknown> {
  const [top, key] = path.split('.') as [string, string];
  return { [top]: { [key]: (draft[top] as Record<string, unknown>)[key] } };
}
