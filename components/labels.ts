// Names of the case's enum values, statuses, severities and schema errors as users read them.
// Every string comes from the locale catalogues; keys built at run time are checked by a test
// (test/unit/ui/labels.test.ts) to exist in both languages.
import {
  APPLICATION_TYPES,
  AWARD_SCOPES,
  BASES,
  COMPANION_RELATIONS,
  DEGREES,
  DISTRICTS,
  EDUCATION_LEVELS,
  HOUSING_KINDS,
  INFO_CHANGE_ITEMS,
  LANDLORD_KINDS,
  MARITAL_STATUSES,
  ORG_FORMS,
  OWNERSHIP_PROOFS,
  PERMIT_STATUSES,
  QUALIFICATION_KINDS,
  SERVICE_KINDS,
  TITLE_LEVELS,
  TITLE_OBTAINED_BY,
  VERIFICATIONS,
  type ApplicationType,
  type Case,
} from '../rules/schema';
import { subjectOf } from '../rules/application-types';
import { fieldLabel } from '../rules/fields';
import type { Lang, MaterialGroup, Severity } from '../rules/types';
import { t, type MessageKey } from '../utils/i18n';
import type { CaseStatus } from '../utils/store/types';

/** The enums of the case format, by the name their labels are kept under (`case.enum.<name>.<value>`). */
export const ENUMS = {
  district: DISTRICTS,
  orgForm: ORG_FORMS,
  qualificationKind: QUALIFICATION_KINDS,
  serviceKind: SERVICE_KINDS,
  gender: ['male', 'female'],
  educationLevel: EDUCATION_LEVELS,
  degree: DEGREES,
  verification: VERIFICATIONS,
  titleLevel: TITLE_LEVELS,
  obtainedBy: TITLE_OBTAINED_BY,
  awardScope: AWARD_SCOPES,
  basis: BASES,
  housingKind: HOUSING_KINDS,
  ownershipProof: OWNERSHIP_PROOFS,
  landlordKind: LANDLORD_KINDS,
  maritalStatus: MARITAL_STATUSES,
  relation: COMPANION_RELATIONS,
  permitStatus: PERMIT_STATUSES,
  infoChangeItem: INFO_CHANGE_ITEMS,
} as const satisfies Record<string, readonly string[]>;

export type EnumName = keyof typeof ENUMS;

export function enumKey(name: EnumName, value: string): MessageKey {
  return `case.enum.${name}.${value}` as MessageKey;
}

export function enumLabel(lang: Lang, name: EnumName, value: string): string {
  return t(lang, enumKey(name, value));
}

export function typeLabel(lang: Lang, type: ApplicationType): string {
  return t(lang, `type.${type}`);
}

/** Who a case is about, as a list shows it: the applicant or the employer, or 未命名 while not given. */
export function subjectLabel(lang: Lang, c: Pick<Case, 'type' | 'applicant' | 'employer'>): string {
  return subjectOf(c) || t(lang, 'dashboard.unnamed');
}

export const TYPE_OPTIONS: readonly ApplicationType[] = APPLICATION_TYPES;

export function statusLabel(lang: Lang, status: CaseStatus): string {
  return t(lang, `status.${status}`);
}

export function severityLabel(lang: Lang, severity: Severity): string {
  return t(lang, `severity.${severity}`);
}

export function materialGroupLabel(lang: Lang, group: MaterialGroup): string {
  return t(lang, `material.group.${group}`);
}

/** A path of the case (`applicant.birthDate`, `applicant.workHistory[1].from`) as a field name. */
export function pathLabel(lang: Lang, path: string): string {
  return fieldLabel(path, lang);
}

/** A field name standing alone (a label, a heading, the start of a sentence): capitalised in English. */
export function fieldName(lang: Lang, pathOrLabel: string, isLabel = false): string {
  const text = isLabel ? pathOrLabel : fieldLabel(pathOrLabel, lang);
  return lang === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/**
 * The `expected` text of a schema error (English, from rules/schema.ts and the store) in the
 * user's language; an unforeseen wording is shown as it is.
 */
export function describeExpected(lang: Lang, expected: string): string {
  if (lang === 'en') return expected;
  const oneOf = /^one of (.+)$/.exec(expected);
  if (oneOf) return t(lang, 'common.expected.oneOf', { values: oneOf[1]! });
  const atLeast = /^a (?:whole )?number >= (.+)$/.exec(expected);
  if (atLeast) return t(lang, 'common.expected.atLeast', { n: atLeast[1]! });
  const atMost = /^a number <= (.+)$/.exec(expected);
  if (atMost) return t(lang, 'common.expected.atMost', { n: atMost[1]! });
  const uniqueId = /^an id not used by cases\[(\d+)\]$/.exec(expected);
  if (uniqueId) return t(lang, 'common.expected.uniqueId', { record: Number(uniqueId[1]) + 1 });
  const material = /^a material id of the catalogue, got "(.*)"$/.exec(expected);
  if (material) return t(lang, 'common.expected.material', { id: material[1]! });
  const known: Record<string, MessageKey> = {
    'a real date YYYY-MM-DD': 'common.expected.date',
    'a real month YYYY-MM': 'common.expected.month',
    'a number': 'common.expected.number',
    'a whole number': 'common.expected.integer',
    'a string': 'common.expected.string',
    'a boolean': 'common.expected.boolean',
    'an object': 'common.expected.object',
    'an array': 'common.expected.array',
    'no such key in the case format': 'common.expected.noSuchKey',
    'a four-digit year as key': 'common.expected.yearKey',
    'a non-empty string': 'common.expected.nonEmpty',
    'an ISO timestamp': 'common.expected.timestamp',
    'an array of cases': 'common.expected.casesArray',
    'a case record object': 'common.expected.record',
    'a case object': 'common.expected.case',
  };
  const key = known[expected];
  return key ? t(lang, key) : expected;
}

/** `YYYY-MM-DD` as the user reads it: 2026年11月27日, or the ISO form in English. */
export function formatDate(lang: Lang, iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match || lang === 'en') return iso;
  return t(lang, 'common.dateFormat', { y: match[1]!, m: Number(match[2]), d: Number(match[3]) });
}
