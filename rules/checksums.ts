// 公民身份号码 (GB 11643-1999) and 统一社会信用代码 (GB 32100-2015); research/domain.md §6.

import { isRealDate, type IsoDate } from './dates';

export type IdCheck =
  | { ok: true; normalized: string; birthDate: IsoDate; gender: 'male' | 'female' }
  | { ok: false; reason: 'length' | 'characters' | 'region' | 'date' | 'future' | 'checksum' };

export type CreditCodeCheck =
  | { ok: true; normalized: string }
  | { ok: false; reason: 'length' | 'characters' | 'region' | 'checksum' };

// MOD 11-2: weight of position i (1-based) is 2^(17−i) mod 11.
const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK_CHARACTERS = '10X98765432';
const ID_PATTERN = /^\d{17}[\dX]$/;

// Provinces (11–65), Taiwan (71), and 81/82/83 for the Hong Kong, Macau and Taiwan residence permits.
const ID_REGIONS = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53,
  54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
]);

/** The check character for the first 17 digits of an identity number. */
export function idCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * ID_WEIGHTS[i]!;
  return ID_CHECK_CHARACTERS[sum % 11]!;
}

export function checkIdNumber(id: string, today: IsoDate): IdCheck {
  if (id.length !== 18) return { ok: false, reason: 'length' };
  // Only the last position may carry x, so upper-casing it alone is the whole normalisation.
  const normalized = id.endsWith('x') ? `${id.slice(0, 17)}X` : id;
  if (!ID_PATTERN.test(normalized)) return { ok: false, reason: 'characters' };
  if (!ID_REGIONS.has(Number(normalized.slice(0, 2)))) return { ok: false, reason: 'region' };
  const birthDate = `${normalized.slice(6, 10)}-${normalized.slice(10, 12)}-${normalized.slice(12, 14)}`;
  if (!isRealDate(birthDate)) return { ok: false, reason: 'date' };
  if (birthDate > today) return { ok: false, reason: 'future' };
  if (idCheckCharacter(normalized) !== normalized[17]) return { ok: false, reason: 'checksum' };
  const gender = (normalized.charCodeAt(16) - 48) % 2 === 1 ? 'male' : 'female';
  return { ok: true, normalized, birthDate, gender };
}

// 31 symbols: I, O, S, V and Z are not used. A character's value is its index here.
const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// Weight of position i (1-based) is 3^(i−1) mod 31.
const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NP-RTUW-Y]{18}$/;
const CREDIT_CODE_REGION = /^\d{6}$/;

/** The check character for the first 17 characters of a credit code (upper case). */
export function creditCodeCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += CREDIT_CODE_ALPHABET.indexOf(first17[i]!) * CREDIT_CODE_WEIGHTS[i]!;
  }
  return CREDIT_CODE_ALPHABET[(31 - (sum % 31)) % 31]!;
}

export function checkCreditCode(code: string): CreditCodeCheck {
  if (code.length !== 18) return { ok: false, reason: 'length' };
  const normalized = code.toUpperCase();
  if (!CREDIT_CODE_PATTERN.test(normalized)) return { ok: false, reason: 'characters' };
  // Positions 1–2 (authority and type) may be letters; 3–8 are the division code.
  if (!CREDIT_CODE_REGION.test(normalized.slice(2, 8))) return { ok: false, reason: 'region' };
  if (creditCodeCheckCharacter(normalized) !== normalized[17]) return { ok: false, reason: 'checksum' };
  return { ok: true, normalized };
}
