// The case format of ../shared/spec/case-format.md (contract, version 1): the single definition.
import * as z from 'zod/mini';
import { compileValidator } from './compiled-validator';
import { isRealDate, isRealMonth } from './dates';
import { formatPath } from './paths';
import { APPLICATION_TYPES, CASE_SCHEMA_ID, type ApplicationType } from './case-ids';

export { APPLICATION_TYPES, CASE_SCHEMA_ID, type ApplicationType };

export const DISTRICTS = [
  'dongcheng', 'xicheng', 'chaoyang', 'haidian', 'fengtai', 'shijingshan', 'mentougou', 'fangshan',
  'tongzhou', 'shunyi', 'changping', 'daxing', 'huairou', 'pinggu', 'miyun', 'yanqing', 'yizhuang',
] as const;
export type District = (typeof DISTRICTS)[number];
export type QualificationKind = (typeof QUALIFICATION_KINDS)[number];

export const ORG_FORMS = [
  'enterprise', 'public-institution', 'private-non-enterprise', 'social-organization', 'foreign-branch',
  'non-beijing-branch', 'other-branch', 'individual-business', 'other',
] as const;
export const QUALIFICATION_KINDS = [
  'high-tech-enterprise', 'software-enterprise', 'environmental-enterprise', 'new-rd-institution',
  'innovative-hq', 'other',
] as const;
export const SERVICE_KINDS = [
  'law-firm', 'accounting-firm', 'audit-firm', 'tax-agent-firm', 'hr-service', 'financial-institution',
] as const;
export const EDUCATION_LEVELS = ['below-college', 'college', 'bachelor', 'master', 'doctor'] as const;
export const DEGREES = ['none', 'bachelor', 'master', 'doctor'] as const;
export const VERIFICATIONS = ['valid', 'invalid', 'unknown'] as const;
export const TITLE_LEVELS = ['junior', 'intermediate', 'deputy-senior', 'senior'] as const;
export const TITLE_OBTAINED_BY = ['exam', 'review', 'other'] as const;
export const AWARD_SCOPES = ['national', 'municipal', 'other'] as const;
export const BASES = [
  'degree', 'title', 'award', 'innovation-entity', 'innovation-service', 'ip', 'equity-investment',
  'equity-tax', 'freelance', 'special',
] as const;
export type Basis = (typeof BASES)[number];
export const HOUSING_KINDS = [
  'residence-permit', 'owned', 'owned-by-spouse', 'rented', 'unit-housing', 'relative-housing',
] as const;
export const OWNERSHIP_PROOFS = ['certificate', 'purchase-contract'] as const;
export const LANDLORD_KINDS = ['company', 'private-home', 'rural-homestead'] as const;
export const MARITAL_STATUSES = ['single', 'married', 'divorced', 'widowed'] as const;
export const COMPANION_RELATIONS = ['child', 'spouse'] as const;
export const PERMIT_STATUSES = ['valid', 'suspended', 'expired'] as const;
export const INFO_CHANGE_ITEMS = ['companions', 'residence', 'hukou', 'education', 'title', 'other'] as const;

const date = z.string().check(z.refine(isRealDate, { message: 'date' }));
const month = z.string().check(z.refine(isRealMonth, { message: 'month' }));
const money = z.number().check(z.gte(0));
const count = z.int().check(z.gte(0));
const rank = z.int().check(z.gte(1));
const yearKey = z.string().check(z.regex(/^(19|20|21)\d\d$/));
const byYear = z.record(yearKey, money);
const text = z.string();
const opt = z.optional;

const employer = z.strictObject({
  name: opt(text),
  creditCode: opt(text),
  orgForm: opt(z.enum(ORG_FORMS)),
  registeredDistrict: opt(z.enum(DISTRICTS)),
  previousDistrict: opt(z.enum(DISTRICTS)),
  registrationDate: opt(date),
  registeredCapital: opt(money),
  taxPaid: opt(byYear),
  goodStanding: opt(z.boolean()),
  fitsIndustryPolicy: opt(z.boolean()),
  hasPermission: opt(z.boolean()),
  specialApproval: opt(z.boolean()),
  licenseValidUntil: opt(z.nullable(date)),
  qualifications: opt(
    z.array(z.strictObject({ kind: opt(z.enum(QUALIFICATION_KINDS)), validUntil: opt(date) })),
  ),
  serviceKind: opt(z.nullable(z.enum(SERVICE_KINDS))),
});

