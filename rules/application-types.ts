// What each application type is about, in one table: the rules, the store and the pages ask these
// traits of a type rather than keep their own lists of type names.
import { APPLICATION_TYPES, type ApplicationType, type Case } from './schema';

export interface TypeTraits {
  /** The case is about an employer, not a person: its subject is the employer, known by its credit code. */
  employerLevel: boolean;
  /** The case is about a permit held already: it has a permit section and a last safe day to file. */
  hasPermit: boolean;
  /** The eligibility planner answers when it can be filed and until when (rules.md, The eligibility planner). */
  planned: boolean;
}

export const TYPE_TRAITS: Readonly<Record<ApplicationType, TypeTraits>> = {
  new: { employerLevel: false, hasPermit: false, planned: true },
  renewal: { employerLevel: false, hasPermit: true, planned: false },
  'employer-change': { employerLevel: false, hasPermit: true, planned: false },
  'info-change': { employerLevel: false, hasPermit: true, planned: false },
  'department-change': { employerLevel: true, hasPermit: false, planned: false },
  'employer-registration': { employerLevel: true, hasPermit: false, planned: true },
};

/** The traits of a type, or undefined for a value that is no application type (a draft's, say). */
export function traitsOf(type: unknown): TypeTraits | undefined {
  return TRAITS.get(type);
}

// A Map: its lookup needs no own-key check, and rules ask it of their type on every check.
const TRAITS = new Map<unknown, TypeTraits>(Object.entries(TYPE_TRAITS));

export const isEmployerLevel = (type: unknown): boolean => traitsOf(type)?.employerLevel ?? false;
export const hasPermit = (type: unknown): boolean => traitsOf(type)?.hasPermit ?? false;
export const isPlanned = (type: unknown): boolean => traitsOf(type)?.planned ?? false;

/** The types about a person (rules.md's "identity"), in the schema's order. */
export const PERSON_TYPES: readonly ApplicationType[] = APPLICATION_TYPES.filter((type) => !TYPE_TRAITS[type].employerLevel);
/** The types about an employer, in the schema's order. */
export const EMPLOYER_LEVEL_TYPES: readonly ApplicationType[] = APPLICATION_TYPES.filter((type) => TYPE_TRAITS[type].employerLevel);

/** Who a case is about: the applicant's name, or the employer's for the employer-level types; '' while not given. */
export function subjectOf(c: Pick<Case, 'type' | 'applicant' | 'employer'>): string {
  return (isEmployerLevel(c.type) ? c.employer?.name : c.applicant?.name) ?? '';
}

/** The number that identifies the subject: the ID number, or the credit code for the employer-level types. */
export function subjectNumberOf(c: Pick<Case, 'type' | 'applicant' | 'employer'>): string | undefined {
  return isEmployerLevel(c.type) ? c.employer?.creditCode : c.applicant?.idNumber;
}
