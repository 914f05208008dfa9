// @vitest-environment node
// Property tests: the schema and engine take any JSON value without throwing, deterministically,
// and speak only of ids the catalogue knows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCase } from '../../../rules/engine';
import { ALL_RULE_IDS } from '../../../rules/catalogue';
import { MATERIAL_IDS } from '../../../rules/materials';
import { APPLICATION_TYPES, HOUSING_KINDS, BASES, MARITAL_STATUSES } from '../../../rules/schema';
import { getAt, removeAt, type PathSegment } from '../../../rules/paths';
import { loadExample } from '../../support/cases';

const isoDate = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const isoMonth = isoDate.map((d) => d.slice(0, 7));
const money = fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 3_000_000 }), fc.double({ min: 0, max: 1e7, noNaN: true }));
const name = fc.constantFrom('北京石景智联科技有限公司', '北京石景智联科技有限公司 ', '北京石景智联科技（北京）有限公司', '某公司', '');

/** Cases that pass the schema (or nearly), so the rules themselves are exercised. */
const caseLike = fc.record(
  {
    schema: fc.constant('gongju-case/1'),
    type: fc.constantFrom(...APPLICATION_TYPES),
    asOf: isoDate,
    employer: fc.record(
      {
        name,
        registrationDate: isoDate,
        registeredCapital: money,
        taxPaid: fc.dictionary(fc.constantFrom('2022', '2023', '2024', '2025', '2026'), money),
        goodStanding: fc.boolean(),
        licenseValidUntil: fc.option(isoDate, { nil: null }),
        specialApproval: fc.boolean(),
        qualifications: fc.array(fc.record({ kind: fc.constantFrom('high-tech-enterprise', 'other', 'innovative-hq'), validUntil: isoDate }, { requiredKeys: [] }), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
    applicant: fc.record(
      {
        idNumber: fc.constantFrom('110105199003071239', '11010519491231002x', '123', '110107201503010021'),
        gender: fc.constantFrom('male', 'female'),
        birthDate: isoDate,
        workHistory: fc.array(fc.record({ employer: name, from: isoDate, to: fc.option(isoDate, { nil: null }) }, { requiredKeys: [] }), { maxLength: 4 }),
        employment: fc.record({ startDate: isoDate, contractEndDate: fc.option(isoDate, { nil: null }), contractEmployer: name, incomeTaxEmployer: name }, { requiredKeys: [] }),
        monthlyIncome: fc.array(fc.record({ month: isoMonth, amount: money }, { requiredKeys: [] }), { maxLength: 40 }),
        annualIncome: fc.dictionary(fc.constantFrom('2022', '2023', '2024', '2025'), money),
        education: fc.array(fc.record({ degree: fc.constantFrom('none', 'bachelor', 'master'), verification: fc.constantFrom('valid', 'invalid', 'unknown') }, { requiredKeys: [] }), { maxLength: 2 }),
        basis: fc.constantFrom(...BASES),
        housing: fc.record({ kind: fc.constantFrom(...HOUSING_KINDS), leaseEnd: isoDate, landlordKind: fc.constantFrom('company', 'private-home', 'rural-homestead'), landlordHasCertificate: fc.boolean() }, { requiredKeys: [] }),
        maritalStatus: fc.constantFrom(...MARITAL_STATUSES),
        companions: fc.array(fc.record({ relation: fc.constantFrom('child', 'spouse'), birthDate: isoDate, custodyWithApplicant: fc.boolean(), idNumber: fc.constantFrom('110107201503010021', '110107201503010022') }, { requiredKeys: [] }), { maxLength: 3 }),
      },
      { requiredKeys: [] },
    ),
    permit: fc.record({ employer: name, validUntil: isoDate, status: fc.constantFrom('valid', 'suspended', 'expired') }, { requiredKeys: [] }),
    employerChange: fc.record({ previousEmployer: name, separationDate: isoDate }, { requiredKeys: [] }),
    infoChange: fc.record({ items: fc.uniqueArray(fc.constantFrom('companions', 'residence', 'hukou', 'education', 'title', 'other')) }),
    attachments: fc.array(fc.record({ material: fc.constantFrom(...MATERIAL_IDS) }), { maxLength: 6 }),
    acceptedOn: isoDate,
  },
  { requiredKeys: ['schema', 'type'] },
);

function assertWellFormed(input: unknown) {
  const first = checkCase(input, { today: '2026-11-27' });
  const second = checkCase(structuredClone(input), { today: '2026-11-27' });
  expect(second).toEqual(first);
  if (!first.ok) {
    expect(first.error.path).toBeTruthy();
    return;
  }
  for (const finding of first.output.findings) {
    expect(ALL_RULE_IDS).toContain(finding.rule);
    expect(['error', 'warning', 'info']).toContain(finding.severity);
    expect(finding.message.length).toBeGreaterThan(0);
    expect(finding.message).not.toMatch(/\{\w+\}|undefined|NaN/);
    if (finding.incomplete) expect(finding.severity).not.toBe('error');
    if (finding.material) expect(MATERIAL_IDS.has(finding.material)).toBe(true);
  }
  for (const entry of first.output.materials) expect(MATERIAL_IDS.has(entry.material)).toBe(true);
}

describe('engine properties', { timeout: 60_000 }, () => {
  it('any JSON value: never throws, deterministic', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => assertWellFormed(value)), { numRuns: 1000 });
  });

  it('case-like values: never throws, deterministic, only catalogue ids', () => {
    fc.assert(fc.property(caseLike, (value) => assertWellFormed(value)), { numRuns: 500 });
  });

  it('a complete case with any one key deleted anywhere never throws', () => {
    const base = loadExample('new-complete');
    const paths: PathSegment[][] = [];
    const walk = (value: unknown, path: PathSegment[]) => {
      if (value && typeof value === 'object') {
        for (const [key, child] of Object.entries(value)) {
          const segment = Array.isArray(value) ? Number(key) : key;
          paths.push([...path, segment]);
          walk(child, [...path, segment]);
        }
      }
    };
    walk(base, []);
    for (const path of paths) {
      const copy = structuredClone(base);
      expect(removeAt(copy, path), String(path)).toBe(true);
      expect(getAt(copy, path.slice(0, -1))).toBeDefined();
      assertWellFormed(copy);
    }
  });

  it('messages come in the requested language', () => {
    const result = checkCase({ schema: 'gongju-case/1', type: 'new' }, { lang: 'en', today: '2026-11-27' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.output.findings.length).toBeGreaterThan(5);
    for (const f of result.output.findings) expect(f.message).not.toMatch(/[\u4e00-\u9fff]{3}/);
  });
});