const employment = z.strictObject({
  startDate: opt(date),
  contractEndDate: opt(z.nullable(date)),
  contractEmployer: opt(text),
  socialInsuranceEmployer: opt(text),
  incomeTaxEmployer: opt(text),
});

const housing = z.strictObject({
  kind: opt(z.enum(HOUSING_KINDS)),
  // The contract's own example writes null here: read as "not given".
  residencePermitValidUntil: opt(z.nullable(date)),
  ownershipProof: opt(z.enum(OWNERSHIP_PROOFS)),
  landlordKind: opt(z.enum(LANDLORD_KINDS)),
  landlordHasCertificate: opt(z.boolean()),
  leaseEnd: opt(date),
  unitOwnsProperty: opt(z.boolean()),
});

const applicant = z.strictObject({
  name: opt(text),
  idNumber: opt(text),
  gender: opt(z.enum(['male', 'female'])),
  birthDate: opt(date),
  hukouLocation: opt(text),
  workHistory: opt(
    z.array(z.strictObject({ employer: opt(text), from: opt(date), to: opt(z.nullable(date)) })),
  ),
  employment: opt(employment),
  monthlyIncome: opt(z.array(z.strictObject({ month: opt(month), amount: opt(money) }))),
  annualIncome: opt(byYear),
  education: opt(
    z.array(
      z.strictObject({
        level: opt(z.enum(EDUCATION_LEVELS)),
        degree: opt(z.enum(DEGREES)),
        school: opt(text),
        graduationDate: opt(date),
        verification: opt(z.enum(VERIFICATIONS)),
      }),
    ),
  ),
  titles: opt(
    z.array(
      z.strictObject({
        name: opt(text),
        level: opt(z.enum(TITLE_LEVELS)),
        obtainedBy: opt(z.enum(TITLE_OBTAINED_BY)),
      }),
    ),
  ),
  awards: opt(z.array(z.strictObject({ name: opt(text), scope: opt(z.enum(AWARD_SCOPES)) }))),
  ip: opt(
    z.strictObject({
      inventionPatents: opt(count),
      otherPatents: opt(count),
      softwareCopyrights: opt(count),
      bestAuthorRank: opt(rank),
      commercializedInBeijing: opt(z.boolean()),
    }),
  ),
  equity: opt(
    z.strictObject({
      sharePercent: opt(z.number().check(z.gte(0), z.lte(100))),
      // The contract's own example writes null here: read as "not given".
      naturalPersonRank: opt(z.nullable(rank)),
      selfInvestment3y: opt(money),
      equityFinancing: opt(money),
      avgAnnualCompanyTax3y: opt(money),
    }),
  ),
  freelance: opt(
    z.strictObject({
      isFreelancer: opt(z.boolean()),
      annualTaxPaid: opt(byYear),
      notableContribution: opt(z.boolean()),
    }),
  ),
  specialApproval: opt(z.boolean()),
  basis: opt(z.enum(BASES)),
  housing: opt(housing),
  maritalStatus: opt(z.enum(MARITAL_STATUSES)),
  companions: opt(
    z.array(
      z.strictObject({
        relation: opt(z.enum(COMPANION_RELATIONS)),
        name: opt(text),
        idNumber: opt(text),
        birthDate: opt(date),
        custodyWithApplicant: opt(z.boolean()),
      }),
    ),
  ),
});

