// The registry: every rule of the ruleset, in the order findings are reported.
import { EMPLOYER_RULES } from './groups/employer';
import { APPLICANT_IDENTITY_RULES } from './groups/applicant-identity';
import { APPLICANT_EMPLOYMENT_RULES } from './groups/applicant-employment';
import { APPLICANT_INCOME_RULES } from './groups/applicant-income';
import { APPLICANT_HOUSEHOLD_RULES } from './groups/applicant-household';
import { BASIS_RULES } from './groups/bases';
import { RENEWAL_RULES } from './groups/renewal';
import { EMPLOYER_CHANGE_RULES } from './groups/employer-change';
import { INFO_CHANGE_RULES } from './groups/info-change';
import { DEPARTMENT_CHANGE_RULES } from './groups/department-change';
import { PRACTICE_RULES } from './groups/practice';
import { META_RULE_LIST } from './groups/process';
import type { MetaRuleDef, RuleDef } from './types';

/**
 * The rule groups in report order, each named after its file under rules/groups/ (applicant is
 * split by theme into groups/applicant-*.ts) and tested in test/unit/rules/<name>.test.ts.
 */
export const RULE_GROUPS: Readonly<Record<string, readonly RuleDef[]>> = {
  employer: EMPLOYER_RULES,
  applicant: [...APPLICANT_IDENTITY_RULES, ...APPLICANT_EMPLOYMENT_RULES, ...APPLICANT_INCOME_RULES, ...APPLICANT_HOUSEHOLD_RULES],
  bases: BASIS_RULES,
  renewal: RENEWAL_RULES,
  'employer-change': EMPLOYER_CHANGE_RULES,
  'info-change': INFO_CHANGE_RULES,
  'department-change': DEPARTMENT_CHANGE_RULES,
  practice: PRACTICE_RULES,
};

export const RULES: readonly RuleDef[] = Object.values(RULE_GROUPS).flat();

export const META_RULES: Readonly<Record<string, MetaRuleDef>> = Object.fromEntries(
  META_RULE_LIST.map((rule) => [rule.id, rule]),
);

/** Every rule id with its data, for the UI and the meta-test. */
export const ALL_RULE_IDS: readonly string[] = [...RULES.map((r) => r.id), ...META_RULE_LIST.map((r) => r.id)];

export function ruleById(id: string): RuleDef | MetaRuleDef | undefined {
  return RULES.find((r) => r.id === id) ?? META_RULES[id];
}
