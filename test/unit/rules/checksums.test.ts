// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  checkCreditCode,
  checkIdNumber,
  creditCodeCheckCharacter,
  idCheckCharacter,
} from '../../../rules/checksums';
import { addDays, toDayNumber, fromDayNumber } from '../../../rules/dates';

const TODAY = '2026-11-27';

/** A complete identity number from its parts, with the check character the standard gives. */
function idNumber(region: string, birth: string, sequence: string): string {
  const body = `${region}${birth.replaceAll('-', '')}${sequence}`;
  return body + idCheckCharacter(body);
}

describe('checkIdNumber', () => {
  it("accepts the standard's examples and reads birth date and gender", () => {
    expect(checkIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      gender: 'female', // 17th digit 2
    });
    expect(checkIdNumber('440524188001010014', TODAY)).toEqual({
      ok: true,
      normalized: '440524188001010014',
      birthDate: '1880-01-01',
      gender: 'male', // 17th digit 1
    });
    expect(checkIdNumber('360426199101010071', TODAY)).toMatchObject({
      ok: true,
      birthDate: '1991-01-01',
      gender: 'male', // 17th digit 7
    });
  });

  it('computes the MOD 11-2 check character by hand for one body', () => {
    // 11010519491231002: 1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7
    // + 2·9 + 3·10 + 1·5 + 0·8 + 0·4 + 2·2 = 167; 167 mod 11 = 2; "10X98765432"[2] = X.
    expect(idCheckCharacter('11010519491231002')).toBe('X');
  });

  it('accepts a lower-case x at the end only, normalised to X', () => {
    expect(checkIdNumber('11010519491231002x', TODAY)).toMatchObject({
      ok: true,
      normalized: '11010519491231002X',
    });
    expect(checkIdNumber('1101051949123100x2', TODAY)).toEqual({ ok: false, reason: 'characters' });
    expect(checkIdNumber('1101051949123100X2', TODAY)).toEqual({ ok: false, reason: 'characters' });
  });

  it('rejects a wrong check character', () => {
    expect(checkIdNumber('110105194912310021', TODAY)).toEqual({ ok: false, reason: 'checksum' });
    expect(checkIdNumber('440524188001010015', TODAY)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('rejects 15-digit numbers and other lengths', () => {
    expect(checkIdNumber('110105491231002', TODAY)).toEqual({ ok: false, reason: 'length' });
    expect(checkIdNumber('11010519491231002', TODAY)).toEqual({ ok: false, reason: 'length' });
    expect(checkIdNumber('11010519491231002X0', TODAY)).toEqual({ ok: false, reason: 'length' });
    expect(checkIdNumber('', TODAY)).toEqual({ ok: false, reason: 'length' });
  });

  it('rejects characters other than digits', () => {
    expect(checkIdNumber('11010519491231OO2X', TODAY)).toEqual({ ok: false, reason: 'characters' });
    expect(checkIdNumber('１１010519491231002X', TODAY)).toEqual({ ok: false, reason: 'characters' });
  });

  it('accepts province codes, 71 and 81–83, and nothing else', () => {
    for (const region of ['11', '15', '21', '23', '31', '37', '41', '46', '50', '54', '61', '65', '71', '81', '82', '83']) {
      expect(checkIdNumber(idNumber(`${region}0000`, '1990-01-01', '001'), TODAY).ok, region).toBe(true);
    }
    for (const region of ['99', '10', '16', '20', '24', '30', '38', '40', '47', '55', '60', '66', '70', '72', '80', '84', '00']) {
      expect(checkIdNumber(idNumber(`${region}0000`, '1990-01-01', '001'), TODAY), region).toEqual({
        ok: false,
        reason: 'region',
      });
    }
  });

  it('rejects impossible birth dates', () => {
    expect(checkIdNumber(idNumber('110105', '1990-02-30', '001'), TODAY)).toEqual({ ok: false, reason: 'date' });
    expect(checkIdNumber(idNumber('110105', '1990-13-01', '001'), TODAY)).toEqual({ ok: false, reason: 'date' });
    expect(checkIdNumber(idNumber('110105', '2023-02-29', '001'), TODAY)).toEqual({ ok: false, reason: 'date' });
    expect(checkIdNumber(idNumber('110105', '2024-02-29', '001'), TODAY).ok).toBe(true);
  });

  it('rejects a birth date after today, and accepts today', () => {
    expect(checkIdNumber(idNumber('110105', '2026-11-28', '001'), TODAY)).toEqual({ ok: false, reason: 'future' });
    expect(checkIdNumber(idNumber('110105', '2026-11-27', '001'), TODAY).ok).toBe(true);
  });

  const region = fc.constantFrom('11', '13', '22', '33', '44', '51', '65', '71', '81', '82', '83');
  const birthDate = fc
    .integer({ min: toDayNumber('1900-01-01'), max: toDayNumber(TODAY) })
    .map(fromDayNumber);
  const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });

  it('accepts every body with a valid region and date plus its check character (property)', () => {
    fc.assert(
      fc.property(region, digits(4), birthDate, digits(3), (province, rest, birth, sequence) => {
        const id = idNumber(province + rest, birth, sequence);
        const result = checkIdNumber(id, TODAY);
        expect(result).toEqual({
          ok: true,
          normalized: id,
          birthDate: birth,
          gender: Number(sequence[2]) % 2 === 1 ? 'male' : 'female',
        });
      }),
    );
  });

  it('detects every change of the check character or of one sequence digit (property)', () => {
    fc.assert(
      fc.property(
        region,
        birthDate,
        digits(3),
        fc.integer({ min: 14, max: 17 }),
        fc.constantFrom(...'0123456789X'),
        (province, birth, sequence, position, replacement) => {
          const id = idNumber(`${province}0101`, birth, sequence);
          fc.pre(id[position] !== replacement && (position === 17 || replacement !== 'X'));
          const changed = id.slice(0, position) + replacement + id.slice(position + 1);
          expect(checkIdNumber(changed, TODAY)).toEqual({ ok: false, reason: 'checksum' });
        },
      ),
    );
  });

  it('treats the day after a birthday as past', () => {
    const id = idNumber('110105', '2000-01-01', '123');
    expect(checkIdNumber(id, addDays('2000-01-01', 1)).ok).toBe(true);
    expect(checkIdNumber(id, addDays('2000-01-01', -1))).toEqual({ ok: false, reason: 'future' });
  });
});

