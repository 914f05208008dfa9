// @vitest-environment node
// The encrypted file for passing cases to a colleague: what is sealed comes back only with the
// same passphrase, and a wrong passphrase or one changed byte anywhere is refused, never guessed.
import { describe, expect, it } from 'vitest';
import { isSealed, PBKDF2_ITERATIONS, seal, unseal } from '../../../utils/sealed';

const TEXT = JSON.stringify({ format: 'gongju-export/1', cases: [{ case: { applicant: { name: '李明', idNumber: '110105199003071239' } } }] });
const PASSPHRASE = '交接口令 correct horse';

describe('sealed export', { timeout: 60_000 }, async () => {
  const sealed = await seal(TEXT, PASSPHRASE);

  it('round-trips, with nothing of the text readable in the file and a fresh salt and IV each time', async () => {
    expect(isSealed(sealed)).toBe(true);
    expect(new TextDecoder().decode(sealed)).not.toContain('110105199003071239');
    expect(new DataView(sealed.buffer).getUint32(17)).toBe(PBKDF2_ITERATIONS);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(await unseal(sealed, PASSPHRASE)).toEqual({ ok: true, text: TEXT });
    const again = await seal(TEXT, PASSPHRASE);
    expect(again.slice(21, 49)).not.toEqual(sealed.slice(21, 49));
    expect(again.slice(65)).not.toEqual(sealed.slice(65));
  });

  it('refuses a wrong passphrase', async () => {
    expect(await unseal(sealed, '交接口令 correct hors')).toEqual({ ok: false, reason: 'wrong-passphrase' });
  });

  it.each([
    ['the ciphertext', () => sealed.length - 30, 'damaged'],
    ['the GCM tag', () => sealed.length - 1, 'damaged'],
    ['the IV', () => 40, 'damaged'],
    ['the iteration count', () => 19, 'damaged'],
    ['the salt', () => 25, 'wrong-passphrase'],
    ['the version', () => 16, 'unsupported-version'],
    ['the file mark', () => 0, 'not-sealed'],
  ])('refuses a file with one byte flipped in %s', async (_where, position, reason) => {
    const damaged = sealed.slice();
    damaged[position()]! ^= 0x01;
    expect(await unseal(damaged, PASSPHRASE)).toEqual({ ok: false, reason });
  });

  it('refuses a cut-off file', async () => {
    expect(await unseal(sealed.slice(0, 70), PASSPHRASE)).toEqual({ ok: false, reason: 'damaged' });
  });
});
