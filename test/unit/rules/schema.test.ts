// @vitest-environment node
// The case schema accepts exactly the contract and names the path of anything else.
import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_ID, parseCase, validateAll } from '../../../rules/schema';
import { MATERIAL_IDS } from '../../../rules/materials';
import { loadExample } from '../../support/cases';

function errorOf(input: unknown) {
  const result = parseCase(input, MATERIAL_IDS);
  if (result.ok) throw new Error('expected a rejection');
  return result.error;
}

describe('case schema', () => {
  it('accepts the complete example and the smallest case', () => {
    expect(parseCase(loadExample('new-complete'), MATERIAL_IDS).ok).toBe(true);
    expect(parseCase({ schema: 'gongju-case/1', type: 'renewal' }).ok).toBe(true);
  });

  it.each([
    ['a missing schema', { type: 'new' }, 'schema'],
    ['a wrong schema version', { schema: 'gongju-case/2', type: 'new' }, 'schema'],
    ['an unknown type', { schema: 'gongju-case/1', type: 'transfer' }, 'type'],
    ['an unknown top-level key', { schema: 'gongju-case/1', type: 'new', extra: 1 }, 'extra'],
    ['an unknown nested key', { schema: 'gongju-case/1', type: 'new', applicant: { nickname: 'x' } }, 'applicant.nickname'],
    ['an impossible date', { schema: 'gongju-case/1', type: 'new', asOf: '2026-02-30' }, 'asOf'],
    ['a date in another format', { schema: 'gongju-case/1', type: 'new', acceptedOn: '2026/01/05' }, 'acceptedOn'],
    ['an impossible month', { schema: 'gongju-case/1', type: 'new', applicant: { monthlyIncome: [{ month: '2026-13', amount: 1 }] } }, 'applicant.monthlyIncome[0].month'],
    ['negative money', { schema: 'gongju-case/1', type: 'new', employer: { registeredCapital: -1 } }, 'employer.registeredCapital'],
    ['money as a string', { schema: 'gongju-case/1', type: 'new', employer: { registeredCapital: '100万' } }, 'employer.registeredCapital'],
    ['an unknown enum value', { schema: 'gongju-case/1', type: 'new', applicant: { housing: { kind: 'tent' } } }, 'applicant.housing.kind'],
    ['null where the format gives none', { schema: 'gongju-case/1', type: 'new', applicant: { birthDate: null } }, 'applicant.birthDate'],
    ['a year key that is not a year', { schema: 'gongju-case/1', type: 'new', employer: { taxPaid: { last: 1 } } }, 'employer.taxPaid.last'],
    ['an unknown material', { schema: 'gongju-case/1', type: 'new', attachments: [{ material: 'passport' }] }, 'attachments[0].material'],
    ['a second-row error', { schema: 'gongju-case/1', type: 'new', applicant: { workHistory: [{}, { from: '2020-02-31' }] } }, 'applicant.workHistory[1].from'],
    ['an array instead of an object', [], '(root)'],
  ])('rejects %s naming its path', (_name, input, path) => {
    const error = errorOf(input);
    expect(error.path).toBe(path);
    expect(error.expected.length).toBeGreaterThan(3);
  });

  it('says which values an enum takes', () => {
    expect(errorOf({ schema: 'gongju-case/1', type: 'x' }).expected).toContain('"renewal"');
  });

  it('accepts null where the format gives it a meaning', () => {
    const result = parseCase({
      schema: 'gongju-case/1',
      type: 'new',
      employer: { licenseValidUntil: null, serviceKind: null },
      applicant: { employment: { contractEndDate: null }, workHistory: [{ from: '2020-01-01', to: null }] },
    });
    expect(result.ok).toBe(true);
  });

  it('accepts 29 February only in leap years', () => {
    expect(parseCase({ schema: 'gongju-case/1', type: 'new', asOf: '2024-02-29' }).ok).toBe(true);
    expect(errorOf({ schema: 'gongju-case/1', type: 'new', asOf: '2026-02-29' }).path).toBe('asOf');
  });
});

describe('validateAll', () => {
  it("names every rejected value in the schema's order, each as parseCase names the first", () => {
    const input = {
      schema: CASE_SCHEMA_ID,
      type: 'new',
      asOf: '2026-02-30',
      employer: { registeredCapital: '100万', nickname: 'x' },
      applicant: { workHistory: [{ from: '2020-02-31', to: '2020-02-31' }], ip: { inventionPatents: -0.5 } },
    };
    const errors = validateAll(input, MATERIAL_IDS);
    expect(errors).toEqual([
      { path: 'asOf', expected: 'a real date YYYY-MM-DD' },
      { path: 'employer.registeredCapital', expected: 'a number' },
      { path: 'employer.nickname', expected: 'no such key in the case format' },
      { path: 'applicant.workHistory[0].from', expected: 'a real date YYYY-MM-DD' },
      { path: 'applicant.workHistory[0].to', expected: 'a real date YYYY-MM-DD' },
      { path: 'applicant.ip.inventionPatents', expected: 'a whole number' },
    ]);
    expect(errors[0]).toEqual((parseCase(input, MATERIAL_IDS) as { error: unknown }).error);
  });

  it('checks the material ids once the rest is valid, and is empty for a case', () => {
    expect(validateAll({ schema: CASE_SCHEMA_ID, type: 'new', attachments: [{ material: 'passport' }] }, MATERIAL_IDS)).toEqual([
      { path: 'attachments[0].material', expected: 'a material id of the catalogue, got "passport"' },
    ]);
    expect(validateAll(loadExample('new-complete'), MATERIAL_IDS)).toEqual([]);
  });
});
