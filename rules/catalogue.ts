// The registry: every rule of the ruleset, in the order findings are reported.
import { EMPLOYER_RULES } from './groups/employer';
import { APPLICANT_RULES } from './groups/applicant';
import { BASIS_RULES } from './groups/bases';
import { RENEWAL_RULES } from './groups/renewal';
import { EMPLOYER_CHANGE_RULES } from './groups/employer-change';
import { INFO_CHANGE_RULES } from './groups/info-change';
import { DEPARTMENT_CHANGE_RULES } from './groups/department-change';
import { PRACTICE_RULES } from './groups/practice';
import { META_RULE_LIST } from './groups/process';
import type { MetaRuleDef, RuleDef } from './types';

export const RULES: readonly RuleDef[] = [
  ...EMPLOYER_RULES,
  ...APPLICANT_RULES,
  ...BASIS_RULES,
  ...RENEWAL_RULES,
  ...EMPLOYER_CHANGE_RULES,
  ...INFO_CHANGE_RULES,
  ...DEPARTMENT_CHANGE_RULES,
  ...PRACTICE_RULES,
];

export const META_RULES: Readonly<Record<string, MetaRuleDef>> = Object.fromEntries(
  META_RULE_LIST.map((rule) => [rule.id, rule]),
);

/** Every rule id with its data, for the UI and the meta-test. */
export const ALL_RULE_IDS: readonly string[] = [...RULES.map((r) => r.id), ...META_RULE_LIST.map((r) => r.id)];

export function ruleById(id: string): RuleDef | MetaRuleDef | undefined {
  return RULES.find((r) => r.id === id) ?? META_RULES[id];
}
