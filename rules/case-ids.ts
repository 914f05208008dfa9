// The names of the case format (../shared/spec/case-format.md) that code outside the engine
// needs without the schema itself, such as the portal reader, which knows nothing of the rules.
// rules/schema.ts builds the schema on them and exports them with it.

export const CASE_SCHEMA_ID = 'gongju-case/1';

export const APPLICATION_TYPES = [
  'new',
  'renewal',
  'employer-change',
  'info-change',
  'department-change',
  'employer-registration',
] as const;
export type ApplicationType = (typeof APPLICATION_TYPES)[number];
