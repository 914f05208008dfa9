// How an autosave becomes a case: the parts the schema rejects are left out (and kept raw by the
// store), and each portal page's contribution replaces that page's previous one only, so a value
// cleared on a page goes away while what other pages or the user's own edits gave stays.
import { CASE_SCHEMA_ID, parseCase, type Case, type CaseError } from '../../rules/schema';

type Json = unknown;
type Segment = string | number;

function isPlainObject(value: Json): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Splits a path of `formatPath` (`a.b[1].c`) into keys and indices. */
export function parsePath(path: string): Segment[] {
  if (path === '(root)') return [];
  const segments: Segment[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1]!);
  }
  return segments;
}

/** Removes the value at `path` (an array element is spliced out); false when nothing was there. */
function removeAt(root: Json, path: readonly Segment[]): boolean {
  if (path.length === 0) return false;
  let node: Json = root;
  for (const segment of path.slice(0, -1)) {
    if (typeof segment === 'number' ? !Array.isArray(node) : !isPlainObject(node)) return false;
    node = (node as Record<string | number, Json>)[segment];
  }
  const last = path[path.length - 1]!;
  if (typeof last === 'number' && Array.isArray(node) && last < node.length) {
    node.splice(last, 1);
    return true;
  }
  if (typeof last === 'string' && isPlainObject(node) && last in node) {
    delete node[last];
    return true;
  }
  return false;
}

export type Salvage =
  | { ok: true; case: Case; error?: CaseError }
  | { ok: false; error: CaseError };

const MAX_SALVAGE_STEPS = 200;

/**
 * Parses autosaved data as a case. When the schema rejects it, removes the offending values one
 * by one until the rest passes; `error` is then the first rejection. Fails only when the schema
 * marker or the application type is what is wrong.
 */
export function salvageCase(data: Json, materialIds?: ReadonlySet<string>): Salvage {
  const working: Json = isPlainObject(data) ? structuredClone({ schema: CASE_SCHEMA_ID, ...data }) : data;
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

function leafPaths(value: Json, prefix: Segment[], out: Segment[][]): Segment[][] {
  if (isPlainObject(value)) {
    for (const [key, child] of Object.entries(value)) leafPaths(child, [...prefix, key], out);
  } else if (prefix.length > 0) {
    out.push(prefix);
  }
  return out;
}

function pruneEmptyParents(root: Record<string, Json>, path: readonly Segment[]): void {
  for (let depth = path.length - 1; depth > 0; depth--) {
    const parentPath = path.slice(0, depth);
    let node: Json = root;
    for (const segment of parentPath) node = (node as Record<string, Json>)[segment as string];
    if (!isPlainObject(node) || Object.keys(node).length > 0) return;
    removeAt(root, parentPath);
  }
}

function mergeInto(target: Record<string, Json>, source: Record<string, Json>): void {
  for (const [key, value] of Object.entries(source)) {
    const current = target[key];
    if (isPlainObject(current) && isPlainObject(value)) mergeInto(current, value);
    else target[key] = structuredClone(value);
  }
}

/**
 * The case after a page's new contribution: `base` minus the values only the page's previous
 * contribution held, then the new contribution merged over it (objects key by key, arrays whole).
 */
export function applyPageData(base: Case | undefined, previous: Json, next: Case): Json {
  const result: Record<string, Json> = base ? structuredClone(base) : {};
  const keep = new Set(leafPaths(next, [], []).map((p) => JSON.stringify(p)));
  for (const path of leafPaths(previous, [], [])) {
    if (keep.has(JSON.stringify(path))) continue;
    if (removeAt(result, path)) pruneEmptyParents(result, path);
  }
  mergeInto(result, next as Record<string, Json>);
  return result;
}
