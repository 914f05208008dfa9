// Identity numbers (GB 11643): reading one once per check, why one is invalid in words, and
// whether what was entered beside it agrees with it.
import { checkIdNumber, type IdCheck } from '../checksums';
import type { IsoDate } from '../dates';
import type { Applicant } from '../schema';
import { fail, memoBy, pass, type Outcome, type Params, type RuleContext, type Text } from '../types';
import { requireAll } from './required';

type IdFailure = Extract<IdCheck, { ok: false }>['reason'];
export type ValidId = Extract<IdCheck, { ok: true }>;

const ID_REASONS: Record<Exclude<IdFailure, 'length'>, Text> = {
  characters: { zh: '前17位应为数字，最后一位为数字或X', en: 'the first 17 characters must be digits and the last a digit or X' },
  region: { zh: '前两位不是省级行政区划代码', en: 'the first two digits are not a province code' },
  date: { zh: '第7–14位不是真实的出生日期', en: 'digits 7–14 are not a real date of birth' },
  future: { zh: '第7–14位的出生日期晚于检查日期', en: 'the date of birth in digits 7–14 is after the check date' },
  checksum: { zh: '最后一位校验码不符', en: 'the last character, the check digit, is wrong' },
};

/** Why a number is invalid, in words; a wrong length says how many characters were entered, an old 15-digit number that it is one. */
export function idReason(id: string, reason: IdFailure): Text {
  if (reason !== 'length') return ID_REASONS[reason];
  const length = id.length;
  if (length === 15) return { zh: '应为18位，15位旧号码已不再使用', en: 'it must have 18 characters; old 15-digit numbers are no longer used' };
  return {
    zh: `应为18位，当前${length}位`,
    en: `it must have 18 characters, not ${length}`,
  };
}

/** An ID number read on the check's asOf; several rules read the same number in one check. */
export function idCheck(ctx: RuleContext, id: string): IdCheck {
  return memoBy(ctx, 'id-number', id, (number) => checkIdNumber(number, ctx.asOf));
}

/** The applicant's ID number read by GB 11643, or null when absent or invalid. */
export function validApplicantId(ctx: RuleContext): ValidId | null {
  const id = ctx.c.applicant?.idNumber;
  if (id === undefined) return null;
  const result = idCheck(ctx, id);
  return result.ok ? result : null;
}

/**
 * Whether the applicant's entered birth date or gender agrees with the ID number: incomplete
 * while either is not filled in; with an invalid number nothing can be compared, so it passes
 * (applicant.id-number reports the number itself).
 */
export function agreesWithId<K extends 'birthDate' | 'gender'>(
  ctx: RuleContext,
  key: K,
  failParams: (entered: NonNullable<Applicant[K]>, id: ValidId) => Params,
): Outcome {
  const applicant = ctx.c.applicant;
  const entered = applicant?.[key];
  if (entered === undefined || applicant?.idNumber === undefined) {
    return requireAll({ [`applicant.${key}`]: entered, 'applicant.idNumber': applicant?.idNumber })!;
  }
  const id = validApplicantId(ctx);
  if (!id || id[key] === entered) return pass;
  return fail(failParams(entered!, id));
}

type Companion = NonNullable<Applicant['companions']>[number];

/** A companion's birth date as entered, else the one in a valid ID number. */
export function companionBirthDate(ctx: RuleContext, companion: Companion): IsoDate | undefined {
  if (companion.birthDate !== undefined) return companion.birthDate;
  if (companion.idNumber === undefined) return undefined;
  const id = idCheck(ctx, companion.idNumber);
  return id.ok ? id.birthDate : undefined;
}