describe('checkCreditCode', () => {
  // Copy of research/vectors/uscc-valid.txt (python-stdnum's published valid codes).
  const vectorCodes = readFileSync(new URL('./fixtures/uscc-valid.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));

  it('accepts every code of the published list', () => {
    expect(vectorCodes.length).toBeGreaterThan(100);
    const rejected = vectorCodes.filter((code) => !checkCreditCode(code).ok);
    expect(rejected).toEqual([]);
  });

  it('accepts the example 91110000600037341L', () => {
    expect(checkCreditCode('91110000600037341L')).toEqual({ ok: true, normalized: '91110000600037341L' });
    expect(creditCodeCheckCharacter('91110000600037341')).toBe('L');
  });

  it('rejects a code with one character changed (every position, every other symbol)', () => {
    const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    const valid = '91110000600037341L';
    for (let position = 0; position < 18; position++) {
      for (const symbol of alphabet) {
        if (symbol === valid[position]) continue;
        const changed = valid.slice(0, position) + symbol + valid.slice(position + 1);
        const result = checkCreditCode(changed);
        const letterInRegion = position >= 2 && position <= 7 && !/\d/.test(symbol);
        expect(result, changed).toEqual({ ok: false, reason: letterInRegion ? 'region' : 'checksum' });
      }
    }
  });

  it('accepts lower case and normalises it to upper case', () => {
    expect(checkCreditCode('91110000600037341l')).toEqual({ ok: true, normalized: '91110000600037341L' });
    const withLetters = vectorCodes.find((code) => /[A-Z].*[A-Z]/.test(code))!;
    expect(checkCreditCode(withLetters.toLowerCase())).toEqual({ ok: true, normalized: withLetters });
  });

  it('rejects I, O, S, V and Z', () => {
    for (const letter of 'IOSVZ') {
      expect(checkCreditCode(`91110000600037341${letter}`), letter).toEqual({ ok: false, reason: 'characters' });
      expect(checkCreditCode(`${letter}1110000600037341L`), letter).toEqual({ ok: false, reason: 'characters' });
      expect(checkCreditCode(`9111000060003${letter}341L`), letter).toEqual({ ok: false, reason: 'characters' });
    }
  });

  it('allows letters in positions 1–2 and rejects them in positions 3–8', () => {
    for (const body of ['Y1110000600037341', 'YA110000MA01ABCDE', 'N2110108MA01XY123']) {
      const code = body + creditCodeCheckCharacter(body);
      expect(checkCreditCode(code), code).toEqual({ ok: true, normalized: code });
    }
    for (const body of ['91A10000600037341', '9111000A600037341', '91BJ0000600037341']) {
      const code = body + creditCodeCheckCharacter(body);
      expect(checkCreditCode(code), code).toEqual({ ok: false, reason: 'region' });
    }
  });

  it('rejects other lengths', () => {
    expect(checkCreditCode('91110000600037341')).toEqual({ ok: false, reason: 'length' });
    expect(checkCreditCode('91110000600037341L0')).toEqual({ ok: false, reason: 'length' });
    expect(checkCreditCode('')).toEqual({ ok: false, reason: 'length' });
  });

  it('accepts every body with digits in positions 3–8 plus its check character (property)', () => {
    const symbol = fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY');
    const digit = fc.constantFrom(...'0123456789');
    fc.assert(
      fc.property(
        fc.array(symbol, { minLength: 2, maxLength: 2 }),
        fc.array(digit, { minLength: 6, maxLength: 6 }),
        fc.array(symbol, { minLength: 9, maxLength: 9 }),
        (head, region, rest) => {
          const body = [...head, ...region, ...rest].join('');
          const code = body + creditCodeCheckCharacter(body);
          expect(checkCreditCode(code)).toEqual({ ok: true, normalized: code });
        },
      ),
    );
  });
});
