// What a parsed JSON value is, for the code that checks data it did not make (files, messages,
// stored records, cases by path).

/** An object with keys: not null, not an array. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
