// The usable part of data the schema rejects in places: what a page read or an autosave gives may
// hold a value the reader could not normalise; the rest of the case is still worth checking.
import { removeAt, parsePath } from './paths';
import { CASE_SCHEMA_ID, parseCase, type Case, type CaseError } from './schema';
import { isPlainObject } from './json';

export type Salvage =
  | { ok: true; case: Case; error?: CaseError }
  | { ok: false; error: CaseError };

// Each step removes at least one value, so a case is salvaged or refused within this many.
const MAX_SALVAGE_STEPS = 200;

/**
 * Parses data as a case (the schema marker is added when absent). When the schema rejects it,
 * removes the offending values one by one until the rest passes; `error` is then the first
 * rejection. Fails only when the schema marker or the application type is what is wrong. The data
 * itself is not changed.
 */
export function salvageCase(data: unknown, materialIds?: ReadonlySet<string>): Salvage {
  const working: unknown = isPlainObject(data) ? structuredClone({ schema: CASE_SCHEMA_ID, ...data }) : data;
  let firstError: CaseError | undefined;
  for (let step = 0; step < MAX_SALVAGE_STEPS; step++) {
    const parsed = parseCase(working, materialIds);
    if (parsed.ok) return firstError ? { ok: true, case: parsed.case, error: firstError } : { ok: true, case: parsed.case };
    firstError ??= parsed.error;
    const path = parsePath(parsed.error.path);
    if (path.length === 0 || path[0] === 'schema' || path[0] === 'type') return { ok: false, error: firstError };
    // A required value that is missing cannot be removed: remove what holds it instead.
    let target = path;
    while (target.length > 0 && !removeAt(working, target)) target = target.slice(0, -1);
    if (target.length === 0) return { ok: false, error: firstError };
  }
  return { ok: false, error: firstError ?? { path: '(root)', expected: 'a case object' } };
}
