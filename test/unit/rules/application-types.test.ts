// @vitest-environment node
// The traits of the application types (rules/application-types.ts), which every part asks instead
// of keeping its own list of type names.
import { describe, expect, it } from 'vitest';
import { EMPLOYER_LEVEL_TYPES, hasPermit, isEmployerLevel, isPlanned, PERSON_TYPES, subjectNumberOf, subjectOf, TYPE_TRAITS } from '../../../rules/application-types';
import { APPLICATION_TYPES } from '../../../rules/schema';
import { loadExample } from '../../support/cases';
import { run } from '../../support/check';

describe('type traits', () => {
  it('cover every application type, and only those', () => {
    expect(Object.keys(TYPE_TRAITS).sort()).toEqual([...APPLICATION_TYPES].sort());
  });

  it('split the types into the person\'s and the employer\'s', () => {
    expect(EMPLOYER_LEVEL_TYPES).toEqual(['department-change', 'employer-registration']);
    expect(PERSON_TYPES).toEqual(['new', 'renewal', 'employer-change', 'info-change']);
  });

  it('give a last safe day to exactly the types with a permit', () => {
    for (const name of ['new-complete', 'renewal-complete', 'employer-change-complete', 'info-change-complete', 'department-change-complete'] as const) {
      const c = { ...loadExample(name), permit: { validUntil: '2028-06-30' } };
      expect(run(c).dates.lastSafeSubmission !== null, name).toBe(hasPermit(c.type));
    }
  });

  it('give the planner\'s dates to exactly the planned types (new, employer-registration)', () => {
    for (const name of ['new-complete', 'renewal-complete', 'employer-change-complete', 'info-change-complete', 'department-change-complete', 'employer-registration-complete'] as const) {
      const c = loadExample(name);
      expect(run(c).dates.earliestEligible !== null, name).toBe(isPlanned(c.type));
    }
    expect(APPLICATION_TYPES.filter(isPlanned)).toEqual(['new', 'employer-registration']);
  });

  it('answer no for a value that is no application type', () => {
    for (const value of ['', 'constructor', 'toString', undefined, 42]) {
      expect(isEmployerLevel(value)).toBe(false);
      expect(hasPermit(value)).toBe(false);
      expect(isPlanned(value)).toBe(false);
    }
  });
});

describe('subjectOf and subjectNumberOf', () => {
  it('name the applicant of a person\'s case and the employer of an employer-level one', () => {
    const person = loadExample('new-complete');
    expect(subjectOf(person)).toBe(person.applicant!.name);
    expect(subjectNumberOf(person)).toBe(person.applicant!.idNumber);
    const employer = loadExample('employer-registration-complete');
    expect(subjectOf(employer)).toBe(employer.employer!.name);
    expect(subjectNumberOf(employer)).toBe(employer.employer!.creditCode);
  });

  it('are empty while the subject is not given', () => {
    expect(subjectOf({ type: 'renewal', employer: { name: '北京某某有限公司' } })).toBe('');
    expect(subjectNumberOf({ type: 'department-change', applicant: { idNumber: '110105199003071239' } })).toBeUndefined();
  });
});
