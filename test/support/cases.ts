// The example cases under test/cases/ (the input of unit and e2e tests alike), and a typed way to
// make a variant of one: `caseWith('renewal-complete', { permit: { status: 'expired' } })`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Case } from '../../rules/schema';

/** Every example case; examples.test.ts checks the folder holds exactly these. */
export const EXAMPLE_NAMES = [
  'department-change-complete',
  'employer-change-complete',
  'employer-change-late',
  'employer-registration-complete',
  'employer-registration-problems',
  'info-change-complete',
  'new-complete',
  'new-empty',
  'new-problems',
  'renewal-complete',
  'renewal-late',
] as const;
export type ExampleName = (typeof EXAMPLE_NAMES)[number];

// Not `new URL(…, import.meta.url)`: Vite rewrites that pattern into an asset URL in page tests.
export const CASES_DIR = join(import.meta.dirname, '../cases');

/** A fresh copy of an example case, to change at will. */
export function loadExample(name: ExampleName): Case {
  return JSON.parse(readFileSync(join(CASES_DIR, `${name}.json`), 'utf8')) as Case;
}

type Leaf = string | number | boolean | null | undefined;

/**
 * A change to a case, shaped like it: objects are merged key by key (unless given as `whole(…)`),
 * an array is replaced whole or changed entry by entry (`{ workHistory: { 1: { to: null } } }`),
 * and undefined removes a key.
 */
export type Patch<T> = { [K in keyof T]?: PatchOf<T[K]> };
type PatchOf<V> = V extends Leaf ? V : V extends readonly (infer U)[] ? V | { readonly [index: number]: PatchOf<U> } : Patch<V>;
export type CasePatch = Patch<Case>;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A JSON copy: keys whose value is undefined are left out, as a case read from a file has them. */
const copyOf = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));

const WHOLE = new WeakSet<object>();

/** An object a patch puts in place of the one there, instead of merging into it. */
export function whole<T extends object>(value: NoInfer<T>): T {
  WHOLE.add(value);
  return value;
}

function applyPatch(target: Record<string, unknown> | unknown[], patch: Record<string, unknown>): void {
  const node = target as Record<string, unknown>;
  for (const [key, value] of Object.entries(patch)) {
    const current = node[key];
    if (value === undefined) {
      if (Array.isArray(target)) throw new Error(`remove entry ${key} by replacing the array`);
      delete node[key];
    } else if (isPlainObject(value) && !WHOLE.has(value) && (isPlainObject(current) || Array.isArray(current))) {
      applyPatch(current, value);
    } else {
      node[key] = copyOf(value);
    }
  }
}

/** An example case (or a copy of a case) with the patches applied in turn. */
export function caseWith(base: ExampleName | Case, ...patches: CasePatch[]): Case {
  const c = typeof base === 'string' ? loadExample(base) : (copyOf(base) as Case);
  for (const patch of patches) applyPatch(c as Record<string, unknown>, patch as Record<string, unknown>);
  return c;
}
