// Cases passed to a colleague as an encrypted file: AES-256-GCM with a key derived from a
// passphrase by PBKDF2-SHA-256 (600,000 iterations, OWASP's figure for it), a random salt and IV
// per file, all through WebCrypto. The header (everything before the ciphertext) is the cipher's
// additional data, so a changed iteration count or salt fails like a changed ciphertext.
//
//   bytes 0–15   "GONGJU-SEALED\0\0\0"  what the file is
//   byte  16     format version (1)
//   bytes 17–20  PBKDF2 iterations, big-endian
//   bytes 21–36  salt
//   bytes 37–48  AES-GCM IV
//   bytes 49–64  passphrase check: the second 128 bits PBKDF2 derives (the first 256 are the key),
//                which tells a wrong passphrase from a damaged file without revealing the key
//   bytes 65–    ciphertext and GCM tag
const MAGIC = new TextEncoder().encode('GONGJU-SEALED\u0000\u0000\u0000');
export const SEALED_VERSION = 1;
export const PBKDF2_ITERATIONS = 600_000;
/** More than this is no file of ours: it would only make the import hang. */
const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;
const CHECK_BYTES = 16;
const HEADER_BYTES = MAGIC.length + 1 + 4 + SALT_BYTES + IV_BYTES + CHECK_BYTES;
/** The shortest passphrase accepted for sealing. */
export const MIN_PASSPHRASE_LENGTH = 8;

export type UnsealResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'not-sealed' | 'unsupported-version' | 'wrong-passphrase' | 'damaged' };

/** True when the bytes start as a sealed file does (any version). */
export function isSealed(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b);
}

async function derive(passphrase: string, salt: Uint8Array, iterations: number): Promise<{ key: CryptoKey; check: Uint8Array }> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, material, (32 + CHECK_BYTES) * 8),
  );
  const key = await crypto.subtle.importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  return { key, check: bits.slice(32) };
}

/** The text encrypted under the passphrase, as the bytes of a sealed file. */
export async function seal(text: string, passphrase: string): Promise<Uint8Array> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const { key, check } = await derive(passphrase, salt, PBKDF2_ITERATIONS);
  const header = new Uint8Array(HEADER_BYTES);
  header.set(MAGIC, 0);
  let at = MAGIC.length;
  header[at++] = SEALED_VERSION;
  new DataView(header.buffer).setUint32(at, PBKDF2_ITERATIONS);
  at += 4;
  header.set(salt, at);
  header.set(iv, (at += SALT_BYTES));
  header.set(check, (at += IV_BYTES));
  const cipher = new Uint8Array(
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: header }, key, new TextEncoder().encode(text)),
  );
  const file = new Uint8Array(HEADER_BYTES + cipher.length);
  file.set(header, 0);
  file.set(cipher, HEADER_BYTES);
  return file;
}

/** The text of a sealed file, or why it cannot be had: nothing is guessed from a damaged file. */
export async function unseal(bytes: Uint8Array, passphrase: string): Promise<UnsealResult> {
  if (!isSealed(bytes)) return { ok: false, reason: 'not-sealed' };
  if (bytes[MAGIC.length] !== SEALED_VERSION) return { ok: false, reason: 'unsupported-version' };
  // The GCM tag alone is 16 bytes.
  if (bytes.length < HEADER_BYTES + 16) return { ok: false, reason: 'damaged' };
  const header = bytes.slice(0, HEADER_BYTES);
  let at = MAGIC.length + 1;
  const iterations = new DataView(header.buffer).getUint32(at);
  if (iterations < PBKDF2_ITERATIONS || iterations > MAX_ITERATIONS) return { ok: false, reason: 'damaged' };
  const salt = header.slice((at += 4), (at += SALT_BYTES));
  const iv = header.slice(at, (at += IV_BYTES));
  const check = header.slice(at, (at += CHECK_BYTES));
  const derived = await derive(passphrase, salt, iterations);
  if (!derived.check.every((b, i) => b === check[i])) return { ok: false, reason: 'wrong-passphrase' };
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: header }, derived.key, bytes.slice(HEADER_BYTES));
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, reason: 'damaged' };
  }
}