export const caseSchema = z.strictObject({
  schema: z.literal(CASE_SCHEMA_ID),
  type: z.enum(APPLICATION_TYPES),
  district: opt(z.enum(DISTRICTS)),
  asOf: opt(date),
  employer: opt(employer),
  applicant: opt(applicant),
  permit: opt(
    z.strictObject({
      number: opt(text),
      employer: opt(text),
      validUntil: opt(date),
      status: opt(z.enum(PERMIT_STATUSES)),
    }),
  ),
  employerChange: opt(z.strictObject({ previousEmployer: opt(text), separationDate: opt(date) })),
  infoChange: opt(z.strictObject({ items: opt(z.array(z.enum(INFO_CHANGE_ITEMS))) })),
  attachments: opt(z.array(z.strictObject({ material: z.string(), fileName: opt(text) }))),
  acceptedOn: opt(date),
});

export type Case = z.infer<typeof caseSchema>;
export type Employer = NonNullable<Case['employer']>;
export type Applicant = NonNullable<Case['applicant']>;

export interface CaseError {
  /** JSON path of the offending value, e.g. `applicant.workHistory[1].from`. */
  path: string;
  /** What was expected there, in English (the `check` command's stderr line). */
  expected: string;
}

export type ParseResult = { ok: true; case: Case } | { ok: false; error: CaseError };

const isValidCase = compileValidator(caseSchema);

/**
 * Parses a case; attachment material ids are checked against `materialIds` when given. A case as
 * JSON gives it is returned itself, not copied.
 */
export function parseCase(input: unknown, materialIds?: ReadonlySet<string>): ParseResult {
  let parsed: Case;
  if (isValidCase(input)) parsed = input as Case;
  else {
    // zod's own parse names the first issue.
    const result = caseSchema.safeParse(input);
    if (!result.success) return { ok: false, error: describeIssue(result.error.issues[0]) };
    parsed = result.data;
  }
  const error = materialIds && unknownMaterial(parsed, materialIds);
  return error ? { ok: false, error } : { ok: true, case: parsed };
}

/** The first attachment whose material id the catalogue does not know (the schema takes any string). */
function unknownMaterial(c: Case, materialIds: ReadonlySet<string>): CaseError | null {
  const attachments = c.attachments ?? [];
  for (let i = 0; i < attachments.length; i++) {
    const material = attachments[i]!.material;
    if (!materialIds.has(material)) {
      return { path: `attachments[${i}].material`, expected: `a material id of the catalogue, got "${clip(material)}"` };
    }
  }
  return null;
}

/**
 * Every value of `input` the case format rejects, one per path in document order (parseCase
 * names only the first): the editor lists them all and keeps what was typed.
 */
export function validateAll(input: unknown, materialIds?: ReadonlySet<string>): CaseError[] {
  const result = caseSchema.safeParse(input);
  if (result.success) {
    const error = materialIds && unknownMaterial(result.data, materialIds);
    return error ? [error] : [];
  }
  const errors: CaseError[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const error = describeIssue(issue);
    if (seen.has(error.path)) continue;
    seen.add(error.path);
    errors.push(error);
  }
  return errors;
}

type Issue = z.core.$ZodIssue;

/** One schema issue as a path and what was expected there, in English (the `check` command's stderr line). */
export function describeIssue(issue: Issue | undefined): CaseError {
  if (!issue) return { path: '(root)', expected: 'a case object' };
  const path = [...issue.path];
  switch (issue.code) {
    case 'unrecognized_keys':
      return { path: formatPath([...path, issue.keys[0] ?? '']), expected: 'no such key in the case format' };
    case 'invalid_value':
      return {
        path: formatPath(path),
        expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'invalid_type':
      return { path: formatPath(path), expected: describeType(issue.expected) };
    case 'too_small':
      return { path: formatPath(path), expected: `a number >= ${String(issue.minimum)}` };
    case 'too_big':
      return { path: formatPath(path), expected: `a number <= ${String(issue.maximum)}` };
    case 'invalid_key':
      return { path: formatPath(path), expected: 'a four-digit year as key' };
    case 'custom':
      return {
        path: formatPath(path),
        expected: issue.message === 'month' ? 'a real month YYYY-MM' : 'a real date YYYY-MM-DD',
      };
    default:
      return { path: formatPath(path), expected: 'a value of the case format' };
  }
}

function describeType(expected: string): string {
  switch (expected) {
    case 'int':
      return 'a whole number';
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    default:
      return `a ${expected}`;
  }
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
